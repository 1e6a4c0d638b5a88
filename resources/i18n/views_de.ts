<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n offenes Risiko</numerusform>
            <numerusform>%n offene Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n column(s)</source>
        <translation>
            <numerusform>in %n Spalte</numerusform>
            <numerusform>in %n Spalten</numerusform>
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
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n Überprüfung überfällig</numerusform>
            <numerusform>%n Überprüfungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) short of {engagement}</source>
        <translation>
            <numerusform>%n Stufe unter {engagement}</numerusform>
            <numerusform>%n Stufen unter {engagement}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Gantt view shows %n more task(s) active in these weeks.</source>
        <translation>
            <numerusform>Die Gantt-Ansicht zeigt %n weitere in diesen Wochen aktive Aufgabe.</numerusform>
            <numerusform>Die Gantt-Ansicht zeigt %n weitere in diesen Wochen aktive Aufgaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The risk register lists %n more open risk(s).</source>
        <translation>
            <numerusform>Das Risikoregister enthält %n weiteres offenes Risiko.</numerusform>
            <numerusform>Das Risikoregister enthält %n weitere offene Risiken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved.</source>
        <translation>
            <numerusform>%n Aufgabe verschoben.</numerusform>
            <numerusform>%n Aufgaben verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>{days} d</source>
        <comment>days in the column</comment>
        <translation>{days} T</translation>
    </message>
    <message>
        <source>{days} in {column} (highlighted from {stale} days in one column)</source>
        <translation>{days} in {column} (hervorgehoben ab {stale} Tagen in einer Spalte)</translation>
    </message>
    <message>
        <source>Over the WIP limit</source>
        <translation>Über dem WIP-Limit</translation>
    </message>
    <message>
        <source>“{column}” is limited to {limit} cards; this move makes it {count}.

Move anyway?</source>
        <translation>„{column}“ ist auf {limit} Karten begrenzt; mit dieser Verschiebung sind es {count}.

Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>“{title}” still waits for {names}.</source>
        <translation>„{title}“ wartet noch auf {names}.</translation>
    </message>
    <message>
        <source>Blocked work</source>
        <translation>Blockierte Arbeit</translation>
    </message>
    <message>
        <source>Mark it done anyway?</source>
        <translation>Trotzdem als erledigt markieren?</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig am {day}</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Waiting for {tasks}</source>
        <translation>Wartet auf {tasks}</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Group the cards into swimlanes</source>
        <translation>Karten in Swimlanes gruppieren</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Add a column at the end of the board</source>
        <translation>Spalte am Ende der Tafel hinzufügen</translation>
    </message>
    <message>
        <source>Swimlanes:</source>
        <translation>Swimlanes:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>WIP Limit…</source>
        <translation>WIP-Limit…</translation>
    </message>
    <message>
        <source>Counts As</source>
        <translation>Zählt als</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Add Column After…</source>
        <translation>Spalte danach einfügen…</translation>
    </message>
    <message>
        <source>Rules for This Column…</source>
        <translation>Regeln für diese Spalte…</translation>
    </message>
    <message>
        <source>Delete Column…</source>
        <translation>Spalte löschen…</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Neue Spalte</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Name der neuen Spalte:</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>Most cards in “{column}” at a time (0: no limit):</source>
        <translation>Höchstzahl Karten gleichzeitig in „{column}“ (0: kein Limit):</translation>
    </message>
    <message>
        <source>The last column cannot be deleted: every task needs one.</source>
        <translation>Die letzte Spalte kann nicht gelöscht werden: Jede Aufgabe braucht eine.</translation>
    </message>
    <message>
        <source>Move the {cards} of “{column}” to:</source>
        <translation>Die {cards} aus „{column}“ verschieben nach:</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Spalte löschen</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Move to Top</source>
        <translation>Ganz nach oben</translation>
    </message>
    <message>
        <source>Move to Bottom</source>
        <translation>Ganz nach unten</translation>
    </message>
    <message>
        <source>Add a card at the top of this column</source>
        <translation>Karte oben in dieser Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit this column</source>
        <translation>Diese Spalte bearbeiten</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>Spalte bearbeiten</translation>
    </message>
    <message>
        <source>New card title, then Enter</source>
        <translation>Titel der neuen Karte, dann Eingabe</translation>
    </message>
    <message>
        <source>New card title</source>
        <translation>Titel der neuen Karte</translation>
    </message>
    <message>
        <source>{column} · counts as {kind}</source>
        <translation>{column} · zählt als {kind}</translation>
    </message>
    <message>
        <source>Over the limit of {limit}</source>
        <translation>Über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>Limit: {limit}</source>
        <translation>Limit: {limit}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Show this swimlane</source>
        <translation>Diese Swimlane einblenden</translation>
    </message>
    <message>
        <source>Hide this swimlane</source>
        <translation>Diese Swimlane ausblenden</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Burndown and burnup · {title}</source>
        <translation>Burndown und Burnup · {title}</translation>
    </message>
    <message>
        <source>hours of work</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>No planned work in this project yet</source>
        <translation>Noch keine geplante Arbeit in diesem Projekt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>{day}: scope {scope:.0f} h</source>
        <translation>{day}: Umfang {scope:.0f} h</translation>
    </message>
    <message>
        <source>, done {done:.0f} h, remaining {left:.0f} h</source>
        <translation>, erledigt {done:.0f} h, verbleibend {left:.0f} h</translation>
    </message>
    <message>
        <source> (ideal {ideal:.0f} h)</source>
        <translation> (Ideal {ideal:.0f} h)</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Kumulatives Flussdiagramm</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>No board history yet</source>
        <translation>Noch kein Tafelverlauf</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>No item finished in these weeks</source>
        <translation>In diesen Wochen wurde nichts abgeschlossen</translation>
    </message>
    <message>
        <source>{p}th · {value:.1f} d</source>
        <translation>{p}. Perzentil · {value:.1f} T</translation>
    </message>
    <message>
        <source>{title}: {days:.1f} days, finished {day}</source>
        <translation>{title}: {days:.1f} Tage, erledigt am {day}</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>items a week</source>
        <translation>Elemente pro Woche</translation>
    </message>
    <message>
        <source>target {target:g}</source>
        <translation>Ziel {target:g}</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
    <message>
        <source>Week of {week}: {count} finished{note}</source>
        <translation>Woche vom {week}: {count} erledigt{note}</translation>
    </message>
    <message>
        <source>Earned value · {title}</source>
        <translation>Fertigstellungswert · {title}</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No budget to earn yet: assign people with rates, or add fixed costs</source>
        <translation>Noch kein Budget zu erwirtschaften: Weisen Sie Personen mit Sätzen zu oder fügen Sie Fixkosten hinzu</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>Planwert (PV)</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>Fertigstellungswert (EV)</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>Istkosten (AC)</translation>
    </message>
    <message>
        <source>{day}: PV {pv}</source>
        <translation>{day}: PV {pv}</translation>
    </message>
    <message>
        <source>, EV {ev}, AC {ac}</source>
        <translation>, EV {ev}, AC {ac}</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Keine offenen Risiken</translation>
    </message>
    <message>
        <source>Probability {p}, impact {i} (score {score}): {risks}</source>
        <translation>Wahrscheinlichkeit {p}, Auswirkung {i} (Wert {score}): {risks}</translation>
    </message>
    <message>
        <source>Progress by project</source>
        <translation>Fortschritt nach Projekt</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
    <message>
        <source>{name}: {done:.0f} % done, {planned:.0f} % planned by today</source>
        <translation>{name}: {done:.0f} % erledigt, {planned:.0f} % bis heute geplant</translation>
    </message>
    <message>
        <source> — finishes after its target</source>
        <translation> — endet nach seinem Zieltermin</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Laufende Arbeit</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Workload · {who}</source>
        <translation>Auslastung · {who}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No people to show</source>
        <translation>Keine Personen anzuzeigen</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Über der Kapazität</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>{who}, {period}: {load} of {capacity}</source>
        <translation>{who}, {period}: {load} von {capacity}</translation>
    </message>
    <message>
        <source> — {hours} over</source>
        <translation> — {hours} darüber</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>Team load against capacity</source>
        <translation>Teamauslastung gegenüber Kapazität</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>keine Kapazität</translation>
    </message>
    <message>
        <source>{who}, {period}: {load} of {capacity} ({share})</source>
        <translation>{who}, {period}: {load} von {capacity} ({share})</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Kapazitätsabgleich</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Choose a conflict to see a move that resolves it.</source>
        <translation>Wählen Sie einen Konflikt, um eine Verschiebung zu sehen, die ihn löst.</translation>
    </message>
    <message>
        <source>Apply this move</source>
        <translation>Diese Verschiebung anwenden</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>within slack</source>
        <translation>innerhalb des Puffers</translation>
    </message>
    <message>
        <source>beyond slack</source>
        <translation>über den Puffer hinaus</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <source>Nothing to move: no project work overlaps beyond anyone&apos;s capacity.</source>
        <translation>Nichts zu verschieben: Keine Projektarbeit überschreitet die Kapazität einer Person.</translation>
    </message>
    <message>
        <source>{tasks} to delay (as start-no-earlier-than constraints; one undo takes them all back).</source>
        <translation>{tasks} zu verschieben (als Einschränkung „Anfang nicht früher als“; ein Rückgängig nimmt alle zurück).</translation>
    </message>
    <message>
        <source>{project} finishes: {day} (unchanged)</source>
        <translation>{project} endet: {day} (unverändert)</translation>
    </message>
    <message>
        <source>{project} finishes: {before} → {after}</source>
        <translation>{project} endet: {before} → {after}</translation>
    </message>
    <message>
        <source>{count} conflicts remain that delaying cannot remove (routines, work under way, or more than a day&apos;s work for one person).</source>
        <translation>{count} Konflikte bleiben, die Verschieben nicht beseitigen kann (Routinen, begonnene Arbeit oder mehr als ein Tag Arbeit für eine Person).</translation>
    </message>
    <message>
        <source>{load} of {capacity}</source>
        <translation>{load} von {capacity}</translation>
    </message>
    <message>
        <source>None of these tasks can move (fixed, under way, or routine work).</source>
        <translation>Keine dieser Aufgaben kann verschoben werden (fixiert, begonnen oder Routinearbeit).</translation>
    </message>
    <message>
        <source>Delay “{title}” from {old} to {new} ({days:g} working days, within its slack).</source>
        <translation>„{title}“ von {old} auf {new} verschieben ({days:g} Arbeitstage, innerhalb des Puffers).</translation>
    </message>
    <message>
        <source>Delay “{title}” from {old} to {new} ({days:g} working days, beyond its slack).</source>
        <translation>„{title}“ von {old} auf {new} verschieben ({days:g} Arbeitstage, über den Puffer hinaus).</translation>
    </message>
    <message>
        <source>Flow targets</source>
        <translation>Flussziele</translation>
    </message>
    <message>
        <source>Targets the dashboard checks the flow of work against, for the whole workspace or one area. Write them as you would say them: “throughput &gt;= 12”, “85 % within 5 days”, “wip &lt;= 8”, “on time &gt;= 90 %”, “lead time 90 % within 20 days”.</source>
        <translation>Ziele, an denen das Dashboard den Arbeitsfluss misst, für den ganzen Arbeitsbereich oder einen Bereich. Schreiben Sie sie, wie Sie sie sagen würden: „throughput &gt;= 12“, „85 % within 5 days“, „wip &lt;= 8“, „on time &gt;= 90 %“, „lead time 90 % within 20 days“.</translation>
    </message>
    <message>
        <source>85 % within 5 days</source>
        <translation>85 % within 5 days</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
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
        <source>Level resources…</source>
        <translation>Kapazitätsabgleich…</translation>
    </message>
    <message>
        <source>Remove over-allocation by delaying lower-priority work (preview first)</source>
        <translation>Überlastung beseitigen, indem Arbeit mit niedrigerer Priorität verschoben wird (erst Vorschau)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <source>The flow targets the dashboard checks: throughput, cycle time, WIP, on time</source>
        <translation>Die Flussziele, die das Dashboard prüft: Durchsatz, Durchlaufzeit, WIP, Termintreue</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <source>Dashboard · whole workspace</source>
        <translation>Dashboard · gesamter Arbeitsbereich</translation>
    </message>
    <message>
        <source>Dashboard · {name}</source>
        <translation>Dashboard · {name}</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>{count} a week</source>
        <translation>{count} pro Woche</translation>
    </message>
    <message>
        <source>Cycle time, 85th</source>
        <translation>Durchlaufzeit, 85. Perzentil</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Laufende Arbeit (WIP)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Termingerecht</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — verfehlt</translation>
    </message>
    <message>
        <source>Focus · {name}</source>
        <translation>Fokus · {name}</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>kein Projekt</translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the project</source>
        <translation>Projekt einpassen</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Move the bar a day earlier</source>
        <translation>Balken einen Tag früher</translation>
    </message>
    <message>
        <source>Move the bar a day later</source>
        <translation>Balken einen Tag später</translation>
    </message>
    <message>
        <source>Link the selected tasks, or link to…</source>
        <translation>Ausgewählte Aufgaben verknüpfen oder verknüpfen mit…</translation>
    </message>
    <message>
        <source>Shrink the bar by a day (in the chart)</source>
        <translation>Balken um einen Tag kürzen (im Diagramm)</translation>
    </message>
    <message>
        <source>Stretch the bar by a day (in the chart)</source>
        <translation>Balken um einen Tag strecken (im Diagramm)</translation>
    </message>
    <message>
        <source>Select the task above</source>
        <translation>Aufgabe darüber auswählen</translation>
    </message>
    <message>
        <source>Select the task below</source>
        <translation>Aufgabe darunter auswählen</translation>
    </message>
    <message>
        <source>Select a task with a bar (not a summary) to move or stretch it.</source>
        <translation>Wählen Sie eine Aufgabe mit Balken (keine Sammelaufgabe), um sie zu verschieben oder zu strecken.</translation>
    </message>
    <message>
        <source>A milestone has no length to stretch: move it with Alt+←/→.</source>
        <translation>Ein Meilenstein hat keine Länge zum Strecken: Verschieben Sie ihn mit Alt+←/→.</translation>
    </message>
    <message>
        <source>The bar is as short as it can be: a task lasts at least a day here.</source>
        <translation>Der Balken ist so kurz wie möglich: Eine Aufgabe dauert hier mindestens einen Tag.</translation>
    </message>
    <message>
        <source>There is no other task to link to.</source>
        <translation>Es gibt keine andere Aufgabe zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Verknüpfen mit…</translation>
    </message>
    <message>
        <source>“{title}” comes before:</source>
        <translation>„{title}“ kommt vor:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammelaufgabe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>Arbeitsfrei</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Zeichnen geöffnet werden</translation>
    </message>
    <message>
        <source>{title} · printed {day}</source>
        <translation>{title} · gedruckt am {day}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Seite {n} von {m}</translation>
    </message>
    <message>
        <source>All work</source>
        <translation>Alle Arbeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
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
        <source>{title} — Gantt chart</source>
        <translation>{title} — Gantt-Diagramm</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Print “{title}”</source>
        <translation>„{title}“ drucken</translation>
    </message>
    <message>
        <source>Print the Gantt chart</source>
        <translation>Gantt-Diagramm drucken</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Fit the date range to one page wide</source>
        <translation>Zeitraum auf eine Seitenbreite einpassen</translation>
    </message>
    <message>
        <source>Print a legend</source>
        <translation>Legende drucken</translation>
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
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Week {week} · {day}</source>
        <translation>Woche {week} · {day}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <comment>short for week</comment>
        <translation>{week}</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <comment>short for quarter</comment>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <source>{year}s</source>
        <comment>a decade</comment>
        <translation>{year}er</translation>
    </message>
    <message>
        <source>Tasks and their bars</source>
        <translation>Aufgaben und ihre Balken</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>The timeline of the tasks. The task list beside it lists its bars with their dates.</source>
        <translation>Die Zeitachse der Aufgaben. Die Aufgabenliste daneben führt ihre Balken mit ihren Daten auf.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg++, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Zeitskala</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole project in the window (Ctrl+0)</source>
        <translation>Ganzes Projekt ins Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Scroll to today (Alt+Home)</source>
        <translation>Zu heute blättern (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Highlight the critical path</source>
        <translation>Kritischen Pfad hervorheben</translation>
    </message>
    <message>
        <source>Show the baseline under each bar</source>
        <translation>Basisplan unter jedem Balken zeigen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Legende zeigen</translation>
    </message>
    <message>
        <source>Show where each bar was at the moment compared with</source>
        <translation>Zeigen, wo jeder Balken zum verglichenen Zeitpunkt lag</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print or save as PDF, with a preview (Ctrl+P)</source>
        <translation>Drucken oder als PDF speichern, mit Vorschau (Strg+P)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>Select two or more tasks to link them in order.</source>
        <translation>Wählen Sie zwei oder mehr Aufgaben, um sie der Reihe nach zu verknüpfen.</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>Aufgaben verknüpfen</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Link Selected Tasks</source>
        <translation>Ausgewählte Aufgaben verknüpfen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Convert to Task</source>
        <translation>In Aufgabe umwandeln</translation>
    </message>
    <message>
        <source>Convert to Milestone</source>
        <translation>In Meilenstein umwandeln</translation>
    </message>
    <message>
        <source>Assign People…</source>
        <translation>Personen zuweisen…</translation>
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
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export the Gantt chart as {kind}</source>
        <translation>Gantt-Diagramm als {kind} exportieren</translation>
    </message>
    <message>
        <source>Start {start}
Finish {finish}</source>
        <translation>Beginn {start}
Ende {finish}</translation>
    </message>
    <message>
        <source>Finish {finish}
Duration {duration}</source>
        <translation>Ende {finish}
Dauer {duration}</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % erledigt</translation>
    </message>
    <message>
        <source>{kind} link: “{first}” → “{second}”</source>
        <translation>{kind}-Verknüpfung: „{first}“ → „{second}“</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Assign to “{title}”</source>
        <translation>Der Aufgabe „{title}“ zuweisen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
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
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Open risks by probability and impact. Click a cell to show only its risks.</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung. Klicken Sie auf eine Zelle, um nur deren Risiken anzuzeigen.</translation>
    </message>
    <message>
        <source>{probability} × {impact} (score {score}): {risks}</source>
        <translation>{probability} × {impact} (Wert {score}): {risks}</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Einfluss →</translation>
    </message>
    <message>
        <source>{column}: {value!r} is not a valid value</source>
        <translation>{column}: {value!r} ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Projektauftrag</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Basispläne</translation>
    </message>
    <message>
        <source>{days:+g} d</source>
        <translation>{days:+g} T</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Projekt wählen</translation>
    </message>
    <message>
        <source>New project from a template…</source>
        <translation>Neues Projekt aus einer Vorlage…</translation>
    </message>
    <message>
        <source>The Project view shows one project&apos;s charter, risks, stakeholders, budget and baselines. The sidebar shows {where}; pick a project:</source>
        <translation>Die Projektansicht zeigt Projektauftrag, Risiken, Stakeholder, Budget und Basispläne eines Projekts. Die Seitenleiste zeigt {where}; wählen Sie ein Projekt:</translation>
    </message>
    <message>
        <source>an area of ongoing work</source>
        <translation>einen Bereich laufender Arbeit</translation>
    </message>
    <message>
        <source>the “{list}” list</source>
        <translation>die Liste „{list}“</translation>
    </message>
    <message>
        <source>There is no project yet. Create one with Edit › New Project, then come back here.</source>
        <translation>Es gibt noch kein Projekt. Legen Sie eines mit Bearbeiten › Neues Projekt an und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Health from variance</source>
        <translation>Zustand aus den Abweichungen</translation>
    </message>
    <message>
        <source>Set: {health}</source>
        <translation>Festgelegt: {health}</translation>
    </message>
    <message>
        <source>Why the health was set by hand</source>
        <translation>Warum der Zustand von Hand gesetzt wurde</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save this project&apos;s plan as a template</source>
        <translation>Den Plan dieses Projekts als Vorlage speichern</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Planwert</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Fertigstellungswert</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Istkosten</translation>
    </message>
    <message>
        <source>Budget at completion</source>
        <translation>Budget bei Fertigstellung</translation>
    </message>
    <message>
        <source>Schedule variance</source>
        <translation>Terminabweichung</translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation>Kostenabweichung</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Schätzung bei Fertigstellung</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Abweichung bei Fertigstellung</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Prognostiziertes Ende</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Umfang</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Projektleitung</translation>
    </message>
    <message>
        <source>WBS code mask</source>
        <translation>PSP-Code-Maske</translation>
    </message>
    <message>
        <source>Outline numbers (1.2.3)</source>
        <translation>Gliederungsnummern (1.2.3)</translation>
    </message>
    <message>
        <source>A prefix, then one segment per outline level: PRJ-.9.99 numbers tasks PRJ-1.01, PRJ-1.02 … (9 digits, A upper-case letters, a lower-case letters, * any)</source>
        <translation>Ein Präfix, dann ein Segment je Gliederungsebene: PRJ-.9.99 nummeriert Aufgaben PRJ-1.01, PRJ-1.02 … (9 Ziffern, A Großbuchstaben, a Kleinbuchstaben, * beliebig)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Target finish</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusstichtag</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Liefergegenstand hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Saved the template “{name}” in this workspace.</source>
        <translation>Vorlage „{name}“ in diesem Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Scheduled back from the target finish: the start follows from the plan</source>
        <translation>Rückwärts vom Zieltermin geplant: Der Beginn ergibt sich aus dem Plan</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (von Hand gesetzt)</translation>
    </message>
    <message>
        <source>Derived from variance: {health}, as {reasons}.</source>
        <translation>Aus den Abweichungen abgeleitet: {health}, weil {reasons}.</translation>
    </message>
    <message>
        <source>the baseline “{name}”</source>
        <translation>dem Basisplan „{name}“</translation>
    </message>
    <message>
        <source>the plan as it is now (no baseline)</source>
        <translation>dem aktuellen Plan (kein Basisplan)</translation>
    </message>
    <message>
        <source>Earned value as of {day}, against {against}. Forecast finish by earned schedule (SPI(t) {spi_t}).</source>
        <translation>Fertigstellungswert zum {day}, gegenüber {against}. Prognostiziertes Ende nach Earned Schedule (SPI(t) {spi_t}).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Probability, 1 (rare) to 5 (almost certain)</source>
        <translation>Wahrscheinlichkeit, 1 (selten) bis 5 (fast sicher)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Impact, 1 (negligible) to 5 (severe)</source>
        <translation>Auswirkung, 1 (vernachlässigbar) bis 5 (schwerwiegend)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Mitigation tasks</source>
        <translation>Aufgaben der Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <source>Probability × impact</source>
        <translation>Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Click a cell to list only its risks.</source>
        <translation>Klicken Sie auf eine Zelle, um nur deren Risiken anzuzeigen.</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Showing probability {p} × impact {i}</source>
        <translation>Angezeigt: Wahrscheinlichkeit {p} × Auswirkung {i}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>{open} open of {risks}; {high} high (score 15 or more).</source>
        <translation>{open} offen von {risks}; {high} hoch (Wert 15 oder mehr).</translation>
    </message>
    <message>
        <source>No review is overdue.</source>
        <translation>Keine Überprüfung ist überfällig.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Engagement now</source>
        <translation>Engagement jetzt</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Angestrebt</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Was sie erhalten</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Stakeholder hinzufügen</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Power / interest</source>
        <translation>Macht / Interesse</translation>
    </message>
    <message>
        <source>Interactions with {name}</source>
        <translation>Kontakte mit {name}</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Neuer Stakeholder</translation>
    </message>
    <message>
        <source>Choose a stakeholder first, then log what was said.</source>
        <translation>Wählen Sie zuerst einen Stakeholder und erfassen Sie dann, was gesagt wurde.</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Project and summary tasks</source>
        <translation>Projekt und Sammelaufgaben</translation>
    </message>
    <message>
        <source>The project&apos;s budget</source>
        <translation>Das Budget des Projekts</translation>
    </message>
    <message>
        <source>Cost in the chosen baseline</source>
        <translation>Kosten im gewählten Basisplan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Planned − budget</source>
        <translation>Geplant − Budget</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Erfasste Stunden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>The timer is running</source>
        <translation>Die Zeiterfassung läuft</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Erfasste Zeit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Neue Ausgabe</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget&lt;/b&gt; {budget} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Planned&lt;/b&gt; &lt;span style=&apos;color:{color}&apos;&gt;{planned}&lt;/span&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Actual&lt;/b&gt; {actual} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Left of the budget&lt;/b&gt; {left} &amp;nbsp;·&amp;nbsp; expenses without a task {unassigned}</source>
        <translation>&lt;b&gt;Budget&lt;/b&gt; {budget} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Geplant&lt;/b&gt; &lt;span style=&apos;color:{color}&apos;&gt;{planned}&lt;/span&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ist&lt;/b&gt; {actual} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Verbleibendes Budget&lt;/b&gt; {left} &amp;nbsp;·&amp;nbsp; Ausgaben ohne Aufgabe {unassigned}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Compared against</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>✓ chosen</source>
        <translation>✓ gewählt</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Beginn laut Basisplan</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Ende laut Basisplan</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Endabweichung</translation>
    </message>
    <message>
        <source>Duration variance</source>
        <translation>Dauerabweichung</translation>
    </message>
    <message>
        <source>Slipped tasks</source>
        <translation>Verspätete Aufgaben</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Save baseline…</source>
        <translation>Basisplan speichern…</translation>
    </message>
    <message>
        <source>Save the plan as it is now</source>
        <translation>Den Plan im aktuellen Zustand speichern</translation>
    </message>
    <message>
        <source>Compare against this one</source>
        <translation>Mit diesem vergleichen</translation>
    </message>
    <message>
        <source>Compare with, and draw in the Gantt, this baseline</source>
        <translation>Mit diesem Basisplan vergleichen und ihn im Gantt-Diagramm zeichnen</translation>
    </message>
    <message>
        <source>Compared with the plan now</source>
        <translation>Verglichen mit dem aktuellen Plan</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Name des Basisplans:</translation>
    </message>
    <message>
        <source>Baseline {n}</source>
        <translation>Basisplan {n}</translation>
    </message>
    <message>
        <source>No baseline yet. Save one to compare the plan against it later.</source>
        <translation>Noch kein Basisplan. Speichern Sie einen, um den Plan später damit zu vergleichen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Against &lt;b&gt;{baseline}&lt;/b&gt;: {slipped} slipped; project finish {finish}; cost {cost} against {baseline_cost} (&lt;b&gt;{variance}&lt;/b&gt;).&lt;br&gt;Added since: {added}. Removed since: {removed}.</source>
        <translation>Gegenüber &lt;b&gt;{baseline}&lt;/b&gt;: {slipped} verspätet; Projektende {finish}; Kosten {cost} gegenüber {baseline_cost} (&lt;b&gt;{variance}&lt;/b&gt;).&lt;br&gt;Seitdem hinzugefügt: {added}. Seitdem entfernt: {removed}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Project status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>Weekly work report</source>
        <translation>Wöchentlicher Arbeitsbericht</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Stakeholder register</source>
        <translation>Stakeholder-Register</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>Board snapshot</source>
        <translation>Momentaufnahme der Tafel</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Ressourcenauslastung</translation>
    </message>
    <message>
        <source>“{kind}” is not a report; choose one of {kinds}</source>
        <translation>„{kind}“ ist kein Bericht; wählen Sie einen von {kinds}</translation>
    </message>
    <message>
        <source>there is no project {id}</source>
        <translation>Es gibt kein Projekt {id}</translation>
    </message>
    <message>
        <source>there is no area {id}</source>
        <translation>Es gibt keinen Bereich {id}</translation>
    </message>
    <message>
        <source>the {report} is about one project: say which</source>
        <translation>Der Bericht „{report}“ betrifft ein einzelnes Projekt: Geben Sie an, welches</translation>
    </message>
    <message>
        <source>the task list is of one project or area: say which</source>
        <translation>Die Aufgabenliste betrifft ein Projekt oder einen Bereich: Geben Sie an, welches</translation>
    </message>
    <message>
        <source>the weekly work report is of an area or of the whole team, not of a project</source>
        <translation>Der wöchentliche Arbeitsbericht betrifft einen Bereich oder das ganze Team, nicht ein Projekt</translation>
    </message>
    <message>
        <source>resource usage is of an area or of the whole team, not of a project</source>
        <translation>Die Ressourcenauslastung betrifft einen Bereich oder das ganze Team, nicht ein Projekt</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>As of {day} · {cards}; done cards from the last {days} days</source>
        <translation>Stand {day} · {cards}; erledigte Karten der letzten {days} Tage</translation>
    </message>
    <message>
        <source>This workspace has no board columns yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Tafelspalten.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>doing columns</source>
        <translation>Spalten in Arbeit</translation>
    </message>
    <message>
        <source>Over WIP limit</source>
        <translation>Über dem WIP-Limit</translation>
    </message>
    <message>
        <source>every column within its limit</source>
        <translation>jede Spalte innerhalb ihres Limits</translation>
    </message>
    <message>
        <source>Overdue cards</source>
        <translation>Überfällige Karten</translation>
    </message>
    <message>
        <source>due date passed</source>
        <translation>Fälligkeitsdatum überschritten</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Cards in board order; the bar on a card&apos;s left is its priority (red urgent, amber high, blue normal, grey low); red dates are overdue.</source>
        <translation>Karten in Tafelreihenfolge; der Balken links auf einer Karte ist ihre Priorität (Rot dringend, Gelb hoch, Blau normal, Grau niedrig); rote Termine sind überfällig.</translation>
    </message>
    <message>
        <source> · WIP limit {limit}</source>
        <translation> · WIP-Limit {limit}</translation>
    </message>
    <message>
        <source>, over it</source>
        <translation>, darüber</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} weitere</translation>
    </message>
    <message>
        <source>{count} done earlier</source>
        <translation>{count} früher erledigt</translation>
    </message>
    <message>
        <source>+ {count} done earlier</source>
        <translation>+ {count} früher erledigt</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{paper!r} is not a paper size; choose a4 or letter</source>
        <translation>{paper!r} ist kein Papierformat; wählen Sie a4 oder letter</translation>
    </message>
    <message>
        <source>the report could not be started on this printer or file</source>
        <translation>Der Bericht konnte auf diesem Drucker oder in dieser Datei nicht begonnen werden</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>Seiten werden geschrieben…</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Seite {n} von {m}</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Woche {week}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Nothing is scheduled in these weeks.</source>
        <translation>In diesen Wochen ist nichts geplant.</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Stand {day}</translation>
    </message>
    <message>
        <source>No risks are recorded for this project yet.</source>
        <translation>Für dieses Projekt sind noch keine Risiken erfasst.</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>{count} closed</source>
        <translation>{count} geschlossen</translation>
    </message>
    <message>
        <source>High severity</source>
        <translation>Hoher Schweregrad</translation>
    </message>
    <message>
        <source>score 15 or more</source>
        <translation>Wert 15 oder mehr</translation>
    </message>
    <message>
        <source>Occurring</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>tritt gerade ein</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>review date passed</source>
        <translation>Überprüfungsdatum überschritten</translation>
    </message>
    <message>
        <source>Open risks by probability (up) and impact (across): the number in a cell is how many.</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit (nach oben) und Auswirkung (nach rechts): Die Zahl in einer Zelle gibt ihre Anzahl an.</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>P × I</source>
        <translation>W × A</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Causes and responses</source>
        <translation>Ursachen und Maßnahmen</translation>
    </message>
    <message>
        <source> (tasks: {tasks})</source>
        <translation> (Aufgaben: {tasks})</translation>
    </message>
    <message>
        <source>What moved since the last report</source>
        <translation>Was sich seit dem letzten Bericht verschoben hat</translation>
    </message>
    <message>
        <source>First report — nothing to compare.</source>
        <translation>Erster Bericht — nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Since the last report, on {day}:</source>
        <translation>Seit dem letzten Bericht am {day}:</translation>
    </message>
    <message>
        <source>no task or milestone moved.</source>
        <translation>weder Aufgabe noch Meilenstein hat sich verschoben.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Finish then → now</source>
        <translation>Ende damals → jetzt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <source>No stakeholders are recorded for this project yet.</source>
        <translation>Für dieses Projekt sind noch keine Stakeholder erfasst.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Power / interest</source>
        <translation>Macht / Interesse</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Engagement now → wanted</source>
        <translation>Engagement jetzt → angestrebt</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Was sie erhalten</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Kommunikationsprotokoll</translation>
    </message>
    <message>
        <source>No interactions have been logged yet.</source>
        <translation>Es wurden noch keine Kontakte erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>{days:g} d</source>
        <translation>{days:g} T</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
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
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Geplante Kosten</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>“{name}” is not a task column; choose from {columns}</source>
        <translation>„{name}“ ist keine Aufgabenspalte; wählen Sie aus {columns}</translation>
    </message>
    <message>
        <source>As of {day} · {tasks}, {done} done</source>
        <translation>Stand {day} · {tasks}, {done} erledigt</translation>
    </message>
    <message>
        <source>{name} has no tasks yet.</source>
        <translation>{name} hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>Project status report</source>
        <translation>Projektstatusbericht</translation>
    </message>
    <message>
        <source>Status date {day}</source>
        <translation>Statusstichtag {day}</translation>
    </message>
    <message>
        <source>Project manager {name}</source>
        <translation>Projektleitung {name}</translation>
    </message>
    <message>
        <source>Sponsor {name}</source>
        <translation>Auftraggeber {name}</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>work done, by duration</source>
        <translation>erledigte Arbeit, nach Dauer</translation>
    </message>
    <message>
        <source>no target finish set</source>
        <translation>kein Zieltermin gesetzt</translation>
    </message>
    <message>
        <source>on the target finish, {day}</source>
        <translation>zum Zieltermin, {day}</translation>
    </message>
    <message>
        <source>{days:g} working days after the target {day}</source>
        <translation>{days:g} Arbeitstage nach dem Zieltermin {day}</translation>
    </message>
    <message>
        <source>{days:g} working days before the target {day}</source>
        <translation>{days:g} Arbeitstage vor dem Zieltermin {day}</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Prognostiziertes Ende</translation>
    </message>
    <message>
        <source>Schedule index</source>
        <translation>Terminindex</translation>
    </message>
    <message>
        <source>SPI: earned ÷ planned value</source>
        <translation>SPI: Fertigstellungswert ÷ Planwert</translation>
    </message>
    <message>
        <source>Cost index</source>
        <translation>Kostenindex</translation>
    </message>
    <message>
        <source>CPI: earned value ÷ actual cost</source>
        <translation>CPI: Fertigstellungswert ÷ Istkosten</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Verbrauchtes Budget</translation>
    </message>
    <message>
        <source>{spent} of {budget}</source>
        <translation>{spent} von {budget}</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Istkosten</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget gesetzt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Umfang</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>{start} to the target finish {finish}</source>
        <translation>{start} bis zum Zieltermin {finish}</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Projektauftrag</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>This project has no milestones yet.</source>
        <translation>Dieses Projekt hat noch keine Meilensteine.</translation>
    </message>
    <message>
        <source>Planned ({baseline})</source>
        <translation>Geplant ({baseline})</translation>
    </message>
    <message>
        <source>Planned (no baseline)</source>
        <translation>Geplant (kein Basisplan)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No baseline has been saved for this project, so there is no plan to compare against.</source>
        <translation>Für dieses Projekt wurde kein Basisplan gespeichert, daher gibt es keinen Plan zum Vergleichen.</translation>
    </message>
    <message>
        <source>Bars show the plan now (filled part: done), the grey line under a bar the baseline, arrows the links, red the critical path; the dashed line is the status date; shaded days are not worked.</source>
        <translation>Die Balken zeigen den aktuellen Plan (gefüllter Teil: erledigt), die graue Linie unter einem Balken den Basisplan, Pfeile die Verknüpfungen, Rot den kritischen Pfad; die gestrichelte Linie ist der Statusstichtag; schattierte Tage sind arbeitsfrei.</translation>
    </message>
    <message>
        <source>Coming weeks: {first} to {last}</source>
        <translation>Kommende Wochen: {first} bis {last}</translation>
    </message>
    <message>
        <source>Progress and earned value</source>
        <translation>Fortschritt und Fertigstellungswert</translation>
    </message>
    <message>
        <source>Nothing in this project has a cost yet (people with rates, fixed costs), so there is no earned value to report.</source>
        <translation>In diesem Projekt hat noch nichts Kosten (Personen mit Sätzen, Fixkosten), daher gibt es keinen Fertigstellungswert zu berichten.</translation>
    </message>
    <message>
        <source>against the baseline “{name}”</source>
        <translation>gegenüber dem Basisplan „{name}“</translation>
    </message>
    <message>
        <source>against the plan as it is now</source>
        <translation>gegenüber dem aktuellen Plan</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Planwert</translation>
    </message>
    <message>
        <source>PV: work planned by the status date</source>
        <translation>PV: bis zum Statusstichtag geplante Arbeit</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Fertigstellungswert</translation>
    </message>
    <message>
        <source>EV: work done, at budget</source>
        <translation>EV: erledigte Arbeit, zum Budget bewertet</translation>
    </message>
    <message>
        <source>AC: logged time and expenses</source>
        <translation>AC: erfasste Zeit und Ausgaben</translation>
    </message>
    <message>
        <source>Schedule variance</source>
        <translation>Terminabweichung</translation>
    </message>
    <message>
        <source>SV = EV − PV</source>
        <translation>SV = EV − PV</translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation>Kostenabweichung</translation>
    </message>
    <message>
        <source>CV = EV − AC</source>
        <translation>CV = EV − AC</translation>
    </message>
    <message>
        <source>Budget at completion</source>
        <translation>Budget bei Fertigstellung</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Schätzung bei Fertigstellung</translation>
    </message>
    <message>
        <source>EAC = BAC ÷ CPI</source>
        <translation>EAC = BAC ÷ CPI</translation>
    </message>
    <message>
        <source>Estimate to complete</source>
        <translation>Schätzung bis Fertigstellung</translation>
    </message>
    <message>
        <source>ETC = EAC − AC</source>
        <translation>ETC = EAC − AC</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Abweichung bei Fertigstellung</translation>
    </message>
    <message>
        <source>VAC = BAC − EAC</source>
        <translation>VAC = BAC − EAC</translation>
    </message>
    <message>
        <source>Earned value S-curve</source>
        <translation>S-Kurve des Fertigstellungswerts</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>No open risks are recorded for this project.</source>
        <translation>Für dieses Projekt sind keine offenen Risiken erfasst.</translation>
    </message>
    <message>
        <source>Budget and actual cost</source>
        <translation>Budget und Istkosten</translation>
    </message>
    <message>
        <source>This project has no budget, planned cost or actual cost yet.</source>
        <translation>Dieses Projekt hat noch kein Budget, keine geplanten Kosten und keine Istkosten.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>the charter&apos;s budget</source>
        <translation>das Budget laut Projektauftrag</translation>
    </message>
    <message>
        <source>the plan now, at completion</source>
        <translation>der aktuelle Plan, bei Fertigstellung</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Ist bis heute</translation>
    </message>
    <message>
        <source>{hours} logged, with expenses</source>
        <translation>{hours} erfasst, mit Ausgaben</translation>
    </message>
    <message>
        <source>Project expenses (no task)</source>
        <translation>Projektausgaben (ohne Aufgabe)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Stakeholder notes</source>
        <translation>Stakeholder-Notizen</translation>
    </message>
    <message>
        <source>No stakeholders are recorded for this project.</source>
        <translation>Für dieses Projekt sind keine Stakeholder erfasst.</translation>
    </message>
    <message>
        <source>No interactions with stakeholders were logged in the last {days} days.</source>
        <translation>In den letzten {days} Tagen wurden keine Kontakte mit Stakeholdern erfasst.</translation>
    </message>
    <message>
        <source>Engagement to raise</source>
        <translation>Zu steigerndes Engagement</translation>
    </message>
    <message>
        <source>set by hand (derived: {health})</source>
        <translation>von Hand gesetzt (abgeleitet: {health})</translation>
    </message>
    <message>
        <source>, set by hand (the figures say {health})</source>
        <translation>, von Hand gesetzt (laut Kennzahlen {health})</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Weeks of {first} to {last} · {weeks} · {people} · as of {today}</source>
        <translation>Wochen vom {first} bis {last} · {weeks} · {people} · Stand {today}</translation>
    </message>
    <message>
        <source>Nobody works in hours here yet: add people and assign them to tasks.</source>
        <translation>Hier arbeitet noch niemand in Stunden: Fügen Sie Personen hinzu und weisen Sie sie Aufgaben zu.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>over these weeks, all kinds</source>
        <translation>über diese Wochen, alle Arten</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>their calendars × hours a day</source>
        <translation>ihre Kalender × Stunden pro Tag</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Auslastungsgrad</translation>
    </message>
    <message>
        <source>work as a share of capacity</source>
        <translation>Arbeit als Anteil der Kapazität</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Über der Kapazität</translation>
    </message>
    <message>
        <source>{count} person-weeks</source>
        <translation>{count} Personenwochen</translation>
    </message>
    <message>
        <source>{over} of {people}</source>
        <translation>{over} von {people}</translation>
    </message>
    <message>
        <source>Each cell is a person&apos;s hours of work that week / their capacity; “!” marks a week over capacity. Work counts everything assigned to them, routines included, in every area and project.</source>
        <translation>Jede Zelle zeigt die Arbeitsstunden einer Person in dieser Woche / ihre Kapazität; „!“ markiert eine Woche über der Kapazität. Als Arbeit zählt alles, was ihr zugewiesen ist, Routinen eingeschlossen, in jedem Bereich und Projekt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Weeks of {first} to {last}</source>
        <translation>Wochen vom {first} bis {last}</translation>
    </message>
    <message>
        <source>Week {week}: {first} to {last} {year} · as of {today} · {people}</source>
        <translation>Woche {week}: {first} bis {last} {year} · Stand {today} · {people}</translation>
    </message>
    <message>
        <source>Done this week</source>
        <translation>Diese Woche erledigt</translation>
    </message>
    <message>
        <source>since {weekday}</source>
        <translation>seit {weekday}</translation>
    </message>
    <message>
        <source>in a doing column, not overdue</source>
        <translation>in einer Spalte in Arbeit, nicht überfällig</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>Fälligkeitsdatum überschritten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Workload against capacity</source>
        <translation>Auslastung gegenüber Kapazität</translation>
    </message>
    <message>
        <source>Nobody is assigned to work here yet.</source>
        <translation>Hier ist noch niemandem Arbeit zugewiesen.</translation>
    </message>
    <message>
        <source>{count} person-weeks are over capacity, the first {name} in the week of {day} ({hours} over). Levelling on the dashboard proposes moves.</source>
        <translation>{count} Personenwochen liegen über der Kapazität, die erste bei {name} in der Woche vom {day} ({hours} darüber). Der Kapazitätsabgleich im Dashboard schlägt Verschiebungen vor.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>The team&apos;s hours a week by kind of work; the line is the team&apos;s capacity, hatched hours are over it.</source>
        <translation>Die Wochenstunden des Teams nach Art der Arbeit; die Linie ist die Kapazität des Teams, schraffierte Stunden liegen darüber.</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pro Person</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>{done} done, {doing} in progress, {overdue} overdue</source>
        <translation>{done} erledigt, {doing} in Arbeit, {overdue} überfällig</translation>
    </message>
    <message>
        <source>Overdue, in progress</source>
        <translation>Überfällig, in Arbeit</translation>
    </message>
    <message>
        <source>Area or project</source>
        <translation>Bereich oder Projekt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Nothing finished, in progress or overdue this week.</source>
        <translation>Diese Woche nichts erledigt, in Arbeit oder überfällig.</translation>
    </message>
    <message>
        <source>Flow over the last {weeks} weeks</source>
        <translation>Fluss der letzten {weeks} Wochen</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>{count:.1f} a week</source>
        <translation>{count:.1f} pro Woche</translation>
    </message>
    <message>
        <source>finished items, full weeks</source>
        <translation>erledigte Elemente, volle Wochen</translation>
    </message>
    <message>
        <source>Cycle time (85th %)</source>
        <translation>Durchlaufzeit (85. Perzentil)</translation>
    </message>
    <message>
        <source>{days:.1f} days</source>
        <translation>{days:.1f} Tage</translation>
    </message>
    <message>
        <source>median {days:.1f} days</source>
        <translation>Median {days:.1f} Tage</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Laufende Arbeit (WIP)</translation>
    </message>
    <message>
        <source>items in doing columns</source>
        <translation>Elemente in Spalten in Arbeit</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Termingerecht</translation>
    </message>
    <message>
        <source>of {count} finished with a due date</source>
        <translation>von {count} erledigten mit Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No flow targets are set for this scope (the dashboard sets them, for example “throughput ≥ 12 a week” or “85 % within 5 days”).</source>
        <translation>Für diesen Bereich sind keine Flussziele gesetzt (das Dashboard setzt sie, zum Beispiel „throughput ≥ 12 a week“ oder „85 % within 5 days“).</translation>
    </message>
    <message>
        <source>Bottleneck: {reason}.</source>
        <translation>Engpass: {reason}.</translation>
    </message>
    <message>
        <source>Items finished each week; the grey bar is this week so far.</source>
        <translation>Pro Woche abgeschlossene Elemente; der graue Balken ist die laufende Woche bis jetzt.</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Days from start to finish of each item finished, with the 50th, 85th and 95th percentiles.</source>
        <translation>Tage vom Beginn bis zum Abschluss jedes erledigten Elements, mit dem 50., 85. und 95. Perzentil.</translation>
    </message>
    <message>
        <source>What rules did</source>
        <translation>Was die Regeln taten</translation>
    </message>
    <message>
        <source>No rule acted this week.</source>
        <translation>Diese Woche hat keine Regel gehandelt.</translation>
    </message>
    <message>
        <source>There are no rules (Edit ▸ Rules…).</source>
        <translation>Es gibt keine Regeln (Bearbeiten ▸ Regeln…).</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Was sie tat</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>erledigt {day}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
</context>
</TS>
