<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n risque ouvert</numerusform>
            <numerusform>%n risques ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n column(s)</source>
        <translation>
            <numerusform>dans %n colonne</numerusform>
            <numerusform>dans %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n revue en retard</numerusform>
            <numerusform>%n revues en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) short of {engagement}</source>
        <translation>
            <numerusform>%n niveau en dessous de {engagement}</numerusform>
            <numerusform>%n niveaux en dessous de {engagement}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Gantt view shows %n more task(s) active in these weeks.</source>
        <translation>
            <numerusform>La vue Gantt montre %n autre tâche active ces semaines-ci.</numerusform>
            <numerusform>La vue Gantt montre %n autres tâches actives ces semaines-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The risk register lists %n more open risk(s).</source>
        <translation>
            <numerusform>Le registre des risques contient %n autre risque ouvert.</numerusform>
            <numerusform>Le registre des risques contient %n autres risques ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved.</source>
        <translation>
            <numerusform>%n tâche déplacée.</numerusform>
            <numerusform>%n tâches déplacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>{days} d</source>
        <comment>days in the column</comment>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>{days} in {column} (highlighted from {stale} days in one column)</source>
        <translation>{days} dans {column} (mis en évidence à partir de {stale} jours dans une colonne)</translation>
    </message>
    <message>
        <source>Over the WIP limit</source>
        <translation>Au-delà de la limite WIP</translation>
    </message>
    <message>
        <source>“{column}” is limited to {limit} cards; this move makes it {count}.

Move anyway?</source>
        <translation>« {column} » est limitée à {limit} cartes ; ce déplacement la porte à {count}.

Déplacer quand même ?</translation>
    </message>
    <message>
        <source>“{title}” still waits for {names}.</source>
        <translation>« {title} » attend encore {names}.</translation>
    </message>
    <message>
        <source>Blocked work</source>
        <translation>Travail bloqué</translation>
    </message>
    <message>
        <source>Mark it done anyway?</source>
        <translation>La marquer terminée quand même ?</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>échéance {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Échéance le {day}</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, en retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Waiting for {tasks}</source>
        <translation>En attente de {tasks}</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Group the cards into swimlanes</source>
        <translation>Regrouper les cartes en couloirs</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Add a column at the end of the board</source>
        <translation>Ajouter une colonne à la fin du tableau</translation>
    </message>
    <message>
        <source>Swimlanes:</source>
        <translation>Couloirs :</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>WIP Limit…</source>
        <translation>Limite WIP…</translation>
    </message>
    <message>
        <source>Counts As</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Add Column After…</source>
        <translation>Ajouter une colonne après…</translation>
    </message>
    <message>
        <source>Rules for This Column…</source>
        <translation>Règles de cette colonne…</translation>
    </message>
    <message>
        <source>Delete Column…</source>
        <translation>Supprimer la colonne…</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Nouvelle colonne</translation>
    </message>
    <message>
        <source>Name of the new column:</source>
        <translation>Nom de la nouvelle colonne :</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>Most cards in “{column}” at a time (0: no limit):</source>
        <translation>Nombre maximal de cartes à la fois dans « {column} » (0 : pas de limite) :</translation>
    </message>
    <message>
        <source>The last column cannot be deleted: every task needs one.</source>
        <translation>La dernière colonne ne peut pas être supprimée : chaque tâche en a besoin d&apos;une.</translation>
    </message>
    <message>
        <source>Move the {cards} of “{column}” to:</source>
        <translation>Déplacer les {cards} de « {column} » vers :</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Move to Top</source>
        <translation>Tout en haut</translation>
    </message>
    <message>
        <source>Move to Bottom</source>
        <translation>Tout en bas</translation>
    </message>
    <message>
        <source>Add a card at the top of this column</source>
        <translation>Ajouter une carte en haut de cette colonne</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Edit this column</source>
        <translation>Modifier cette colonne</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>Modifier la colonne</translation>
    </message>
    <message>
        <source>New card title, then Enter</source>
        <translation>Titre de la nouvelle carte, puis Entrée</translation>
    </message>
    <message>
        <source>New card title</source>
        <translation>Titre de la nouvelle carte</translation>
    </message>
    <message>
        <source>{column} · counts as {kind}</source>
        <translation>{column} · compte comme {kind}</translation>
    </message>
    <message>
        <source>Over the limit of {limit}</source>
        <translation>Au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>Limit: {limit}</source>
        <translation>Limite : {limit}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <source>Show this swimlane</source>
        <translation>Afficher ce couloir</translation>
    </message>
    <message>
        <source>Hide this swimlane</source>
        <translation>Masquer ce couloir</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Burndown and burnup · {title}</source>
        <translation>Burndown et burnup · {title}</translation>
    </message>
    <message>
        <source>hours of work</source>
        <translation>heures de travail</translation>
    </message>
    <message>
        <source>No planned work in this project yet</source>
        <translation>Pas encore de travail planifié dans ce projet</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>{day}: scope {scope:.0f} h</source>
        <translation>{day} : périmètre {scope:.0f} h</translation>
    </message>
    <message>
        <source>, done {done:.0f} h, remaining {left:.0f} h</source>
        <translation>, fait {done:.0f} h, restant {left:.0f} h</translation>
    </message>
    <message>
        <source> (ideal {ideal:.0f} h)</source>
        <translation> (idéal {ideal:.0f} h)</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Flux cumulé</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>No board history yet</source>
        <translation>Pas encore d&apos;historique du tableau</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>No item finished in these weeks</source>
        <translation>Aucun élément terminé ces semaines-ci</translation>
    </message>
    <message>
        <source>{p}th · {value:.1f} d</source>
        <translation>{p}e centile · {value:.1f} j</translation>
    </message>
    <message>
        <source>{title}: {days:.1f} days, finished {day}</source>
        <translation>{title} : {days:.1f} jours, terminé le {day}</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>items a week</source>
        <translation>éléments par semaine</translation>
    </message>
    <message>
        <source>target {target:g}</source>
        <translation>cible {target:g}</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Week of {week}: {count} finished{note}</source>
        <translation>Semaine du {week} : {count} terminés{note}</translation>
    </message>
    <message>
        <source>Earned value · {title}</source>
        <translation>Valeur acquise · {title}</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>No budget to earn yet: assign people with rates, or add fixed costs</source>
        <translation>Pas encore de budget à acquérir : affectez des personnes avec des taux, ou ajoutez des coûts fixes</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>Valeur planifiée (PV)</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>Valeur acquise (EV)</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>Coût réel (AC)</translation>
    </message>
    <message>
        <source>{day}: PV {pv}</source>
        <translation>{day} : PV {pv}</translation>
    </message>
    <message>
        <source>, EV {ev}, AC {ac}</source>
        <translation>, EV {ev}, AC {ac}</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Aucun risque ouvert</translation>
    </message>
    <message>
        <source>Probability {p}, impact {i} (score {score}): {risks}</source>
        <translation>Probabilité {p}, impact {i} (score {score}) : {risks}</translation>
    </message>
    <message>
        <source>Progress by project</source>
        <translation>Avancement par projet</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Pas encore de projets</translation>
    </message>
    <message>
        <source>{name}: {done:.0f} % done, {planned:.0f} % planned by today</source>
        <translation>{name} : {done:.0f} % fait, {planned:.0f} % prévu à ce jour</translation>
    </message>
    <message>
        <source> — finishes after its target</source>
        <translation> — se termine après sa date cible</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Travail continu</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Workload · {who}</source>
        <translation>Charge · {who}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>No people to show</source>
        <translation>Aucune personne à afficher</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Au-delà de la capacité</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>{who}, {period}: {load} of {capacity}</source>
        <translation>{who}, {period} : {load} sur {capacity}</translation>
    </message>
    <message>
        <source> — {hours} over</source>
        <translation> — {hours} de trop</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>semaine du {day}</translation>
    </message>
    <message>
        <source>Team load against capacity</source>
        <translation>Charge de l&apos;équipe par rapport à la capacité</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <source>{who}, {period}: {load} of {capacity} ({share})</source>
        <translation>{who}, {period} : {load} sur {capacity} ({share})</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Nivellement des ressources</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Choose a conflict to see a move that resolves it.</source>
        <translation>Choisissez un conflit pour voir un déplacement qui le résout.</translation>
    </message>
    <message>
        <source>Apply this move</source>
        <translation>Appliquer ce déplacement</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Un à la fois</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveler</translation>
    </message>
    <message>
        <source>within slack</source>
        <translation>dans la marge</translation>
    </message>
    <message>
        <source>beyond slack</source>
        <translation>au-delà de la marge</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>Nothing to move: no project work overlaps beyond anyone&apos;s capacity.</source>
        <translation>Rien à décaler : aucun travail de projet ne dépasse la capacité de quiconque.</translation>
    </message>
    <message>
        <source>{tasks} to delay (as start-no-earlier-than constraints; one undo takes them all back).</source>
        <translation>{tasks} à décaler (comme contraintes « début au plus tôt le » ; une seule annulation les reprend toutes).</translation>
    </message>
    <message>
        <source>{project} finishes: {day} (unchanged)</source>
        <translation>{project} se termine : {day} (inchangé)</translation>
    </message>
    <message>
        <source>{project} finishes: {before} → {after}</source>
        <translation>{project} se termine : {before} → {after}</translation>
    </message>
    <message>
        <source>{count} conflicts remain that delaying cannot remove (routines, work under way, or more than a day&apos;s work for one person).</source>
        <translation>{count} conflits subsistent que le décalage ne peut pas résoudre (routines, travail en cours, ou plus d&apos;une journée de travail pour une personne).</translation>
    </message>
    <message>
        <source>{load} of {capacity}</source>
        <translation>{load} sur {capacity}</translation>
    </message>
    <message>
        <source>None of these tasks can move (fixed, under way, or routine work).</source>
        <translation>Aucune de ces tâches ne peut être décalée (fixe, en cours ou travail de routine).</translation>
    </message>
    <message>
        <source>Delay “{title}” from {old} to {new} ({days:g} working days, within its slack).</source>
        <translation>Décaler « {title} » du {old} au {new} ({days:g} jours ouvrés, dans sa marge).</translation>
    </message>
    <message>
        <source>Delay “{title}” from {old} to {new} ({days:g} working days, beyond its slack).</source>
        <translation>Décaler « {title} » du {old} au {new} ({days:g} jours ouvrés, au-delà de sa marge).</translation>
    </message>
    <message>
        <source>Flow targets</source>
        <translation>Objectifs de flux</translation>
    </message>
    <message>
        <source>Targets the dashboard checks the flow of work against, for the whole workspace or one area. Write them as you would say them: “throughput &gt;= 12”, “85 % within 5 days”, “wip &lt;= 8”, “on time &gt;= 90 %”, “lead time 90 % within 20 days”.</source>
        <translation>Objectifs auxquels le tableau de bord compare le flux de travail, pour tout l&apos;espace de travail ou un domaine. Écrivez-les comme vous les diriez : « throughput &gt;= 12 », « 85 % within 5 days », « wip &lt;= 8 », « on time &gt;= 90 % », « lead time 90 % within 20 days ».</translation>
    </message>
    <message>
        <source>85 % within 5 days</source>
        <translation>85 % within 5 days</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Level resources…</source>
        <translation>Niveler les ressources…</translation>
    </message>
    <message>
        <source>Remove over-allocation by delaying lower-priority work (preview first)</source>
        <translation>Supprimer la surcharge en retardant le travail moins prioritaire (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <source>The flow targets the dashboard checks: throughput, cycle time, WIP, on time</source>
        <translation>Les objectifs de flux vérifiés par le tableau de bord : débit, temps de cycle, WIP, ponctualité</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dessin des graphiques…</translation>
    </message>
    <message>
        <source>Dashboard · whole workspace</source>
        <translation>Tableau de bord · tout l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Dashboard · {name}</source>
        <translation>Tableau de bord · {name}</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>{count} a week</source>
        <translation>{count} par semaine</translation>
    </message>
    <message>
        <source>Cycle time, 85th</source>
        <translation>Temps de cycle, 85e centile</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours (WIP)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Goulot d&apos;étranglement</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — manqué</translation>
    </message>
    <message>
        <source>Focus · {name}</source>
        <translation>Priorités · {name}</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>aucun projet</translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the project</source>
        <translation>Ajuster au projet</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Move the bar a day earlier</source>
        <translation>Avancer la barre d&apos;un jour</translation>
    </message>
    <message>
        <source>Move the bar a day later</source>
        <translation>Reculer la barre d&apos;un jour</translation>
    </message>
    <message>
        <source>Link the selected tasks, or link to…</source>
        <translation>Lier les tâches sélectionnées, ou lier à…</translation>
    </message>
    <message>
        <source>Shrink the bar by a day (in the chart)</source>
        <translation>Raccourcir la barre d&apos;un jour (dans le diagramme)</translation>
    </message>
    <message>
        <source>Stretch the bar by a day (in the chart)</source>
        <translation>Allonger la barre d&apos;un jour (dans le diagramme)</translation>
    </message>
    <message>
        <source>Select the task above</source>
        <translation>Sélectionner la tâche au-dessus</translation>
    </message>
    <message>
        <source>Select the task below</source>
        <translation>Sélectionner la tâche en dessous</translation>
    </message>
    <message>
        <source>Select a task with a bar (not a summary) to move or stretch it.</source>
        <translation>Sélectionnez une tâche avec une barre (pas une tâche récapitulative) pour la déplacer ou l&apos;étirer.</translation>
    </message>
    <message>
        <source>A milestone has no length to stretch: move it with Alt+←/→.</source>
        <translation>Un jalon n&apos;a pas de durée à étirer : déplacez-le avec Alt+←/→.</translation>
    </message>
    <message>
        <source>The bar is as short as it can be: a task lasts at least a day here.</source>
        <translation>La barre est aussi courte que possible : une tâche dure ici au moins un jour.</translation>
    </message>
    <message>
        <source>There is no other task to link to.</source>
        <translation>Il n&apos;y a aucune autre tâche à lier.</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <source>“{title}” comes before:</source>
        <translation>« {title} » précède :</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tâche récapitulative</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation>Chômé</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert pour le dessin</translation>
    </message>
    <message>
        <source>{title} · printed {day}</source>
        <translation>{title} · imprimé le {day}</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <source>All work</source>
        <translation>Tout le travail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{title} — Gantt chart</source>
        <translation>{title} — diagramme de Gantt</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>Print “{title}”</source>
        <translation>Imprimer « {title} »</translation>
    </message>
    <message>
        <source>Print the Gantt chart</source>
        <translation>Imprimer le diagramme de Gantt</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Fit the date range to one page wide</source>
        <translation>Ajuster la période à la largeur d&apos;une page</translation>
    </message>
    <message>
        <source>Print a legend</source>
        <translation>Imprimer une légende</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Week {week} · {day}</source>
        <translation>Semaine {week} · {day}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <comment>short for week</comment>
        <translation>S{week}</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <comment>short for quarter</comment>
        <translation>T{quarter}</translation>
    </message>
    <message>
        <source>{year}s</source>
        <comment>a decade</comment>
        <translation>années {year}</translation>
    </message>
    <message>
        <source>Tasks and their bars</source>
        <translation>Tâches et leurs barres</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <source>The timeline of the tasks. The task list beside it lists its bars with their dates.</source>
        <translation>La chronologie des tâches. La liste des tâches à côté en énumère les barres avec leurs dates.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+−, Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl++, Ctrl+molette)</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Échelle de temps</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole project in the window (Ctrl+0)</source>
        <translation>Ajuster tout le projet à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Scroll to today (Alt+Home)</source>
        <translation>Faire défiler jusqu&apos;à aujourd&apos;hui (Alt+Début)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Highlight the critical path</source>
        <translation>Mettre en évidence le chemin critique</translation>
    </message>
    <message>
        <source>Show the baseline under each bar</source>
        <translation>Afficher la référence sous chaque barre</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Afficher la légende</translation>
    </message>
    <message>
        <source>Show where each bar was at the moment compared with</source>
        <translation>Afficher où se trouvait chaque barre au moment comparé</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print or save as PDF, with a preview (Ctrl+P)</source>
        <translation>Imprimer ou enregistrer en PDF, avec aperçu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>Image SVG…</translation>
    </message>
    <message>
        <source>Select two or more tasks to link them in order.</source>
        <translation>Sélectionnez deux tâches ou plus pour les lier dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>Lier des tâches</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Link Selected Tasks</source>
        <translation>Lier les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Convert to Task</source>
        <translation>Convertir en tâche</translation>
    </message>
    <message>
        <source>Convert to Milestone</source>
        <translation>Convertir en jalon</translation>
    </message>
    <message>
        <source>Assign People…</source>
        <translation>Affecter des personnes…</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indenter</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Désindenter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the Gantt chart as {kind}</source>
        <translation>Exporter le diagramme de Gantt en {kind}</translation>
    </message>
    <message>
        <source>Start {start}
Finish {finish}</source>
        <translation>Début {start}
Fin {finish}</translation>
    </message>
    <message>
        <source>Finish {finish}
Duration {duration}</source>
        <translation>Fin {finish}
Durée {duration}</translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation>{percent} % fait</translation>
    </message>
    <message>
        <source>{kind} link: “{first}” → “{second}”</source>
        <translation>Lien {kind} : « {first} » → « {second} »</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement : {warning}</translation>
    </message>
    <message>
        <source>Assign to “{title}”</source>
        <translation>Affecter à « {title} »</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Open risks by probability and impact. Click a cell to show only its risks.</source>
        <translation>Risques ouverts par probabilité et impact. Cliquez sur une cellule pour n&apos;afficher que ses risques.</translation>
    </message>
    <message>
        <source>{probability} × {impact} (score {score}): {risks}</source>
        <translation>{probability} × {impact} (score {score}) : {risks}</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>Probabilité →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intérêt →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <source>{column}: {value!r} is not a valid value</source>
        <translation>{column} : {value!r} n&apos;est pas une valeur valide</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>{days:+g} d</source>
        <translation>{days:+g} j</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choisissez un projet</translation>
    </message>
    <message>
        <source>New project from a template…</source>
        <translation>Nouveau projet à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>The Project view shows one project&apos;s charter, risks, stakeholders, budget and baselines. The sidebar shows {where}; pick a project:</source>
        <translation>La vue Projet montre la charte, les risques, les parties prenantes, le budget et les références d&apos;un projet. La barre latérale affiche {where} ; choisissez un projet :</translation>
    </message>
    <message>
        <source>an area of ongoing work</source>
        <translation>un domaine de travail continu</translation>
    </message>
    <message>
        <source>the “{list}” list</source>
        <translation>la liste « {list} »</translation>
    </message>
    <message>
        <source>There is no project yet. Create one with Edit › New Project, then come back here.</source>
        <translation>Il n&apos;y a pas encore de projet. Créez-en un avec Édition › Nouveau projet, puis revenez ici.</translation>
    </message>
    <message>
        <source>Health from variance</source>
        <translation>Santé d&apos;après les écarts</translation>
    </message>
    <message>
        <source>Set: {health}</source>
        <translation>Défini : {health}</translation>
    </message>
    <message>
        <source>Why the health was set by hand</source>
        <translation>Pourquoi la santé a été définie manuellement</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Save this project&apos;s plan as a template</source>
        <translation>Enregistrer le plan de ce projet comme modèle</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Valeur planifiée</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Valeur acquise</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coût réel</translation>
    </message>
    <message>
        <source>Budget at completion</source>
        <translation>Budget à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Schedule variance</source>
        <translation>Écart de délai</translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation>Écart de coût</translation>
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
        <translation>Estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Écart à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef de projet</translation>
    </message>
    <message>
        <source>WBS code mask</source>
        <translation>Masque de code WBS</translation>
    </message>
    <message>
        <source>Outline numbers (1.2.3)</source>
        <translation>Numéros de plan (1.2.3)</translation>
    </message>
    <message>
        <source>A prefix, then one segment per outline level: PRJ-.9.99 numbers tasks PRJ-1.01, PRJ-1.02 … (9 digits, A upper-case letters, a lower-case letters, * any)</source>
        <translation>Un préfixe, puis un segment par niveau de plan : PRJ-.9.99 numérote les tâches PRJ-1.01, PRJ-1.02 … (9 chiffres, A lettres majuscules, a lettres minuscules, * tout caractère)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Target finish</source>
        <translation>Fin visée</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Date d&apos;état</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de succès</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Saved the template “{name}” in this workspace.</source>
        <translation>Modèle « {name} » enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Scheduled back from the target finish: the start follows from the plan</source>
        <translation>Planifié à rebours depuis la fin visée : le début découle du plan</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (défini manuellement)</translation>
    </message>
    <message>
        <source>Derived from variance: {health}, as {reasons}.</source>
        <translation>Déduit des écarts : {health}, car {reasons}.</translation>
    </message>
    <message>
        <source>the baseline “{name}”</source>
        <translation>la référence « {name} »</translation>
    </message>
    <message>
        <source>the plan as it is now (no baseline)</source>
        <translation>le plan actuel (sans référence)</translation>
    </message>
    <message>
        <source>Earned value as of {day}, against {against}. Forecast finish by earned schedule (SPI(t) {spi_t}).</source>
        <translation>Valeur acquise au {day}, mesurée sur {against}. Fin prévue selon le calendrier acquis (SPI(t) {spi_t}).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Probability, 1 (rare) to 5 (almost certain)</source>
        <translation>Probabilité, de 1 (rare) à 5 (presque certaine)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Impact, 1 (negligible) to 5 (severe)</source>
        <translation>Impact, de 1 (négligeable) à 5 (grave)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Mitigation tasks</source>
        <translation>Tâches d&apos;atténuation</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <source>Probability × impact</source>
        <translation>Probabilité × impact</translation>
    </message>
    <message>
        <source>Click a cell to list only its risks.</source>
        <translation>Cliquez sur une cellule pour n&apos;afficher que ses risques.</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Showing probability {p} × impact {i}</source>
        <translation>Affichage : probabilité {p} × impact {i}</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>{open} open of {risks}; {high} high (score 15 or more).</source>
        <translation>{open} ouverts sur {risks} ; {high} élevés (score de 15 ou plus).</translation>
    </message>
    <message>
        <source>No review is overdue.</source>
        <translation>Aucune revue n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Engagement now</source>
        <translation>Engagement actuel</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Ce qu&apos;ils reçoivent</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Power / interest</source>
        <translation>Pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Interactions with {name}</source>
        <translation>Échanges avec {name}</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nouvelle partie prenante</translation>
    </message>
    <message>
        <source>Choose a stakeholder first, then log what was said.</source>
        <translation>Choisissez d&apos;abord une partie prenante, puis notez ce qui a été dit.</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Ce qui a été dit :</translation>
    </message>
    <message>
        <source>Project and summary tasks</source>
        <translation>Projet et tâches récapitulatives</translation>
    </message>
    <message>
        <source>The project&apos;s budget</source>
        <translation>Le budget du projet</translation>
    </message>
    <message>
        <source>Cost in the chosen baseline</source>
        <translation>Coût dans la référence choisie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Planned − budget</source>
        <translation>Prévu − budget</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Heures saisies</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>The timer is running</source>
        <translation>Le chronomètre tourne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Temps saisi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Nouvelle dépense</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Saisir du temps</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget&lt;/b&gt; {budget} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Planned&lt;/b&gt; &lt;span style=&apos;color:{color}&apos;&gt;{planned}&lt;/span&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Actual&lt;/b&gt; {actual} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Left of the budget&lt;/b&gt; {left} &amp;nbsp;·&amp;nbsp; expenses without a task {unassigned}</source>
        <translation>&lt;b&gt;Budget&lt;/b&gt; {budget} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Prévu&lt;/b&gt; &lt;span style=&apos;color:{color}&apos;&gt;{planned}&lt;/span&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Réel&lt;/b&gt; {actual} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Reste du budget&lt;/b&gt; {left} &amp;nbsp;·&amp;nbsp; dépenses sans tâche {unassigned}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Compared against</source>
        <translation>Comparée</translation>
    </message>
    <message>
        <source>✓ chosen</source>
        <translation>✓ choisie</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Début de référence</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Fin de référence</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Écart de fin</translation>
    </message>
    <message>
        <source>Duration variance</source>
        <translation>Écart de durée</translation>
    </message>
    <message>
        <source>Slipped tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Save baseline…</source>
        <translation>Enregistrer une référence…</translation>
    </message>
    <message>
        <source>Save the plan as it is now</source>
        <translation>Enregistrer le plan tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>Compare against this one</source>
        <translation>Comparer avec celle-ci</translation>
    </message>
    <message>
        <source>Compare with, and draw in the Gantt, this baseline</source>
        <translation>Comparer avec ce plan de référence et le dessiner dans le Gantt</translation>
    </message>
    <message>
        <source>Compared with the plan now</source>
        <translation>Comparaison avec le plan actuel</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Enregistrer une référence</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Nom de la référence :</translation>
    </message>
    <message>
        <source>Baseline {n}</source>
        <translation>Référence {n}</translation>
    </message>
    <message>
        <source>No baseline yet. Save one to compare the plan against it later.</source>
        <translation>Pas encore de référence. Enregistrez-en une pour y comparer le plan plus tard.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Against &lt;b&gt;{baseline}&lt;/b&gt;: {slipped} slipped; project finish {finish}; cost {cost} against {baseline_cost} (&lt;b&gt;{variance}&lt;/b&gt;).&lt;br&gt;Added since: {added}. Removed since: {removed}.</source>
        <translation>Par rapport à &lt;b&gt;{baseline}&lt;/b&gt; : {slipped} en retard ; fin du projet {finish} ; coût {cost} contre {baseline_cost} (&lt;b&gt;{variance}&lt;/b&gt;).&lt;br&gt;Ajoutées depuis : {added}. Supprimées depuis : {removed}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Project status</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>Weekly work report</source>
        <translation>Rapport de travail hebdomadaire</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Stakeholder register</source>
        <translation>Registre des parties prenantes</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <source>Board snapshot</source>
        <translation>Instantané du tableau</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Utilisation des ressources</translation>
    </message>
    <message>
        <source>“{kind}” is not a report; choose one of {kinds}</source>
        <translation>« {kind} » n&apos;est pas un rapport ; choisissez parmi {kinds}</translation>
    </message>
    <message>
        <source>there is no project {id}</source>
        <translation>il n&apos;y a pas de projet {id}</translation>
    </message>
    <message>
        <source>there is no area {id}</source>
        <translation>il n&apos;y a pas de domaine {id}</translation>
    </message>
    <message>
        <source>the {report} is about one project: say which</source>
        <translation>le rapport « {report} » porte sur un seul projet : précisez lequel</translation>
    </message>
    <message>
        <source>the task list is of one project or area: say which</source>
        <translation>la liste des tâches porte sur un projet ou un domaine : précisez lequel</translation>
    </message>
    <message>
        <source>the weekly work report is of an area or of the whole team, not of a project</source>
        <translation>le rapport de travail hebdomadaire porte sur un domaine ou toute l&apos;équipe, pas sur un projet</translation>
    </message>
    <message>
        <source>resource usage is of an area or of the whole team, not of a project</source>
        <translation>l&apos;utilisation des ressources porte sur un domaine ou toute l&apos;équipe, pas sur un projet</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l&apos;espace de travail</translation>
    </message>
    <message>
        <source>As of {day} · {cards}; done cards from the last {days} days</source>
        <translation>Au {day} · {cards} ; cartes terminées des {days} derniers jours</translation>
    </message>
    <message>
        <source>This workspace has no board columns yet.</source>
        <translation>Cet espace de travail n&apos;a pas encore de colonnes de tableau.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>doing columns</source>
        <translation>colonnes en cours</translation>
    </message>
    <message>
        <source>Over WIP limit</source>
        <translation>Au-delà de la limite WIP</translation>
    </message>
    <message>
        <source>every column within its limit</source>
        <translation>chaque colonne dans sa limite</translation>
    </message>
    <message>
        <source>Overdue cards</source>
        <translation>Cartes en retard</translation>
    </message>
    <message>
        <source>due date passed</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Cards in board order; the bar on a card&apos;s left is its priority (red urgent, amber high, blue normal, grey low); red dates are overdue.</source>
        <translation>Cartes dans l&apos;ordre du tableau ; la barre à gauche d&apos;une carte est sa priorité (rouge urgente, orange haute, bleu normale, gris basse) ; les dates en rouge sont dépassées.</translation>
    </message>
    <message>
        <source> · WIP limit {limit}</source>
        <translation> · limite WIP {limit}</translation>
    </message>
    <message>
        <source>, over it</source>
        <translation>, au-delà</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>échéance {day}</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} de plus</translation>
    </message>
    <message>
        <source>{count} done earlier</source>
        <translation>{count} terminées plus tôt</translation>
    </message>
    <message>
        <source>+ {count} done earlier</source>
        <translation>+ {count} terminées plus tôt</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>{paper!r} is not a paper size; choose a4 or letter</source>
        <translation>{paper!r} n&apos;est pas un format de papier ; choisissez a4 ou letter</translation>
    </message>
    <message>
        <source>the report could not be started on this printer or file</source>
        <translation>le rapport n&apos;a pas pu être lancé sur cette imprimante ou dans ce fichier</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>Écriture des pages…</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Semaine {week}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Nothing is scheduled in these weeks.</source>
        <translation>Rien n&apos;est planifié ces semaines-ci.</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Au {day}</translation>
    </message>
    <message>
        <source>No risks are recorded for this project yet.</source>
        <translation>Aucun risque n&apos;est encore enregistré pour ce projet.</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Risques ouverts</translation>
    </message>
    <message>
        <source>{count} closed</source>
        <translation>{count} clos</translation>
    </message>
    <message>
        <source>High severity</source>
        <translation>Gravité élevée</translation>
    </message>
    <message>
        <source>score 15 or more</source>
        <translation>score de 15 ou plus</translation>
    </message>
    <message>
        <source>Occurring</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>en cours actuellement</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Revues en retard</translation>
    </message>
    <message>
        <source>review date passed</source>
        <translation>date de revue dépassée</translation>
    </message>
    <message>
        <source>Open risks by probability (up) and impact (across): the number in a cell is how many.</source>
        <translation>Risques ouverts par probabilité (vers le haut) et impact (en travers) : le nombre dans une cellule indique combien.</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Carte de chaleur des risques</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>P × I</source>
        <translation>P × I</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Causes and responses</source>
        <translation>Causes et réponses</translation>
    </message>
    <message>
        <source> (tasks: {tasks})</source>
        <translation> (tâches : {tasks})</translation>
    </message>
    <message>
        <source>What moved since the last report</source>
        <translation>Ce qui a bougé depuis le dernier rapport</translation>
    </message>
    <message>
        <source>First report — nothing to compare.</source>
        <translation>Premier rapport — rien à comparer.</translation>
    </message>
    <message>
        <source>Since the last report, on {day}:</source>
        <translation>Depuis le dernier rapport, le {day} :</translation>
    </message>
    <message>
        <source>no task or milestone moved.</source>
        <translation>aucune tâche ni aucun jalon n&apos;a bougé.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Finish then → now</source>
        <translation>Fin avant → maintenant</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>No stakeholders are recorded for this project yet.</source>
        <translation>Aucune partie prenante n&apos;est encore enregistrée pour ce projet.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Power / interest</source>
        <translation>Pouvoir / intérêt</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Engagement now → wanted</source>
        <translation>Engagement actuel → souhaité</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>What they get</source>
        <translation>Ce qu&apos;ils reçoivent</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Interaction log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>No interactions have been logged yet.</source>
        <translation>Aucun échange n&apos;a encore été noté.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>{days:g} d</source>
        <translation>{days:g} j</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Coût prévu</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>“{name}” is not a task column; choose from {columns}</source>
        <translation>« {name} » n&apos;est pas une colonne de tâches ; choisissez parmi {columns}</translation>
    </message>
    <message>
        <source>As of {day} · {tasks}, {done} done</source>
        <translation>Au {day} · {tasks}, {done} terminées</translation>
    </message>
    <message>
        <source>{name} has no tasks yet.</source>
        <translation>{name} n&apos;a pas encore de tâches.</translation>
    </message>
    <message>
        <source>Project status report</source>
        <translation>Rapport d&apos;état du projet</translation>
    </message>
    <message>
        <source>Status date {day}</source>
        <translation>Date d&apos;état {day}</translation>
    </message>
    <message>
        <source>Project manager {name}</source>
        <translation>Chef de projet {name}</translation>
    </message>
    <message>
        <source>Sponsor {name}</source>
        <translation>Commanditaire {name}</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>work done, by duration</source>
        <translation>travail fait, selon la durée</translation>
    </message>
    <message>
        <source>no target finish set</source>
        <translation>aucune fin visée définie</translation>
    </message>
    <message>
        <source>on the target finish, {day}</source>
        <translation>à la fin visée, {day}</translation>
    </message>
    <message>
        <source>{days:g} working days after the target {day}</source>
        <translation>{days:g} jours ouvrés après la fin visée du {day}</translation>
    </message>
    <message>
        <source>{days:g} working days before the target {day}</source>
        <translation>{days:g} jours ouvrés avant la fin visée du {day}</translation>
    </message>
    <message>
        <source>Forecast finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Schedule index</source>
        <translation>Indice de délai</translation>
    </message>
    <message>
        <source>SPI: earned ÷ planned value</source>
        <translation>SPI : valeur acquise ÷ valeur planifiée</translation>
    </message>
    <message>
        <source>Cost index</source>
        <translation>Indice de coût</translation>
    </message>
    <message>
        <source>CPI: earned value ÷ actual cost</source>
        <translation>CPI : valeur acquise ÷ coût réel</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget consommé</translation>
    </message>
    <message>
        <source>{spent} of {budget}</source>
        <translation>{spent} sur {budget}</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Coût réel</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>aucun budget défini</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>{start} to the target finish {finish}</source>
        <translation>du {start} à la fin visée du {finish}</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de succès</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Conforme au plan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>This project has no milestones yet.</source>
        <translation>Ce projet n&apos;a pas encore de jalons.</translation>
    </message>
    <message>
        <source>Planned ({baseline})</source>
        <translation>Prévu ({baseline})</translation>
    </message>
    <message>
        <source>Planned (no baseline)</source>
        <translation>Prévu (sans référence)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No baseline has been saved for this project, so there is no plan to compare against.</source>
        <translation>Aucune référence n&apos;a été enregistrée pour ce projet : il n&apos;y a pas de plan auquel comparer.</translation>
    </message>
    <message>
        <source>Bars show the plan now (filled part: done), the grey line under a bar the baseline, arrows the links, red the critical path; the dashed line is the status date; shaded days are not worked.</source>
        <translation>Les barres montrent le plan actuel (partie pleine : fait), la ligne grise sous une barre le plan de référence, les flèches les liens, le rouge le chemin critique ; la ligne pointillée est la date d&apos;état ; les jours grisés sont chômés.</translation>
    </message>
    <message>
        <source>Coming weeks: {first} to {last}</source>
        <translation>Semaines à venir : du {first} au {last}</translation>
    </message>
    <message>
        <source>Progress and earned value</source>
        <translation>Avancement et valeur acquise</translation>
    </message>
    <message>
        <source>Nothing in this project has a cost yet (people with rates, fixed costs), so there is no earned value to report.</source>
        <translation>Rien n&apos;a encore de coût dans ce projet (personnes avec des taux, coûts fixes) : il n&apos;y a pas de valeur acquise à présenter.</translation>
    </message>
    <message>
        <source>against the baseline “{name}”</source>
        <translation>par rapport à la référence « {name} »</translation>
    </message>
    <message>
        <source>against the plan as it is now</source>
        <translation>par rapport au plan actuel</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Valeur planifiée</translation>
    </message>
    <message>
        <source>PV: work planned by the status date</source>
        <translation>PV : travail planifié à la date d&apos;état</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Valeur acquise</translation>
    </message>
    <message>
        <source>EV: work done, at budget</source>
        <translation>EV : travail réalisé, au coût budgété</translation>
    </message>
    <message>
        <source>AC: logged time and expenses</source>
        <translation>AC : temps saisi et dépenses</translation>
    </message>
    <message>
        <source>Schedule variance</source>
        <translation>Écart de délai</translation>
    </message>
    <message>
        <source>SV = EV − PV</source>
        <translation>SV = EV − PV</translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation>Écart de coût</translation>
    </message>
    <message>
        <source>CV = EV − AC</source>
        <translation>CV = EV − AC</translation>
    </message>
    <message>
        <source>Budget at completion</source>
        <translation>Budget à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>EAC = BAC ÷ CPI</source>
        <translation>EAC = BAC ÷ CPI</translation>
    </message>
    <message>
        <source>Estimate to complete</source>
        <translation>Estimation pour achèvement</translation>
    </message>
    <message>
        <source>ETC = EAC − AC</source>
        <translation>ETC = EAC − AC</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Écart à l&apos;achèvement</translation>
    </message>
    <message>
        <source>VAC = BAC − EAC</source>
        <translation>VAC = BAC − EAC</translation>
    </message>
    <message>
        <source>Earned value S-curve</source>
        <translation>Courbe en S de la valeur acquise</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>No open risks are recorded for this project.</source>
        <translation>Aucun risque ouvert n&apos;est enregistré pour ce projet.</translation>
    </message>
    <message>
        <source>Budget and actual cost</source>
        <translation>Budget et coût réel</translation>
    </message>
    <message>
        <source>This project has no budget, planned cost or actual cost yet.</source>
        <translation>Ce projet n&apos;a pas encore de budget, de coût prévu ni de coût réel.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>the charter&apos;s budget</source>
        <translation>le budget de la charte</translation>
    </message>
    <message>
        <source>the plan now, at completion</source>
        <translation>le plan actuel, à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Réel à ce jour</translation>
    </message>
    <message>
        <source>{hours} logged, with expenses</source>
        <translation>{hours} saisies, dépenses comprises</translation>
    </message>
    <message>
        <source>Project expenses (no task)</source>
        <translation>Dépenses du projet (sans tâche)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Stakeholder notes</source>
        <translation>Notes sur les parties prenantes</translation>
    </message>
    <message>
        <source>No stakeholders are recorded for this project.</source>
        <translation>Aucune partie prenante n&apos;est enregistrée pour ce projet.</translation>
    </message>
    <message>
        <source>No interactions with stakeholders were logged in the last {days} days.</source>
        <translation>Aucun échange avec les parties prenantes n&apos;a été noté ces {days} derniers jours.</translation>
    </message>
    <message>
        <source>Engagement to raise</source>
        <translation>Engagement à renforcer</translation>
    </message>
    <message>
        <source>set by hand (derived: {health})</source>
        <translation>défini manuellement (déduit : {health})</translation>
    </message>
    <message>
        <source>, set by hand (the figures say {health})</source>
        <translation>, défini manuellement (selon les chiffres : {health})</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>Weeks of {first} to {last} · {weeks} · {people} · as of {today}</source>
        <translation>Semaines du {first} au {last} · {weeks} · {people} · au {today}</translation>
    </message>
    <message>
        <source>Nobody works in hours here yet: add people and assign them to tasks.</source>
        <translation>Personne ne travaille encore en heures ici : ajoutez des personnes et affectez-les à des tâches.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>over these weeks, all kinds</source>
        <translation>sur ces semaines, tous types</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>their calendars × hours a day</source>
        <translation>leurs calendriers × heures par jour</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>work as a share of capacity</source>
        <translation>travail en part de la capacité</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Au-delà de la capacité</translation>
    </message>
    <message>
        <source>{count} person-weeks</source>
        <translation>{count} semaines-personnes</translation>
    </message>
    <message>
        <source>{over} of {people}</source>
        <translation>{over} sur {people}</translation>
    </message>
    <message>
        <source>Each cell is a person&apos;s hours of work that week / their capacity; “!” marks a week over capacity. Work counts everything assigned to them, routines included, in every area and project.</source>
        <translation>Chaque cellule indique les heures de travail d&apos;une personne cette semaine / sa capacité ; « ! » signale une semaine au-delà de la capacité. Le travail compte tout ce qui lui est affecté, routines comprises, dans chaque domaine et projet.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Weeks of {first} to {last}</source>
        <translation>Semaines du {first} au {last}</translation>
    </message>
    <message>
        <source>Week {week}: {first} to {last} {year} · as of {today} · {people}</source>
        <translation>Semaine {week} : du {first} au {last} {year} · au {today} · {people}</translation>
    </message>
    <message>
        <source>Done this week</source>
        <translation>Terminé cette semaine</translation>
    </message>
    <message>
        <source>since {weekday}</source>
        <translation>depuis {weekday}</translation>
    </message>
    <message>
        <source>in a doing column, not overdue</source>
        <translation>dans une colonne en cours, pas en retard</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Workload against capacity</source>
        <translation>Charge par rapport à la capacité</translation>
    </message>
    <message>
        <source>Nobody is assigned to work here yet.</source>
        <translation>Personne n&apos;est encore affecté à du travail ici.</translation>
    </message>
    <message>
        <source>{count} person-weeks are over capacity, the first {name} in the week of {day} ({hours} over). Levelling on the dashboard proposes moves.</source>
        <translation>{count} semaines-personnes dépassent la capacité, la première pour {name} la semaine du {day} ({hours} de trop). Le nivellement du tableau de bord propose des déplacements.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>The team&apos;s hours a week by kind of work; the line is the team&apos;s capacity, hatched hours are over it.</source>
        <translation>Les heures hebdomadaires de l&apos;équipe par type de travail ; la ligne est la capacité de l&apos;équipe, les heures hachurées la dépassent.</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>{done} done, {doing} in progress, {overdue} overdue</source>
        <translation>{done} terminées, {doing} en cours, {overdue} en retard</translation>
    </message>
    <message>
        <source>Overdue, in progress</source>
        <translation>En retard, en cours</translation>
    </message>
    <message>
        <source>Area or project</source>
        <translation>Domaine ou projet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Nothing finished, in progress or overdue this week.</source>
        <translation>Rien de terminé, en cours ou en retard cette semaine.</translation>
    </message>
    <message>
        <source>Flow over the last {weeks} weeks</source>
        <translation>Flux des {weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>{count:.1f} a week</source>
        <translation>{count:.1f} par semaine</translation>
    </message>
    <message>
        <source>finished items, full weeks</source>
        <translation>éléments terminés, semaines complètes</translation>
    </message>
    <message>
        <source>Cycle time (85th %)</source>
        <translation>Temps de cycle (85e centile)</translation>
    </message>
    <message>
        <source>{days:.1f} days</source>
        <translation>{days:.1f} jours</translation>
    </message>
    <message>
        <source>median {days:.1f} days</source>
        <translation>médiane {days:.1f} jours</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours (WIP)</translation>
    </message>
    <message>
        <source>items in doing columns</source>
        <translation>éléments dans les colonnes en cours</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>of {count} finished with a due date</source>
        <translation>sur {count} terminés avec une échéance</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No flow targets are set for this scope (the dashboard sets them, for example “throughput ≥ 12 a week” or “85 % within 5 days”).</source>
        <translation>Aucun objectif de flux n&apos;est défini pour ce périmètre (le tableau de bord les définit, par exemple « throughput ≥ 12 a week » ou « 85 % within 5 days »).</translation>
    </message>
    <message>
        <source>Bottleneck: {reason}.</source>
        <translation>Goulot d&apos;étranglement : {reason}.</translation>
    </message>
    <message>
        <source>Items finished each week; the grey bar is this week so far.</source>
        <translation>Éléments terminés chaque semaine ; la barre grise est la semaine en cours jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Days from start to finish of each item finished, with the 50th, 85th and 95th percentiles.</source>
        <translation>Jours entre le début et la fin de chaque élément terminé, avec les 50e, 85e et 95e centiles.</translation>
    </message>
    <message>
        <source>What rules did</source>
        <translation>Ce que les règles ont fait</translation>
    </message>
    <message>
        <source>No rule acted this week.</source>
        <translation>Aucune règle n&apos;a agi cette semaine.</translation>
    </message>
    <message>
        <source>There are no rules (Edit ▸ Rules…).</source>
        <translation>Il n&apos;y a aucune règle (Édition ▸ Règles…).</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Ce qu&apos;elle a fait</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>terminée {day}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
</context>
</TS>
