<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <source>{name}: {hours:g} h is more than 24 hours a day over its %n working day(s) in that period</source>
        <translation>
            <numerusform>{name}: {hours:g} h sind mehr als 24 Stunden am Tag an seinem %n Arbeitstag in diesem Zeitraum</numerusform>
            <numerusform>{name}: {hours:g} h sind mehr als 24 Stunden am Tag an seinen %n Arbeitstagen in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on {days}</source>
        <translation>
            <numerusform>jede Woche am {days}</numerusform>
            <numerusform>alle %n Wochen am {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every {days}, every %n month(s)</source>
        <translation>
            <numerusform>jeden {days}, jeden Monat</numerusform>
            <numerusform>jeden {days}, alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s) on the {days}</source>
        <translation>
            <numerusform>jeden Monat am {days}</numerusform>
            <numerusform>alle %n Monate am {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every {days} in {month}, every %n year(s)</source>
        <translation>
            <numerusform>jeden {days} im {month}, jedes Jahr</numerusform>
            <numerusform>jeden {days} im {month}, alle %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n-mal</numerusform>
            <numerusform>, %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>jedes Jahr</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous one is done</source>
        <translation>
            <numerusform>%n Tag nach Erledigung des vorherigen</numerusform>
            <numerusform>%n Tage nach Erledigung des vorherigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the previous one is done</source>
        <translation>
            <numerusform>%n Woche nach Erledigung des vorherigen</numerusform>
            <numerusform>%n Wochen nach Erledigung des vorherigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the previous one is done</source>
        <translation>
            <numerusform>%n Monat nach Erledigung des vorherigen</numerusform>
            <numerusform>%n Monate nach Erledigung des vorherigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the previous one is done</source>
        <translation>
            <numerusform>%n Jahr nach Erledigung des vorherigen</numerusform>
            <numerusform>%n Jahre nach Erledigung des vorherigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New %n people</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) later</source>
        <translation>
            <numerusform>%n Arbeitstag später</numerusform>
            <numerusform>%n Arbeitstage später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status changes in the last %n day(s)</source>
        <translation>
            <numerusform>Statuswechsel am letzten Tag</numerusform>
            <numerusform>Statuswechsel der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tasks created in the last %n day(s)</source>
        <translation>
            <numerusform>am letzten Tag angelegte Aufgaben</numerusform>
            <numerusform>in den letzten %n Tagen angelegte Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due dates in the last %n day(s) of work still open</source>
        <translation>
            <numerusform>Fälligkeiten des letzten Tages noch offener Arbeit</numerusform>
            <numerusform>Fälligkeiten der letzten %n Tage noch offener Arbeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {kind} component(s) read</source>
        <translation>
            <numerusform>%n {kind}-Komponente gelesen</numerusform>
            <numerusform>%n {kind}-Komponenten gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Move {count} cards</source>
        <translation>{count} Karten verschieben</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Neue Spalte</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Spalte verschieben</translation>
    </message>
    <message>
        <source>Bring dates into range</source>
        <translation>Daten in den gültigen Bereich bringen</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Neu: {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Bearbeiten: {kind}</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Löschen: {kind}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>{fields} bearbeiten</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Personen zuweisen</translation>
    </message>
    <message>
        <source>Assign people to {count} tasks</source>
        <translation>Personen {count} Aufgaben zuweisen</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete {count} tasks</source>
        <translation>{count} Aufgaben löschen</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>Aufgaben verknüpfen</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Set up workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>Change working time</source>
        <translation>Arbeitszeit ändern</translation>
    </message>
    <message>
        <source>Change person&apos;s calendar</source>
        <translation>Kalender der Person ändern</translation>
    </message>
    <message>
        <source>{name}&apos;s calendar</source>
        <translation>Kalender von {name}</translation>
    </message>
    <message>
        <source>Contour work</source>
        <translation>Arbeitsverteilung anpassen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Zeitmessung starten</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Zeitmessung anhalten</translation>
    </message>
    <message>
        <source>New project from template</source>
        <translation>Neues Projekt aus Vorlage</translation>
    </message>
    <message>
        <source>Merge labels</source>
        <translation>Labels zusammenführen</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Ressourcen abgleichen</translation>
    </message>
    <message>
        <source>Delay “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Zielwert festlegen</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Zielwert entfernen</translation>
    </message>
    <message>
        <source>Create routine occurrences</source>
        <translation>Termine der Routine anlegen</translation>
    </message>
    <message>
        <source>Move occurrence</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Skip occurrence</source>
        <translation>Termin auslassen</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Neu: {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Bearbeiten: {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Löschen: {noun}</translation>
    </message>
    <message>
        <source>Delete {count} records</source>
        <translation>{count} Einträge löschen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Due-date rules</source>
        <translation>Fälligkeitsregeln</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Fälligkeiten</translation>
    </message>
    <message>
        <source>New rule “{name}”</source>
        <translation>Neue Regel „{name}“</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete rule “{name}”</source>
        <translation>Regel „{name}“ löschen</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Paste 1 task</source>
        <translation>1 Aufgabe einfügen</translation>
    </message>
    <message>
        <source>Paste {count} tasks</source>
        <translation>{count} Aufgaben einfügen</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <source>New occurrences</source>
        <translation>Neue Termine</translation>
    </message>
    <message>
        <source> · rule: {names}</source>
        <translation> · Regel: {names}</translation>
    </message>
    <message>
        <source> · rules: {names}</source>
        <translation> · Regeln: {names}</translation>
    </message>
    <message>
        <source>Date rules</source>
        <translation>Datumsregeln</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit predecessors</source>
        <translation>Vorgänger bearbeiten</translation>
    </message>
    <message>
        <source>Edit predecessors of ID {row}</source>
        <translation>Vorgänger von ID {row} bearbeiten</translation>
    </message>
    <message>
        <source>Edit successors</source>
        <translation>Nachfolger bearbeiten</translation>
    </message>
    <message>
        <source>Edit successors of ID {row}</source>
        <translation>Nachfolger von ID {row} bearbeiten</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>w</source>
        <comment>short unit of weeks</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>mo</source>
        <comment>short unit of months</comment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>m</source>
        <comment>short unit of minutes</comment>
        <translation>Min</translation>
    </message>
    <message>
        <source>h</source>
        <comment>short unit of hours</comment>
        <translation>Std</translation>
    </message>
    <message>
        <source>d</source>
        <comment>short unit of days</comment>
        <translation>T</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{offline}. The change was not saved.</source>
        <translation>{offline}. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{name}: the connection to the server was lost; read-only until it is back</source>
        <translation>{name}: Die Verbindung zum Server ist unterbrochen; schreibgeschützt, bis sie wieder besteht</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this baseline</source>
        <translation>Es gibt kein Projekt {project_id} für diesen Basisplan</translation>
    </message>
    <message>
        <source>A baseline needs a name</source>
        <translation>Ein Basisplan braucht einen Namen</translation>
    </message>
    <message>
        <source>There is no project {project_id}</source>
        <translation>Es gibt kein Projekt {project_id}</translation>
    </message>
    <message>
        <source>This project already has a baseline named “{name}”</source>
        <translation>Dieses Projekt hat bereits einen Basisplan namens „{name}“</translation>
    </message>
    <message>
        <source>There is no column {status_id}</source>
        <translation>Es gibt keine Spalte {status_id}</translation>
    </message>
    <message>
        <source>There is no card to move</source>
        <translation>Es gibt keine Karte zum Verschieben</translation>
    </message>
    <message>
        <source>There is no {kind} {ident} to move “{title}” to</source>
        <translation>Es gibt kein Ziel {kind} {ident}, um „{title}“ dorthin zu verschieben</translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation>Eine Spalte braucht einen Namen</translation>
    </message>
    <message>
        <source>{name}: a WIP limit cannot be negative</source>
        <translation>{name}: Ein WIP-Limit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>{shown} is outside the dates a plan can hold ({first:%Y-%m-%d} to {last:%Y-%m-%d})</source>
        <translation>{shown} liegt außerhalb der Daten, die ein Plan fassen kann ({first:%d.%m.%Y} bis {last:%d.%m.%Y})</translation>
    </message>
    <message>
        <source>Calendar exception “{name}”</source>
        <translation>Kalenderausnahme „{name}“</translation>
    </message>
    <message>
        <source>A calendar exception</source>
        <translation>Eine Kalenderausnahme</translation>
    </message>
    <message>
        <source>{label}: “{freq}” is not a repetition (daily, weekly, monthly, yearly)</source>
        <translation>{label}: „{freq}“ ist keine Wiederholung (täglich, wöchentlich, monatlich, jährlich)</translation>
    </message>
    <message>
        <source>{label}: it must repeat every 1 or more periods, not {interval}</source>
        <translation>{label}: Die Wiederholung muss alle 1 oder mehr Zeiträume erfolgen, nicht {interval}</translation>
    </message>
    <message>
        <source>{label}: the number of occurrences must be at least 1</source>
        <translation>{label}: Die Anzahl der Termine muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>{label}: it ends ({until}) before it starts ({start})</source>
        <translation>{label}: Das Ende ({until}) liegt vor dem Beginn ({start})</translation>
    </message>
    <message>
        <source>{label}: weekdays are 0 (Monday) to 6 (Sunday)</source>
        <translation>{label}: Wochentage gehen von 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <source>{label}: day {day} of the month does not exist</source>
        <translation>{label}: Den {day}. Tag des Monats gibt es nicht</translation>
    </message>
    <message>
        <source>{label}: month {month} does not exist</source>
        <translation>{label}: Den Monat {month} gibt es nicht</translation>
    </message>
    <message>
        <source>{label}: give the weekday and its position (1st…5th, or -1 for the last)</source>
        <translation>{label}: Geben Sie den Wochentag und seine Position an (1.…5. oder -1 für den letzten)</translation>
    </message>
    <message>
        <source>A calendar</source>
        <translation>Ein Kalender</translation>
    </message>
    <message>
        <source>{label}: working times must be sorted, not overlap and stay within the day</source>
        <translation>{label}: Arbeitszeiten müssen sortiert sein, dürfen sich nicht überschneiden und müssen innerhalb des Tages liegen</translation>
    </message>
    <message>
        <source>No public holidays are known for “{where}”: {error}</source>
        <translation>Für „{where}“ sind keine Feiertage bekannt: {error}</translation>
    </message>
    <message>
        <source>A {kind} needs a name</source>
        <translation>Name fehlt ({kind})</translation>
    </message>
    <message>
        <source>There is no {kind} {ident}</source>
        <translation>Es gibt kein {kind} {ident}</translation>
    </message>
    <message>
        <source>There is no other person {heir} to give the tasks to</source>
        <translation>Es gibt keine andere Person {heir}, die die Aufgaben übernehmen kann</translation>
    </message>
    <message>
        <source>The last status cannot be deleted: every task needs one</source>
        <translation>Der letzte Status kann nicht gelöscht werden: Jede Aufgabe braucht einen</translation>
    </message>
    <message>
        <source>{name}: the target finish is before the start</source>
        <translation>{name}: Das Zielende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>There is no {kind} {ident} to add a task to</source>
        <translation>Es gibt kein {kind} {ident}, dem eine Aufgabe hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>“{title}” is a summary task: assign people to its subtasks</source>
        <translation>„{title}“ ist eine Sammelaufgabe: Weisen Sie Personen ihren Unteraufgaben zu</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>{names}: already on this task</source>
        <translation>{names}: bereits dieser Aufgabe zugewiesen</translation>
    </message>
    <message>
        <source>{names}: already on these tasks</source>
        <translation>{names}: bereits diesen Aufgaben zugewiesen</translation>
    </message>
    <message>
        <source>There is no task {task_id}</source>
        <translation>Es gibt keine Aufgabe {task_id}</translation>
    </message>
    <message>
        <source>A task needs a title</source>
        <translation>Eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>Task “{title}”</source>
        <translation>Aufgabe „{title}“</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a priority (0 low to 3 urgent)</source>
        <translation>{name}: {value!r} ist keine Priorität (0 niedrig bis 3 dringend)</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not an amount</source>
        <translation>{name}: {value!r} ist kein Betrag</translation>
    </message>
    <message>
        <source>{name}: there is no person {person_id} to assign</source>
        <translation>{name}: Es gibt keine Person {person_id} zum Zuweisen</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a task type</source>
        <translation>{name}: {value!r} ist kein Aufgabentyp</translation>
    </message>
    <message>
        <source>{name}: there is no label {label_id}</source>
        <translation>{name}: Es gibt kein Label {label_id}</translation>
    </message>
    <message>
        <source>{name}: a fixed cost cannot be negative</source>
        <translation>{name}: Fixkosten können nicht negativ sein</translation>
    </message>
    <message>
        <source>{name}: {key} cannot be negative</source>
        <translation>{name}: {key} kann nicht negativ sein</translation>
    </message>
    <message>
        <source>{name}: percent complete must be between 0 and 100, not {percent}</source>
        <translation>{name}: Der Fertigstellungsgrad muss zwischen 0 und 100 liegen, nicht {percent}</translation>
    </message>
    <message>
        <source>{name}: a duration cannot be negative</source>
        <translation>{name}: Eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>{name}: the finish ({finish:%Y-%m-%d}) is before the start ({start:%Y-%m-%d})</source>
        <translation>{name}: Das Ende ({finish:%d.%m.%Y}) liegt vor dem Beginn ({start:%d.%m.%Y})</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <source>{name}: {person} at {units}</source>
        <translation>{name}: {person} mit {units}</translation>
    </message>
    <message>
        <source>{who} would do no work; unassign them instead</source>
        <translation>{who} würde keine Arbeit leisten; heben Sie stattdessen die Zuweisung auf</translation>
    </message>
    <message>
        <source>{who} is over their maximum of {as_percent}</source>
        <translation>{who} liegt über dem eigenen Maximum von {as_percent}</translation>
    </message>
    <message>
        <source>{name}: there is no status {status_id}</source>
        <translation>{name}: Es gibt keinen Status {status_id}</translation>
    </message>
    <message>
        <source>There is no task {missing}</source>
        <translation>Es gibt keine Aufgabe {missing}</translation>
    </message>
    <message>
        <source>“{title}” cannot become a subtask of itself or of its own subtask</source>
        <translation>„{title}“ kann keine Unteraufgabe von sich selbst oder einer eigenen Unteraufgabe werden</translation>
    </message>
    <message>
        <source>A task can be indented only under a task above it at the same level</source>
        <translation>Eine Aufgabe kann nur unter eine darüberliegende Aufgabe derselben Ebene eingerückt werden</translation>
    </message>
    <message>
        <source>Only a subtask can be outdented</source>
        <translation>Nur eine Unteraufgabe kann ausgerückt werden</translation>
    </message>
    <message>
        <source>There is no task {tid} to link</source>
        <translation>Es gibt keine Aufgabe {tid} zum Verknüpfen</translation>
    </message>
    <message>
        <source>There is no link {dependency_id}</source>
        <translation>Es gibt keine Verknüpfung {dependency_id}</translation>
    </message>
    <message>
        <source>There is no link {dep_id}</source>
        <translation>Es gibt keine Verknüpfung {dep_id}</translation>
    </message>
    <message>
        <source>The working week needs at least one working day</source>
        <translation>Die Arbeitswoche braucht mindestens einen Arbeitstag</translation>
    </message>
    <message>
        <source>There is no person {person_id}</source>
        <translation>Es gibt keine Person {person_id}</translation>
    </message>
    <message>
        <source>{name}: the working week needs at least one working day</source>
        <translation>{name}: Die Arbeitswoche braucht mindestens einen Arbeitstag</translation>
    </message>
    <message>
        <source>{name}: {who} is not assigned to it, so their work on it cannot be set</source>
        <translation>{name}: {who} ist nicht zugewiesen, daher kann die Arbeit nicht festgelegt werden</translation>
    </message>
    <message>
        <source>{name}: work must be 0 hours or more, not {hours:g}</source>
        <translation>{name}: Die Arbeit muss 0 Stunden oder mehr betragen, nicht {hours:g}</translation>
    </message>
    <message>
        <source>{name} has no dates of its own, so it has no work by day to set</source>
        <translation>{name} hat keine eigenen Termine, daher lässt sich keine Arbeit pro Tag festlegen</translation>
    </message>
    <message>
        <source>{name} has no working time from {first:%d %b %Y} to {last:%d %b %Y}</source>
        <translation>{name} hat vom {first:%d.%m.%Y} bis zum {last:%d.%m.%Y} keine Arbeitszeit</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this expense</source>
        <translation>Es gibt kein Projekt {project_id} für diese Ausgabe</translation>
    </message>
    <message>
        <source>Expense “{description}”</source>
        <translation>Ausgabe „{description}“</translation>
    </message>
    <message>
        <source>An expense</source>
        <translation>Eine Ausgabe</translation>
    </message>
    <message>
        <source>{what} needs a date</source>
        <translation>{what} braucht ein Datum</translation>
    </message>
    <message>
        <source>{what}: {spent_on!r} is not a date</source>
        <translation>{what}: {spent_on!r} ist kein Datum</translation>
    </message>
    <message>
        <source>{what}: {amount!r} is not an amount</source>
        <translation>{what}: {amount!r} ist kein Betrag</translation>
    </message>
    <message>
        <source>{what}: an amount cannot be negative ({amount:,.2f})</source>
        <translation>{what}: Ein Betrag kann nicht negativ sein ({amount:,.2f})</translation>
    </message>
    <message>
        <source>{what}: task {task_id} is not part of this project</source>
        <translation>{what}: Aufgabe {task_id} gehört nicht zu diesem Projekt</translation>
    </message>
    <message>
        <source>There is no task {task_id} to log time on</source>
        <translation>Es gibt keine Aufgabe {task_id}, auf die Zeit gebucht werden kann</translation>
    </message>
    <message>
        <source>Time on “{title}”: there is no person {person_id}</source>
        <translation>Zeit auf „{title}“: Es gibt keine Person {person_id}</translation>
    </message>
    <message>
        <source>Time on “{title}” needs a date</source>
        <translation>Zeit auf „{title}“ braucht ein Datum</translation>
    </message>
    <message>
        <source>Time on “{title}”: hours cannot be negative</source>
        <translation>Zeit auf „{title}“: Stunden können nicht negativ sein</translation>
    </message>
    <message>
        <source>Time on “{title}”: {value:g} hours is more than a day; log each day on its own</source>
        <translation>Zeit auf „{title}“: {value:g} Stunden sind mehr als ein Tag; buchen Sie jeden Tag einzeln</translation>
    </message>
    <message>
        <source>A timer already runs on “{title}”</source>
        <translation>Auf „{title}“ läuft bereits eine Zeitmessung</translation>
    </message>
    <message>
        <source>That timer is not running</source>
        <translation>Diese Zeitmessung läuft nicht</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write a number and a unit, such as 3d, 4h or 2w</source>
        <translation>„{text}“ ist keine Dauer: Schreiben Sie eine Zahl und eine Einheit, etwa 3d, 4h oder 2w</translation>
    </message>
    <message>
        <source>“{unit}” is not a unit of duration: use m, h, d, w or mo</source>
        <translation>„{unit}“ ist keine Einheit für eine Dauer: Verwenden Sie m, h, d, w oder mo</translation>
    </message>
    <message>
        <source>“{text}” is longer than a century of work</source>
        <translation>„{text}“ ist länger als ein Jahrhundert Arbeit</translation>
    </message>
    <message>
        <source>There is no template {template_id}</source>
        <translation>Es gibt keine Vorlage {template_id}</translation>
    </message>
    <message>
        <source>Template “{name}” is damaged: {exc}</source>
        <translation>Die Vorlage „{name}“ ist beschädigt: {exc}</translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation>Ein Label braucht einen Namen</translation>
    </message>
    <message>
        <source>There is a label “{name}” already: choose another name, or merge them</source>
        <translation>Es gibt bereits ein Label „{name}“: Wählen Sie einen anderen Namen oder führen Sie die Labels zusammen</translation>
    </message>
    <message>
        <source>There is no label {missing} to merge</source>
        <translation>Es gibt kein Label {missing} zum Zusammenführen</translation>
    </message>
    <message>
        <source>The label kept must be one of those merged</source>
        <translation>Das beibehaltene Label muss eines der zusammengeführten sein</translation>
    </message>
    <message>
        <source>Choose two or more labels to merge</source>
        <translation>Wählen Sie zwei oder mehr Labels zum Zusammenführen</translation>
    </message>
    <message>
        <source>There is no task {task_id} to delay</source>
        <translation>Es gibt keine Aufgabe {task_id} zum Verschieben</translation>
    </message>
    <message>
        <source>“{title}” is fixed in time and cannot be delayed</source>
        <translation>„{title}“ ist zeitlich festgelegt und kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>“{item}” is not a link: write an ID, a type and a lag such as 3, 5SS or 7FS+2d</source>
        <translation>„{item}“ ist keine Verknüpfung: Schreiben Sie eine ID, einen Typ und eine Verzögerung, etwa 3, 5SS oder 7FS+2d</translation>
    </message>
    <message>
        <source>{where}a lag in % must be a whole number</source>
        <translation>{where}eine Verzögerung in % muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{where}a lag of more than {MAX_LAG_PERCENT:,} % is not possible</source>
        <translation>{where}eine Verzögerung von mehr als {MAX_LAG_PERCENT:,} % ist nicht möglich</translation>
    </message>
    <message>
        <source>{where}“e{elapsed}” is not a unit of elapsed time: use em, eh, ed or ew</source>
        <translation>{where}„e{elapsed}“ ist keine Einheit für fortlaufende Zeit: Verwenden Sie em, eh, ed oder ew</translation>
    </message>
    <message>
        <source>{where}the lag is not right: {error}</source>
        <translation>{where}die Verzögerung stimmt nicht: {error}</translation>
    </message>
    <message>
        <source>There is no task with ID {row}</source>
        <translation>Es gibt keine Aufgabe mit der ID {row}</translation>
    </message>
    <message>
        <source>ID {row} is “{title}” itself: a task cannot follow itself</source>
        <translation>ID {row} ist „{title}“ selbst: Eine Aufgabe kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>ID {row} is named twice: a task can be linked with another only once</source>
        <translation>ID {row} ist doppelt angegeben: Eine Aufgabe kann mit einer anderen nur einmal verknüpft werden</translation>
    </message>
    <message>
        <source>There is no task {other} to link</source>
        <translation>Es gibt keine Aufgabe {other} zum Verknüpfen</translation>
    </message>
    <message>
        <source>“{title}” cannot depend on itself</source>
        <translation>„{title}“ kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>“{title}” already depends on “{title2}”</source>
        <translation>„{title}“ hängt bereits von „{title2}“ ab</translation>
    </message>
    <message>
        <source>“{title}” and “{title2}” are a summary and its own subtask: they cannot be linked</source>
        <translation>„{title}“ und „{title2}“ sind eine Sammelaufgabe und ihre eigene Unteraufgabe: Sie können nicht verknüpft werden</translation>
    </message>
    <message>
        <source>This link would close a loop: {names}</source>
        <translation>Diese Verknüpfung würde eine Schleife schließen: {names}</translation>
    </message>
    <message>
        <source>“{title}” cannot become a subtask of “{title2}”: it would close a loop: {names}</source>
        <translation>„{title}“ kann keine Unteraufgabe von „{title2}“ werden: Das würde eine Schleife schließen: {names}</translation>
    </message>
    <message>
        <source>“{title}” is linked with “{title2}” and cannot become its subtask</source>
        <translation>„{title}“ ist mit „{title2}“ verknüpft und kann nicht ihre Unteraufgabe werden</translation>
    </message>
    <message>
        <source>“{text}” is not a target; write for example “throughput ≥ 12”, “85 % within 5 days”, “WIP ≤ 8” or “on time ≥ 90 %”</source>
        <translation>„{text}“ ist kein Zielwert; schreiben Sie zum Beispiel „throughput ≥ 12“, „85 % within 5 days“, „WIP ≤ 8“ oder „on time ≥ 90 %“</translation>
    </message>
    <message>
        <source>“{metric}” is not a metric; choose one of {metrics}</source>
        <translation>„{metric}“ ist keine Kennzahl; wählen Sie eine aus: {metrics}</translation>
    </message>
    <message>
        <source>{metric}: a target of {value:g} is not possible</source>
        <translation>{metric}: Ein Zielwert von {value:g} ist nicht möglich</translation>
    </message>
    <message>
        <source>A share of {percentile:g} % is not possible (1–100 %)</source>
        <translation>Ein Anteil von {percentile:g} % ist nicht möglich (1–100 %)</translation>
    </message>
    <message>
        <source>On time: {value:g} % is more than all of them</source>
        <translation>Termintreue: {value:g} % ist mehr als alle</translation>
    </message>
    <message>
        <source>There is no area {area_id}</source>
        <translation>Es gibt keinen Bereich {area_id}</translation>
    </message>
    <message>
        <source>There is no target {target_id}</source>
        <translation>Es gibt keinen Zielwert {target_id}</translation>
    </message>
    <message>
        <source>A project needs a name</source>
        <translation>Ein Projekt braucht einen Namen</translation>
    </message>
    <message>
        <source>There is already a project named “{name}”: choose another name</source>
        <translation>Es gibt bereits ein Projekt namens „{name}“: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{name}: there is no calendar {calendar_id}</source>
        <translation>{name}: Es gibt keinen Kalender {calendar_id}</translation>
    </message>
    <message>
        <source>{name}: there is no template {template_id}</source>
        <translation>{name}: Es gibt keine Vorlage {template_id}</translation>
    </message>
    <message>
        <source>{name}: a project scheduled from its finish needs that date</source>
        <translation>{name}: Ein vom Ende aus geplantes Projekt braucht dieses Datum</translation>
    </message>
    <message>
        <source>{name}: a project scheduled from its start needs that date</source>
        <translation>{name}: Ein vom Beginn aus geplantes Projekt braucht dieses Datum</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Eine Person braucht einen Namen</translation>
    </message>
    <message>
        <source>{name}: a capacity of {hours:g} hours a day is impossible (more than 0, at most 24)</source>
        <translation>{name}: Eine Kapazität von {hours:g} Stunden am Tag ist unmöglich (mehr als 0, höchstens 24)</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>ein Stundensatz</translation>
    </message>
    <message>
        <source>an overtime rate</source>
        <translation>ein Überstundensatz</translation>
    </message>
    <message>
        <source>a cost per use</source>
        <translation>Kosten pro Einsatz</translation>
    </message>
    <message>
        <source>{name}: {label} cannot be negative</source>
        <translation>{name}: {label} kann nicht negativ sein</translation>
    </message>
    <message>
        <source>{name}: max units of {units:.0%} are impossible (more than 0 %, at most 1000 %)</source>
        <translation>{name}: Max. Einheiten von {units:.0%} sind unmöglich (mehr als 0 %, höchstens 1000 %)</translation>
    </message>
    <message>
        <source>{name}: {kind!r} is not a resource type (work, material or cost)</source>
        <translation>{name}: {kind!r} ist kein Ressourcentyp (Arbeit, Material oder Kosten)</translation>
    </message>
    <message>
        <source>{name}: there is already a person of that name</source>
        <translation>{name}: Es gibt bereits eine Person mit diesem Namen</translation>
    </message>
    <message>
        <source>Line {number}: {column} {cell!r} is not a number</source>
        <translation>Zeile {number}: {column} {cell!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>Deliverable “{name}”</source>
        <translation>Liefergegenstand „{name}“</translation>
    </message>
    <message>
        <source>an acceptance status</source>
        <translation>ein gültiger Abnahmestatus</translation>
    </message>
    <message>
        <source>Criterion “{name}”</source>
        <translation>Kriterium „{name}“</translation>
    </message>
    <message>
        <source>a criterion status</source>
        <translation>ein gültiger Kriteriumsstatus</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this {noun}</source>
        <translation>Es gibt kein Projekt {project_id} für diesen Eintrag ({noun})</translation>
    </message>
    <message>
        <source>A {noun} needs a name</source>
        <translation>Name fehlt ({noun})</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not {noun} ({choices})</source>
        <translation>{what}: {value!r} ist nicht {noun} ({choices})</translation>
    </message>
    <message>
        <source>{what}: task {tid} is not part of this project</source>
        <translation>{what}: Aufgabe {tid} gehört nicht zu diesem Projekt</translation>
    </message>
    <message>
        <source>“{item}” in the rule “{text}” is not NAME=VALUE</source>
        <translation>„{item}“ in der Regel „{text}“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>A routine</source>
        <translation>Eine Routine</translation>
    </message>
    <message>
        <source>{what}: the rule “{text}” says nothing about how often (FREQ)</source>
        <translation>{what}: Die Regel „{text}“ sagt nichts darüber, wie oft (FREQ)</translation>
    </message>
    <message>
        <source>{what}: the {title} calendar (RSCALE) is not supported</source>
        <translation>{what}: Der Kalender {title} (RSCALE) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>{what}: a routine repeats daily, weekly, monthly or yearly, not {lower}</source>
        <translation>{what}: Eine Routine wiederholt sich täglich, wöchentlich, monatlich oder jährlich, nicht {lower}</translation>
    </message>
    <message>
        <source>{what}: an interval of {interval} is not between 1 and {MAX_INTERVAL}</source>
        <translation>{what}: Ein Intervall von {interval} liegt nicht zwischen 1 und {MAX_INTERVAL}</translation>
    </message>
    <message>
        <source>{what}: the rule “{text}” cannot be read ({error})</source>
        <translation>{what}: Die Regel „{text}“ kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{name}: “{value}” is not schedule or completion</source>
        <translation>{name}: „{value}“ ist weder Plan noch Erledigung</translation>
    </message>
    <message>
        <source>{name}: occurrences can be created 0 to {MAX_HORIZON} days ahead, not {horizon}</source>
        <translation>{name}: Termine können 0 bis {MAX_HORIZON} Tage im Voraus angelegt werden, nicht {horizon}</translation>
    </message>
    <message>
        <source>{name}: an occurrence moves to a date and time, not {moved!r}</source>
        <translation>{name}: Ein Termin wird auf ein Datum mit Uhrzeit verschoben, nicht auf {moved!r}</translation>
    </message>
    <message>
        <source>There is no routine {routine_id}</source>
        <translation>Es gibt keine Routine {routine_id}</translation>
    </message>
    <message>
        <source>A {noun} needs {exc}</source>
        <translation>{noun}: {exc} fehlt</translation>
    </message>
    <message>
        <source>There is no {noun} {ident}</source>
        <translation>Es gibt kein {noun} {ident}</translation>
    </message>
    <message>
        <source>There is no person named “{name}”: add them to the people first</source>
        <translation>Es gibt keine Person namens „{name}“: Fügen Sie sie zuerst zu den Personen hinzu</translation>
    </message>
    <message>
        <source>{count} people are named “{name}”: assign one of them in the editor</source>
        <translation>{count} Personen heißen „{name}“: Weisen Sie eine davon im Editor zu</translation>
    </message>
    <message>
        <source>“{item}”: {name} cannot be assigned at 0 %</source>
        <translation>„{item}“: {name} kann nicht mit 0 % zugewiesen werden</translation>
    </message>
    <message>
        <source>“{item}”: {name} can be assigned at most {value:g} % (their max units)</source>
        <translation>„{item}“: {name} kann höchstens mit {value:g} % zugewiesen werden (max. Einheiten)</translation>
    </message>
    <message>
        <source>{name} is named twice</source>
        <translation>{name} ist doppelt angegeben</translation>
    </message>
    <message>
        <source>“{item}”: “{text}” is not units: write a percentage such as [50%]</source>
        <translation>„{item}“: „{text}“ sind keine Einheiten: Schreiben Sie einen Prozentsatz wie [50%]</translation>
    </message>
    <message>
        <source>Risk “{name}”</source>
        <translation>Risiko „{name}“</translation>
    </message>
    <message>
        <source>{what}: {name} must be a whole number from 1 to 5, not {value!r}</source>
        <translation>{what}: {name} muss eine ganze Zahl von 1 bis 5 sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>{what}: {name} must be from 1 to 5, not {value}</source>
        <translation>{what}: {name} muss zwischen 1 und 5 liegen, nicht {value}</translation>
    </message>
    <message>
        <source>a response</source>
        <translation>eine gültige Reaktion</translation>
    </message>
    <message>
        <source>a risk status</source>
        <translation>ein gültiger Risikostatus</translation>
    </message>
    <message>
        <source>A rule needs a name</source>
        <translation>Eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <source>Rule “{name}”: {event!r} is not a trigger</source>
        <translation>Regel „{name}“: {event!r} ist kein Auslöser</translation>
    </message>
    <message>
        <source>Rule “{name}”: “moves to” needs a column</source>
        <translation>Regel „{name}“: „wechselt nach“ braucht eine Spalte</translation>
    </message>
    <message>
        <source>Rule “{name}”: a due trigger counts days after the due date, not before</source>
        <translation>Regel „{name}“: Ein Fälligkeitsauslöser zählt Tage nach dem Fälligkeitsdatum, nicht davor</translation>
    </message>
    <message>
        <source>Rule “{name}” needs at least one action</source>
        <translation>Regel „{name}“ braucht mindestens eine Aktion</translation>
    </message>
    <message>
        <source>Rule “{name}”: {action!r} is not an action</source>
        <translation>Regel „{name}“: {action!r} ist keine Aktion</translation>
    </message>
    <message>
        <source>Rule “{name}”: a task it creates needs a title</source>
        <translation>Regel „{name}“: Eine von ihr angelegte Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>There is no rule {rule_id}</source>
        <translation>Es gibt keine Regel {rule_id}</translation>
    </message>
    <message>
        <source>These tasks wait for each other in a loop (links and summary tasks): {text}</source>
        <translation>Diese Aufgaben warten in einer Schleife aufeinander (Verknüpfungen und Sammelaufgaben): {text}</translation>
    </message>
    <message>
        <source>Stakeholder “{name}”</source>
        <translation>Stakeholder „{name}“</translation>
    </message>
    <message>
        <source>an engagement level</source>
        <translation>eine gültige Einbindungsstufe</translation>
    </message>
    <message>
        <source>There is no stakeholder {stakeholder_id} for this interaction</source>
        <translation>Es gibt keinen Stakeholder {stakeholder_id} für diesen Kontakt</translation>
    </message>
    <message>
        <source>An interaction needs a date</source>
        <translation>Ein Kontakt braucht ein Datum</translation>
    </message>
    <message>
        <source>An interaction needs a summary of what was said</source>
        <translation>Ein Kontakt braucht eine Zusammenfassung des Gesagten</translation>
    </message>
    <message>
        <source>no duration holds {value:g} h of work: give the task a duration first</source>
        <translation>keine Dauer fasst {value:g} h Arbeit: Geben Sie der Aufgabe zuerst eine Dauer</translation>
    </message>
    <message>
        <source>A template needs a name</source>
        <translation>Eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>Template “{name}” was made by a newer version of Planner</source>
        <translation>Die Vorlage „{name}“ wurde mit einer neueren Version von Planner erstellt</translation>
    </message>
    <message>
        <source>This is not a Planner template: {exc}</source>
        <translation>Dies ist keine Planner-Vorlage: {exc}</translation>
    </message>
    <message>
        <source>This is not a Planner template: it has no list of tasks</source>
        <translation>Dies ist keine Planner-Vorlage: Sie enthält keine Aufgabenliste</translation>
    </message>
    <message>
        <source>“{text}” is not a WBS code mask: write a prefix, then one segment per level such as .9 or .AA (9 digits, A upper-case letters, a lower-case letters, * any)</source>
        <translation>„{text}“ ist keine PSP-Code-Maske: Schreiben Sie ein Präfix, dann ein Segment pro Ebene wie .9 oder .AA (9 Ziffern, A Großbuchstaben, a Kleinbuchstaben, * beliebig)</translation>
    </message>
    <message>
        <source>{path}: the file exists already</source>
        <translation>{path}: Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>{path}: the workspace could not be written ({sqlite_reason})</source>
        <translation>{path}: Der Arbeitsbereich konnte nicht geschrieben werden ({sqlite_reason})</translation>
    </message>
    <message>
        <source>“{name}” belongs to a plan that is not in front: put it in front to change it.</source>
        <translation>„{name}“ gehört zu einem Plan, der nicht im Vordergrund ist: Holen Sie ihn nach vorn, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>To remove the scenario in front, use Scenarios ▸ Discard Scenario…</source>
        <translation>Um das Szenario im Vordergrund zu entfernen, verwenden Sie Szenarien ▸ Szenario verwerfen…</translation>
    </message>
    <message>
        <source>A scenario is in front, and its edits stay in it: “{name}” belongs to the live plan. Go back to the live plan to change it.</source>
        <translation>Ein Szenario ist im Vordergrund, und seine Änderungen bleiben darin: „{name}“ gehört zum aktuellen Plan. Wechseln Sie zurück zum aktuellen Plan, um es zu ändern.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>“{change}” was made in another plan: put it in front to undo it</source>
        <translation>„{change}“ wurde in einem anderen Plan vorgenommen: Holen Sie ihn nach vorn, um es rückgängig zu machen</translation>
    </message>
    <message>
        <source>The change could not be saved to {name}: {sqlite_reason}</source>
        <translation>Die Änderung konnte nicht in {name} gespeichert werden: {sqlite_reason}</translation>
    </message>
    <message>
        <source>{path}: opened only to read it, so it cannot be changed</source>
        <translation>{path}: nur zum Lesen geöffnet, daher kann nichts geändert werden</translation>
    </message>
    <message>
        <source>“{label}”: its {field} {problem}</source>
        <translation>„{label}“: {field} {problem}</translation>
    </message>
    <message>
        <source>“{label}”: its {field} {date}</source>
        <translation>„{label}“: {field} {date}</translation>
    </message>
    <message>
        <source>There is no scenario {id} in this workspace</source>
        <translation>In diesem Arbeitsbereich gibt es kein Szenario {id}</translation>
    </message>
    <message>
        <source>There is no project {id}</source>
        <translation>Es gibt kein Projekt {id}</translation>
    </message>
    <message>
        <source>“{name}” is a scenario: make a new scenario from the live plan</source>
        <translation>„{name}“ ist ein Szenario: Legen Sie ein neues Szenario aus dem aktuellen Plan an</translation>
    </message>
    <message>
        <source>A scenario needs a name</source>
        <translation>Ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <source>The live project of scenario “{name}” is gone</source>
        <translation>Das aktuelle Projekt des Szenarios „{name}“ existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>übergeordnete Aufgabe</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>status id</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>percent complete</source>
        <translation>Fertigstellungsgrad</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle Planung</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>constraint date</source>
        <translation>Einschränkungsdatum</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>repeat from</source>
        <translation>Wiederholen ab</translation>
    </message>
    <message>
        <source>skip if open</source>
        <translation>auslassen, wenn offen</translation>
    </message>
    <message>
        <source>shift to workday</source>
        <translation>auf Arbeitstag verschieben</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>routine id</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>calendar id</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Anlagedatum</translation>
    </message>
    <message>
        <source>started</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>contours</source>
        <translation>Arbeitsverteilung</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>board rank</source>
        <translation>Position auf der Tafel</translation>
    </message>
    <message>
        <source>fixed cost</source>
        <translation>Fixkosten</translation>
    </message>
    <message>
        <source>task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>effort driven</source>
        <translation>aufwandsgesteuert</translation>
    </message>
    <message>
        <source>recurrence exceptions</source>
        <translation>Wiederholungsausnahmen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehaltene Werte</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>{column} holds {count} items, over its limit of {limit}</source>
        <translation>{column} enthält {count} Einträge, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>work waits longest in {column}: {days:.1f} days on average</source>
        <translation>Arbeit wartet am längsten in {column}: im Schnitt {days:.1f} Tage</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Gesamtdurchlaufzeit</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Laufende Arbeit</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>Throughput ≥ {value} a week</source>
        <translation>Durchsatz ≥ {value} pro Woche</translation>
    </message>
    <message>
        <source>{percentile:g} % within {value} days (cycle time)</source>
        <translation>{percentile:g} % innerhalb von {value} Tagen (Durchlaufzeit)</translation>
    </message>
    <message>
        <source>{percentile:g} % within {value} days (lead time)</source>
        <translation>{percentile:g} % innerhalb von {value} Tagen (Gesamtdurchlaufzeit)</translation>
    </message>
    <message>
        <source>Work in progress ≤ {value}</source>
        <translation>Laufende Arbeit ≤ {value}</translation>
    </message>
    <message>
        <source>On time ≥ {value} %</source>
        <translation>Termintreue ≥ {value} %</translation>
    </message>
    <message>
        <source>{name}: {actual:.1f} a week</source>
        <translation>{name}: {actual:.1f} pro Woche</translation>
    </message>
    <message>
        <source>{name}: no data</source>
        <translation>{name}: keine Daten</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} % are</source>
        <translation>{name}: {actual:.0f} % erreichen es</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} now</source>
        <translation>{name}: derzeit {actual:.0f}</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} %</source>
        <translation>{name}: {actual:.0f} %</translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>{days:.1f} days of slack</source>
        <translation>{days:.1f} Tage Puffer</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>{priority} priority</source>
        <translation>Priorität {priority}</translation>
    </message>
    <message>
        <source>value {value}, effort {effort}</source>
        <translation>Nutzen {value}, Aufwand {effort}</translation>
    </message>
    <message>
        <source>waits for “{title}”</source>
        <translation>wartet auf „{title}“</translation>
    </message>
    <message>
        <source>WIP limit of {limit} reached: finish something first</source>
        <translation>WIP-Limit von {limit} erreicht: Erst etwas abschließen</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>schedule index {index:.2f} is below {limit}</source>
        <translation>Terminindex {index:.2f} liegt unter {limit}</translation>
    </message>
    <message>
        <source>cost index {index:.2f} is below {limit}</source>
        <translation>Kostenindex {index:.2f} liegt unter {limit}</translation>
    </message>
    <message>
        <source>the forecast finish is {days:g} working days after the target finish</source>
        <translation>das prognostizierte Ende liegt {days:g} Arbeitstage nach dem Zielende</translation>
    </message>
    <message>
        <source>schedule and cost are within 5 % of plan</source>
        <translation>Termine und Kosten liegen innerhalb von 5 % des Plans</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>There is no {kind} {ident} to paste tasks into</source>
        <translation>Es gibt kein {kind} {ident}, in das Aufgaben eingefügt werden können</translation>
    </message>
    <message>
        <source>{name}: {value:,.0f} MB is more than the {value2:,.0f} MB an import reads</source>
        <translation>{name}: {value:,.0f} MB sind mehr als die {value2:,.0f} MB, die ein Import liest</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name}: kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <source>{name}: {count:,} {what} is more than a plan can hold ({MAX_TASKS:,} at most)</source>
        <translation>{name}: {count:,} {what} sind mehr, als ein Plan fassen kann (höchstens {MAX_TASKS:,})</translation>
    </message>
    <message>
        <source>{name}: it holds more than {limit:,} {what}, the most a plan can hold; split it into smaller plans</source>
        <translation>{name}: Die Datei enthält mehr als {limit:,} {what}, das Maximum eines Plans; teilen Sie sie in kleinere Pläne auf</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}: Die Datei ist leer</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file declares an external entity “{name2}” ({value}); it is refused, because it could read other files</source>
        <translation>{name}, Zeile {line}: Die Datei deklariert eine externe Entität „{name2}“ ({value}); sie wird abgelehnt, weil sie andere Dateien lesen könnte</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file declares an entity “{name2}”; entities are refused, because expanding them can exhaust memory</source>
        <translation>{name}, Zeile {line}: Die Datei deklariert eine Entität „{name2}“; Entitäten werden abgelehnt, weil ihre Erweiterung den Speicher erschöpfen kann</translation>
    </message>
    <message>
        <source>{name}: refused unsafe XML ({kind}: {error})</source>
        <translation>{name}: unsicheres XML abgelehnt ({kind}: {error})</translation>
    </message>
    <message>
        <source>{name}, line 1: the file&apos;s encoding “{shown}” is not one an XML reader knows ({error})</source>
        <translation>{name}, Zeile 1: Die Kodierung „{shown}“ der Datei ist keinem XML-Leser bekannt ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {value}: malformed XML ({reason})</source>
        <translation>{name}, Zeile {line}, Spalte {value}: fehlerhaftes XML ({reason})</translation>
    </message>
    <message>
        <source>{where}: &lt;{tag}&gt; {message}</source>
        <translation>{where}: &lt;{tag}&gt; {message}</translation>
    </message>
    <message>
        <source>has no “{attribute}” attribute, which {format} always writes</source>
        <translation>hat kein Attribut „{attribute}“, das {format} immer schreibt</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a number</source>
        <translation>„{attribute}“ ist „{text}“, keine Zahl</translation>
    </message>
    <message>
        <source>“{attribute}” is {value}, not {low}–{high}</source>
        <translation>„{attribute}“ ist {value}, nicht {low}–{high}</translation>
    </message>
    <message>
        <source>is nested deeper than {MAX_DEPTH} levels of subtasks</source>
        <translation>ist tiefer als {MAX_DEPTH} Ebenen von Unteraufgaben verschachtelt</translation>
    </message>
    <message>
        <source>{what}: a duration of “{minutes}” is not a number of minutes</source>
        <translation>{what}: Eine Dauer von „{minutes}“ ist keine Anzahl Minuten</translation>
    </message>
    <message>
        <source>{what}: a duration cannot be negative ({value:g} hours)</source>
        <translation>{what}: Eine Dauer kann nicht negativ sein ({value:g} Stunden)</translation>
    </message>
    <message>
        <source>{what}: {value:,.0f} days is longer than a century of work</source>
        <translation>{what}: {value:,.0f} Tage sind länger als ein Jahrhundert Arbeit</translation>
    </message>
    <message>
        <source>{what} longer than {limit:,} characters were cut to that length</source>
        <translation>{what} mit mehr als {limit:,} Zeichen wurden auf diese Länge gekürzt</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({value})</source>
        <translation>{target}: kann nicht geschrieben werden ({value})</translation>
    </message>
    <message>
        <source>There is no project {project_id} to export</source>
        <translation>Es gibt kein Projekt {project_id} zum Exportieren</translation>
    </message>
    <message>
        <source>{join}: not a column this export writes ({join2})</source>
        <translation>{join}: keine Spalte, die dieser Export schreibt ({join2})</translation>
    </message>
    <message>
        <source>{name}: the file holds no rows</source>
        <translation>{name}: Die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <source>{name}, line {line}: more than {MAX_COLUMNS:,} columns</source>
        <translation>{name}, Zeile {line}: mehr als {MAX_COLUMNS:,} Spalten</translation>
    </message>
    <message>
        <source>{name}: more than the {MAX_TASKS:,} tasks a plan can hold</source>
        <translation>{name}: mehr als die {MAX_TASKS:,} Aufgaben, die ein Plan fassen kann</translation>
    </message>
    <message>
        <source>{name}, line {line_num}: malformed CSV ({error})</source>
        <translation>{name}, Zeile {line_num}: fehlerhaftes CSV ({error})</translation>
    </message>
    <message>
        <source>{name}: the file says it is UTF-16 but is not ({reason})</source>
        <translation>{name}: Die Datei gibt UTF-16 an, ist es aber nicht ({reason})</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252 (Western European)</source>
        <translation>die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Westeuropäisch) gelesen</translation>
    </message>
    <message>
        <source>{name}, line {line}: longer than {MAX_LINE:,} characters; no plan holds such a row</source>
        <translation>{name}, Zeile {line}: länger als {MAX_LINE:,} Zeichen; kein Plan enthält eine solche Zeile</translation>
    </message>
    <message>
        <source>the Status column was not read: a task&apos;s board column follows its % complete</source>
        <translation>die Spalte „Status“ wurde nicht gelesen: Die Tafelspalte einer Aufgabe folgt ihrem Fertigstellungsgrad</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>columns the planner has no field for were left out: {listed}{more}</source>
        <translation>Spalten ohne passendes Feld im Planner wurden ausgelassen: {listed}{more}</translation>
    </message>
    <message>
        <source>{key}: not a field a column can hold ({join})</source>
        <translation>{key}: kein Feld, das eine Spalte aufnehmen kann ({join})</translation>
    </message>
    <message>
        <source>the column “{title}” repeats “{columns}”; it was not read</source>
        <translation>die Spalte „{title}“ wiederholt „{columns}“; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>{name}: no column holds the task names; choose one for “Name”</source>
        <translation>{name}: Keine Spalte enthält die Aufgabennamen; wählen Sie eine für „Name“</translation>
    </message>
    <message>
        <source>{name}, line {line}: the first row names no column of task names (“Name”, “Task Name” or “Title”); a CSV import needs a header row</source>
        <translation>{name}, Zeile {line}: Die erste Zeile benennt keine Spalte mit Aufgabennamen („Name“, „Task Name“ oder „Title“); ein CSV-Import braucht eine Kopfzeile</translation>
    </message>
    <message>
        <source>“{text}” is month-first, but line {line} has the day-first date “{other}”</source>
        <translation>„{text}“ hat den Monat zuerst, aber Zeile {line} hat das Datum „{other}“ mit dem Tag zuerst</translation>
    </message>
    <message>
        <source>dates such as “{ambiguous}” can be read either way; they were read day-first, as this computer&apos;s settings write dates</source>
        <translation>Daten wie „{ambiguous}“ sind mehrdeutig; sie wurden mit dem Tag zuerst gelesen, wie es die Einstellungen dieses Computers vorsehen</translation>
    </message>
    <message>
        <source>dates such as “{ambiguous}” can be read either way; they were read month-first, as this computer&apos;s settings write dates</source>
        <translation>Daten wie „{ambiguous}“ sind mehrdeutig; sie wurden mit dem Monat zuerst gelesen, wie es die Einstellungen dieses Computers vorsehen</translation>
    </message>
    <message>
        <source>the task tree is deeper than {MAX_DEPTH} levels</source>
        <translation>der Aufgabenbaum ist tiefer als {MAX_DEPTH} Ebenen</translation>
    </message>
    <message>
        <source>some tasks skip an outline level; each went under the nearest task above it</source>
        <translation>einige Aufgaben überspringen eine Gliederungsebene; jede wurde unter die nächste darüberliegende Aufgabe gestellt</translation>
    </message>
    <message>
        <source>“{text}” is not an outline level (1 to {MAX_DEPTH})</source>
        <translation>„{text}“ ist keine Gliederungsebene (1 bis {MAX_DEPTH})</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;line&gt;”</source>
        <translation>Aufgaben ohne Namen wurden „Task &lt;Zeile&gt;“ genannt</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>two rows have the ID {number}</source>
        <translation>zwei Zeilen haben die ID {number}</translation>
    </message>
    <message>
        <source>“{text}” is not a date such as 2024-01-08 or 08/01/2024</source>
        <translation>„{text}“ ist kein Datum wie 2024-01-08 oder 08.01.2024</translation>
    </message>
    <message>
        <source>“{text}…” is too long for a duration</source>
        <translation>„{text}…“ ist zu lang für eine Dauer</translation>
    </message>
    <message>
        <source>the task finishes ({finish}) before it starts ({start})</source>
        <translation>die Aufgabe endet ({finish}) vor ihrem Beginn ({start})</translation>
    </message>
    <message>
        <source>{text} from the task&apos;s date falls outside every calendar</source>
        <translation>{text} ab dem Datum der Aufgabe liegt außerhalb jedes Kalenders</translation>
    </message>
    <message>
        <source>{text} from the task&apos;s date ends {out_of_range}</source>
        <translation>{text} ab dem Datum der Aufgabe endet: {out_of_range}</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not 0–100</source>
        <translation>{value} liegt nicht zwischen 0 und 100</translation>
    </message>
    <message>
        <source>“{text}” is not a priority (Low, Normal, High, Urgent or 0–1000)</source>
        <translation>„{text}“ ist keine Priorität (Low, Normal, High, Urgent oder 0–1000)</translation>
    </message>
    <message>
        <source>“{strip}”: the units are not 1–1000 %</source>
        <translation>„{strip}“: die Einheiten liegen nicht zwischen 1 und 1000 %</translation>
    </message>
    <message>
        <source>“{item}” is not a predecessor such as 3, 5SS or 7FS+2d</source>
        <translation>„{item}“ ist kein Vorgänger wie 3, 5SS oder 7FS+2d</translation>
    </message>
    <message>
        <source>“{item}”: there is no row {match} in the file</source>
        <translation>„{item}“: Die Datei hat keine Zeile {match}</translation>
    </message>
    <message>
        <source>“{item}”: a task cannot follow itself</source>
        <translation>„{item}“: Eine Aufgabe kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>the same link twice</source>
        <translation>dieselbe Verknüpfung doppelt</translation>
    </message>
    <message>
        <source>it links a summary task with its own subtask</source>
        <translation>sie verknüpft eine Sammelaufgabe mit ihrer eigenen Unteraufgabe</translation>
    </message>
    <message>
        <source>the lag “{raw}…” is too long for a duration</source>
        <translation>die Verzögerung „{raw}…“ ist zu lang für eine Dauer</translation>
    </message>
    <message>
        <source>the lag “{raw}”: {error}</source>
        <translation>die Verzögerung „{raw}“: {error}</translation>
    </message>
    <message>
        <source>{name}: cannot {verb} “{value}” files; use {known}</source>
        <translation>{name}: „{value}“-Dateien werden nicht unterstützt ({verb}); verwenden Sie {known}</translation>
    </message>
    <message>
        <source>{name}: this is not a {name2} file (it is not XML); if it is a Planner workspace, open it instead</source>
        <translation>{name}: Dies ist keine {name2}-Datei (kein XML); wenn es ein Planner-Arbeitsbereich ist, öffnen Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a date (YYYY-MM-DD)</source>
        <translation>„{attribute}“ ist „{text}“, kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{name}, line {value}: not a GanttProject file: its root is &lt;{tag}&gt;, not &lt;project&gt;</source>
        <translation>{name}, Zeile {value}: keine GanttProject-Datei: Das Wurzelelement ist &lt;{tag}&gt;, nicht &lt;project&gt;</translation>
    </message>
    <message>
        <source>roles (people&apos;s functions) were not imported: the planner has no roles yet</source>
        <translation>Rollen (Funktionen von Personen) wurden nicht importiert: Der Planner kennt noch keine Rollen</translation>
    </message>
    <message>
        <source>marks every day of the week a weekend; a plan needs working days</source>
        <translation>kennzeichnet jeden Wochentag als Wochenende; ein Plan braucht Arbeitstage</translation>
    </message>
    <message>
        <source>{value}-{month}-{day_of_month} is not a date</source>
        <translation>{value}-{month}-{day_of_month} ist kein Datum</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>two tasks have the id {gan_id}</source>
        <translation>zwei Aufgaben haben die ID {gan_id}</translation>
    </message>
    <message>
        <source>custom columns of tasks were not imported</source>
        <translation>benutzerdefinierte Spalten von Aufgaben wurden nicht importiert</translation>
    </message>
    <message>
        <source>task “{title}” links to task {target}, which is not in the file</source>
        <translation>Aufgabe „{title}“ verweist auf Aufgabe {target}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>“type” is “{type_code}”, not 1 (SS), 2 (FS), 3 (FF) or 4 (SF)</source>
        <translation>„type“ ist „{type_code}“, nicht 1 (SS), 2 (FS), 3 (FF) oder 4 (SF)</translation>
    </message>
    <message>
        <source>“rubber” links (the successor may start later than the lag) are marked in LinkFacts</source>
        <translation>„Gummi“-Verknüpfungen (der Nachfolger darf später als die Verzögerung beginnen) sind in LinkFacts markiert</translation>
    </message>
    <message>
        <source>“{name}” has a negative rate</source>
        <translation>„{name}“ hat einen negativen Satz</translation>
    </message>
    <message>
        <source>GanttProject rates are per day; they became hourly rates at {hours:g} hours a day</source>
        <translation>GanttProject-Sätze gelten pro Tag; sie wurden zu Stundensätzen bei {hours:g} Stunden am Tag</translation>
    </message>
    <message>
        <source>names a {missing} that is not in the file</source>
        <translation>nennt ein(e) {missing}, das/die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>a load of 0 %</source>
        <translation>eine Auslastung von 0 %</translation>
    </message>
    <message>
        <source>names a resource that is not in the file</source>
        <translation>nennt eine Ressource, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>ends ({last}) before it starts ({first})</source>
        <translation>endet ({last}) vor dem Beginn ({first})</translation>
    </message>
    <message>
        <source>lasts {days} days; ten years at most</source>
        <translation>dauert {days} Tage; höchstens zehn Jahre</translation>
    </message>
    <message>
        <source>no such task now</source>
        <translation>diese Aufgabe gibt es nicht mehr</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a time such as 20250106T080000Z</source>
        <translation>„{attribute}“ ist „{text}“, keine Zeit wie 20250106T080000Z</translation>
    </message>
    <message>
        <source>{name}, line {value}: not a GNOME Planner file: its root is &lt;{tag}&gt;, not &lt;project mrproject-version=…&gt;</source>
        <translation>{name}, Zeile {value}: keine GNOME-Planner-Datei: Das Wurzelelement ist &lt;{tag}&gt;, nicht &lt;project mrproject-version=…&gt;</translation>
    </message>
    <message>
        <source>custom properties were not imported: the planner has no custom fields yet</source>
        <translation>benutzerdefinierte Eigenschaften wurden nicht importiert: Der Planner kennt noch keine benutzerdefinierten Felder</translation>
    </message>
    <message>
        <source>is nested deeper than {MAX_DEPTH} levels of calendars</source>
        <translation>ist tiefer als {MAX_DEPTH} Kalenderebenen verschachtelt</translation>
    </message>
    <message>
        <source>two calendars have the id {calendar_id}</source>
        <translation>zwei Kalender haben die ID {calendar_id}</translation>
    </message>
    <message>
        <source>names the day type {type_id}, which the file does not declare</source>
        <translation>nennt den Tagestyp {type_id}, den die Datei nicht deklariert</translation>
    </message>
    <message>
        <source>“type” is “{kind}”, not “day-type”</source>
        <translation>„type“ ist „{kind}“, nicht „day-type“</translation>
    </message>
    <message>
        <source>has working hours that overlap, run backwards or leave the day</source>
        <translation>hat Arbeitszeiten, die sich überschneiden, rückwärts laufen oder den Tag verlassen</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a time of day such as 0800</source>
        <translation>„{attribute}“ ist „{text}“, keine Uhrzeit wie 0800</translation>
    </message>
    <message>
        <source>uses the calendar {chosen}, which is not in the file</source>
        <translation>verwendet den Kalender {chosen}, der nicht in der Datei steht</translation>
    </message>
    <message>
        <source>uses the calendar “{name}”, which has no working time; a plan needs some</source>
        <translation>verwendet den Kalender „{name}“, der keine Arbeitszeit hat; ein Plan braucht welche</translation>
    </message>
    <message>
        <source>two tasks have the id {planner_id}</source>
        <translation>zwei Aufgaben haben die ID {planner_id}</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;id&gt;”</source>
        <translation>Aufgaben ohne Namen wurden „Task &lt;ID&gt;“ genannt</translation>
    </message>
    <message>
        <source>{what} ends ({finish}) before it starts ({start})</source>
        <translation>{what} endet ({finish}) vor dem Beginn ({start})</translation>
    </message>
    <message>
        <source>“type” is “{kind}”, not “{join}”</source>
        <translation>„type“ ist „{kind}“, nicht „{join}“</translation>
    </message>
    <message>
        <source>task “{title}” follows task {target}, which is not in the file</source>
        <translation>Aufgabe „{title}“ folgt auf Aufgabe {target}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>“type” is “{type_code}”, not FS, SS, FF or SF</source>
        <translation>„type“ ist „{type_code}“, nicht FS, SS, FF oder SF</translation>
    </message>
    <message>
        <source>two resources have the id {planner_id}</source>
        <translation>zwei Ressourcen haben die ID {planner_id}</translation>
    </message>
    <message>
        <source>a material resource (the planner has people only)</source>
        <translation>eine Materialressource (der Planner kennt nur Personen)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>“{name}” has a negative “std-rate”</source>
        <translation>„{name}“ hat einen negativen „std-rate“</translation>
    </message>
    <message>
        <source>it is not in the file</source>
        <translation>nicht in der Datei enthalten</translation>
    </message>
    <message>
        <source>it has no working time</source>
        <translation>ohne Arbeitszeit</translation>
    </message>
    <message>
        <source>names a task that is not in the file</source>
        <translation>nennt eine Aufgabe, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>no such person came in</source>
        <translation>diese Person wurde nicht übernommen</translation>
    </message>
    <message>
        <source>0 % units</source>
        <translation>0 % Einheiten</translation>
    </message>
    <message>
        <source>the same person twice on one task</source>
        <translation>dieselbe Person zweimal auf einer Aufgabe</translation>
    </message>
    <message>
        <source>allocations above 1000 % were capped at 1000 %</source>
        <translation>Zuteilungen über 1000 % wurden auf 1000 % begrenzt</translation>
    </message>
    <message>
        <source>{name}: this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>{name}: Dies ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: malformed iCalendar ({error})</source>
        <translation>{name}: fehlerhaftes iCalendar ({error})</translation>
    </message>
    <message>
        <source>{name}: malformed iCalendar (a VCALENDAR that begins but never ends)</source>
        <translation>{name}: fehlerhaftes iCalendar (ein VCALENDAR, das beginnt, aber nie endet)</translation>
    </message>
    <message>
        <source>{name}, line {line}: components nested more than {MAX_NESTING} deep</source>
        <translation>{name}, Zeile {line}: Komponenten mehr als {MAX_NESTING} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{name}: a line longer than {MAX_LINE:,} characters; no plan holds such a text</source>
        <translation>{name}: eine Zeile länger als {MAX_LINE:,} Zeichen; kein Plan enthält einen solchen Text</translation>
    </message>
    <message>
        <source>{name}, line {line}: a time-zone name (TZID) longer than {MAX_TZID} characters</source>
        <translation>{name}, Zeile {line}: ein Zeitzonenname (TZID) länger als {MAX_TZID} Zeichen</translation>
    </message>
    <message>
        <source>{name}: {what}: {error}</source>
        <translation>{name}: {what}: {error}</translation>
    </message>
    <message>
        <source>{what}: a date outside {EARLIEST:%Y}–{LATEST:%Y} was ignored</source>
        <translation>{what}: ein Datum außerhalb von {EARLIEST:%Y}–{LATEST:%Y} wurde ignoriert</translation>
    </message>
    <message>
        <source>{what}: a value that is not a date was ignored</source>
        <translation>{what}: ein Wert, der kein Datum ist, wurde ignoriert</translation>
    </message>
    <message>
        <source>{what}: {name} is given {count} times; the first is kept</source>
        <translation>{what}: {name} ist {count}-mal angegeben; der erste Wert bleibt</translation>
    </message>
    <message>
        <source>{name}: {what}: {name2} “{item}” cannot be read ({parse_error})</source>
        <translation>{name}: {what}: {name2} „{item}“ kann nicht gelesen werden ({parse_error})</translation>
    </message>
    <message>
        <source>{name}: the file holds no to-dos or events</source>
        <translation>{name}: Die Datei enthält keine Aufgaben oder Termine</translation>
    </message>
    <message>
        <source>{name}: no to-do or event could be read; {left_out}</source>
        <translation>{name}: Keine Aufgabe und kein Termin konnte gelesen werden; {left_out}</translation>
    </message>
    <message>
        <source>not a to-do or an event</source>
        <translation>weder Aufgabe noch Termin</translation>
    </message>
    <message>
        <source>left out: {kind} “{title}”{where}: {reason}</source>
        <translation>ausgelassen: {kind} „{title}“{where}: {reason}</translation>
    </message>
    <message>
        <source>{what}: a DURATION that ends outside {EARLIEST:%Y}–{LATEST:%Y} was ignored</source>
        <translation>{what}: eine DURATION, die außerhalb von {EARLIEST:%Y}–{LATEST:%Y} endet, wurde ignoriert</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>ohne Beginn (DTSTART)</translation>
    </message>
    <message>
        <source>{what}: PERCENT-COMPLETE “{percent}” is not a number and was ignored</source>
        <translation>{what}: PERCENT-COMPLETE „{percent}“ ist keine Zahl und wurde ignoriert</translation>
    </message>
    <message>
        <source>{what} was cancelled; it is imported as a task to do</source>
        <translation>{what} wurde abgesagt; es wird als offene Aufgabe importiert</translation>
    </message>
    <message>
        <source>{what}: PRIORITY “{priority}” is not a number and was ignored</source>
        <translation>{what}: PRIORITY „{priority}“ ist keine Zahl und wurde ignoriert</translation>
    </message>
    <message>
        <source>“{title}” ends before it starts; its end was set to its start</source>
        <translation>„{title}“ endet vor dem Beginn; das Ende wurde auf den Beginn gesetzt</translation>
    </message>
    <message>
        <source>{what}: only the first of its {count} RRULEs is kept</source>
        <translation>{what}: nur die erste der {count} RRULEs bleibt erhalten</translation>
    </message>
    <message>
        <source>its end (UNTIL) is not a date a plan can hold</source>
        <translation>ihr Ende (UNTIL) ist kein Datum, das ein Plan fassen kann</translation>
    </message>
    <message>
        <source>{what}: {count} extra date(s) (RDATE) became tasks of their own</source>
        <translation>{what}: {count} zusätzliche(s) Datum/Daten (RDATE) wurden zu eigenen Aufgaben</translation>
    </message>
    <message>
        <source>“{title}”: a change to this and all later occurrences is kept for one occurrence only</source>
        <translation>„{title}“: eine Änderung dieses und aller späteren Termine gilt nur für einen Termin</translation>
    </message>
    <message>
        <source>it has no date a plan can hold</source>
        <translation>ohne ein Datum, das ein Plan fassen kann</translation>
    </message>
    <message>
        <source>Holidays go into a saved working calendar; this workspace has none yet</source>
        <translation>Feiertage kommen in einen gespeicherten Arbeitskalender; dieser Arbeitsbereich hat noch keinen</translation>
    </message>
    <message>
        <source>{name}: there is no such file</source>
        <translation>{name}: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{name}: {HOW_TO_ENABLE}</source>
        <translation>{name}: {HOW_TO_ENABLE}</translation>
    </message>
    <message>
        <source>{name}: MPXJ did not finish reading it in {TIMEOUT} s</source>
        <translation>{name}: MPXJ hat das Lesen nicht innerhalb von {TIMEOUT} s abgeschlossen</translation>
    </message>
    <message>
        <source>{name}: MPXJ could not read it ({last})</source>
        <translation>{name}: MPXJ konnte die Datei nicht lesen ({last})</translation>
    </message>
    <message>
        <source>{name}, line {value}: not an MS Project XML file: its root is {shown}, not &lt;Project xmlns=&quot;{NAMESPACE}&quot;&gt;</source>
        <translation>{name}, Zeile {value}: keine MS-Project-XML-Datei: Das Wurzelelement ist {shown}, nicht &lt;Project xmlns=&quot;{NAMESPACE}&quot;&gt;</translation>
    </message>
    <message>
        <source>the file has no MS Project namespace; it was read as MS Project XML all the same</source>
        <translation>die Datei hat keinen MS-Project-Namensraum; sie wurde trotzdem als MS-Project-XML gelesen</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; “{text}” is not a number</source>
        <translation>&lt;{name}&gt; „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; {value} is impossible ({low}–{high})</source>
        <translation>&lt;{name}&gt; {value} ist unmöglich ({low}–{high})</translation>
    </message>
    <message>
        <source>a blank row (IsNull)</source>
        <translation>eine leere Zeile (IsNull)</translation>
    </message>
    <message>
        <source>{count:,} calendars; a plan has {MAX_CALENDARS:,} at most</source>
        <translation>{count:,} Kalender; ein Plan hat höchstens {MAX_CALENDARS:,}</translation>
    </message>
    <message>
        <source>it has no working time near the plan&apos;s dates</source>
        <translation>ohne Arbeitszeit in der Nähe der Plandaten</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; “{text}” is not a date and time</source>
        <translation>{what}: &lt;{name}&gt; „{text}“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; {out_of_range}</source>
        <translation>{what}: &lt;{name}&gt; {out_of_range}</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; “{get}” is not a date; left empty</source>
        <translation>&lt;{element}&gt; „{get}“ ist kein Datum; leer gelassen</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; is outside {EARLIEST:%Y}–{LATEST:%Y}; left empty</source>
        <translation>&lt;{element}&gt; liegt außerhalb von {EARLIEST:%Y}–{LATEST:%Y}; leer gelassen</translation>
    </message>
    <message>
        <source>the project&apos;s finish date is before its start; the finish was left empty</source>
        <translation>das Enddatum des Projekts liegt vor dem Beginn; das Ende wurde leer gelassen</translation>
    </message>
    <message>
        <source>a &lt;Task&gt; has no &lt;UID&gt;</source>
        <translation>ein &lt;Task&gt; hat keine &lt;UID&gt;</translation>
    </message>
    <message>
        <source>two tasks have the UID {uid}</source>
        <translation>zwei Aufgaben haben die UID {uid}</translation>
    </message>
    <message>
        <source>a placeholder for a task in another project</source>
        <translation>ein Platzhalter für eine Aufgabe in einem anderen Projekt</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;ID&gt;”</source>
        <translation>Aufgaben ohne Namen wurden „Task &lt;ID&gt;“ genannt</translation>
    </message>
    <message>
        <source>{what}: &lt;OutlineLevel&gt; is not a number</source>
        <translation>{what}: &lt;OutlineLevel&gt; ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: the task tree is deeper than {MAX_DEPTH} levels</source>
        <translation>{what}: der Aufgabenbaum ist tiefer als {MAX_DEPTH} Ebenen</translation>
    </message>
    <message>
        <source>{what}: it finishes ({finish}) before it starts ({start})</source>
        <translation>{what}: endet ({finish}) vor dem Beginn ({start})</translation>
    </message>
    <message>
        <source>{what}: &lt;Duration&gt; {error}</source>
        <translation>{what}: &lt;Duration&gt; {error}</translation>
    </message>
    <message>
        <source>elapsed durations became working time between the task&apos;s start and finish</source>
        <translation>fortlaufende Dauern wurden zu Arbeitszeit zwischen Beginn und Ende der Aufgabe</translation>
    </message>
    <message>
        <source>{what}: &lt;Work&gt; {error}</source>
        <translation>{what}: &lt;Work&gt; {error}</translation>
    </message>
    <message>
        <source>milestones with a duration became zero-length milestones at their start</source>
        <translation>Meilensteine mit Dauer wurden zu Meilensteinen ohne Dauer an ihrem Beginn</translation>
    </message>
    <message>
        <source>inactive tasks came in as ordinary tasks (the planner has no inactive tasks)</source>
        <translation>inaktive Aufgaben wurden als normale Aufgaben übernommen (der Planner kennt keine inaktiven Aufgaben)</translation>
    </message>
    <message>
        <source>{what}: &lt;PercentComplete&gt; “{percent}” is not a number</source>
        <translation>{what}: &lt;PercentComplete&gt; „{percent}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: &lt;PercentComplete&gt; {value} is not 0–100</source>
        <translation>{what}: &lt;PercentComplete&gt; {value} liegt nicht zwischen 0 und 100</translation>
    </message>
    <message>
        <source>{what}: &lt;Priority&gt; “{priority}” is not a number</source>
        <translation>{what}: &lt;Priority&gt; „{priority}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; “{text}” is not a number</source>
        <translation>{what}: &lt;{name}&gt; „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: a negative &lt;{name}&gt;</source>
        <translation>{what}: ein negatives &lt;{name}&gt;</translation>
    </message>
    <message>
        <source>{what}: &lt;ConstraintType&gt; “{code}” is not 0–7</source>
        <translation>{what}: &lt;ConstraintType&gt; „{code}“ liegt nicht zwischen 0 und 7</translation>
    </message>
    <message>
        <source>constraints without a date became “as soon as possible”</source>
        <translation>Einschränkungen ohne Datum wurden zu „so früh wie möglich“</translation>
    </message>
    <message>
        <source>a baseline with values that are not dates or numbers was kept only in part</source>
        <translation>ein Basisplan mit Werten, die weder Daten noch Zahlen sind, wurde nur teilweise übernommen</translation>
    </message>
    <message>
        <source>MS Project numbers its baselines 0–10</source>
        <translation>MS Project nummeriert seine Basispläne von 0 bis 10</translation>
    </message>
    <message>
        <source>a cost resource (the planner has people only)</source>
        <translation>eine Kostenressource (der Planner kennt nur Personen)</translation>
    </message>
    <message>
        <source>{what}: a unit, rate or cost per use is not a number</source>
        <translation>{what}: eine Einheit, ein Satz oder Kosten pro Einsatz sind keine Zahl</translation>
    </message>
    <message>
        <source>{name}: {units:.0%} of a {hours_per_day:g}-hour day is beyond 0–24 hours; capped</source>
        <translation>{name}: {units:.0%} eines {hours_per_day:g}-Stunden-Tages liegen außerhalb von 0–24 Stunden; begrenzt</translation>
    </message>
    <message>
        <source>{what}: a negative rate or cost per use</source>
        <translation>{what}: ein negativer Satz oder negative Kosten pro Einsatz</translation>
    </message>
    <message>
        <source>its resource was not imported</source>
        <translation>ihre Ressource wurde nicht importiert</translation>
    </message>
    <message>
        <source>{what}: &lt;Units&gt; “{get}” is not a number</source>
        <translation>{what}: &lt;Units&gt; „{get}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>assignments above 1000 % were capped at 1000 %</source>
        <translation>Zuweisungen über 1000 % wurden auf 1000 % begrenzt</translation>
    </message>
    <message>
        <source>tasks with no work of their own took the sum of their assignments&apos; work</source>
        <translation>Aufgaben ohne eigene Arbeit erhielten die Summe der Arbeit ihrer Zuweisungen</translation>
    </message>
    <message>
        <source>a link to another project</source>
        <translation>eine Verknüpfung zu einem anderen Projekt</translation>
    </message>
    <message>
        <source>its predecessor is the project summary task</source>
        <translation>ihr Vorgänger ist die Projektsammelaufgabe</translation>
    </message>
    <message>
        <source>its predecessor was not imported</source>
        <translation>ihr Vorgänger wurde nicht importiert</translation>
    </message>
    <message>
        <source>{what} has a &lt;PredecessorLink&gt; to UID {value}, which is not in the file</source>
        <translation>{what} hat einen &lt;PredecessorLink&gt; zu UID {value}, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>{what}: link &lt;Type&gt; “{type_text}” is not 0 FF, 1 FS, 2 SF or 3 SS</source>
        <translation>{what}: Verknüpfungs-&lt;Type&gt; „{type_text}“ ist nicht 0 FF, 1 FS, 2 SF oder 3 SS</translation>
    </message>
    <message>
        <source>{what}: &lt;LinkLag&gt; “{raw}” is not a number</source>
        <translation>{what}: &lt;LinkLag&gt; „{raw}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{what}: a lag of {value:g} % is beyond ±{MAX_LAG_PERCENT:,} %</source>
        <translation>{what}: eine Verzögerung von {value:g} % liegt über ±{MAX_LAG_PERCENT:,} %</translation>
    </message>
    <message>
        <source>elapsed lags became the working time of an average week; LinkFacts keep them exact</source>
        <translation>fortlaufende Verzögerungen wurden zur Arbeitszeit einer durchschnittlichen Woche; LinkFacts bewahren sie genau</translation>
    </message>
    <message>
        <source>the baseline “{name}”: MS Project holds {MAX_BASELINES} baselines at most</source>
        <translation>der Basisplan „{name}“: MS Project fasst höchstens {MAX_BASELINES} Basispläne</translation>
    </message>
    <message>
        <source>the baseline “{name}” went out as “{named}” (MS Project numbers them)</source>
        <translation>der Basisplan „{name}“ wurde als „{named}“ exportiert (MS Project nummeriert sie)</translation>
    </message>
    <message>
        <source>{name}…: the name was cut to {MAX_NAME} characters</source>
        <translation>{name}…: der Name wurde auf {MAX_NAME} Zeichen gekürzt</translation>
    </message>
    <message>
        <source>“{title}…”: the name was cut to {MAX_NAME} characters</source>
        <translation>„{title}…“: der Name wurde auf {MAX_NAME} Zeichen gekürzt</translation>
    </message>
    <message>
        <source>the link from another project into “{title}”</source>
        <translation>die Verknüpfung aus einem anderen Projekt zu „{title}“</translation>
    </message>
    <message>
        <source>{where}: “{text}” is not a time of day (HH:MM:SS)</source>
        <translation>{where}: „{text}“ ist keine Uhrzeit (HH:MM:SS)</translation>
    </message>
    <message>
        <source>its dates or its pattern are missing or impossible</source>
        <translation>Daten oder Muster fehlen oder sind unmöglich</translation>
    </message>
    <message>
        <source>a few recurring exceptions became single days from a year before the project to ten after</source>
        <translation>einige wiederkehrende Ausnahmen wurden zu einzelnen Tagen, von einem Jahr vor dem Projekt bis zehn Jahre danach</translation>
    </message>
    <message>
        <source>its base calendars form a loop</source>
        <translation>seine Basiskalender bilden eine Schleife</translation>
    </message>
    <message>
        <source>more than {MAX_BASES} calendars derive one from another</source>
        <translation>mehr als {MAX_BASES} Kalender leiten sich voneinander ab</translation>
    </message>
    <message>
        <source>Imported from {source} ({format}):</source>
        <translation>Importiert aus {source} ({format}):</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>  skipped {number} × {kind} ({reason}): {examples}</source>
        <translation>  ausgelassen: {number} × {kind} ({reason}): {examples}</translation>
    </message>
    <message>
        <source>  note: {text}</source>
        <translation>  Hinweis: {text}</translation>
    </message>
    <message>
        <source>{what} rounded to whole days (GanttProject has no hours)</source>
        <translation>{what} auf ganze Tage gerundet (GanttProject kennt keine Stunden)</translation>
    </message>
    <message>
        <source>days with their own working hours kept as plain working days</source>
        <translation>Tage mit eigenen Arbeitszeiten als normale Arbeitstage übernommen</translation>
    </message>
    <message>
        <source>tasks without dates given the project&apos;s start</source>
        <translation>Aufgaben ohne Termine erhielten den Projektbeginn</translation>
    </message>
    <message>
        <source>constraints other than “start no earlier than” (GanttProject has only that one)</source>
        <translation>Einschränkungen außer „Anfang nicht früher als“ (GanttProject kennt nur diese)</translation>
    </message>
    <message>
        <source>deadlines (GanttProject has none)</source>
        <translation>Stichtage (GanttProject kennt keine)</translation>
    </message>
    <message>
        <source>links to tasks of other projects</source>
        <translation>Verknüpfungen zu Aufgaben anderer Projekte</translation>
    </message>
    <message>
        <source>lags in calendar time written as working days</source>
        <translation>Verzögerungen in Kalenderzeit als Arbeitstage geschrieben</translation>
    </message>
    <message>
        <source>lags as a share of the predecessor written as working days</source>
        <translation>Verzögerungen als Anteil des Vorgängers als Arbeitstage geschrieben</translation>
    </message>
    <message>
        <source>people&apos;s hours a day (GanttProject has no capacity)</source>
        <translation>Stunden pro Tag der Personen (GanttProject kennt keine Kapazität)</translation>
    </message>
    <message>
        <source>people&apos;s recurring days off and own working hours (GanttProject has vacations only)</source>
        <translation>wiederkehrende freie Tage und eigene Arbeitszeiten von Personen (GanttProject kennt nur Urlaube)</translation>
    </message>
</context>
<context>
    <name>Levelling</name>
    <message>
        <source>{names} is fully booked until then</source>
        <translation>{names} ist bis dahin ausgebucht</translation>
    </message>
    <message>
        <source>{names} are fully booked until then</source>
        <translation>{names} sind bis dahin ausgebucht</translation>
    </message>
    <message>
        <source>{names} is over capacity from {first:%d %b}</source>
        <translation>{names} ist ab {first:%d.%m.} überlastet</translation>
    </message>
    <message>
        <source>{names} are over capacity from {first:%d %b}</source>
        <translation>{names} sind ab {first:%d.%m.} überlastet</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Adding tasks…</source>
        <translation>Vorgänge werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Termine werden berechnet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Repeats by a custom rule</source>
        <translation>Wiederholt sich nach einer eigenen Regel</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> um {time}</translation>
    </message>
    <message>
        <source>{every}{at}, on the days its own rule picks{ends}</source>
        <translation>{every}{at}, an den Tagen, die die eigene Regel festlegt{ends}</translation>
    </message>
    <message>
        <source>An occurrence of a deleted routine</source>
        <translation>Ein Termin einer gelöschten Routine</translation>
    </message>
    <message>
        <source>One occurrence of “{title}”</source>
        <translation>Ein Termin von „{title}“</translation>
    </message>
    <message>
        <source>One occurrence of “{title}”: {rule}</source>
        <translation>Ein Termin von „{title}“: {rule}</translation>
    </message>
    <message>
        <source>every {days}</source>
        <translation>jeden {days}</translation>
    </message>
    <message>
        <source>every {days} of the month</source>
        <translation>jeden {days} im Monat</translation>
    </message>
    <message>
        <source>{every} on {days}</source>
        <translation>{every} am {days}</translation>
    </message>
    <message>
        <source>every {days} in {month}</source>
        <translation>jeden {days} im {month}</translation>
    </message>
    <message>
        <source>{every} on the {days} of {month}</source>
        <translation>{every} am {days} im {month}</translation>
    </message>
    <message>
        <source>{every} in {month}</source>
        <translation>{every} im {month}</translation>
    </message>
    <message>
        <source>{every} on {days} {month}</source>
        <translation>{every} am {dates} {month}</translation>
    </message>
    <message>
        <source>{every} on {days} of {month}</source>
        <translation>{every} am {days} im {month}</translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, einmal</translation>
    </message>
    <message>
        <source>, until {day} {month} {year}</source>
        <translation>, bis {day}. {month} {year}</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>Werktag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>vorletzten</translation>
    </message>
    <message>
        <source>{ordinal} {weekday}</source>
        <translation>{ordinal} {weekday}</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>letzten Tag</translation>
    </message>
    <message>
        <source>the {ordinal} to last day</source>
        <translation>{ordinal}-letzten Tag</translation>
    </message>
    <message>
        <source>the {ordinal}</source>
        <comment>day of the month</comment>
        <translation>{day}.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>{ordinal} to last</source>
        <translation>{ordinal}-letzten</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>constraint date</source>
        <translation>Einschränkungsdatum</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>scheduling mode</source>
        <translation>Planungsmodus</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>{what} changed on {day}</source>
        <translation>{what} am {day} geändert</translation>
    </message>
    <message>
        <source>moved by the link from {name} on {day}</source>
        <translation>am {day} durch die Verknüpfung von {name} verschoben</translation>
    </message>
    <message>
        <source>“{change}” on {day}</source>
        <translation>„{change}“ am {day}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>That project did not exist then</source>
        <translation>Dieses Projekt gab es damals nicht</translation>
    </message>
    <message>
        <source>Restore “{project}” as it was</source>
        <translation>„{project}“ wie damals wiederherstellen</translation>
    </message>
    <message>
        <source>That task did not exist then</source>
        <translation>Diese Aufgabe gab es damals nicht</translation>
    </message>
    <message>
        <source>Restore “{task}” as it was</source>
        <translation>„{task}“ wie damals wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {count} tasks as they were</source>
        <translation>{count} Aufgaben wie damals wiederherstellen</translation>
    </message>
    <message>
        <source>“{task}” could not be restored: its project is gone</source>
        <translation>„{task}“ konnte nicht wiederhergestellt werden: Ihr Projekt existiert nicht mehr</translation>
    </message>
    <message>
        <source>“{task}” could not be restored: its area is gone</source>
        <translation>„{task}“ konnte nicht wiederhergestellt werden: Ihr Bereich existiert nicht mehr</translation>
    </message>
    <message>
        <source>“{task}” is back at the top of its project: its summary “{summary}” is gone</source>
        <translation>„{task}“ steht wieder auf oberster Ebene ihres Projekts: Ihre Sammelaufgabe „{summary}“ existiert nicht mehr</translation>
    </message>
    <message>
        <source>“{task}”: {person} is no longer in the workspace</source>
        <translation>„{task}“: {person} ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>The link from “{a}” to “{b}” could not be restored: “{gone}” is gone</source>
        <translation>Die Verknüpfung von „{a}“ zu „{b}“ konnte nicht wiederhergestellt werden: „{gone}“ existiert nicht mehr</translation>
    </message>
    <message>
        <source>The link from “{a}” to “{b}” could not be restored: {why}</source>
        <translation>Die Verknüpfung von „{a}“ zu „{b}“ konnte nicht wiederhergestellt werden: {why}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>is created</source>
        <translation>angelegt wird</translation>
    </message>
    <message>
        <source>moves to {status}</source>
        <translation>nach {status} wechselt</translation>
    </message>
    <message>
        <source>is completed</source>
        <translation>erledigt wird</translation>
    </message>
    <message>
        <source>becomes blocked</source>
        <translation>blockiert wird</translation>
    </message>
    <message>
        <source>is no longer blocked</source>
        <translation>nicht mehr blockiert ist</translation>
    </message>
    <message>
        <source>gets a different assignee</source>
        <translation>eine andere zuständige Person erhält</translation>
    </message>
    <message>
        <source>gets its labels changed</source>
        <translation>andere Labels erhält</translation>
    </message>
    <message>
        <source>is due ({days} days ago or more)</source>
        <translation>fällig ist (seit {days} Tagen oder länger)</translation>
    </message>
    <message>
        <source>is created by a routine</source>
        <translation>von einer Routine angelegt wird</translation>
    </message>
    <message>
        <source>is a milestone that slips past its baseline</source>
        <translation>ein Meilenstein ist, der sich über seinen Basisplan hinaus verschiebt</translation>
    </message>
    <message>
        <source>move it to {status}</source>
        <translation>nach {status} verschieben</translation>
    </message>
    <message>
        <source>set its priority to {priority}</source>
        <translation>Priorität auf {priority} setzen</translation>
    </message>
    <message>
        <source>assign it to {person}</source>
        <translation>{person} zuweisen</translation>
    </message>
    <message>
        <source>label it {label}</source>
        <translation>Label {label} vergeben</translation>
    </message>
    <message>
        <source>make it due {days}</source>
        <translation>Fälligkeit: {days}</translation>
    </message>
    <message>
        <source>add the checklist {items}</source>
        <translation>Checkliste {items} hinzufügen</translation>
    </message>
    <message>
        <source>create “{title}” due {days}</source>
        <translation>„{title}“ anlegen, fällig {days}</translation>
    </message>
    <message>
        <source>raise it to Urgent (the top of the focus list)</source>
        <translation>auf Dringend hochstufen (ganz oben in der Fokusliste)</translation>
    </message>
    <message>
        <source>add the note “{text}”</source>
        <translation>Notiz „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>its trigger names a status that was deleted</source>
        <translation>ihr Auslöser nennt einen gelöschten Status</translation>
    </message>
    <message>
        <source>its condition names a label that was deleted</source>
        <translation>ihre Bedingung nennt ein gelöschtes Label</translation>
    </message>
    <message>
        <source>its condition names a person that was deleted</source>
        <translation>ihre Bedingung nennt eine gelöschte Person</translation>
    </message>
    <message>
        <source>its scope names an area that was deleted</source>
        <translation>ihr Geltungsbereich nennt einen gelöschten Bereich</translation>
    </message>
    <message>
        <source>its scope names a project that was deleted</source>
        <translation>ihr Geltungsbereich nennt ein gelöschtes Projekt</translation>
    </message>
    <message>
        <source>its action names a status that was deleted</source>
        <translation>ihre Aktion nennt einen gelöschten Status</translation>
    </message>
    <message>
        <source>its action names a person that was deleted</source>
        <translation>ihre Aktion nennt eine gelöschte Person</translation>
    </message>
    <message>
        <source>its action names a label that was deleted</source>
        <translation>ihre Aktion nennt ein gelöschtes Label</translation>
    </message>
    <message>
        <source>a task in {where}</source>
        <translation>eine Aufgabe in {where}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>eine Aufgabe</translation>
    </message>
    <message>
        <source> labelled {label}</source>
        <translation> mit dem Label {label}</translation>
    </message>
    <message>
        <source> of {priority} priority</source>
        <translation> mit Priorität {priority}</translation>
    </message>
    <message>
        <source> assigned to {person}</source>
        <translation> zugewiesen an {person}</translation>
    </message>
    <message>
        <source> whose title contains “{text}”</source>
        <translation> mit „{text}“ im Titel</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>When {subject} {trigger}, {actions}</source>
        <translation>Wenn {subject} {trigger}: {actions}</translation>
    </message>
    <message>
        <source>, assigned to {person}</source>
        <translation>, zugewiesen an {person}</translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation>am selben Arbeitstag</translation>
    </message>
    <message>
        <source>(deleted status)</source>
        <translation>(gelöschter Status)</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(gelöschtes Label)</translation>
    </message>
    <message>
        <source>(deleted area)</source>
        <translation>(gelöschter Bereich)</translation>
    </message>
    <message>
        <source>(deleted project)</source>
        <translation>(gelöschtes Projekt)</translation>
    </message>
    <message>
        <source>Stopped: this change would make rules create {count} tasks (more than {most}); none were created</source>
        <translation>Angehalten: Durch diese Änderung würden Regeln {count} Aufgaben anlegen (mehr als {most}); es wurde keine angelegt</translation>
    </message>
    <message>
        <source>{rules}: {message}</source>
        <translation>{rules}: {message}</translation>
    </message>
    <message>
        <source> (overriding rule “{rule}”: rules apply in list order, the later one wins)</source>
        <translation> (überschreibt Regel „{rule}“: Regeln gelten in der Reihenfolge der Liste, die spätere gewinnt)</translation>
    </message>
    <message>
        <source>{action} on “{title}”</source>
        <translation>{action} bei „{title}“</translation>
    </message>
    <message>
        <source>created {titles} after “{title}”</source>
        <translation>{titles} nach „{title}“ angelegt</translation>
    </message>
    <message>
        <source>This rule is broken: {problems}. It would do nothing.</source>
        <translation>Diese Regel ist defekt: {problems}. Sie würde nichts tun.</translation>
    </message>
    <message>
        <source>The workspace keeps no history of “{trigger}”, so there is nothing to preview.</source>
        <translation>Der Arbeitsbereich führt keinen Verlauf zu „{trigger}“, daher gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>{at:%a %d %b}: “{title}”: {actions}</source>
        <translation>{at:%d.%m.}: „{title}“: {actions}</translation>
    </message>
    <message>
        <source>Covers {covers}.</source>
        <translation>Umfasst {covers}.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>New scenario “{name}”</source>
        <translation>Neues Szenario „{name}“</translation>
    </message>
    <message>
        <source>Adopt scenario “{name}”</source>
        <translation>Szenario „{name}“ übernehmen</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Link the adopted tasks to the scenario</source>
        <translation>Übernommene Aufgaben mit dem Szenario verknüpfen</translation>
    </message>
    <message>
        <source>Discard scenario “{name}”</source>
        <translation>Szenario „{name}“ verwerfen</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>its calendar “{calendar}” has no working time; scheduled on the standard week</source>
        <translation>ihr Kalender „{calendar}“ hat keine Arbeitszeit; nach der Standardwoche geplant</translation>
    </message>
    <message>
        <source>in a loop of links: {names} (scheduled without the link {link})</source>
        <translation>in einer Schleife von Verknüpfungen: {names} (ohne die Verknüpfung {link} geplant)</translation>
    </message>
    <message>
        <source>its project&apos;s start {date} is outside {years}</source>
        <translation>der Projektbeginn {date} liegt außerhalb von {years}</translation>
    </message>
    <message>
        <source>its {field} {date} is outside {years}</source>
        <translation>{field} {date} liegt außerhalb von {years}</translation>
    </message>
    <message>
        <source>its duration is negative ({minutes} minutes)</source>
        <translation>die Dauer ist negativ ({minutes} Minuten)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{when}, before the file was upgraded from format {version}</source>
        <translation>{when}, bevor die Datei von Format {version} aktualisiert wurde</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>a change&apos;s record cannot be read ({exc})</source>
        <translation>der Eintrag einer Änderung kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>the history of changes cannot be read ({exc})</source>
        <translation>der Änderungsverlauf kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>the history of changes cannot be written ({exc})</source>
        <translation>der Änderungsverlauf kann nicht geschrieben werden ({exc})</translation>
    </message>
    <message>
        <source>upgrading left row {row} of {table} pointing at a missing {parent}</source>
        <translation>nach der Aktualisierung verweist Zeile {row} von {table} auf ein fehlendes {parent}</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path}: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} does not exist</source>
        <translation>{path}: Der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} is read-only, so a workspace cannot be created there</source>
        <translation>{path}: Der Ordner {parent} ist schreibgeschützt, daher kann dort kein Arbeitsbereich angelegt werden</translation>
    </message>
    <message>
        <source>{path}: the workspace could not be created ({sqlite_reason})</source>
        <translation>{path}: Der Arbeitsbereich konnte nicht angelegt werden ({sqlite_reason})</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} is read-only, and editing a workspace writes beside it; open a copy of it instead</source>
        <translation>{path}: Der Ordner {parent} ist schreibgeschützt, und beim Bearbeiten schreibt ein Arbeitsbereich daneben; öffnen Sie stattdessen eine Kopie</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; open a copy of it instead</source>
        <translation>{path}: Die Datei ist schreibgeschützt; öffnen Sie stattdessen eine Kopie</translation>
    </message>
    <message>
        <source>{path}: written by an older version of Planner; open it in Planner once to upgrade it</source>
        <translation>{path}: mit einer älteren Version von Planner geschrieben; öffnen Sie die Datei einmal in Planner, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>{path}: the workspace is damaged and cannot be read ({exc})</source>
        <translation>{path}: Der Arbeitsbereich ist beschädigt und kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>{dest}: that is the open workspace itself</source>
        <translation>{dest}: Das ist der geöffnete Arbeitsbereich selbst</translation>
    </message>
    <message>
        <source>{backup}: this backup is from another version of Planner; open it instead</source>
        <translation>{backup}: Diese Sicherung stammt von einer anderen Version von Planner; öffnen Sie sie stattdessen</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read (permission denied)</source>
        <translation>{path}: Die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>{path}: the file is empty, so it is not a Planner workspace</source>
        <translation>{path}: Die Datei ist leer, also kein Planner-Arbeitsbereich</translation>
    </message>
    <message>
        <source>{path}: this is a GNOME Planner file (XML), not a Planner workspace; import it into a workspace with File ▸ Import, or `planner import {name} NEW.planner`</source>
        <translation>{path}: Dies ist eine GNOME-Planner-Datei (XML), kein Planner-Arbeitsbereich; importieren Sie sie mit Datei ▸ Importieren in einen Arbeitsbereich oder mit `planner import {name} NEU.planner`</translation>
    </message>
    <message>
        <source>{path}: this is not a Planner workspace (it is not an SQLite database)</source>
        <translation>{path}: Dies ist kein Planner-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>{path}: the file is truncated or damaged</source>
        <translation>{path}: Die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>{path}: the file is damaged and cannot be read ({exc})</source>
        <translation>{path}: Die Datei ist beschädigt und kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <source>{path}: this SQLite database belongs to another program, not to Planner</source>
        <translation>{path}: Diese SQLite-Datenbank gehört zu einem anderen Programm, nicht zu Planner</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({check})</source>
        <translation>{path}: Die Datei ist beschädigt ({check})</translation>
    </message>
    <message>
        <source>{path}: this workspace was written by a newer version of Planner (format {version}; this version reads up to {SCHEMA_VERSION}). Update Planner to open it.</source>
        <translation>{path}: Dieser Arbeitsbereich wurde mit einer neueren Version von Planner geschrieben (Format {version}; diese Version liest bis {SCHEMA_VERSION}). Aktualisieren Sie Planner, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{path}: this workspace has no format version, so it cannot be read</source>
        <translation>{path}: Dieser Arbeitsbereich hat keine Formatversion und kann daher nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>a part of this path is a file, not a folder</source>
        <translation>ein Teil dieses Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>das ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>this is a named pipe, not a workspace file</source>
        <translation>das ist eine benannte Pipe, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>this is a socket, not a workspace file</source>
        <translation>das ist ein Socket, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>this is a device, not a workspace file</source>
        <translation>das ist ein Gerät, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>{path}: the file cannot be opened ({exc})</source>
        <translation>{path}: Die Datei kann nicht geöffnet werden ({exc})</translation>
    </message>
    <message>
        <source>{dest}: the folder {parent} does not exist</source>
        <translation>{dest}: Der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>{dest}: the copy could not be written ({exc})</source>
        <translation>{dest}: Die Kopie konnte nicht geschrieben werden ({exc})</translation>
    </message>
    <message>
        <source>{path}: the table {table_name}, row {row_id}, holds {shown} in the column {column}, which Planner cannot read; the file was changed outside Planner or is damaged</source>
        <translation>{path}: Die Tabelle {table_name}, Zeile {row_id}, enthält {shown} in der Spalte {column}, was Planner nicht lesen kann; die Datei wurde außerhalb von Planner geändert oder ist beschädigt</translation>
    </message>
    <message>
        <source>{shown}: cannot create the lock file {name} ({strerror})</source>
        <translation>{shown}: Die Sperrdatei {name} kann nicht angelegt werden ({strerror})</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>{shown}: this workspace is already open in another Planner window ({holder}). Close it there first, or open a copy.</source>
        <translation>{shown}: Dieser Arbeitsbereich ist bereits in einem anderen Planner-Fenster geöffnet ({holder}). Schließen Sie ihn dort zuerst oder öffnen Sie eine Kopie.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>No swimlanes</source>
        <translation>Keine Bahnen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Project or area</source>
        <translation>Projekt oder Bereich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Kein Label</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mindern</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Occurring</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>Unwissend</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Ablehnend</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Führend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
</context>
</TS>
