<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>Put these people on the selected task(s), at these units:</source>
        <translation>
            <numerusform>Affecter ces personnes à la tâche sélectionnée, avec ces unités :</numerusform>
            <numerusform>Affecter ces personnes aux %n tâches sélectionnées, avec ces unités :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n labels into one. Every task that has any of them gets the one kept:</source>
        <translation>
            <numerusform>Fusionner %n étiquette en une seule. Chaque tâche qui en porte une reçoit celle conservée :</numerusform>
            <numerusform>Fusionner %n étiquettes en une seule. Chaque tâche qui en porte une reçoit celle conservée :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the label “{name}”? %n task(s) lose it.</source>
        <translation>
            <numerusform>Supprimer l’étiquette « {name} » ? %n tâche la perd.</numerusform>
            <numerusform>Supprimer l’étiquette « {name} » ? %n tâches la perdent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} labels? %n task(s) lose one or more of them.</source>
        <translation>
            <numerusform>Supprimer {count} étiquettes ? %n tâche en perd une ou plusieurs.</numerusform>
            <numerusform>Supprimer {count} étiquettes ? %n tâches en perdent une ou plusieurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
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
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s)</source>
        <translation>
            <numerusform>%n tâche copiée</numerusform>
            <numerusform>%n tâches copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the area “{name}” and its %n task(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le domaine « {name} » et sa tâche (%n) ? Vous pourrez l’annuler.</numerusform>
            <numerusform>Supprimer le domaine « {name} » et ses %n tâches ? Vous pourrez l’annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{name}” and its %n task(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le projet « {name} » et sa tâche (%n) ? Vous pourrez l’annuler.</numerusform>
            <numerusform>Supprimer le projet « {name} » et ses %n tâches ? Vous pourrez l’annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project has %n scenario(s) (they are not undone with it):</source>
        <translation>
            <numerusform>Le projet a %n scénario (il n’est pas annulé avec lui) :</numerusform>
            <numerusform>Le projet a %n scénarios (ils ne sont pas annulés avec lui) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation>
            <numerusform> jour ouvré plus tard</numerusform>
            <numerusform> jours ouvrés plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would have acted %n time(s):</source>
        <translation>
            <numerusform>Elle aurait agi %n fois :</numerusform>
            <numerusform>Elle aurait agi %n fois :</numerusform>
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
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Déplacer %n tâche</numerusform>
            <numerusform>Déplacer %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove them from %n task(s)</source>
        <translation>
            <numerusform>Retirer de %n tâche</numerusform>
            <numerusform>Retirer de %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is assigned to %n task(s). What happens to them?</source>
        <translation>
            <numerusform>{name} est affecté(e) à %n tâche. Que doit-elle devenir ?</numerusform>
            <numerusform>{name} est affecté(e) à %n tâches. Que doivent-elles devenir ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity on %n day(s)</source>
        <translation>
            <numerusform>{name} est en surcharge %n jour</numerusform>
            <numerusform>{name} est en surcharge %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity in %n week(s)</source>
        <translation>
            <numerusform>{name} est en surcharge %n semaine</numerusform>
            <numerusform>{name} est en surcharge %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is over capacity in %n month(s)</source>
        <translation>
            <numerusform>{name} est en surcharge %n mois</numerusform>
            <numerusform>{name} est en surcharge %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours}, logged %n time(s)</source>
        <translation>
            <numerusform>{hours}, saisi %n fois</numerusform>
            <numerusform>{hours}, saisi %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) differ</source>
        <translation>
            <numerusform>%n tâche diffère</numerusform>
            <numerusform>%n tâches diffèrent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>{name}&apos;s share of their working time here (at most {most})</source>
        <translation>Part du temps de travail de {name} ici (au plus {most})</translation>
    </message>
    <message>
        <source>+ Person</source>
        <translation>+ Personne</translation>
    </message>
    <message>
        <source>Click a name to set their share of time; × takes them off; + Person adds someone</source>
        <translation>Cliquez sur un nom pour fixer sa part de temps ; × la retire ; + Personne ajoute quelqu’un</translation>
    </message>
    <message>
        <source>Everyone is on it: add people in the People view</source>
        <translation>Tout le monde y est déjà : ajoutez des personnes dans la vue Personnes</translation>
    </message>
    <message>
        <source>{name}&apos;s share</source>
        <translation>Part de {name}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>{name}&apos;s share of their working time on this task, in % (at most {most}):</source>
        <translation>Part du temps de travail de {name} sur cette tâche, en % (au plus {most}) :</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Affecter des personnes</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>There is nobody to assign yet: add people first</source>
        <translation>Personne à affecter pour l’instant : ajoutez d’abord des personnes</translation>
    </message>
    <message>
        <source>There is no person {id} to assign</source>
        <translation>Il n’y a pas de personne {id} à affecter</translation>
    </message>
    <message>
        <source>The dropped people could not be read (not a JSON list of person ids)</source>
        <translation>Les personnes déposées n’ont pas pu être lues (pas une liste JSON d’identifiants de personnes)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Move the item to the previous day</source>
        <translation>Déplacer l’élément au jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Move the item to the next day</source>
        <translation>Déplacer l’élément au jour suivant</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Move the item to the previous week</source>
        <translation>Déplacer l’élément à la semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Move the item to the next week</source>
        <translation>Déplacer l’élément à la semaine suivante</translation>
    </message>
    <message>
        <source>Select the next item on the day</source>
        <translation>Sélectionner l’élément suivant du jour</translation>
    </message>
    <message>
        <source>Select the previous item on the day</source>
        <translation>Sélectionner l’élément précédent du jour</translation>
    </message>
    <message>
        <source>Open the item, or create a task on the day</source>
        <translation>Ouvrir l’élément, ou créer une tâche ce jour-là</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>Select an item first: arrows move between days, Alt+↑/↓ within one.</source>
        <translation>Sélectionnez d’abord un élément : les flèches changent de jour, Alt+↑/↓ au sein d’un jour.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show or hide the list of this period&apos;s items</source>
        <translation>Afficher ou masquer la liste des éléments de cette période</translation>
    </message>
    <message>
        <source>Create an area or a project first: every task belongs to one.</source>
        <translation>Créez d’abord un domaine ou un projet : chaque tâche appartient à l’un d’eux.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Due: </source>
        <translation>Échéance : </translation>
    </message>
    <message>
        <source>  · today</source>
        <translation>  · aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>{day}, due {time}</source>
        <translation>{day}, échéance {time}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, toute la journée</translation>
    </message>
    <message>
        <source>{start} to {finish}</source>
        <translation>{start} au {finish}</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>planned occurrence</source>
        <translation>occurrence prévue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Items in this period</source>
        <translation>Éléments de cette période</translation>
    </message>
    <message>
        <source>Open the item in the list</source>
        <translation>Ouvrir l’élément de la liste</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>échéance {time}</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no rows to paste</source>
        <translation>Le presse-papiers ne contient aucune ligne à coller</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>les lignes collées</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Affectée à</translation>
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
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Début au plus tôt</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Fin au plus tôt</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Début au plus tard</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation>Fin au plus tard</translation>
    </message>
    <message>
        <source>Total slack</source>
        <translation>Marge totale</translation>
    </message>
    <message>
        <source>Free slack</source>
        <translation>Marge libre</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation>Noms des ressources</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <source>Start variance</source>
        <translation>Écart de début</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Écart de fin</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>right after “{change}”</source>
        <translation>juste après « {change} »</translation>
    </message>
    <message>
        <source>The history this workspace keeps begins after {moment}.</source>
        <translation>L’historique que conserve cet espace de travail commence après {moment}.</translation>
    </message>
    <message>
        <source>Compare with a moment</source>
        <translation>Comparer avec un moment</translation>
    </message>
    <message>
        <source>Now against {moment}</source>
        <translation>Maintenant par rapport à {moment}</translation>
    </message>
    <message>
        <source>A moment of this workspace&apos;s history…</source>
        <translation>Un moment de l’historique de cet espace de travail…</translation>
    </message>
    <message>
        <source>A baseline…</source>
        <translation>Une référence…</translation>
    </message>
    <message>
        <source>Another workspace file…</source>
        <translation>Un autre fichier d’espace de travail…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare the plan now with:</source>
        <translation>Comparer le plan actuel avec :</translation>
    </message>
    <message>
        <source>Compare the plan now with the baseline:</source>
        <translation>Comparer le plan actuel avec la référence :</translation>
    </message>
    <message>
        <source>Now against the baseline {baseline}</source>
        <translation>Maintenant par rapport à la référence {baseline}</translation>
    </message>
    <message>
        <source>{file} cannot be compared: {why}</source>
        <translation>{file} ne peut pas être comparé : {why}</translation>
    </message>
    <message>
        <source>Now against {file}</source>
        <translation>Maintenant par rapport à {file}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Start then</source>
        <translation>Début avant</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Début maintenant</translation>
    </message>
    <message>
        <source>Start moved</source>
        <translation>Décalage du début</translation>
    </message>
    <message>
        <source>Finish then</source>
        <translation>Fin avant</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Fin maintenant</translation>
    </message>
    <message>
        <source>Finish moved</source>
        <translation>Décalage de la fin</translation>
    </message>
    <message>
        <source>Also changed</source>
        <translation>Autres modifications</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the comparison and take the ghost bars away</source>
        <translation>Fermer la comparaison et retirer les barres fantômes</translation>
    </message>
    <message>
        <source>Tasks added, removed and changed</source>
        <translation>Tâches ajoutées, supprimées et modifiées</translation>
    </message>
    <message>
        <source>{title} — {differ}</source>
        <translation>{title} — {differ}</translation>
    </message>
    <message>
        <source>{title} — no task differs</source>
        <translation>{title} — aucune tâche ne diffère</translation>
    </message>
    <message>
        <source>{project}: added</source>
        <translation>{project} : ajoutée</translation>
    </message>
    <message>
        <source>{project}: removed</source>
        <translation>{project} : supprimée</translation>
    </message>
    <message>
        <source>finish {then} → {now}</source>
        <translation>fin {then} → {now}</translation>
    </message>
    <message>
        <source>cost {then} → {now} ({delta})</source>
        <translation>coût {then} → {now} ({delta})</translation>
    </message>
    <message>
        <source>work {then} → {now} ({delta})</source>
        <translation>travail {then} → {now} ({delta})</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>That task is no longer in the plan</source>
        <translation>Cette tâche n’est plus dans le plan</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The backup could not be restored: </source>
        <translation>La sauvegarde n’a pas pu être restaurée : </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>une virgule</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>un point-virgule</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>Columns are separated by {separator}. Dates and numbers are read as this computer writes them ({date}, decimal “{point}”); ISO dates such as 2024-01-08 always work. Choose the field each column holds.</source>
        <translation>Les colonnes sont séparées par {separator}. Les dates et les nombres sont lus tels que cet ordinateur les écrit ({date}, séparateur décimal « {point} ») ; les dates ISO comme 2024-01-08 fonctionnent toujours. Choisissez le champ que contient chaque colonne.</translation>
    </message>
    <message>
        <source>The first row holds the columns&apos; titles</source>
        <translation>La première ligne contient les titres des colonnes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Choose the column that holds the tasks&apos; names (Name).</source>
        <translation>Choisissez la colonne qui contient les noms des tâches (Nom).</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <source>None</source>
        <translation>Aucune date</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>What finishing this task is worth, in points you choose (0–1000). The dashboard ranks open tasks by value points per effort point; 0 leaves the task out of that ranking.</source>
        <translation>Ce que vaut l’achèvement de cette tâche, en points de votre choix (0–1000). Le tableau de bord classe les tâches ouvertes par points de valeur par point d’effort ; 0 exclut la tâche de ce classement.</translation>
    </message>
    <message>
        <source>How big the task is, in points you choose, for ranking by value per effort; not hours (see Work)</source>
        <translation>La taille de la tâche, en points de votre choix, pour le classement par valeur par effort ; pas des heures (voir Travail)</translation>
    </message>
    <message>
        <source>Which of duration, work and people&apos;s units stays as it is when another changes (work = duration × units): fixed units changes the duration, fixed work the units, fixed duration the work</source>
        <translation>Laquelle de la durée, du travail et des unités des personnes reste inchangée quand une autre change (travail = durée × unités) : unités fixes change la durée, travail fixe les unités, durée fixe le travail</translation>
    </message>
    <message>
        <source>A date the task must start or finish on, before or after; as soon as possible has none</source>
        <translation>Une date à laquelle la tâche doit commencer ou finir, avant ou après ; « Dès que possible » n’en a pas</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>As late as possible</source>
        <translation>Le plus tard possible</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>Début au plus tôt le</translation>
    </message>
    <message>
        <source>Start no later than</source>
        <translation>Début au plus tard le</translation>
    </message>
    <message>
        <source>Finish no earlier than</source>
        <translation>Fin au plus tôt le</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>Fin au plus tard le</translation>
    </message>
    <message>
        <source>Must start on</source>
        <translation>Doit commencer le</translation>
    </message>
    <message>
        <source>Must finish on</source>
        <translation>Doit finir le</translation>
    </message>
    <message>
        <source>Fixed units</source>
        <translation>Unités fixes</translation>
    </message>
    <message>
        <source>Fixed work</source>
        <translation>Travail fixe</translation>
    </message>
    <message>
        <source>Fixed duration</source>
        <translation>Durée fixe</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>Aucune tâche sélectionnée</translation>
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
        <translation>Les heures de toutes les personnes sur la tâche, ensemble (un nombre seul compte en heures)</translation>
    </message>
    <message>
        <source>Effort-driven</source>
        <translation>Pilotée par l’effort</translation>
    </message>
    <message>
        <source>Adding or removing people keeps the work: the duration (or units) change</source>
        <translation>Ajouter ou retirer des personnes conserve le travail : la durée (ou les unités) change</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>Planifiée manuellement</translation>
    </message>
    <message>
        <source>Keep the dates as typed: links and constraints do not move this task</source>
        <translation>Garder les dates telles que saisies : liens et contraintes ne déplacent pas cette tâche</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Log the time you work on this task, from now until you stop the timer</source>
        <translation>Enregistrer le temps passé sur cette tâche, de maintenant jusqu’à l’arrêt du chronomètre</translation>
    </message>
    <message>
        <source>Add a checklist item and press Enter</source>
        <translation>Ajoutez un élément de liste et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Nouvel élément de liste</translation>
    </message>
    <message>
        <source>Predecessor…</source>
        <translation>Prédécesseur…</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Prédécesseur</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Add the chosen task as a predecessor</source>
        <translation>Ajouter la tâche choisie comme prédécesseur</translation>
    </message>
    <message>
        <source>Add predecessor</source>
        <translation>Ajouter un prédécesseur</translation>
    </message>
    <message>
        <source>Remove the selected predecessor</source>
        <translation>Retirer le prédécesseur sélectionné</translation>
    </message>
    <message>
        <source>Remove predecessor</source>
        <translation>Retirer le prédécesseur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
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
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>People and labels</source>
        <translation>Personnes et étiquettes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Plus de champs</translation>
    </message>
    <message>
        <source>Value and effort points, work, what stays fixed, constraints and calendar: most tasks can leave them alone</source>
        <translation>Points de valeur et d’effort, travail, ce qui reste fixe, contraintes et calendrier : la plupart des tâches peuvent s’en passer</translation>
    </message>
    <message>
        <source>Value points</source>
        <translation>Points de valeur</translation>
    </message>
    <message>
        <source>Effort points</source>
        <translation>Points d’effort</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Keep fixed</source>
        <translation>Reste fixe</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The working days and hours this task is scheduled in</source>
        <translation>Les jours et heures ouvrés dans lesquels cette tâche est planifiée</translation>
    </message>
    <message>
        <source>As its project ({name})</source>
        <translation>Comme son projet ({name})</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message>
        <source>Stop timer (running since {time})</source>
        <translation>Arrêter le chronomètre (en marche depuis {time})</translation>
    </message>
    <message>
        <source>Slack {slack}</source>
        <translation>Marge {slack}</translation>
    </message>
    <message>
        <source>on the critical path</source>
        <translation>sur le chemin critique</translation>
    </message>
    <message>
        <source>misses its deadline</source>
        <translation>manque son échéance</translation>
    </message>
    <message>
        <source>its constraint overrides a link</source>
        <translation>sa contrainte l’emporte sur un lien</translation>
    </message>
    <message>
        <source>Choose the predecessor from the list of tasks</source>
        <translation>Choisissez le prédécesseur dans la liste des tâches</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>in the window</source>
        <translation>dans la fenêtre</translation>
    </message>
    <message>
        <source>drawing the window</source>
        <translation>en dessinant la fenêtre</translation>
    </message>
    <message>
        <source>in the background</source>
        <translation>en arrière-plan</translation>
    </message>
    <message>
        <source>in the board</source>
        <translation>dans le tableau</translation>
    </message>
    <message>
        <source>drawing the board</source>
        <translation>en dessinant le tableau</translation>
    </message>
    <message>
        <source>in the calendar</source>
        <translation>dans le calendrier</translation>
    </message>
    <message>
        <source>drawing the calendar</source>
        <translation>en dessinant le calendrier</translation>
    </message>
    <message>
        <source>in the dashboard</source>
        <translation>dans le tableau de bord</translation>
    </message>
    <message>
        <source>drawing the dashboard</source>
        <translation>en dessinant le tableau de bord</translation>
    </message>
    <message>
        <source>in the Gantt chart</source>
        <translation>dans le diagramme de Gantt</translation>
    </message>
    <message>
        <source>drawing the Gantt chart</source>
        <translation>en dessinant le diagramme de Gantt</translation>
    </message>
    <message>
        <source>in the project view</source>
        <translation>dans la vue projet</translation>
    </message>
    <message>
        <source>drawing the project view</source>
        <translation>en dessinant la vue projet</translation>
    </message>
    <message>
        <source>in resource usage</source>
        <translation>dans la charge des ressources</translation>
    </message>
    <message>
        <source>drawing resource usage</source>
        <translation>en dessinant la charge des ressources</translation>
    </message>
    <message>
        <source>in the task list</source>
        <translation>dans la liste des tâches</translation>
    </message>
    <message>
        <source>drawing the task list</source>
        <translation>en dessinant la liste des tâches</translation>
    </message>
    <message>
        <source>the details are in {path}</source>
        <translation>les détails sont dans {path}</translation>
    </message>
    <message>
        <source>the details could not be logged ({problem})</source>
        <translation>les détails n’ont pas pu être journalisés ({problem})</translation>
    </message>
    <message>
        <source>Something went wrong {doing}; {details}.</source>
        <translation>Un problème est survenu {doing} ; {details}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as {example}</source>
        <translation>« {text} » n’est pas une date : écrivez-la sous la forme {example}</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Sans dates</translation>
    </message>
    <message>
        <source>Find tasks (Ctrl+F)</source>
        <translation>Rechercher des tâches (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: </source>
        <translation>Annulé : </translation>
    </message>
    <message>
        <source>Redone: </source>
        <translation>Rétabli : </translation>
    </message>
    <message>
        <source>Select a change to see what it did</source>
        <translation>Sélectionnez une modification pour voir ce qu’elle a fait</translation>
    </message>
    <message>
        <source>What the change did</source>
        <translation>Ce qu’a fait la modification</translation>
    </message>
    <message>
        <source>Changes by day</source>
        <translation>Modifications par jour</translation>
    </message>
    <message>
        <source>Show changes to</source>
        <translation>Afficher les modifications de</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>the task “{title}”</source>
        <translation>la tâche « {title} »</translation>
    </message>
    <message>
        <source>the project “{name}”</source>
        <translation>le projet « {name} »</translation>
    </message>
    <message>
        <source>the work of {name}</source>
        <translation>le travail de {name}</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>History unavailable: {problem}</source>
        <translation>Historique indisponible : {problem}</translation>
    </message>
    <message>
        <source>Show the Plan as It Was Then</source>
        <translation>Afficher le plan tel qu’il était alors</translation>
    </message>
    <message>
        <source>Compare Now With This Moment</source>
        <translation>Comparer le présent avec ce moment</translation>
    </message>
    <message>
        <source>Restore Its Tasks as They Were Before It</source>
        <translation>Restaurer ses tâches telles qu’avant cette modification</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} « {name} »</translation>
    </message>
    <message>
        <source>{what} created</source>
        <translation>{what} créé(e)</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>{what} supprimé(e)</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>livrable</translation>
    </message>
    <message>
        <source>success criterion</source>
        <translation>critère de succès</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>dépense</translation>
    </message>
    <message>
        <source>time entry</source>
        <translation>saisie de temps</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
</context>
<context>
    <name>LabelChips</name>
    <message>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <source>+ Label</source>
        <translation>+ Étiquette</translation>
    </message>
    <message>
        <source>Click × to take a label off; + Label to add one</source>
        <translation>Cliquez sur × pour retirer une étiquette ; + Étiquette pour en ajouter une</translation>
    </message>
    <message>
        <source>No other labels: Edit ▸ Labels… makes them</source>
        <translation>Aucune autre étiquette : Édition ▸ Étiquettes… en crée</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected labels into one: their tasks get the label kept</source>
        <translation>Fusionner les étiquettes sélectionnées en une seule : leurs tâches reçoivent celle conservée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Recolour labels</source>
        <translation>Recolorer les étiquettes</translation>
    </message>
    <message>
        <source>Merge labels</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Delete labels</source>
        <translation>Supprimer les étiquettes</translation>
    </message>
    <message>
        <source> You can undo this.</source>
        <translation> Vous pourrez l’annuler.</translation>
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
        <translation>Dates hors de {range}, que la planification ignore : {shown}. « Corriger » ramène chacune à la date la plus proche dans la plage.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>{name} is a GNOME Planner file, not a Planner workspace.

Import it into this workspace as a new project?</source>
        <translation>{name} est un fichier GNOME Planner, pas un espace de travail Planner.

L’importer dans cet espace de travail comme nouveau projet ?</translation>
    </message>
    <message>
        <source>Open a GNOME Planner file</source>
        <translation>Ouvrir un fichier GNOME Planner</translation>
    </message>
    <message>
        <source>The workspace could not be opened</source>
        <translation>L’espace de travail n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a plan from MS Project, GanttProject, GNOME Planner or a calendar (iCalendar)</source>
        <translation>Importer un plan depuis MS Project, GanttProject, GNOME Planner ou un calendrier (iCalendar)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a project for MS Project</source>
        <translation>Exporter un projet pour MS Project</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the Gantt chart when it is in front, otherwise a report, with a preview</source>
        <translation>Imprimer le diagramme de Gantt s’il est au premier plan, sinon un rapport, avec aperçu</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save a report as a PDF file</source>
        <translation>Enregistrer un rapport en fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make My Change Again</source>
        <translation>Refaire ma modification</translation>
    </message>
    <message>
        <source>Open &amp;Server Workspace…</source>
        <translation>Ouvrir un espace de travail du ser&amp;veur…</translation>
    </message>
    <message>
        <source>&amp;Publish to Server…</source>
        <translation>P&amp;ublier sur le serveur…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>New &amp;Task</source>
        <translation>Nouvelle &amp;tâche</translation>
    </message>
    <message>
        <source>New task below the selected one (Ctrl+N)</source>
        <translation>Nouvelle tâche sous celle sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;Subtask</source>
        <translation>Nouvelle &amp;sous-tâche</translation>
    </message>
    <message>
        <source>New subtask</source>
        <translation>Nouvelle sous-tâche</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indenter</translation>
    </message>
    <message>
        <source>Indent (Alt+Shift+→)</source>
        <translation>Indenter (Alt+Maj+→)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Désindenter</translation>
    </message>
    <message>
        <source>Outdent (Alt+Shift+←)</source>
        <translation>Désindenter (Alt+Maj+←)</translation>
    </message>
    <message>
        <source>&amp;Assign People…</source>
        <translation>Affecter des &amp;personnes…</translation>
    </message>
    <message>
        <source>Put people on the selected tasks (Alt+F10)</source>
        <translation>Affecter des personnes aux tâches sélectionnées (Alt+F10)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the tasks for a spreadsheet</source>
        <translation>Copier les tâches pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet as tasks</source>
        <translation>Coller des lignes d’un tableur comme tâches</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rech&amp;ercher</translation>
    </message>
    <message>
        <source>New &amp;Area…</source>
        <translation>Nouveau do&amp;maine…</translation>
    </message>
    <message>
        <source>&amp;Working Time…</source>
        <translation>Temps de tra&amp;vail…</translation>
    </message>
    <message>
        <source>Working days, hours, public holidays and days off</source>
        <translation>Jours ouvrés, horaires, jours fériés et jours de congé</translation>
    </message>
    <message>
        <source>New &amp;Project…</source>
        <translation>Nouveau pro&amp;jet…</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <source>Show Task &amp;Editor</source>
        <translation>Afficher l’&amp;éditeur de tâche</translation>
    </message>
    <message>
        <source>Show or hide the task editor</source>
        <translation>Afficher ou masquer l’éditeur de tâche</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>Éti&amp;quettes…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, merge and delete labels</source>
        <translation>Créer, renommer, recolorer, fusionner et supprimer des étiquettes</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Rè&amp;gles…</translation>
    </message>
    <message>
        <source>Rules that act on events and dates, their preview and log</source>
        <translation>Règles qui réagissent aux événements et aux dates, avec aperçu et journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>Lan&amp;gue (après redémarrage)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d’outils</translation>
    </message>
    <message>
        <source>Create an area or a project first: every task belongs to one.</source>
        <translation>Créez d’abord un domaine ou un projet : chaque tâche appartient à l’un d’eux.</translation>
    </message>
    <message>
        <source>Nothing was pasted: {reason}</source>
        <translation>Rien n’a été collé : {reason}</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>Name of the new area:</source>
        <translation>Nom du nouveau domaine :</translation>
    </message>
    <message>
        <source>Rename Area</source>
        <translation>Renommer le domaine</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete Area</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rules for This Area…</source>
        <translation>Règles de ce domaine…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Planner workspace (*.planner)</source>
        <translation>Espace de travail Planner (*.planner)</translation>
    </message>
    <message>
        <source>{path} already exists. Open it, or choose another name.</source>
        <translation>{path} existe déjà. Ouvrez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Planner workspace (*.planner);;All files (*)</source>
        <translation>Espace de travail Planner (*.planner);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} copie</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>La copie n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Saved a copy as {dest}</source>
        <translation>Copie enregistrée sous {dest}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Il n’y a pas encore de sauvegarde de cet espace de travail.</translation>
    </message>
    <message>
        <source>Replace this workspace with the backup taken at:</source>
        <translation>Remplacer cet espace de travail par la sauvegarde du :</translation>
    </message>
    <message>
        <source>Restored the backup taken at {choice} (Undo takes it back)</source>
        <translation>Sauvegarde du {choice} restaurée (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Le fichier n’a pas pu être importé</translation>
    </message>
    <message>
        <source>Import of {name} cancelled: nothing was changed</source>
        <translation>Import de {name} annulé : rien n’a été modifié</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no project to export: only projects go to MS Project files.</source>
        <translation>Aucun projet à exporter : seuls les projets vont dans les fichiers MS Project.</translation>
    </message>
    <message>
        <source>Export the project:</source>
        <translation>Exporter le projet :</translation>
    </message>
    <message>
        <source>Export to {name} cancelled: the file was not written</source>
        <translation>Export vers {name} annulé : le fichier n’a pas été écrit</translation>
    </message>
    <message>
        <source>The project could not be exported</source>
        <translation>Le projet n’a pas pu être exporté</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}</source>
        <translation>« {name} » exporté vers {path}</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Help for This &amp;View</source>
        <translation>Aide sur cette &amp;vue</translation>
    </message>
    <message>
        <source>Files not opened</source>
        <translation>Fichiers non ouverts</translation>
    </message>
    <message>
        <source>Planner cannot open {names}.

It opens: {known}.</source>
        <translation>Planner ne peut pas ouvrir {names}.

Il ouvre : {known}.</translation>
    </message>
    <message>
        <source>{path} was moved or deleted, so it cannot be opened.

Remove it from the recent list?</source>
        <translation>{path} a été déplacé ou supprimé et ne peut donc pas être ouvert.

Le retirer de la liste des fichiers récents ?</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>The new language applies when Planner starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Planner.</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Planner {version}&lt;/h3&gt;&lt;p&gt;Plan a team&apos;s ongoing work and its projects, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planner {version}&lt;/h3&gt;&lt;p&gt;Planifiez le travail courant d’une équipe et ses projets, hors ligne.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <source>Back to Now</source>
        <translation>Retour au présent</translation>
    </message>
    <message>
        <source>Show the plan as it is now again (Esc)</source>
        <translation>Afficher de nouveau le plan tel qu’il est maintenant (Échap)</translation>
    </message>
    <message>
        <source>Restore This Task</source>
        <translation>Restaurer cette tâche</translation>
    </message>
    <message>
        <source>Set the selected task back as it was here, as one change</source>
        <translation>Remettre la tâche sélectionnée dans l’état d’ici, en une seule modification</translation>
    </message>
    <message>
        <source>Restore This Project</source>
        <translation>Restaurer ce projet</translation>
    </message>
    <message>
        <source>Set every task of the selected task&apos;s project back as it was here, as one change</source>
        <translation>Remettre chaque tâche du projet de la tâche sélectionnée dans l’état d’ici, en une seule modification</translation>
    </message>
    <message>
        <source>Show the plan as it was</source>
        <translation>Afficher le plan tel qu’il était</translation>
    </message>
    <message>
        <source>As it was {moment} — read only</source>
        <translation>Tel qu’il était {moment} — lecture seule</translation>
    </message>
    <message>
        <source>As it was on {moment} — read only</source>
        <translation>Tel qu’il était le {moment} — lecture seule</translation>
    </message>
    <message>
        <source>{moment}: go Back to Now (Esc) to change the plan.</source>
        <translation>{moment} : choisissez « Retour au présent » (Échap) pour modifier le plan.</translation>
    </message>
    <message>
        <source>{file} — {moment} — Planner</source>
        <translation>{file} — {moment} — Planner</translation>
    </message>
    <message>
        <source>Select a task of the plan as it was first</source>
        <translation>Sélectionnez d’abord une tâche du plan tel qu’il était</translation>
    </message>
    <message>
        <source>That task belongs to no project</source>
        <translation>Cette tâche n’appartient à aucun projet</translation>
    </message>
    <message>
        <source>As it was at:</source>
        <translation>Tel qu’il était le :</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Right after the change:</source>
        <translation>Juste après la modification :</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>This workspace has kept no changes yet.</source>
        <translation>Cet espace de travail n’a encore conservé aucune modification.</translation>
    </message>
    <message>
        <source>the workspace is open only to read it</source>
        <translation>l’espace de travail est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>The history is unavailable: {problem}</source>
        <translation>L’historique est indisponible : {problem}</translation>
    </message>
    <message>
        <source>A workspace opened only to read it keeps no moments to show.</source>
        <translation>Un espace de travail ouvert en lecture seule ne conserve aucun moment à afficher.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>What the project delivers, in a few words</source>
        <translation>Ce que livre le projet, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Its start date</source>
        <translation>Sa date de début</translation>
    </message>
    <message>
        <source>Its finish date (scheduled backwards)</source>
        <translation>Sa date de fin (planification à rebours)</translation>
    </message>
    <message>
        <source>From its finish, tasks are as late as possible so the project ends on that date</source>
        <translation>À partir de la fin, les tâches sont placées au plus tard pour que le projet finisse à cette date</translation>
    </message>
    <message>
        <source>&amp;Schedule from</source>
        <translation>&amp;Planifier depuis</translation>
    </message>
    <message>
        <source>The workspace&apos;s ({name})</source>
        <translation>Celui de l’espace de travail ({name})</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>A person, or a name</source>
        <translation>Une personne, ou un nom</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Tem&amp;plate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Start with a &amp;charter: open its scope and objectives next</source>
        <translation>Commencer par une c&amp;harte : ouvrir ensuite son périmètre et ses objectifs</translation>
    </message>
    <message>
        <source>The finish is before today: the plan will be late from its first day.</source>
        <translation>La fin est avant aujourd’hui : le plan sera en retard dès son premier jour.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source> h/day</source>
        <translation> h/jour</translation>
    </message>
    <message>
        <source>Workspace calendar</source>
        <translation>Calendrier de l’espace de travail</translation>
    </message>
    <message>
        <source>Edit own calendar…</source>
        <translation>Modifier son calendrier…</translation>
    </message>
    <message>
        <source>Own calendar…</source>
        <translation>Calendrier propre…</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>{name} works {hours} hours on a working day of their calendar</source>
        <translation>{name} travaille {hours} heures par jour ouvré de son calendrier</translation>
    </message>
    <message>
        <source>Max units</source>
        <translation>Unités max.</translation>
    </message>
    <message>
        <source>The most they can be assigned at once</source>
        <translation>Le maximum qui peut lui être affecté à la fois</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Std. rate</source>
        <translation>Taux standard</translation>
    </message>
    <message>
        <source>Overtime rate</source>
        <translation>Taux heures sup.</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par utilisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Assigned tasks</source>
        <translation>Tâches affectées</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>A new person (Insert)</source>
        <translation>Une nouvelle personne (Inser)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected people (Delete)</source>
        <translation>Supprimer les personnes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>The selected person&apos;s own working time</source>
        <translation>Le temps de travail propre à la personne sélectionnée</translation>
    </message>
    <message>
        <source>No people yet: add one, or paste names</source>
        <translation>Aucune personne pour l’instant : ajoutez-en une ou collez des noms</translation>
    </message>
    <message>
        <source>Delete {people}</source>
        <translation>Supprimer {people}</translation>
    </message>
    <message>
        <source>Give their tasks to {name}</source>
        <translation>Confier ses tâches à {name}</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} heures</translation>
    </message>
    <message>
        <source>Their logged time ({hours}) stays, no longer under anyone&apos;s name.</source>
        <translation>Son temps saisi ({hours}) reste, sans être attribué à personne.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Working time of {name}</source>
        <translation>Temps de travail de {name}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Repeats</source>
        <translation>Se répète</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Tous les combien</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>Un jour</translation>
    </message>
    <message>
        <source>On a day of the month: the 10th, the last day</source>
        <translation>Un jour du mois : le 10, le dernier jour</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>A weekday</source>
        <translation>Un jour de semaine</translation>
    </message>
    <message>
        <source>On a weekday of the month: the second Tuesday, the last Friday</source>
        <translation>Un jour de semaine du mois : le deuxième mardi, le dernier vendredi</translation>
    </message>
    <message>
        <source>Which weekday of the month</source>
        <translation>Quel jour de semaine du mois</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termine</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>On</source>
        <comment>ends on a date</comment>
        <translation>Le</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Next one</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>On a fixed schedule</source>
        <translation>Selon un calendrier fixe</translation>
    </message>
    <message>
        <source>After the last one is done</source>
        <translation>Après l’achèvement de la précédente</translation>
    </message>
    <message>
        <source>When the next occurrence comes: on the rule&apos;s dates, or counted from when the last is done</source>
        <translation>Quand vient la prochaine occurrence : aux dates de la règle, ou comptée depuis l’achèvement de la précédente</translation>
    </message>
    <message>
        <source>No new one while the last is open</source>
        <translation>Pas de nouvelle tant que la précédente est ouverte</translation>
    </message>
    <message>
        <source>Move off non-working days</source>
        <translation>Éviter les jours non ouvrés</translation>
    </message>
    <message>
        <source>Create ahead</source>
        <translation>Créer à l’avance</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours à l’avance</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>La règle en mots</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>Prochaines occurrences</translation>
    </message>
    <message>
        <source>These fields cannot show every part of this rule; it is kept as written.</source>
        <translation>Ces champs ne peuvent pas montrer chaque partie de cette règle ; elle est conservée telle qu’écrite.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Show the rule as RFC 5545 text (RRULE), as calendar programs write it</source>
        <translation>Afficher la règle en texte RFC 5545 (RRULE), comme l’écrivent les agendas</translation>
    </message>
    <message>
        <source>Rule as RFC 5545 text</source>
        <translation>Règle en texte RFC 5545</translation>
    </message>
    <message>
        <source>FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Prochaines : </translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Chaque année</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
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
        <source>Whole team</source>
        <translation>Toute l’équipe</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l’espace de travail</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Projet : {name}</translation>
    </message>
    <message>
        <source>Area: {name}</source>
        <translation>Domaine : {name}</translation>
    </message>
    <message>
        <source>There is no project to report on yet.</source>
        <translation>Il n’y a pas encore de projet pour un rapport.</translation>
    </message>
    <message>
        <source>There is no project or area to report on yet.</source>
        <translation>Il n’y a pas encore de projet ni de domaine pour un rapport.</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Le rapport n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Le rapport n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Report to {name} cancelled: the file was not written</source>
        <translation>Rapport vers {name} annulé : le fichier n’a pas été écrit</translation>
    </message>
    <message>
        <source>Saved the {report} of {scope} ({pages}) as {path}</source>
        <translation>« {title} » de {scope} ({pages}) enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore as it was</source>
        <translation>Restaurer tel qu’avant</translation>
    </message>
    <message>
        <source>Nothing to restore: the tasks of that change did not exist before it</source>
        <translation>Rien à restaurer : les tâches de cette modification n’existaient pas avant elle</translation>
    </message>
    <message>
        <source>{what}: done (Undo takes it back).</source>
        <translation>{what} : fait (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Not put back: {notes}</source>
        <translation>Non restauré : {notes}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>moves to a column</source>
        <translation>passe dans une colonne</translation>
    </message>
    <message>
        <source>is completed</source>
        <translation>est achevée</translation>
    </message>
    <message>
        <source>is created</source>
        <translation>est créée</translation>
    </message>
    <message>
        <source>is created by a routine</source>
        <translation>est créée par une routine</translation>
    </message>
    <message>
        <source>becomes blocked</source>
        <translation>devient bloquée</translation>
    </message>
    <message>
        <source>is no longer blocked</source>
        <translation>n’est plus bloquée</translation>
    </message>
    <message>
        <source>gets a different assignee</source>
        <translation>change de personne affectée</translation>
    </message>
    <message>
        <source>gets its labels changed</source>
        <translation>voit ses étiquettes changer</translation>
    </message>
    <message>
        <source>is due, or overdue by some days</source>
        <translation>arrive à échéance, ou est en retard de quelques jours</translation>
    </message>
    <message>
        <source>is a milestone that slips past its baseline</source>
        <translation>est un jalon qui dépasse sa référence</translation>
    </message>
    <message>
        <source>create a follow-up task</source>
        <translation>créer une tâche de suivi</translation>
    </message>
    <message>
        <source>move it to a column</source>
        <translation>la déplacer dans une colonne</translation>
    </message>
    <message>
        <source>assign someone</source>
        <translation>affecter quelqu’un</translation>
    </message>
    <message>
        <source>set its priority</source>
        <translation>définir sa priorité</translation>
    </message>
    <message>
        <source>add a label</source>
        <translation>ajouter une étiquette</translation>
    </message>
    <message>
        <source>set its due date</source>
        <translation>définir son échéance</translation>
    </message>
    <message>
        <source>add a checklist</source>
        <translation>ajouter une liste de contrôle</translation>
    </message>
    <message>
        <source>put it at the top of the focus list</source>
        <translation>la placer en tête de la liste de focus</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>What the rule is for, e.g. “create social posts”</source>
        <translation>À quoi sert la règle, p. ex. « créer les publications sociales »</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>in the area {name}</source>
        <translation>dans le domaine {name}</translation>
    </message>
    <message>
        <source>in the project {name}</source>
        <translation>dans le projet {name}</translation>
    </message>
    <message>
        <source> days after its due date</source>
        <translation> jours après son échéance</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>toute étiquette</translation>
    </message>
    <message>
        <source>any priority</source>
        <translation>toute priorité</translation>
    </message>
    <message>
        <source>anyone or nobody</source>
        <translation>quelqu’un ou personne</translation>
    </message>
    <message>
        <source>any title</source>
        <translation>tout titre</translation>
    </message>
    <message>
        <source>Title of the task to create</source>
        <translation>Titre de la tâche à créer</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> jours ouvrés plus tard</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>The note, or the checklist&apos;s items separated by commas</source>
        <translation>La note, ou les éléments de la liste séparés par des virgules</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For tasks</source>
        <translation>Pour les tâches</translation>
    </message>
    <message>
        <source>When a task</source>
        <translation>Quand une tâche</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Only if labelled</source>
        <translation>Seulement avec l’étiquette</translation>
    </message>
    <message>
        <source>Only of</source>
        <translation>Seulement de priorité</translation>
    </message>
    <message>
        <source>Only if assigned to</source>
        <translation>Seulement si affectée à</translation>
    </message>
    <message>
        <source>Only if its title contains</source>
        <translation>Seulement si son titre contient</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Affectée à</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Preview the Last {days} Days</source>
        <translation>Aperçu des {days} derniers jours</translation>
    </message>
    <message>
        <source>Save Rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the rule would have done, before you turn it on</source>
        <translation>Ce que la règle aurait fait, avant de l’activer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Ce qu’elle a fait</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Cassée</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>This rule does nothing: </source>
        <translation>Cette règle ne fait rien : </translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>It would not have acted.</source>
        <translation>Elle n’aurait pas agi.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete the rule “{name}”? Its log stays. You can undo this.</source>
        <translation>Supprimer la règle « {name} » ? Son journal reste. Vous pourrez l’annuler.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scénarios</translation>
    </message>
    <message>
        <source>Discard its scenarios</source>
        <translation>Abandonner ses scénarios</translation>
    </message>
    <message>
        <source>Keep its scenarios</source>
        <translation>Conserver ses scénarios</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Compare with Live Plan</source>
        <translation>Comparer avec le plan réel</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Back to Live Plan</source>
        <translation>Retour au plan réel</translation>
    </message>
    <message>
        <source>Scenario “{name}” of {project}: edits stay in this scenario, the live plan is unchanged.</source>
        <translation>Scénario « {name} » de {project} : les modifications restent dans ce scénario, le plan réel est inchangé.</translation>
    </message>
    <message>
        <source>Plan in front</source>
        <translation>Plan affiché</translation>
    </message>
    <message>
        <source>Which plan every view shows: the live plan or a scenario</source>
        <translation>Le plan que montre chaque vue : le plan réel ou un scénario</translation>
    </message>
    <message>
        <source>&amp;New Scenario from Project…</source>
        <translation>&amp;Nouveau scénario à partir d’un projet…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Renommer le scénario…</translation>
    </message>
    <message>
        <source>&amp;Compare with Live Plan</source>
        <translation>&amp;Comparer avec le plan réel</translation>
    </message>
    <message>
        <source>&amp;Adopt into Live Plan…</source>
        <translation>&amp;Appliquer au plan réel…</translation>
    </message>
    <message>
        <source>&amp;Discard Scenario…</source>
        <translation>&amp;Supprimer le scénario…</translation>
    </message>
    <message>
        <source>Live plan</source>
        <translation>Plan réel</translation>
    </message>
    <message>
        <source>{name} ({project})</source>
        <translation>{name} ({project})</translation>
    </message>
    <message>
        <source>{file} — scenario “{name}” — Planner</source>
        <translation>{file} — scénario « {name} » — Planner</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>There is no project to copy.</source>
        <translation>Il n’y a aucun projet à copier.</translation>
    </message>
    <message>
        <source>Project to copy:</source>
        <translation>Projet à copier :</translation>
    </message>
    <message>
        <source>A name for this scenario of {project}:</source>
        <translation>Un nom pour ce scénario de {project} :</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Scenario “{name}” against the live plan</source>
        <translation>Scénario « {name} » par rapport au plan réel</translation>
    </message>
    <message>
        <source>Make the live plan of {project} what scenario “{name}” is (its tasks, dates, links and people)? This is one change you can undo.</source>
        <translation>Faire du plan réel de {project} ce qu’est le scénario « {name} » (ses tâches, dates, liens et personnes) ? C’est une seule modification, que vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Adopt Scenario</source>
        <translation>Appliquer le scénario</translation>
    </message>
    <message>
        <source>Keep the scenario</source>
        <translation>Conserver le scénario</translation>
    </message>
    <message>
        <source>Discard the scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>After adopting it:</source>
        <translation>Après l’application :</translation>
    </message>
    <message>
        <source>Discard scenario “{name}” and everything in it? This cannot be undone.</source>
        <translation>Supprimer le scénario « {name} » et tout son contenu ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Discard Scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Connected to the server again; the workspace is up to date.</source>
        <translation>De nouveau connecté au serveur ; l’espace de travail est à jour.</translation>
    </message>
    <message>
        <source>Open Server Workspace</source>
        <translation>Ouvrir un espace de travail du serveur</translation>
    </message>
    <message>
        <source>Keep the password for {url} in the system keyring, so it is not asked again?</source>
        <translation>Conserver le mot de passe de {url} dans le trousseau du système, pour qu’il ne soit plus demandé ?</translation>
    </message>
    <message>
        <source>The keyring could not keep it: {why}</source>
        <translation>Le trousseau n’a pas pu le conserver : {why}</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publier sur le serveur</translation>
    </message>
    <message>
        <source>This workspace is on a server already.</source>
        <translation>Cet espace de travail est déjà sur un serveur.</translation>
    </message>
    <message>
        <source>Published {name} to {url}: {count} tasks. Open it with File ▸ Open Server Workspace….</source>
        <translation>{name} publié sur {url} : {count} tâches. Ouvrez-le avec Fichier ▸ Ouvrir un espace de travail du serveur….</translation>
    </message>
    <message>
        <source>The workspace&apos;s database, as postgresql://user@host/database:</source>
        <translation>La base de données de l’espace de travail, sous la forme postgresql://utilisateur@serveur/base :</translation>
    </message>
    <message>
        <source>{url} is not a postgresql:// URL naming a database.</source>
        <translation>{url} n’est pas une URL postgresql:// désignant une base de données.</translation>
    </message>
    <message>
        <source>Password for {url} (empty if the server needs none):</source>
        <translation>Mot de passe pour {url} (vide si le serveur n’en demande pas) :</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>{who} changed “{name}”</source>
        <translation>{who} a modifié « {name} »</translation>
    </message>
    <message>
        <source>{who} changed “{name}” and {more}</source>
        <translation>{who} a modifié « {name} » et {more}</translation>
    </message>
    <message>
        <source>{who}: {label}</source>
        <translation>{who} : {label}</translation>
    </message>
    <message>
        <source>{text} · {ago}</source>
        <translation>{text} · {ago}</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Other people&apos;s changes</source>
        <translation>Modifications des autres</translation>
    </message>
    <message>
        <source>Reconnecting… read-only until the server is back</source>
        <translation>Reconnexion… lecture seule jusqu’au retour du serveur</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connected to {name}</source>
        <translation>Connecté à {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>The tasks as rows. Arrows move between cells; Ctrl+N adds a task below the selected one.</source>
        <translation>Les tâches en lignes. Les flèches passent d’une cellule à l’autre ; Ctrl+N ajoute une tâche sous celle sélectionnée.</translation>
    </message>
    <message>
        <source>The people and their roles, rates and load. Drag people onto Gantt bars or board cards.</source>
        <translation>Les personnes, leurs rôles, taux et charge. Faites glisser des personnes sur les barres du Gantt ou les cartes du tableau.</translation>
    </message>
    <message>
        <source>The tasks as cards in columns. Arrows move between cards, Enter opens one, Ctrl+←/→ moves it to another column and Ctrl+↑/↓ within its column.</source>
        <translation>Les tâches en cartes dans des colonnes. Les flèches passent d’une carte à l’autre, Entrée en ouvre une, Ctrl+←/→ la déplace vers une autre colonne et Ctrl+↑/↓ au sein de sa colonne.</translation>
    </message>
    <message>
        <source>Tasks on their days. Arrows move the selected day; Enter opens the task there (or creates one on an empty day); Delete deletes it; Ctrl+arrows move it by a day or a week.</source>
        <translation>Les tâches à leurs jours. Les flèches déplacent le jour sélectionné ; Entrée ouvre la tâche de ce jour (ou en crée une un jour vide) ; Suppr la supprime ; Ctrl+flèches la déplacent d’un jour ou d’une semaine.</translation>
    </message>
    <message>
        <source>The tasks as bars on a timeline. ↑/↓ move the selection; Alt+arrows move or stretch the bar; Ctrl+L links the selected tasks, or the one selected to a task you choose.</source>
        <translation>Les tâches en barres sur une frise chronologique. ↑/↓ déplacent la sélection ; Alt+flèches déplacent ou étirent la barre ; Ctrl+L lie les tâches sélectionnées, ou celle sélectionnée à une tâche de votre choix.</translation>
    </message>
    <message>
        <source>Each person&apos;s work by day or week, and where they are over-allocated.</source>
        <translation>Le travail de chaque personne par jour ou par semaine, et ses surcharges.</translation>
    </message>
    <message>
        <source>The project&apos;s figures and charts at a glance.</source>
        <translation>Les chiffres et graphiques du projet en un coup d’œil.</translation>
    </message>
    <message>
        <source>One project: its summary, milestones and risks.</source>
        <translation>Un projet : sa synthèse, ses jalons et ses risques.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>Aide ▸ Raccourcis clavier liste toutes les touches.</translation>
    </message>
    <message>
        <source>{view}: help</source>
        <translation>{view} : aide</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Smart lists</source>
        <translation>Listes intelligentes</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Areas · ongoing work</source>
        <translation>Domaines · travail courant</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Non planifiées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>milestone on {day}</source>
        <translation>jalon le {day}</translation>
    </message>
    <message>
        <source>{start} to {finish}</source>
        <translation>{start} au {finish}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>{percent} done</source>
        <translation>{percent} fait</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>finishes after its deadline {day}</source>
        <translation>finit après sa date limite du {day}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>after {tasks}</source>
        <translation>après {tasks}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>TaskTree</name>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement : {warning}</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Déplacer la tâche</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Citron vert</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Person / task</source>
        <translation>Personne / tâche</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
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
        <source>Hours per day, week or month</source>
        <translation>Heures par jour, semaine ou mois</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Charge des ressources</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Scroll to the period holding today</source>
        <translation>Faire défiler jusqu’à la période contenant aujourd’hui</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{people} · {first} to {last}</source>
        <translation>{people} · du {first} au {last}</translation>
    </message>
    <message>
        <source> · {over} over capacity</source>
        <translation> · {over} en surcharge</translation>
    </message>
    <message>
        <source>Hours of work in this period; Enter sets them, Esc cancels</source>
        <translation>Heures de travail sur cette période ; Entrée les fixe, Échap annule</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hours</source>
        <translation>« {text} » n’est pas un nombre d’heures</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Table</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Welcome to Planner</source>
        <translation>Bienvenue dans Planner</translation>
    </message>
    <message>
        <source>Plan your team&apos;s ongoing work and its projects in one place. Areas hold routine work that never ends; projects have a goal, a plan and a finish date.</source>
        <translation>Planifiez le travail courant de votre équipe et ses projets en un seul endroit. Les domaines contiennent le travail de routine sans fin ; les projets ont un objectif, un plan et une date de fin.</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>Ongoing work such as social media or monthly reporting</source>
        <translation>Travail courant, comme les réseaux sociaux ou le reporting mensuel</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Time-bound work with tasks, dates and milestones</source>
        <translation>Travail limité dans le temps, avec tâches, dates et jalons</translation>
    </message>
    <message>
        <source>Add your team</source>
        <translation>Ajouter votre équipe</translation>
    </message>
    <message>
        <source>The people who do the work, their hours, calendars and rates</source>
        <translation>Les personnes qui font le travail, leurs horaires, calendriers et taux</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Ouvrir l’espace de travail d’exemple</translation>
    </message>
    <message>
        <source>A marketing team&apos;s routines and a mobile app project</source>
        <translation>Les routines d’une équipe marketing et un projet d’application mobile</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>C&amp;omparer avec…</translation>
    </message>
    <message>
        <source>Compare the plan now with a moment of its history, a baseline or another workspace</source>
        <translation>Comparer le plan actuel avec un moment de son historique, une référence ou un autre espace de travail</translation>
    </message>
    <message>
        <source>Show the Plan as It &amp;Was…</source>
        <translation>&amp;Afficher le plan tel qu’il était…</translation>
    </message>
    <message>
        <source>Every view as the plan was at a moment of its history, read only</source>
        <translation>Chaque vue telle qu’était le plan à un moment de son historique, en lecture seule</translation>
    </message>
</context>
<context>
    <name>WorkingTime</name>
    <message>
        <source>Working time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Morning start</source>
        <translation>Début du matin</translation>
    </message>
    <message>
        <source>Morning end</source>
        <translation>Fin du matin</translation>
    </message>
    <message>
        <source>Afternoon start</source>
        <translation>Début de l’après-midi</translation>
    </message>
    <message>
        <source>Afternoon end</source>
        <translation>Fin de l’après-midi</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Jours de congé</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Jour de congé à ajouter</translation>
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
        <source>The whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>Working hours must end after they start</source>
        <translation>Les heures de travail doivent finir après leur début</translation>
    </message>
    <message>
        <source>The afternoon must start after the morning ends</source>
        <translation>L’après-midi doit commencer après la fin du matin</translation>
    </message>
    <message>
        <source>Choose at least one working day</source>
        <translation>Choisissez au moins un jour ouvré</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
</TS>
