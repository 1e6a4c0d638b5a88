<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <source>Put these people on the selected task(s), at these units:</source>
        <translation>
            <numerusform>Diese Personen der ausgewählten Aufgabe mit diesen Einheiten zuweisen:</numerusform>
            <numerusform>Diese Personen den %n ausgewählten Aufgaben mit diesen Einheiten zuweisen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n labels into one. Every task that has any of them gets the one kept:</source>
        <translation>
            <numerusform>%n Label zu einem zusammenführen. Jede Aufgabe mit einem davon erhält das behaltene Label:</numerusform>
            <numerusform>%n Labels zu einem zusammenführen. Jede Aufgabe mit einem davon erhält das behaltene Label:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “{name}”? %n task(s) lose it.</source>
        <translation>
            <numerusform>Das Label „{name}“ löschen? %n Aufgabe verliert es.</numerusform>
            <numerusform>Das Label „{name}“ löschen? %n Aufgaben verlieren es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} labels? %n task(s) lose one or more of them.</source>
        <translation>
            <numerusform>{count} Labels löschen? %n Aufgabe verliert eines oder mehrere davon.</numerusform>
            <numerusform>{count} Labels löschen? %n Aufgaben verlieren eines oder mehrere davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiteres</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe kopiert</numerusform>
            <numerusform>%n Aufgaben kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the area “{name}” and its %n task(s)? You can undo this.</source>
        <translation>
            <numerusform>Den Bereich „{name}“ und seine %n Aufgabe löschen? Das lässt sich rückgängig machen.</numerusform>
            <numerusform>Den Bereich „{name}“ und seine %n Aufgaben löschen? Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}” and its %n task(s)? You can undo this.</source>
        <translation>
            <numerusform>Das Projekt „{name}“ und seine %n Aufgabe löschen? Das lässt sich rückgängig machen.</numerusform>
            <numerusform>Das Projekt „{name}“ und seine %n Aufgaben löschen? Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project has %n scenario(s) (they are not undone with it):</source>
        <translation>
            <numerusform>Das Projekt hat %n Szenario (es wird nicht mit rückgängig gemacht):</numerusform>
            <numerusform>Das Projekt hat %n Szenarien (sie werden nicht mit rückgängig gemacht):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> Arbeitstag später</numerusform>
            <numerusform> Arbeitstage später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would have acted %n time(s):</source>
        <translation>
            <numerusform>Sie hätte %n-mal gehandelt:</numerusform>
            <numerusform>Sie hätte %n-mal gehandelt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove them from %n task(s)</source>
        <translation>
            <numerusform>Von %n Aufgabe entfernen</numerusform>
            <numerusform>Von %n Aufgaben entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is assigned to %n task(s). What happens to them?</source>
        <translation>
            <numerusform>{name} ist %n Aufgabe zugewiesen. Was soll mit ihr geschehen?</numerusform>
            <numerusform>{name} ist %n Aufgaben zugewiesen. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity on %n day(s)</source>
        <translation>
            <numerusform>{name} ist an %n Tag überlastet</numerusform>
            <numerusform>{name} ist an %n Tagen überlastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity in %n week(s)</source>
        <translation>
            <numerusform>{name} ist in %n Woche überlastet</numerusform>
            <numerusform>{name} ist in %n Wochen überlastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity in %n month(s)</source>
        <translation>
            <numerusform>{name} ist in %n Monat überlastet</numerusform>
            <numerusform>{name} ist in %n Monaten überlastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours}, logged %n time(s)</source>
        <translation>
            <numerusform>{hours}, %n-mal erfasst</numerusform>
            <numerusform>{hours}, %n-mal erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) differ</source>
        <translation>
            <numerusform>%n Aufgabe weicht ab</numerusform>
            <numerusform>%n Aufgaben weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>{name}&apos;s share of their working time here (at most {most})</source>
        <translation>Anteil der Arbeitszeit von {name} hier (höchstens {most})</translation>
    </message>
    <message>
        <source>+ Person</source>
        <translation>+ Person</translation>
    </message>
    <message>
        <source>Click a name to set their share of time; × takes them off; + Person adds someone</source>
        <translation>Auf einen Namen klicken, um den Zeitanteil festzulegen; × entfernt die Person; + Person fügt jemanden hinzu</translation>
    </message>
    <message>
        <source>Everyone is on it: add people in the People view</source>
        <translation>Alle sind bereits zugewiesen: Personen in der Ansicht „Personen“ hinzufügen</translation>
    </message>
    <message>
        <source>{name}&apos;s share</source>
        <translation>Anteil von {name}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anderer…</translation>
    </message>
    <message>
        <source>{name}&apos;s share of their working time on this task, in % (at most {most}):</source>
        <translation>Anteil der Arbeitszeit von {name} an dieser Aufgabe, in % (höchstens {most}):</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Personen zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>There is nobody to assign yet: add people first</source>
        <translation>Noch niemand zum Zuweisen da: zuerst Personen hinzufügen</translation>
    </message>
    <message>
        <source>There is no person {id} to assign</source>
        <translation>Es gibt keine Person {id} zum Zuweisen</translation>
    </message>
    <message>
        <source>The dropped people could not be read (not a JSON list of person ids)</source>
        <translation>Die abgelegten Personen konnten nicht gelesen werden (keine JSON-Liste von Personen-IDs)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Move the item to the previous day</source>
        <translation>Eintrag auf den vorherigen Tag verschieben</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Move the item to the next day</source>
        <translation>Eintrag auf den nächsten Tag verschieben</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Move the item to the previous week</source>
        <translation>Eintrag in die vorherige Woche verschieben</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Move the item to the next week</source>
        <translation>Eintrag in die nächste Woche verschieben</translation>
    </message>
    <message>
        <source>Select the next item on the day</source>
        <translation>Nächsten Eintrag des Tages auswählen</translation>
    </message>
    <message>
        <source>Select the previous item on the day</source>
        <translation>Vorherigen Eintrag des Tages auswählen</translation>
    </message>
    <message>
        <source>Open the item, or create a task on the day</source>
        <translation>Eintrag öffnen oder an dem Tag eine Aufgabe anlegen</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Select an item first: arrows move between days, Alt+↑/↓ within one.</source>
        <translation>Zuerst einen Eintrag auswählen: Pfeiltasten wechseln den Tag, Alt+↑/↓ innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show or hide the list of this period&apos;s items</source>
        <translation>Liste der Einträge dieses Zeitraums ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Create an area or a project first: every task belongs to one.</source>
        <translation>Zuerst einen Bereich oder ein Projekt anlegen: Jede Aufgabe gehört zu einem davon.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Due: </source>
        <translation>Fällig: </translation>
    </message>
    <message>
        <source>  · today</source>
        <translation>  · heute</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>{day}, due {time}</source>
        <translation>{day}, fällig {time}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>{start} to {finish}</source>
        <translation>{start} bis {finish}</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>planned occurrence</source>
        <translation>geplantes Vorkommen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Items in this period</source>
        <translation>Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Open the item in the list</source>
        <translation>Eintrag der Liste öffnen</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>fällig {time}</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no rows to paste</source>
        <translation>Die Zwischenablage enthält keine Zeilen zum Einfügen</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>die eingefügten Zeilen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Frühester Anfang</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Frühestes Ende</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Spätester Anfang</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <source>Total slack</source>
        <translation>Gesamtpuffer</translation>
    </message>
    <message>
        <source>Free slack</source>
        <translation>Freier Puffer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation>Ressourcennamen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Geplanter Anfang</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Start variance</source>
        <translation>Abweichung Anfang</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Abweichung Ende</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>right after “{change}”</source>
        <translation>direkt nach „{change}“</translation>
    </message>
    <message>
        <source>The history this workspace keeps begins after {moment}.</source>
        <translation>Der Verlauf, den dieser Arbeitsbereich aufbewahrt, beginnt nach {moment}.</translation>
    </message>
    <message>
        <source>Compare with a moment</source>
        <translation>Mit einem Zeitpunkt vergleichen</translation>
    </message>
    <message>
        <source>Now against {moment}</source>
        <translation>Jetzt im Vergleich zu {moment}</translation>
    </message>
    <message>
        <source>A moment of this workspace&apos;s history…</source>
        <translation>Einem Zeitpunkt im Verlauf dieses Arbeitsbereichs…</translation>
    </message>
    <message>
        <source>A baseline…</source>
        <translation>Einem Basisplan…</translation>
    </message>
    <message>
        <source>Another workspace file…</source>
        <translation>Einer anderen Arbeitsbereichsdatei…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare the plan now with:</source>
        <translation>Den aktuellen Plan vergleichen mit:</translation>
    </message>
    <message>
        <source>Compare the plan now with the baseline:</source>
        <translation>Den aktuellen Plan mit dem Basisplan vergleichen:</translation>
    </message>
    <message>
        <source>Now against the baseline {baseline}</source>
        <translation>Jetzt im Vergleich zum Basisplan {baseline}</translation>
    </message>
    <message>
        <source>{file} cannot be compared: {why}</source>
        <translation>{file} kann nicht verglichen werden: {why}</translation>
    </message>
    <message>
        <source>Now against {file}</source>
        <translation>Jetzt im Vergleich zu {file}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Start then</source>
        <translation>Anfang damals</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Anfang jetzt</translation>
    </message>
    <message>
        <source>Start moved</source>
        <translation>Anfang verschoben</translation>
    </message>
    <message>
        <source>Finish then</source>
        <translation>Ende damals</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Ende jetzt</translation>
    </message>
    <message>
        <source>Finish moved</source>
        <translation>Ende verschoben</translation>
    </message>
    <message>
        <source>Also changed</source>
        <translation>Außerdem geändert</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
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
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the comparison and take the ghost bars away</source>
        <translation>Den Vergleich schließen und die Geisterbalken entfernen</translation>
    </message>
    <message>
        <source>Tasks added, removed and changed</source>
        <translation>Hinzugefügte, entfernte und geänderte Aufgaben</translation>
    </message>
    <message>
        <source>{title} — {differ}</source>
        <translation>{title} — {differ}</translation>
    </message>
    <message>
        <source>{title} — no task differs</source>
        <translation>{title} — keine Aufgabe weicht ab</translation>
    </message>
    <message>
        <source>{project}: added</source>
        <translation>{project}: hinzugefügt</translation>
    </message>
    <message>
        <source>{project}: removed</source>
        <translation>{project}: entfernt</translation>
    </message>
    <message>
        <source>finish {then} → {now}</source>
        <translation>Ende {then} → {now}</translation>
    </message>
    <message>
        <source>cost {then} → {now} ({delta})</source>
        <translation>Kosten {then} → {now} ({delta})</translation>
    </message>
    <message>
        <source>work {then} → {now} ({delta})</source>
        <translation>Arbeit {then} → {now} ({delta})</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>That task is no longer in the plan</source>
        <translation>Diese Aufgabe ist nicht mehr im Plan</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The backup could not be restored: </source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>ein Semikolon</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>Columns are separated by {separator}. Dates and numbers are read as this computer writes them ({date}, decimal “{point}”); ISO dates such as 2024-01-08 always work. Choose the field each column holds.</source>
        <translation>Die Spalten sind durch {separator} getrennt. Datums- und Zahlenangaben werden so gelesen, wie dieser Computer sie schreibt ({date}, Dezimalzeichen „{point}“); ISO-Daten wie 2024-01-08 funktionieren immer. Wählen Sie für jede Spalte das Feld, das sie enthält.</translation>
    </message>
    <message>
        <source>The first row holds the columns&apos; titles</source>
        <translation>Die erste Zeile enthält die Spaltentitel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Choose the column that holds the tasks&apos; names (Name).</source>
        <translation>Wählen Sie die Spalte mit den Namen der Aufgaben (Name).</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <source>None</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>What finishing this task is worth, in points you choose (0–1000). The dashboard ranks open tasks by value points per effort point; 0 leaves the task out of that ranking.</source>
        <translation>Was die Erledigung dieser Aufgabe wert ist, in frei gewählten Punkten (0–1000). Das Dashboard ordnet offene Aufgaben nach Wertpunkten je Aufwandspunkt; 0 nimmt die Aufgabe aus dieser Rangfolge.</translation>
    </message>
    <message>
        <source>How big the task is, in points you choose, for ranking by value per effort; not hours (see Work)</source>
        <translation>Wie groß die Aufgabe ist, in frei gewählten Punkten, für die Rangfolge nach Wert je Aufwand; keine Stunden (siehe Arbeit)</translation>
    </message>
    <message>
        <source>Which of duration, work and people&apos;s units stays as it is when another changes (work = duration × units): fixed units changes the duration, fixed work the units, fixed duration the work</source>
        <translation>Welche der Größen Dauer, Arbeit und Einheiten gleich bleibt, wenn sich eine andere ändert (Arbeit = Dauer × Einheiten): feste Einheiten ändern die Dauer, feste Arbeit die Einheiten, feste Dauer die Arbeit</translation>
    </message>
    <message>
        <source>A date the task must start or finish on, before or after; as soon as possible has none</source>
        <translation>Ein Datum, an dem die Aufgabe beginnen oder enden muss, davor oder danach; „So früh wie möglich“ hat keins</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So früh wie möglich</translation>
    </message>
    <message>
        <source>As late as possible</source>
        <translation>So spät wie möglich</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>Anfang nicht früher als</translation>
    </message>
    <message>
        <source>Start no later than</source>
        <translation>Anfang nicht später als</translation>
    </message>
    <message>
        <source>Finish no earlier than</source>
        <translation>Ende nicht früher als</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>Ende nicht später als</translation>
    </message>
    <message>
        <source>Must start on</source>
        <translation>Muss anfangen am</translation>
    </message>
    <message>
        <source>Must finish on</source>
        <translation>Muss enden am</translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation>Feste Einheiten</translation>
    </message>
    <message>
        <source>Fixed work</source>
        <translation>Feste Arbeit</translation>
    </message>
    <message>
        <source>Fixed duration</source>
        <translation>Feste Dauer</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <source>3d, 4h, 2w</source>
        <translation>3d, 4h, 2w</translation>
    </message>
    <message>
        <source>16h, 2d</source>
        <translation>16h, 2d</translation>
    </message>
    <message>
        <source>The hours of everyone on the task together (a bare number is hours)</source>
        <translation>Die Stunden aller an der Aufgabe Beteiligten zusammen (eine bloße Zahl sind Stunden)</translation>
    </message>
    <message>
        <source>Effort-driven</source>
        <translation>Leistungsgesteuert</translation>
    </message>
    <message>
        <source>Adding or removing people keeps the work: the duration (or units) change</source>
        <translation>Personen hinzufügen oder entfernen behält die Arbeit bei: Die Dauer (oder die Einheiten) ändert sich</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>Manuell geplant</translation>
    </message>
    <message>
        <source>Keep the dates as typed: links and constraints do not move this task</source>
        <translation>Die Daten wie eingegeben behalten: Verknüpfungen und Einschränkungen verschieben diese Aufgabe nicht</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Zeitmessung starten</translation>
    </message>
    <message>
        <source>Log the time you work on this task, from now until you stop the timer</source>
        <translation>Die Zeit erfassen, die Sie an dieser Aufgabe arbeiten, von jetzt bis Sie die Zeitmessung anhalten</translation>
    </message>
    <message>
        <source>Add a checklist item and press Enter</source>
        <translation>Checklistenpunkt hinzufügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>Predecessor…</source>
        <translation>Vorgänger…</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Verknüpfungsart</translation>
    </message>
    <message>
        <source>Add the chosen task as a predecessor</source>
        <translation>Die gewählte Aufgabe als Vorgänger hinzufügen</translation>
    </message>
    <message>
        <source>Add predecessor</source>
        <translation>Vorgänger hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected predecessor</source>
        <translation>Den ausgewählten Vorgänger entfernen</translation>
    </message>
    <message>
        <source>Remove predecessor</source>
        <translation>Vorgänger entfernen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>People and labels</source>
        <translation>Personen und Labels</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Value and effort points, work, what stays fixed, constraints and calendar: most tasks can leave them alone</source>
        <translation>Wert- und Aufwandspunkte, Arbeit, was fest bleibt, Einschränkungen und Kalender: Die meisten Aufgaben brauchen sie nicht</translation>
    </message>
    <message>
        <source>Value points</source>
        <translation>Wertpunkte</translation>
    </message>
    <message>
        <source>Effort points</source>
        <translation>Aufwandspunkte</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Keep fixed</source>
        <translation>Fest bleibt</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The working days and hours this task is scheduled in</source>
        <translation>Die Arbeitstage und -zeiten, in denen diese Aufgabe geplant wird</translation>
    </message>
    <message>
        <source>As its project ({name})</source>
        <translation>Wie ihr Projekt ({name})</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Stop timer (running since {time})</source>
        <translation>Zeitmessung anhalten (läuft seit {time})</translation>
    </message>
    <message>
        <source>Slack {slack}</source>
        <translation>Puffer {slack}</translation>
    </message>
    <message>
        <source>on the critical path</source>
        <translation>auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>misses its deadline</source>
        <translation>verfehlt ihren Stichtag</translation>
    </message>
    <message>
        <source>its constraint overrides a link</source>
        <translation>ihre Einschränkung setzt sich über eine Verknüpfung hinweg</translation>
    </message>
    <message>
        <source>Choose the predecessor from the list of tasks</source>
        <translation>Wählen Sie den Vorgänger aus der Liste der Aufgaben</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>in the window</source>
        <translation>im Fenster</translation>
    </message>
    <message>
        <source>drawing the window</source>
        <translation>beim Zeichnen des Fensters</translation>
    </message>
    <message>
        <source>in the background</source>
        <translation>im Hintergrund</translation>
    </message>
    <message>
        <source>in the board</source>
        <translation>in der Kanban-Tafel</translation>
    </message>
    <message>
        <source>drawing the board</source>
        <translation>beim Zeichnen der Kanban-Tafel</translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation>im Kalender</translation>
    </message>
    <message>
        <source>drawing the calendar</source>
        <translation>beim Zeichnen des Kalenders</translation>
    </message>
    <message>
        <source>in the dashboard</source>
        <translation>im Dashboard</translation>
    </message>
    <message>
        <source>drawing the dashboard</source>
        <translation>beim Zeichnen des Dashboards</translation>
    </message>
    <message>
        <source>in the Gantt chart</source>
        <translation>im Gantt-Diagramm</translation>
    </message>
    <message>
        <source>drawing the Gantt chart</source>
        <translation>beim Zeichnen des Gantt-Diagramms</translation>
    </message>
    <message>
        <source>in the project view</source>
        <translation>in der Projektansicht</translation>
    </message>
    <message>
        <source>drawing the project view</source>
        <translation>beim Zeichnen der Projektansicht</translation>
    </message>
    <message>
        <source>in resource usage</source>
        <translation>in der Auslastung</translation>
    </message>
    <message>
        <source>drawing resource usage</source>
        <translation>beim Zeichnen der Auslastung</translation>
    </message>
    <message>
        <source>in the task list</source>
        <translation>in der Aufgabenliste</translation>
    </message>
    <message>
        <source>drawing the task list</source>
        <translation>beim Zeichnen der Aufgabenliste</translation>
    </message>
    <message>
        <source>the details are in {path}</source>
        <translation>die Einzelheiten stehen in {path}</translation>
    </message>
    <message>
        <source>the details could not be logged ({problem})</source>
        <translation>die Einzelheiten konnten nicht protokolliert werden ({problem})</translation>
    </message>
    <message>
        <source>Something went wrong {doing}; {details}.</source>
        <translation>Etwas ist schiefgegangen, {doing}; {details}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as {example}</source>
        <translation>„{text}“ ist kein Datum: Schreiben Sie es als {example}</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any due date</source>
        <translation>Beliebiges Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Find tasks (Ctrl+F)</source>
        <translation>Aufgaben suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Beliebiges Label</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: </source>
        <translation>Rückgängig gemacht: </translation>
    </message>
    <message>
        <source>Redone: </source>
        <translation>Wiederhergestellt: </translation>
    </message>
    <message>
        <source>Select a change to see what it did</source>
        <translation>Eine Änderung auswählen, um zu sehen, was sie bewirkt hat</translation>
    </message>
    <message>
        <source>What the change did</source>
        <translation>Was die Änderung bewirkt hat</translation>
    </message>
    <message>
        <source>Changes by day</source>
        <translation>Änderungen nach Tag</translation>
    </message>
    <message>
        <source>Show changes to</source>
        <translation>Änderungen zeigen an</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>allem</translation>
    </message>
    <message>
        <source>the task “{title}”</source>
        <translation>der Aufgabe „{title}“</translation>
    </message>
    <message>
        <source>the project “{name}”</source>
        <translation>dem Projekt „{name}“</translation>
    </message>
    <message>
        <source>the work of {name}</source>
        <translation>der Arbeit von {name}</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>History unavailable: {problem}</source>
        <translation>Verlauf nicht verfügbar: {problem}</translation>
    </message>
    <message>
        <source>Show the Plan as It Was Then</source>
        <translation>Plan im damaligen Stand anzeigen</translation>
    </message>
    <message>
        <source>Compare Now With This Moment</source>
        <translation>Jetzt mit diesem Zeitpunkt vergleichen</translation>
    </message>
    <message>
        <source>Restore Its Tasks as They Were Before It</source>
        <translation>Ihre Aufgaben wie vor dieser Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <source>{what} created</source>
        <translation>{what} angelegt</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>{what} gelöscht</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
    <message>
        <source>success criterion</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>Zeiteintrag</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>LabelChips</name>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>+ Label</source>
        <translation>+ Label</translation>
    </message>
    <message>
        <source>Click × to take a label off; + Label to add one</source>
        <translation>Auf × klicken, um ein Label zu entfernen; + Label fügt eines hinzu</translation>
    </message>
    <message>
        <source>No other labels: Edit ▸ Labels… makes them</source>
        <translation>Keine weiteren Labels: Bearbeiten ▸ Labels… legt sie an</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected labels into one: their tasks get the label kept</source>
        <translation>Die ausgewählten Labels zu einem zusammenführen: Ihre Aufgaben erhalten das behaltene Label</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Labelfarbe</translation>
    </message>
    <message>
        <source>Recolour labels</source>
        <translation>Labels umfärben</translation>
    </message>
    <message>
        <source>Merge labels</source>
        <translation>Labels zusammenführen</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Label löschen</translation>
    </message>
    <message>
        <source>Delete labels</source>
        <translation>Labels löschen</translation>
    </message>
    <message>
        <source> You can undo this.</source>
        <translation> Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{stem} — Planner</source>
        <translation>{stem} — Planner</translation>
    </message>
    <message>
        <source>Dates outside {range}, which the schedule leaves out: {shown}. Fix brings each to the nearest date in range.</source>
        <translation>Daten außerhalb von {range}, die die Planung auslässt: {shown}. „Korrigieren“ setzt jedes auf das nächste Datum im Bereich.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>{name} is a GNOME Planner file, not a Planner workspace.

Import it into this workspace as a new project?</source>
        <translation>{name} ist eine Datei von GNOME Planner, kein Planner-Arbeitsbereich.

Als neues Projekt in diesen Arbeitsbereich importieren?</translation>
    </message>
    <message>
        <source>Open a GNOME Planner file</source>
        <translation>Eine GNOME-Planner-Datei öffnen</translation>
    </message>
    <message>
        <source>The workspace could not be opened</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a plan from MS Project, GanttProject, GNOME Planner or a calendar (iCalendar)</source>
        <translation>Einen Plan aus MS Project, GanttProject, GNOME Planner oder einem Kalender (iCalendar) importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export a project for MS Project</source>
        <translation>Ein Projekt für MS Project exportieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the Gantt chart when it is in front, otherwise a report, with a preview</source>
        <translation>Das Gantt-Diagramm drucken, wenn es vorne ist, sonst einen Bericht, mit Vorschau</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Bericht als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Save a report as a PDF file</source>
        <translation>Einen Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make My Change Again</source>
        <translation>Meine Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>Open &amp;Server Workspace…</source>
        <translation>&amp;Server-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>&amp;Publish to Server…</source>
        <translation>Auf Server &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>New &amp;Task</source>
        <translation>Neue &amp;Aufgabe</translation>
    </message>
    <message>
        <source>New task below the selected one (Ctrl+N)</source>
        <translation>Neue Aufgabe unter der ausgewählten (Strg+N)</translation>
    </message>
    <message>
        <source>New &amp;Subtask</source>
        <translation>Neue &amp;Unteraufgabe</translation>
    </message>
    <message>
        <source>New subtask</source>
        <translation>Neue Unteraufgabe</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Tiefer stufen</translation>
    </message>
    <message>
        <source>Indent (Alt+Shift+→)</source>
        <translation>Tiefer stufen (Alt+Umschalt+→)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Höher stufen</translation>
    </message>
    <message>
        <source>Outdent (Alt+Shift+←)</source>
        <translation>Höher stufen (Alt+Umschalt+←)</translation>
    </message>
    <message>
        <source>&amp;Assign People…</source>
        <translation>&amp;Personen zuweisen…</translation>
    </message>
    <message>
        <source>Put people on the selected tasks (Alt+F10)</source>
        <translation>Den ausgewählten Aufgaben Personen zuweisen (Alt+F10)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the tasks for a spreadsheet</source>
        <translation>Die Aufgaben für eine Tabellenkalkulation kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet as tasks</source>
        <translation>Zeilen aus einer Tabellenkalkulation als Aufgaben einfügen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>New &amp;Area…</source>
        <translation>Neuer Berei&amp;ch…</translation>
    </message>
    <message>
        <source>&amp;Working Time…</source>
        <translation>Arbeits&amp;zeit…</translation>
    </message>
    <message>
        <source>Working days, hours, public holidays and days off</source>
        <translation>Arbeitstage, Arbeitszeiten, Feiertage und freie Tage</translation>
    </message>
    <message>
        <source>New &amp;Project…</source>
        <translation>Neues Pro&amp;jekt…</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show Task &amp;Editor</source>
        <translation>Aufgaben&amp;editor anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the task editor</source>
        <translation>Den Aufgabeneditor ein- oder ausblenden</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Über Planner</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>La&amp;bels…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete labels</source>
        <translation>Labels anlegen, umbenennen, umfärben, zusammenführen und löschen</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Re&amp;geln…</translation>
    </message>
    <message>
        <source>Rules that act on events and dates, their preview and log</source>
        <translation>Regeln, die auf Ereignisse und Termine reagieren, mit Vorschau und Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>S&amp;prache (nach Neustart)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>Create an area or a project first: every task belongs to one.</source>
        <translation>Zuerst einen Bereich oder ein Projekt anlegen: Jede Aufgabe gehört zu einem davon.</translation>
    </message>
    <message>
        <source>Nothing was pasted: {reason}</source>
        <translation>Nichts eingefügt: {reason}</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Name of the new area:</source>
        <translation>Name des neuen Bereichs:</translation>
    </message>
    <message>
        <source>Rename Area</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Area</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Rules for This Area…</source>
        <translation>Regeln für diesen Bereich…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Planner workspace (*.planner)</source>
        <translation>Planner-Arbeitsbereich (*.planner)</translation>
    </message>
    <message>
        <source>{path} already exists. Open it, or choose another name.</source>
        <translation>{path} gibt es bereits. Öffnen Sie ihn oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Planner workspace (*.planner);;All files (*)</source>
        <translation>Planner-Arbeitsbereich (*.planner);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} Kopie</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Eine Kopie speichern</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as {dest}</source>
        <translation>Kopie gespeichert als {dest}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Von diesem Arbeitsbereich gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Replace this workspace with the backup taken at:</source>
        <translation>Diesen Arbeitsbereich durch die Sicherung ersetzen vom:</translation>
    </message>
    <message>
        <source>Restored the backup taken at {choice} (Undo takes it back)</source>
        <translation>Die Sicherung vom {choice} wiederhergestellt („Rückgängig“ nimmt das zurück)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Einen Plan importieren</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Die Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Import of {name} cancelled: nothing was changed</source>
        <translation>Import von {name} abgebrochen: Nichts wurde geändert</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There is no project to export: only projects go to MS Project files.</source>
        <translation>Es gibt kein Projekt zum Exportieren: Nur Projekte lassen sich als MS-Project-Datei speichern.</translation>
    </message>
    <message>
        <source>Export the project:</source>
        <translation>Das Projekt exportieren:</translation>
    </message>
    <message>
        <source>Export to {name} cancelled: the file was not written</source>
        <translation>Export nach {name} abgebrochen: Die Datei wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>The project could not be exported</source>
        <translation>Das Projekt konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}</source>
        <translation>„{name}“ nach {path} exportiert</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Help for This &amp;View</source>
        <translation>Hilfe zu dieser &amp;Ansicht</translation>
    </message>
    <message>
        <source>Files not opened</source>
        <translation>Dateien nicht geöffnet</translation>
    </message>
    <message>
        <source>Planner cannot open {names}.

It opens: {known}.</source>
        <translation>Planner kann {names} nicht öffnen.

Planner öffnet: {known}.</translation>
    </message>
    <message>
        <source>{path} was moved or deleted, so it cannot be opened.

Remove it from the recent list?</source>
        <translation>{path} wurde verschoben oder gelöscht und kann daher nicht geöffnet werden.

Aus der Liste der zuletzt geöffneten entfernen?</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>The new language applies when Planner starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Planner.</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>Über Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Planner {version}&lt;/h3&gt;&lt;p&gt;Plan a team&apos;s ongoing work and its projects, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planner {version}&lt;/h3&gt;&lt;p&gt;Die laufende Arbeit eines Teams und seine Projekte planen, offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <source>Back to Now</source>
        <translation>Zurück zum aktuellen Stand</translation>
    </message>
    <message>
        <source>Show the plan as it is now again (Esc)</source>
        <translation>Den Plan wieder im aktuellen Stand anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Restore This Task</source>
        <translation>Diese Aufgabe wiederherstellen</translation>
    </message>
    <message>
        <source>Set the selected task back as it was here, as one change</source>
        <translation>Die ausgewählte Aufgabe auf den Stand hier zurücksetzen, als eine Änderung</translation>
    </message>
    <message>
        <source>Restore This Project</source>
        <translation>Dieses Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Set every task of the selected task&apos;s project back as it was here, as one change</source>
        <translation>Alle Aufgaben des Projekts der ausgewählten Aufgabe auf den Stand hier zurücksetzen, als eine Änderung</translation>
    </message>
    <message>
        <source>Show the plan as it was</source>
        <translation>Früheren Stand des Plans anzeigen</translation>
    </message>
    <message>
        <source>As it was {moment} — read only</source>
        <translation>Stand {moment} — schreibgeschützt</translation>
    </message>
    <message>
        <source>As it was on {moment} — read only</source>
        <translation>Stand vom {moment} — schreibgeschützt</translation>
    </message>
    <message>
        <source>{moment}: go Back to Now (Esc) to change the plan.</source>
        <translation>{moment}: „Zurück zum aktuellen Stand“ (Esc) wählen, um den Plan zu ändern.</translation>
    </message>
    <message>
        <source>{file} — {moment} — Planner</source>
        <translation>{file} — {moment} — Planner</translation>
    </message>
    <message>
        <source>Select a task of the plan as it was first</source>
        <translation>Zuerst eine Aufgabe des früheren Plans auswählen</translation>
    </message>
    <message>
        <source>That task belongs to no project</source>
        <translation>Diese Aufgabe gehört zu keinem Projekt</translation>
    </message>
    <message>
        <source>As it was at:</source>
        <translation>Stand zum Zeitpunkt:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Right after the change:</source>
        <translation>Direkt nach der Änderung:</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>This workspace has kept no changes yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Änderungen aufbewahrt.</translation>
    </message>
    <message>
        <source>the workspace is open only to read it</source>
        <translation>der Arbeitsbereich ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>The history is unavailable: {problem}</source>
        <translation>Der Verlauf ist nicht verfügbar: {problem}</translation>
    </message>
    <message>
        <source>A workspace opened only to read it keeps no moments to show.</source>
        <translation>Ein nur zum Lesen geöffneter Arbeitsbereich bewahrt keine Zeitpunkte zum Anzeigen auf.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>What the project delivers, in a few words</source>
        <translation>Was das Projekt liefert, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Its start date</source>
        <translation>Dem Anfangsdatum</translation>
    </message>
    <message>
        <source>Its finish date (scheduled backwards)</source>
        <translation>Dem Enddatum (rückwärts geplant)</translation>
    </message>
    <message>
        <source>From its finish, tasks are as late as possible so the project ends on that date</source>
        <translation>Vom Ende aus liegen die Aufgaben so spät wie möglich, damit das Projekt an diesem Datum endet</translation>
    </message>
    <message>
        <source>&amp;Schedule from</source>
        <translation>&amp;Planen ab</translation>
    </message>
    <message>
        <source>The workspace&apos;s ({name})</source>
        <translation>Der des Arbeitsbereichs ({name})</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>A person, or a name</source>
        <translation>Eine Person oder ein Name</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Tem&amp;plate</source>
        <translation>Vor&amp;lage</translation>
    </message>
    <message>
        <source>Start with a &amp;charter: open its scope and objectives next</source>
        <translation>Mit einem Projektauftrag &amp;beginnen: Umfang und Ziele als Nächstes öffnen</translation>
    </message>
    <message>
        <source>The finish is before today: the plan will be late from its first day.</source>
        <translation>Das Ende liegt vor heute: Der Plan ist vom ersten Tag an im Verzug.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source> h/day</source>
        <translation> h/Tag</translation>
    </message>
    <message>
        <source>Workspace calendar</source>
        <translation>Kalender des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Edit own calendar…</source>
        <translation>Eigenen Kalender bearbeiten…</translation>
    </message>
    <message>
        <source>Own calendar…</source>
        <translation>Eigener Kalender…</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>{name} works {hours} hours on a working day of their calendar</source>
        <translation>{name} arbeitet {hours} Stunden an einem Arbeitstag seines Kalenders</translation>
    </message>
    <message>
        <source>Max units</source>
        <translation>Max. Einheiten</translation>
    </message>
    <message>
        <source>The most they can be assigned at once</source>
        <translation>Das Höchste, was der Person gleichzeitig zugewiesen werden kann</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Std. rate</source>
        <translation>Standardsatz</translation>
    </message>
    <message>
        <source>Overtime rate</source>
        <translation>Überstundensatz</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Kosten pro Einsatz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Assigned tasks</source>
        <translation>Zugewiesene Aufgaben</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>A new person (Insert)</source>
        <translation>Eine neue Person (Einfg)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected people (Delete)</source>
        <translation>Die ausgewählten Personen löschen (Entf)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>The selected person&apos;s own working time</source>
        <translation>Die eigene Arbeitszeit der ausgewählten Person</translation>
    </message>
    <message>
        <source>No people yet: add one, or paste names</source>
        <translation>Noch keine Personen: eine hinzufügen oder Namen einfügen</translation>
    </message>
    <message>
        <source>Delete {people}</source>
        <translation>{people} löschen</translation>
    </message>
    <message>
        <source>Give their tasks to {name}</source>
        <translation>Ihre Aufgaben an {name} übergeben</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <source>Their logged time ({hours}) stays, no longer under anyone&apos;s name.</source>
        <translation>Ihre erfasste Zeit ({hours}) bleibt erhalten, aber unter keinem Namen mehr.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Working time of {name}</source>
        <translation>Arbeitszeit von {name}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Repeats</source>
        <translation>Wiederholt sich</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>Ein Tag</translation>
    </message>
    <message>
        <source>On a day of the month: the 10th, the last day</source>
        <translation>An einem Tag des Monats: am 10., am letzten Tag</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>A weekday</source>
        <translation>Ein Wochentag</translation>
    </message>
    <message>
        <source>On a weekday of the month: the second Tuesday, the last Friday</source>
        <translation>An einem Wochentag des Monats: am zweiten Dienstag, am letzten Freitag</translation>
    </message>
    <message>
        <source>Which weekday of the month</source>
        <translation>Welcher Wochentag des Monats</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>On</source>
        <comment>ends on a date</comment>
        <translation>Am</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Next one</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>On a fixed schedule</source>
        <translation>Nach festem Zeitplan</translation>
    </message>
    <message>
        <source>After the last one is done</source>
        <translation>Wenn die letzte erledigt ist</translation>
    </message>
    <message>
        <source>When the next occurrence comes: on the rule&apos;s dates, or counted from when the last is done</source>
        <translation>Wann die nächste Wiederholung kommt: an den Daten der Regel oder gezählt ab Erledigung der letzten</translation>
    </message>
    <message>
        <source>No new one while the last is open</source>
        <translation>Keine neue, solange die letzte offen ist</translation>
    </message>
    <message>
        <source>Move off non-working days</source>
        <translation>Arbeitsfreie Tage meiden</translation>
    </message>
    <message>
        <source>Create ahead</source>
        <translation>Im Voraus anlegen</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage im Voraus</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>Die Regel in Worten</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>These fields cannot show every part of this rule; it is kept as written.</source>
        <translation>Diese Felder können nicht jeden Teil dieser Regel zeigen; sie bleibt wie geschrieben erhalten.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show the rule as RFC 5545 text (RRULE), as calendar programs write it</source>
        <translation>Die Regel als RFC-5545-Text (RRULE) zeigen, wie Kalenderprogramme sie schreiben</translation>
    </message>
    <message>
        <source>Rule as RFC 5545 text</source>
        <translation>Regel als RFC-5545-Text</translation>
    </message>
    <message>
        <source>FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Nächste: </translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Projekt: {name}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Bereich: {name}</translation>
    </message>
    <message>
        <source>There is no project to report on yet.</source>
        <translation>Es gibt noch kein Projekt für einen Bericht.</translation>
    </message>
    <message>
        <source>There is no project or area to report on yet.</source>
        <translation>Es gibt noch kein Projekt und keinen Bereich für einen Bericht.</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt…</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Report to {name} cancelled: the file was not written</source>
        <translation>Bericht nach {name} abgebrochen: die Datei wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Saved the {report} of {scope} ({pages}) as {path}</source>
        <translation>„{title}“ für {scope} ({pages}) gespeichert als {path}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore as it was</source>
        <translation>Wie zuvor wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing to restore: the tasks of that change did not exist before it</source>
        <translation>Nichts wiederherzustellen: Die Aufgaben dieser Änderung gab es davor nicht</translation>
    </message>
    <message>
        <source>{what}: done (Undo takes it back).</source>
        <translation>{what}: erledigt („Rückgängig“ nimmt das zurück).</translation>
    </message>
    <message>
        <source>Not put back: {notes}</source>
        <translation>Nicht wiederhergestellt: {notes}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>moves to a column</source>
        <translation>in eine Spalte verschoben wird</translation>
    </message>
    <message>
        <source>is completed</source>
        <translation>erledigt wird</translation>
    </message>
    <message>
        <source>is created</source>
        <translation>angelegt wird</translation>
    </message>
    <message>
        <source>is created by a routine</source>
        <translation>von einer Routine angelegt wird</translation>
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
        <translation>eine andere Person zugewiesen bekommt</translation>
    </message>
    <message>
        <source>gets its labels changed</source>
        <translation>andere Labels bekommt</translation>
    </message>
    <message>
        <source>is due, or overdue by some days</source>
        <translation>fällig ist oder einige Tage überfällig</translation>
    </message>
    <message>
        <source>is a milestone that slips past its baseline</source>
        <translation>ein Meilenstein ist, der seinen Basisplan überschreitet</translation>
    </message>
    <message>
        <source>create a follow-up task</source>
        <translation>eine Folgeaufgabe anlegen</translation>
    </message>
    <message>
        <source>move it to a column</source>
        <translation>sie in eine Spalte verschieben</translation>
    </message>
    <message>
        <source>assign someone</source>
        <translation>jemanden zuweisen</translation>
    </message>
    <message>
        <source>set its priority</source>
        <translation>ihre Priorität setzen</translation>
    </message>
    <message>
        <source>add a label</source>
        <translation>ein Label hinzufügen</translation>
    </message>
    <message>
        <source>set its due date</source>
        <translation>ihr Fälligkeitsdatum setzen</translation>
    </message>
    <message>
        <source>add a checklist</source>
        <translation>eine Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>put it at the top of the focus list</source>
        <translation>sie an die Spitze der Fokusliste setzen</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>What the rule is for, e.g. “create social posts”</source>
        <translation>Wofür die Regel da ist, z. B. „Social-Media-Beiträge anlegen“</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>in the area {name}</source>
        <translation>im Bereich {name}</translation>
    </message>
    <message>
        <source>in the project {name}</source>
        <translation>im Projekt {name}</translation>
    </message>
    <message>
        <source> days after its due date</source>
        <translation> Tage nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>beliebiges Label</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>beliebige Priorität</translation>
    </message>
    <message>
        <source>anyone or nobody</source>
        <translation>jemand oder niemand</translation>
    </message>
    <message>
        <source>any title</source>
        <translation>beliebiger Titel</translation>
    </message>
    <message>
        <source>Title of the task to create</source>
        <translation>Titel der anzulegenden Aufgabe</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> Arbeitstage später</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>The note, or the checklist&apos;s items separated by commas</source>
        <translation>Die Notiz oder die Punkte der Checkliste, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For tasks</source>
        <translation>Für Aufgaben</translation>
    </message>
    <message>
        <source>When a task</source>
        <translation>Wenn eine Aufgabe</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Only if labelled</source>
        <translation>Nur mit Label</translation>
    </message>
    <message>
        <source>Only of</source>
        <translation>Nur mit Priorität</translation>
    </message>
    <message>
        <source>Only if assigned to</source>
        <translation>Nur wenn zugewiesen an</translation>
    </message>
    <message>
        <source>Only if its title contains</source>
        <translation>Nur wenn ihr Titel enthält</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
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
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Preview the Last {days} Days</source>
        <translation>Vorschau der letzten {days} Tage</translation>
    </message>
    <message>
        <source>Save Rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the rule would have done, before you turn it on</source>
        <translation>Was die Regel getan hätte, bevor Sie sie einschalten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Was sie getan hat</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>This rule does nothing: </source>
        <translation>Diese Regel bewirkt nichts: </translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>It would not have acted.</source>
        <translation>Sie hätte nicht gehandelt.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule “{name}”? Its log stays. You can undo this.</source>
        <translation>Die Regel „{name}“ löschen? Ihr Protokoll bleibt erhalten. Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>Discard its scenarios</source>
        <translation>Seine Szenarien verwerfen</translation>
    </message>
    <message>
        <source>Keep its scenarios</source>
        <translation>Seine Szenarien behalten</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Compare with Live Plan</source>
        <translation>Mit Live-Plan vergleichen</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>Back to Live Plan</source>
        <translation>Zurück zum Live-Plan</translation>
    </message>
    <message>
        <source>Scenario “{name}” of {project}: edits stay in this scenario, the live plan is unchanged.</source>
        <translation>Szenario „{name}“ von {project}: Änderungen bleiben in diesem Szenario, der Live-Plan bleibt unverändert.</translation>
    </message>
    <message>
        <source>Plan in front</source>
        <translation>Angezeigter Plan</translation>
    </message>
    <message>
        <source>Which plan every view shows: the live plan or a scenario</source>
        <translation>Welcher Plan in allen Ansichten angezeigt wird: der Live-Plan oder ein Szenario</translation>
    </message>
    <message>
        <source>&amp;New Scenario from Project…</source>
        <translation>&amp;Neues Szenario aus Projekt…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Compare with Live Plan</source>
        <translation>Mit Live-Plan ver&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;Adopt into Live Plan…</source>
        <translation>In den Live-Plan &amp;übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Discard Scenario…</source>
        <translation>Szenario &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Live plan</source>
        <translation>Live-Plan</translation>
    </message>
    <message>
        <source>{name} ({project})</source>
        <translation>{name} ({project})</translation>
    </message>
    <message>
        <source>{file} — scenario “{name}” — Planner</source>
        <translation>{file} — Szenario „{name}“ — Planner</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>There is no project to copy.</source>
        <translation>Es gibt kein Projekt zum Kopieren.</translation>
    </message>
    <message>
        <source>Project to copy:</source>
        <translation>Zu kopierendes Projekt:</translation>
    </message>
    <message>
        <source>A name for this scenario of {project}:</source>
        <translation>Ein Name für dieses Szenario von {project}:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Scenario “{name}” against the live plan</source>
        <translation>Szenario „{name}“ im Vergleich zum Live-Plan</translation>
    </message>
    <message>
        <source>Make the live plan of {project} what scenario “{name}” is (its tasks, dates, links and people)? This is one change you can undo.</source>
        <translation>Den Live-Plan von {project} auf den Stand von Szenario „{name}“ bringen (seine Aufgaben, Termine, Verknüpfungen und Personen)? Das ist eine einzige Änderung, die sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Adopt Scenario</source>
        <translation>Szenario übernehmen</translation>
    </message>
    <message>
        <source>Keep the scenario</source>
        <translation>Szenario behalten</translation>
    </message>
    <message>
        <source>Discard the scenario</source>
        <translation>Szenario verwerfen</translation>
    </message>
    <message>
        <source>After adopting it:</source>
        <translation>Nach dem Übernehmen:</translation>
    </message>
    <message>
        <source>Discard scenario “{name}” and everything in it? This cannot be undone.</source>
        <translation>Szenario „{name}“ mit allem, was darin ist, verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Discard Scenario</source>
        <translation>Szenario verwerfen</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Connected to the server again; the workspace is up to date.</source>
        <translation>Wieder mit dem Server verbunden; der Arbeitsbereich ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Open Server Workspace</source>
        <translation>Server-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Keep the password for {url} in the system keyring, so it is not asked again?</source>
        <translation>Das Passwort für {url} im Schlüsselbund des Systems speichern, damit es nicht erneut abgefragt wird?</translation>
    </message>
    <message>
        <source>The keyring could not keep it: {why}</source>
        <translation>Der Schlüsselbund konnte es nicht speichern: {why}</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>This workspace is on a server already.</source>
        <translation>Dieser Arbeitsbereich liegt bereits auf einem Server.</translation>
    </message>
    <message>
        <source>Published {name} to {url}: {count} tasks. Open it with File ▸ Open Server Workspace….</source>
        <translation>{name} auf {url} veröffentlicht: {count} Aufgaben. Öffnen Sie ihn mit Datei ▸ Server-Arbeitsbereich öffnen….</translation>
    </message>
    <message>
        <source>The workspace&apos;s database, as postgresql://user@host/database:</source>
        <translation>Die Datenbank des Arbeitsbereichs, als postgresql://benutzer@host/datenbank:</translation>
    </message>
    <message>
        <source>{url} is not a postgresql:// URL naming a database.</source>
        <translation>{url} ist keine postgresql://-URL, die eine Datenbank nennt.</translation>
    </message>
    <message>
        <source>Password for {url} (empty if the server needs none):</source>
        <translation>Passwort für {url} (leer, wenn der Server keines braucht):</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{who} changed “{name}”</source>
        <translation>{who} hat „{name}“ geändert</translation>
    </message>
    <message>
        <source>{who} changed “{name}” and {more}</source>
        <translation>{who} hat „{name}“ und {more} geändert</translation>
    </message>
    <message>
        <source>{who}: {label}</source>
        <translation>{who}: {label}</translation>
    </message>
    <message>
        <source>{text} · {ago}</source>
        <translation>{text} · {ago}</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Other people&apos;s changes</source>
        <translation>Änderungen anderer</translation>
    </message>
    <message>
        <source>Reconnecting… read-only until the server is back</source>
        <translation>Verbindung wird wiederhergestellt… schreibgeschützt, bis der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected to {name}</source>
        <translation>Verbunden mit {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>The tasks as rows. Arrows move between cells; Ctrl+N adds a task below the selected one.</source>
        <translation>Die Aufgaben als Zeilen. Pfeiltasten wechseln zwischen Zellen; Strg+N fügt unter der ausgewählten eine Aufgabe hinzu.</translation>
    </message>
    <message>
        <source>The people and their roles, rates and load. Drag people onto Gantt bars or board cards.</source>
        <translation>Die Personen mit ihren Rollen, Sätzen und ihrer Auslastung. Personen auf Gantt-Balken oder Karten der Kanban-Tafel ziehen.</translation>
    </message>
    <message>
        <source>The tasks as cards in columns. Arrows move between cards, Enter opens one, Ctrl+←/→ moves it to another column and Ctrl+↑/↓ within its column.</source>
        <translation>Die Aufgaben als Karten in Spalten. Pfeiltasten wechseln zwischen Karten, die Eingabetaste öffnet eine, Strg+←/→ verschiebt sie in eine andere Spalte und Strg+↑/↓ innerhalb ihrer Spalte.</translation>
    </message>
    <message>
        <source>Tasks on their days. Arrows move the selected day; Enter opens the task there (or creates one on an empty day); Delete deletes it; Ctrl+arrows move it by a day or a week.</source>
        <translation>Aufgaben an ihren Tagen. Pfeiltasten wechseln den ausgewählten Tag; die Eingabetaste öffnet die Aufgabe dort (oder legt an einem leeren Tag eine an); Entf löscht sie; Strg+Pfeiltasten verschieben sie um einen Tag oder eine Woche.</translation>
    </message>
    <message>
        <source>The tasks as bars on a timeline. ↑/↓ move the selection; Alt+arrows move or stretch the bar; Ctrl+L links the selected tasks, or the one selected to a task you choose.</source>
        <translation>Die Aufgaben als Balken auf einer Zeitachse. ↑/↓ wechseln die Auswahl; Alt+Pfeiltasten verschieben oder dehnen den Balken; Strg+L verknüpft die ausgewählten Aufgaben oder die ausgewählte mit einer Aufgabe Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Each person&apos;s work by day or week, and where they are over-allocated.</source>
        <translation>Die Arbeit jeder Person nach Tag oder Woche und wo sie überlastet ist.</translation>
    </message>
    <message>
        <source>The project&apos;s figures and charts at a glance.</source>
        <translation>Die Kennzahlen und Diagramme des Projekts auf einen Blick.</translation>
    </message>
    <message>
        <source>One project: its summary, milestones and risks.</source>
        <translation>Ein Projekt: seine Zusammenfassung, Meilensteine und Risiken.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Hilfe ▸ Tastenkürzel listet alle Tasten auf.</translation>
    </message>
    <message>
        <source>{view}: help</source>
        <translation>{view}: Hilfe</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Smart lists</source>
        <translation>Intelligente Listen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Areas · ongoing work</source>
        <translation>Bereiche · laufende Arbeit</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>milestone on {day}</source>
        <translation>Meilenstein am {day}</translation>
    </message>
    <message>
        <source>{start} to {finish}</source>
        <translation>{start} bis {finish}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>{percent} done</source>
        <translation>{percent} erledigt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>finishes after its deadline {day}</source>
        <translation>endet nach dem Stichtag {day}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>after {tasks}</source>
        <translation>nach {tasks}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TaskTree</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Aufgabe verschieben</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Person / task</source>
        <translation>Person / Aufgabe</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Hours per day, week or month</source>
        <translation>Stunden pro Tag, Woche oder Monat</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Ressourcenauslastung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Scroll to the period holding today</source>
        <translation>Zum Zeitraum mit dem heutigen Tag blättern</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{people} · {first} to {last}</source>
        <translation>{people} · {first} bis {last}</translation>
    </message>
    <message>
        <source> · {over} over capacity</source>
        <translation> · {over} überlastet</translation>
    </message>
    <message>
        <source>Hours of work in this period; Enter sets them, Esc cancels</source>
        <translation>Arbeitsstunden in diesem Zeitraum; die Eingabetaste setzt sie, Esc bricht ab</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours</source>
        <translation>„{text}“ ist keine Stundenzahl</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Kanban-Tafel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Welcome to Planner</source>
        <translation>Willkommen bei Planner</translation>
    </message>
    <message>
        <source>Plan your team&apos;s ongoing work and its projects in one place. Areas hold routine work that never ends; projects have a goal, a plan and a finish date.</source>
        <translation>Planen Sie die laufende Arbeit Ihres Teams und seine Projekte an einem Ort. Bereiche enthalten Routinearbeit ohne Ende; Projekte haben ein Ziel, einen Plan und ein Enddatum.</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Ongoing work such as social media or monthly reporting</source>
        <translation>Laufende Arbeit wie Social Media oder monatliche Berichte</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Time-bound work with tasks, dates and milestones</source>
        <translation>Befristete Arbeit mit Aufgaben, Terminen und Meilensteinen</translation>
    </message>
    <message>
        <source>Add your team</source>
        <translation>Ihr Team hinzufügen</translation>
    </message>
    <message>
        <source>The people who do the work, their hours, calendars and rates</source>
        <translation>Die Personen, die die Arbeit machen, mit ihren Arbeitszeiten, Kalendern und Sätzen</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Den Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A marketing team&apos;s routines and a mobile app project</source>
        <translation>Die Routinen eines Marketingteams und ein Projekt für eine mobile App</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the plan now with a moment of its history, a baseline or another workspace</source>
        <translation>Den aktuellen Plan mit einem Zeitpunkt seines Verlaufs, einem Basisplan oder einem anderen Arbeitsbereich vergleichen</translation>
    </message>
    <message>
        <source>Show the Plan as It &amp;Was…</source>
        <translation>&amp;Früheren Stand des Plans anzeigen…</translation>
    </message>
    <message>
        <source>Every view as the plan was at a moment of its history, read only</source>
        <translation>Alle Ansichten im Stand des Plans zu einem Zeitpunkt seines Verlaufs, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>WorkingTime</name>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Morning start</source>
        <translation>Vormittag Beginn</translation>
    </message>
    <message>
        <source>Morning end</source>
        <translation>Vormittag Ende</translation>
    </message>
    <message>
        <source>Afternoon start</source>
        <translation>Nachmittag Beginn</translation>
    </message>
    <message>
        <source>Afternoon end</source>
        <translation>Nachmittag Ende</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Vormittag</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Hinzuzufügender freier Tag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Das ganze Land</translation>
    </message>
    <message>
        <source>Working hours must end after they start</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>The afternoon must start after the morning ends</source>
        <translation>Der Nachmittag muss nach dem Ende des Vormittags beginnen</translation>
    </message>
    <message>
        <source>Choose at least one working day</source>
        <translation>Wählen Sie mindestens einen Arbeitstag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
</TS>
