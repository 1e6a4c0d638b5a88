<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>{name}: {hours:g} h is more than 24 hours a day over its %n working day(s) in that period</source>
        <translation>
            <numerusform>{name} : {hours:g} h, c&apos;est plus de 24 heures par jour sur son %n jour ouvré de cette période</numerusform>
            <numerusform>{name} : {hours:g} h, c&apos;est plus de 24 heures par jour sur ses %n jours ouvrés de cette période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on {days}</source>
        <translation>
            <numerusform>chaque semaine, le {days}</numerusform>
            <numerusform>toutes les %n semaines, le {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every {days}, every %n month(s)</source>
        <translation>
            <numerusform>chaque {days}, chaque mois</numerusform>
            <numerusform>chaque {days}, tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s) on the {days}</source>
        <translation>
            <numerusform>le {days} de chaque mois</numerusform>
            <numerusform>le {days} tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every {days} in {month}, every %n year(s)</source>
        <translation>
            <numerusform>chaque {days} en {month}, chaque année</numerusform>
            <numerusform>chaque {days} en {month}, tous les %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n fois</numerusform>
            <numerusform>, %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>chaque mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>chaque année</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous one is done</source>
        <translation>
            <numerusform>%n jour après l&apos;achèvement du précédent</numerusform>
            <numerusform>%n jours après l&apos;achèvement du précédent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the previous one is done</source>
        <translation>
            <numerusform>%n semaine après l&apos;achèvement du précédent</numerusform>
            <numerusform>%n semaines après l&apos;achèvement du précédent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the previous one is done</source>
        <translation>
            <numerusform>%n mois après l&apos;achèvement du précédent</numerusform>
            <numerusform>%n mois après l&apos;achèvement du précédent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the previous one is done</source>
        <translation>
            <numerusform>%n an après l&apos;achèvement du précédent</numerusform>
            <numerusform>%n ans après l&apos;achèvement du précédent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New %n people</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) later</source>
        <translation>
            <numerusform>%n jour ouvré plus tard</numerusform>
            <numerusform>%n jours ouvrés plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status changes in the last %n day(s)</source>
        <translation>
            <numerusform>les changements de statut du dernier jour</numerusform>
            <numerusform>les changements de statut des %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tasks created in the last %n day(s)</source>
        <translation>
            <numerusform>les tâches créées le dernier jour</numerusform>
            <numerusform>les tâches créées ces %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due dates in the last %n day(s) of work still open</source>
        <translation>
            <numerusform>les échéances du dernier jour pour le travail encore ouvert</numerusform>
            <numerusform>les échéances des %n derniers jours pour le travail encore ouvert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {kind} component(s) read</source>
        <translation>
            <numerusform>%n composant {kind} lu</numerusform>
            <numerusform>%n composants {kind} lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Save baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Move {count} cards</source>
        <translation>Déplacer {count} cartes</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Nouvelle colonne</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Déplacer la colonne</translation>
    </message>
    <message>
        <source>Bring dates into range</source>
        <translation>Ramener les dates dans la plage valide</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier : {kind}</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Supprimer : {kind}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Modifier : {fields}</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l&apos;affectation</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Affecter des personnes</translation>
    </message>
    <message>
        <source>Assign people to {count} tasks</source>
        <translation>Affecter des personnes à {count} tâches</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete {count} tasks</source>
        <translation>Supprimer {count} tâches</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Déplacer la tâche</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Augmenter le retrait</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Diminuer le retrait</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>Lier les tâches</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Set up workspace</source>
        <translation>Configurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Change working time</source>
        <translation>Modifier le temps de travail</translation>
    </message>
    <message>
        <source>Change person&apos;s calendar</source>
        <translation>Modifier le calendrier de la personne</translation>
    </message>
    <message>
        <source>{name}&apos;s calendar</source>
        <translation>Calendrier de {name}</translation>
    </message>
    <message>
        <source>Contour work</source>
        <translation>Profiler le travail</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>New project from template</source>
        <translation>Nouveau projet à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Merge labels</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Niveler les ressources</translation>
    </message>
    <message>
        <source>Delay “{title}”</source>
        <translation>Retarder «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Définir l&apos;objectif</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Create routine occurrences</source>
        <translation>Créer les occurrences de la routine</translation>
    </message>
    <message>
        <source>Move occurrence</source>
        <translation>Déplacer l&apos;occurrence</translation>
    </message>
    <message>
        <source>Skip occurrence</source>
        <translation>Sauter l&apos;occurrence</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Nouveau : {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Modifier : {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Supprimer : {noun}</translation>
    </message>
    <message>
        <source>Delete {count} records</source>
        <translation>Supprimer {count} entrées</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis la sauvegarde</translation>
    </message>
    <message>
        <source>Due-date rules</source>
        <translation>Règles d&apos;échéance</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>New rule “{name}”</source>
        <translation>Nouvelle règle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete rule “{name}”</source>
        <translation>Supprimer la règle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Paste 1 task</source>
        <translation>Coller 1 tâche</translation>
    </message>
    <message>
        <source>Paste {count} tasks</source>
        <translation>Coller {count} tâches</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Importer les jours fériés</translation>
    </message>
    <message>
        <source>New occurrences</source>
        <translation>Nouvelles occurrences</translation>
    </message>
    <message>
        <source> · rule: {names}</source>
        <translation> · règle : {names}</translation>
    </message>
    <message>
        <source> · rules: {names}</source>
        <translation> · règles : {names}</translation>
    </message>
    <message>
        <source>Date rules</source>
        <translation>Règles de date</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit predecessors</source>
        <translation>Modifier les prédécesseurs</translation>
    </message>
    <message>
        <source>Edit predecessors of ID {row}</source>
        <translation>Modifier les prédécesseurs de l&apos;ID {row}</translation>
    </message>
    <message>
        <source>Edit successors</source>
        <translation>Modifier les successeurs</translation>
    </message>
    <message>
        <source>Edit successors of ID {row}</source>
        <translation>Modifier les successeurs de l&apos;ID {row}</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>w</source>
        <comment>short unit of weeks</comment>
        <translation>sem</translation>
    </message>
    <message>
        <source>mo</source>
        <comment>short unit of months</comment>
        <translation>mois</translation>
    </message>
    <message>
        <source>m</source>
        <comment>short unit of minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <comment>short unit of hours</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <comment>short unit of days</comment>
        <translation>j</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{offline}. The change was not saved.</source>
        <translation>{offline}. La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{name}: the connection to the server was lost; read-only until it is back</source>
        <translation>{name} : la connexion au serveur est perdue ; lecture seule jusqu’à son retour</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this baseline</source>
        <translation>Il n&apos;existe pas de projet {project_id} pour cette référence</translation>
    </message>
    <message>
        <source>A baseline needs a name</source>
        <translation>Une référence doit avoir un nom</translation>
    </message>
    <message>
        <source>There is no project {project_id}</source>
        <translation>Il n&apos;existe pas de projet {project_id}</translation>
    </message>
    <message>
        <source>This project already has a baseline named “{name}”</source>
        <translation>Ce projet a déjà une référence nommée «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>There is no column {status_id}</source>
        <translation>Il n&apos;existe pas de colonne {status_id}</translation>
    </message>
    <message>
        <source>There is no card to move</source>
        <translation>Il n&apos;y a aucune carte à déplacer</translation>
    </message>
    <message>
        <source>There is no {kind} {ident} to move “{title}” to</source>
        <translation>Il n&apos;existe pas de {kind} {ident} où déplacer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>A column needs a name</source>
        <translation>Une colonne doit avoir un nom</translation>
    </message>
    <message>
        <source>{name}: a WIP limit cannot be negative</source>
        <translation>{name} : une limite d&apos;en-cours ne peut pas être négative</translation>
    </message>
    <message>
        <source>{shown} is outside the dates a plan can hold ({first:%Y-%m-%d} to {last:%Y-%m-%d})</source>
        <translation>{shown} est en dehors des dates qu&apos;un plan peut contenir (du {first:%d/%m/%Y} au {last:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>Calendar exception “{name}”</source>
        <translation>Exception de calendrier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>A calendar exception</source>
        <translation>Une exception de calendrier</translation>
    </message>
    <message>
        <source>{label}: “{freq}” is not a repetition (daily, weekly, monthly, yearly)</source>
        <translation>{label} : «&#xa0;{freq}&#xa0;» n&apos;est pas une répétition (quotidienne, hebdomadaire, mensuelle, annuelle)</translation>
    </message>
    <message>
        <source>{label}: it must repeat every 1 or more periods, not {interval}</source>
        <translation>{label} : la répétition doit se faire toutes les 1 périodes ou plus, pas {interval}</translation>
    </message>
    <message>
        <source>{label}: the number of occurrences must be at least 1</source>
        <translation>{label} : le nombre d&apos;occurrences doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>{label}: it ends ({until}) before it starts ({start})</source>
        <translation>{label} : la fin ({until}) précède le début ({start})</translation>
    </message>
    <message>
        <source>{label}: weekdays are 0 (Monday) to 6 (Sunday)</source>
        <translation>{label} : les jours de la semaine vont de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <source>{label}: day {day} of the month does not exist</source>
        <translation>{label} : le jour {day} du mois n&apos;existe pas</translation>
    </message>
    <message>
        <source>{label}: month {month} does not exist</source>
        <translation>{label} : le mois {month} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{label}: give the weekday and its position (1st…5th, or -1 for the last)</source>
        <translation>{label} : indiquez le jour de la semaine et sa position (1er…5e, ou -1 pour le dernier)</translation>
    </message>
    <message>
        <source>A calendar</source>
        <translation>Un calendrier</translation>
    </message>
    <message>
        <source>{label}: working times must be sorted, not overlap and stay within the day</source>
        <translation>{label} : les horaires de travail doivent être triés, ne pas se chevaucher et rester dans la journée</translation>
    </message>
    <message>
        <source>No public holidays are known for “{where}”: {error}</source>
        <translation>Aucun jour férié n&apos;est connu pour «&#xa0;{where}&#xa0;» : {error}</translation>
    </message>
    <message>
        <source>A {kind} needs a name</source>
        <translation>Nom manquant ({kind})</translation>
    </message>
    <message>
        <source>There is no {kind} {ident}</source>
        <translation>Il n&apos;existe pas de {kind} {ident}</translation>
    </message>
    <message>
        <source>There is no other person {heir} to give the tasks to</source>
        <translation>Il n&apos;existe pas d&apos;autre personne {heir} à qui confier les tâches</translation>
    </message>
    <message>
        <source>The last status cannot be deleted: every task needs one</source>
        <translation>Le dernier statut ne peut pas être supprimé : chaque tâche en a besoin d&apos;un</translation>
    </message>
    <message>
        <source>{name}: the target finish is before the start</source>
        <translation>{name} : la fin visée précède le début</translation>
    </message>
    <message>
        <source>There is no {kind} {ident} to add a task to</source>
        <translation>Il n&apos;existe pas de {kind} {ident} auquel ajouter une tâche</translation>
    </message>
    <message>
        <source>“{title}” is a summary task: assign people to its subtasks</source>
        <translation>«&#xa0;{title}&#xa0;» est une tâche récapitulative : affectez des personnes à ses sous-tâches</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>{names}: already on this task</source>
        <translation>{names} : déjà affecté(s) à cette tâche</translation>
    </message>
    <message>
        <source>{names}: already on these tasks</source>
        <translation>{names} : déjà affecté(s) à ces tâches</translation>
    </message>
    <message>
        <source>There is no task {task_id}</source>
        <translation>Il n&apos;existe pas de tâche {task_id}</translation>
    </message>
    <message>
        <source>A task needs a title</source>
        <translation>Une tâche doit avoir un titre</translation>
    </message>
    <message>
        <source>Task “{title}”</source>
        <translation>Tâche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a priority (0 low to 3 urgent)</source>
        <translation>{name} : {value!r} n&apos;est pas une priorité (0 basse à 3 urgente)</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not an amount</source>
        <translation>{name} : {value!r} n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>{name}: there is no person {person_id} to assign</source>
        <translation>{name} : il n&apos;existe pas de personne {person_id} à affecter</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a task type</source>
        <translation>{name} : {value!r} n&apos;est pas un type de tâche</translation>
    </message>
    <message>
        <source>{name}: there is no label {label_id}</source>
        <translation>{name} : il n&apos;existe pas d&apos;étiquette {label_id}</translation>
    </message>
    <message>
        <source>{name}: a fixed cost cannot be negative</source>
        <translation>{name} : un coût fixe ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{name}: {key} cannot be negative</source>
        <translation>{name} : {key} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{name}: percent complete must be between 0 and 100, not {percent}</source>
        <translation>{name} : le pourcentage d&apos;achèvement doit être compris entre 0 et 100, pas {percent}</translation>
    </message>
    <message>
        <source>{name}: a duration cannot be negative</source>
        <translation>{name} : une durée ne peut pas être négative</translation>
    </message>
    <message>
        <source>{name}: the finish ({finish:%Y-%m-%d}) is before the start ({start:%Y-%m-%d})</source>
        <translation>{name} : la fin ({finish:%d/%m/%Y}) précède le début ({start:%d/%m/%Y})</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name} : {exc}</translation>
    </message>
    <message>
        <source>{name}: {person} at {units}</source>
        <translation>{name} : {person} à {units}</translation>
    </message>
    <message>
        <source>{who} would do no work; unassign them instead</source>
        <translation>{who} ne ferait aucun travail ; retirez plutôt l&apos;affectation</translation>
    </message>
    <message>
        <source>{who} is over their maximum of {as_percent}</source>
        <translation>{who} dépasse son maximum de {as_percent}</translation>
    </message>
    <message>
        <source>{name}: there is no status {status_id}</source>
        <translation>{name} : il n&apos;existe pas de statut {status_id}</translation>
    </message>
    <message>
        <source>There is no task {missing}</source>
        <translation>Il n&apos;existe pas de tâche {missing}</translation>
    </message>
    <message>
        <source>“{title}” cannot become a subtask of itself or of its own subtask</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas devenir une sous-tâche d&apos;elle-même ni de sa propre sous-tâche</translation>
    </message>
    <message>
        <source>A task can be indented only under a task above it at the same level</source>
        <translation>Une tâche ne peut être mise en retrait que sous une tâche située au-dessus au même niveau</translation>
    </message>
    <message>
        <source>Only a subtask can be outdented</source>
        <translation>Seule une sous-tâche peut voir son retrait diminué</translation>
    </message>
    <message>
        <source>There is no task {tid} to link</source>
        <translation>Il n&apos;existe pas de tâche {tid} à lier</translation>
    </message>
    <message>
        <source>There is no link {dependency_id}</source>
        <translation>Il n&apos;existe pas de lien {dependency_id}</translation>
    </message>
    <message>
        <source>There is no link {dep_id}</source>
        <translation>Il n&apos;existe pas de lien {dep_id}</translation>
    </message>
    <message>
        <source>The working week needs at least one working day</source>
        <translation>La semaine de travail doit compter au moins un jour ouvré</translation>
    </message>
    <message>
        <source>There is no person {person_id}</source>
        <translation>Il n&apos;existe pas de personne {person_id}</translation>
    </message>
    <message>
        <source>{name}: the working week needs at least one working day</source>
        <translation>{name} : la semaine de travail doit compter au moins un jour ouvré</translation>
    </message>
    <message>
        <source>{name}: {who} is not assigned to it, so their work on it cannot be set</source>
        <translation>{name} : {who} n&apos;y est pas affecté(e), son travail ne peut donc pas être défini</translation>
    </message>
    <message>
        <source>{name}: work must be 0 hours or more, not {hours:g}</source>
        <translation>{name} : le travail doit être de 0 heure ou plus, pas {hours:g}</translation>
    </message>
    <message>
        <source>{name} has no dates of its own, so it has no work by day to set</source>
        <translation>{name} n&apos;a pas de dates propres, on ne peut donc pas définir de travail par jour</translation>
    </message>
    <message>
        <source>{name} has no working time from {first:%d %b %Y} to {last:%d %b %Y}</source>
        <translation>{name} n&apos;a aucun temps de travail du {first:%d/%m/%Y} au {last:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this expense</source>
        <translation>Il n&apos;existe pas de projet {project_id} pour cette dépense</translation>
    </message>
    <message>
        <source>Expense “{description}”</source>
        <translation>Dépense «&#xa0;{description}&#xa0;»</translation>
    </message>
    <message>
        <source>An expense</source>
        <translation>Une dépense</translation>
    </message>
    <message>
        <source>{what} needs a date</source>
        <translation>{what} doit avoir une date</translation>
    </message>
    <message>
        <source>{what}: {spent_on!r} is not a date</source>
        <translation>{what} : {spent_on!r} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{what}: {amount!r} is not an amount</source>
        <translation>{what} : {amount!r} n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>{what}: an amount cannot be negative ({amount:,.2f})</source>
        <translation>{what} : un montant ne peut pas être négatif ({amount:,.2f})</translation>
    </message>
    <message>
        <source>{what}: task {task_id} is not part of this project</source>
        <translation>{what} : la tâche {task_id} ne fait pas partie de ce projet</translation>
    </message>
    <message>
        <source>There is no task {task_id} to log time on</source>
        <translation>Il n&apos;existe pas de tâche {task_id} sur laquelle saisir du temps</translation>
    </message>
    <message>
        <source>Time on “{title}”: there is no person {person_id}</source>
        <translation>Temps sur «&#xa0;{title}&#xa0;» : il n&apos;existe pas de personne {person_id}</translation>
    </message>
    <message>
        <source>Time on “{title}” needs a date</source>
        <translation>Le temps sur «&#xa0;{title}&#xa0;» doit avoir une date</translation>
    </message>
    <message>
        <source>Time on “{title}”: hours cannot be negative</source>
        <translation>Temps sur «&#xa0;{title}&#xa0;» : les heures ne peuvent pas être négatives</translation>
    </message>
    <message>
        <source>Time on “{title}”: {value:g} hours is more than a day; log each day on its own</source>
        <translation>Temps sur «&#xa0;{title}&#xa0;» : {value:g} heures, c&apos;est plus d&apos;une journée ; saisissez chaque jour séparément</translation>
    </message>
    <message>
        <source>A timer already runs on “{title}”</source>
        <translation>Un chronomètre tourne déjà sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>That timer is not running</source>
        <translation>Ce chronomètre ne tourne pas</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write a number and a unit, such as 3d, 4h or 2w</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une durée : écrivez un nombre et une unité, par exemple 3d, 4h ou 2w</translation>
    </message>
    <message>
        <source>“{unit}” is not a unit of duration: use m, h, d, w or mo</source>
        <translation>«&#xa0;{unit}&#xa0;» n&apos;est pas une unité de durée : utilisez m, h, d, w ou mo</translation>
    </message>
    <message>
        <source>“{text}” is longer than a century of work</source>
        <translation>«&#xa0;{text}&#xa0;» dépasse un siècle de travail</translation>
    </message>
    <message>
        <source>There is no template {template_id}</source>
        <translation>Il n&apos;existe pas de modèle {template_id}</translation>
    </message>
    <message>
        <source>Template “{name}” is damaged: {exc}</source>
        <translation>Le modèle «&#xa0;{name}&#xa0;» est endommagé : {exc}</translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation>Une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>There is a label “{name}” already: choose another name, or merge them</source>
        <translation>Une étiquette «&#xa0;{name}&#xa0;» existe déjà : choisissez un autre nom ou fusionnez-les</translation>
    </message>
    <message>
        <source>There is no label {missing} to merge</source>
        <translation>Il n&apos;existe pas d&apos;étiquette {missing} à fusionner</translation>
    </message>
    <message>
        <source>The label kept must be one of those merged</source>
        <translation>L&apos;étiquette conservée doit faire partie de celles fusionnées</translation>
    </message>
    <message>
        <source>Choose two or more labels to merge</source>
        <translation>Choisissez au moins deux étiquettes à fusionner</translation>
    </message>
    <message>
        <source>There is no task {task_id} to delay</source>
        <translation>Il n&apos;existe pas de tâche {task_id} à retarder</translation>
    </message>
    <message>
        <source>“{title}” is fixed in time and cannot be delayed</source>
        <translation>«&#xa0;{title}&#xa0;» est fixée dans le temps et ne peut pas être retardée</translation>
    </message>
    <message>
        <source>“{item}” is not a link: write an ID, a type and a lag such as 3, 5SS or 7FS+2d</source>
        <translation>«&#xa0;{item}&#xa0;» n&apos;est pas un lien : écrivez un ID, un type et un décalage, par exemple 3, 5SS ou 7FS+2d</translation>
    </message>
    <message>
        <source>{where}a lag in % must be a whole number</source>
        <translation>{where}un décalage en % doit être un nombre entier</translation>
    </message>
    <message>
        <source>{where}a lag of more than {MAX_LAG_PERCENT:,} % is not possible</source>
        <translation>{where}un décalage de plus de {MAX_LAG_PERCENT:,} % n&apos;est pas possible</translation>
    </message>
    <message>
        <source>{where}“e{elapsed}” is not a unit of elapsed time: use em, eh, ed or ew</source>
        <translation>{where}«&#xa0;e{elapsed}&#xa0;» n&apos;est pas une unité de temps écoulé : utilisez em, eh, ed ou ew</translation>
    </message>
    <message>
        <source>{where}the lag is not right: {error}</source>
        <translation>{where}le décalage n&apos;est pas correct : {error}</translation>
    </message>
    <message>
        <source>There is no task with ID {row}</source>
        <translation>Il n&apos;existe pas de tâche d&apos;ID {row}</translation>
    </message>
    <message>
        <source>ID {row} is “{title}” itself: a task cannot follow itself</source>
        <translation>L&apos;ID {row} est «&#xa0;{title}&#xa0;» elle-même : une tâche ne peut pas se suivre elle-même</translation>
    </message>
    <message>
        <source>ID {row} is named twice: a task can be linked with another only once</source>
        <translation>L&apos;ID {row} est indiqué deux fois : une tâche ne peut être liée à une autre qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>There is no task {other} to link</source>
        <translation>Il n&apos;existe pas de tâche {other} à lier</translation>
    </message>
    <message>
        <source>“{title}” cannot depend on itself</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas dépendre d&apos;elle-même</translation>
    </message>
    <message>
        <source>“{title}” already depends on “{title2}”</source>
        <translation>«&#xa0;{title}&#xa0;» dépend déjà de «&#xa0;{title2}&#xa0;»</translation>
    </message>
    <message>
        <source>“{title}” and “{title2}” are a summary and its own subtask: they cannot be linked</source>
        <translation>«&#xa0;{title}&#xa0;» et «&#xa0;{title2}&#xa0;» sont une tâche récapitulative et sa propre sous-tâche : elles ne peuvent pas être liées</translation>
    </message>
    <message>
        <source>This link would close a loop: {names}</source>
        <translation>Ce lien fermerait une boucle : {names}</translation>
    </message>
    <message>
        <source>“{title}” cannot become a subtask of “{title2}”: it would close a loop: {names}</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas devenir une sous-tâche de «&#xa0;{title2}&#xa0;» : cela fermerait une boucle : {names}</translation>
    </message>
    <message>
        <source>“{title}” is linked with “{title2}” and cannot become its subtask</source>
        <translation>«&#xa0;{title}&#xa0;» est liée à «&#xa0;{title2}&#xa0;» et ne peut pas devenir sa sous-tâche</translation>
    </message>
    <message>
        <source>“{text}” is not a target; write for example “throughput ≥ 12”, “85 % within 5 days”, “WIP ≤ 8” or “on time ≥ 90 %”</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un objectif ; écrivez par exemple «&#xa0;throughput ≥ 12&#xa0;», «&#xa0;85 % within 5 days&#xa0;», «&#xa0;WIP ≤ 8&#xa0;» ou «&#xa0;on time ≥ 90 %&#xa0;»</translation>
    </message>
    <message>
        <source>“{metric}” is not a metric; choose one of {metrics}</source>
        <translation>«&#xa0;{metric}&#xa0;» n&apos;est pas un indicateur ; choisissez parmi : {metrics}</translation>
    </message>
    <message>
        <source>{metric}: a target of {value:g} is not possible</source>
        <translation>{metric} : un objectif de {value:g} n&apos;est pas possible</translation>
    </message>
    <message>
        <source>A share of {percentile:g} % is not possible (1–100 %)</source>
        <translation>Une part de {percentile:g} % n&apos;est pas possible (1–100 %)</translation>
    </message>
    <message>
        <source>On time: {value:g} % is more than all of them</source>
        <translation>Dans les délais : {value:g} %, c&apos;est plus que la totalité</translation>
    </message>
    <message>
        <source>There is no area {area_id}</source>
        <translation>Il n&apos;existe pas de domaine {area_id}</translation>
    </message>
    <message>
        <source>There is no target {target_id}</source>
        <translation>Il n&apos;existe pas d&apos;objectif {target_id}</translation>
    </message>
    <message>
        <source>A project needs a name</source>
        <translation>Un projet doit avoir un nom</translation>
    </message>
    <message>
        <source>There is already a project named “{name}”: choose another name</source>
        <translation>Un projet nommé «&#xa0;{name}&#xa0;» existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <source>{name}: there is no calendar {calendar_id}</source>
        <translation>{name} : il n&apos;existe pas de calendrier {calendar_id}</translation>
    </message>
    <message>
        <source>{name}: there is no template {template_id}</source>
        <translation>{name} : il n&apos;existe pas de modèle {template_id}</translation>
    </message>
    <message>
        <source>{name}: a project scheduled from its finish needs that date</source>
        <translation>{name} : un projet planifié à partir de sa fin a besoin de cette date</translation>
    </message>
    <message>
        <source>{name}: a project scheduled from its start needs that date</source>
        <translation>{name} : un projet planifié à partir de son début a besoin de cette date</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Une personne doit avoir un nom</translation>
    </message>
    <message>
        <source>{name}: a capacity of {hours:g} hours a day is impossible (more than 0, at most 24)</source>
        <translation>{name} : une capacité de {hours:g} heures par jour est impossible (plus de 0, 24 au maximum)</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>un taux horaire</translation>
    </message>
    <message>
        <source>an overtime rate</source>
        <translation>un taux d&apos;heures supplémentaires</translation>
    </message>
    <message>
        <source>a cost per use</source>
        <translation>un coût par utilisation</translation>
    </message>
    <message>
        <source>{name}: {label} cannot be negative</source>
        <translation>{name} : {label} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{name}: max units of {units:.0%} are impossible (more than 0 %, at most 1000 %)</source>
        <translation>{name} : des unités max. de {units:.0%} sont impossibles (plus de 0 %, 1000 % au maximum)</translation>
    </message>
    <message>
        <source>{name}: {kind!r} is not a resource type (work, material or cost)</source>
        <translation>{name} : {kind!r} n&apos;est pas un type de ressource (travail, matériel ou coût)</translation>
    </message>
    <message>
        <source>{name}: there is already a person of that name</source>
        <translation>{name} : une personne porte déjà ce nom</translation>
    </message>
    <message>
        <source>Line {number}: {column} {cell!r} is not a number</source>
        <translation>Ligne {number} : {column} {cell!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Deliverable “{name}”</source>
        <translation>Livrable «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>an acceptance status</source>
        <translation>un statut d&apos;acceptation valide</translation>
    </message>
    <message>
        <source>Criterion “{name}”</source>
        <translation>Critère «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>a criterion status</source>
        <translation>un statut de critère valide</translation>
    </message>
    <message>
        <source>There is no project {project_id} for this {noun}</source>
        <translation>Il n&apos;existe pas de projet {project_id} pour cette entrée ({noun})</translation>
    </message>
    <message>
        <source>A {noun} needs a name</source>
        <translation>Nom manquant ({noun})</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not {noun} ({choices})</source>
        <translation>{what} : {value!r} n&apos;est pas {noun} ({choices})</translation>
    </message>
    <message>
        <source>{what}: task {tid} is not part of this project</source>
        <translation>{what} : la tâche {tid} ne fait pas partie de ce projet</translation>
    </message>
    <message>
        <source>“{item}” in the rule “{text}” is not NAME=VALUE</source>
        <translation>«&#xa0;{item}&#xa0;» dans la règle «&#xa0;{text}&#xa0;» n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>A routine</source>
        <translation>Une routine</translation>
    </message>
    <message>
        <source>{what}: the rule “{text}” says nothing about how often (FREQ)</source>
        <translation>{what} : la règle «&#xa0;{text}&#xa0;» ne dit pas à quelle fréquence (FREQ)</translation>
    </message>
    <message>
        <source>{what}: the {title} calendar (RSCALE) is not supported</source>
        <translation>{what} : le calendrier {title} (RSCALE) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>{what}: a routine repeats daily, weekly, monthly or yearly, not {lower}</source>
        <translation>{what} : une routine se répète chaque jour, semaine, mois ou année, pas {lower}</translation>
    </message>
    <message>
        <source>{what}: an interval of {interval} is not between 1 and {MAX_INTERVAL}</source>
        <translation>{what} : un intervalle de {interval} n&apos;est pas compris entre 1 et {MAX_INTERVAL}</translation>
    </message>
    <message>
        <source>{what}: the rule “{text}” cannot be read ({error})</source>
        <translation>{what} : la règle «&#xa0;{text}&#xa0;» est illisible ({error})</translation>
    </message>
    <message>
        <source>{name}: “{value}” is not schedule or completion</source>
        <translation>{name} : «&#xa0;{value}&#xa0;» n&apos;est ni le planning ni l&apos;achèvement</translation>
    </message>
    <message>
        <source>{name}: occurrences can be created 0 to {MAX_HORIZON} days ahead, not {horizon}</source>
        <translation>{name} : les occurrences peuvent être créées de 0 à {MAX_HORIZON} jours à l&apos;avance, pas {horizon}</translation>
    </message>
    <message>
        <source>{name}: an occurrence moves to a date and time, not {moved!r}</source>
        <translation>{name} : une occurrence se déplace vers une date et une heure, pas vers {moved!r}</translation>
    </message>
    <message>
        <source>There is no routine {routine_id}</source>
        <translation>Il n&apos;existe pas de routine {routine_id}</translation>
    </message>
    <message>
        <source>A {noun} needs {exc}</source>
        <translation>{noun} : {exc} manquant</translation>
    </message>
    <message>
        <source>There is no {noun} {ident}</source>
        <translation>Il n&apos;existe pas de {noun} {ident}</translation>
    </message>
    <message>
        <source>There is no person named “{name}”: add them to the people first</source>
        <translation>Il n&apos;existe pas de personne nommée «&#xa0;{name}&#xa0;» : ajoutez-la d&apos;abord aux personnes</translation>
    </message>
    <message>
        <source>{count} people are named “{name}”: assign one of them in the editor</source>
        <translation>{count} personnes s&apos;appellent «&#xa0;{name}&#xa0;» : affectez l&apos;une d&apos;elles dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>“{item}”: {name} cannot be assigned at 0 %</source>
        <translation>«&#xa0;{item}&#xa0;» : {name} ne peut pas être affecté(e) à 0 %</translation>
    </message>
    <message>
        <source>“{item}”: {name} can be assigned at most {value:g} % (their max units)</source>
        <translation>«&#xa0;{item}&#xa0;» : {name} peut être affecté(e) à {value:g} % au plus (ses unités max.)</translation>
    </message>
    <message>
        <source>{name} is named twice</source>
        <translation>{name} est indiqué deux fois</translation>
    </message>
    <message>
        <source>“{item}”: “{text}” is not units: write a percentage such as [50%]</source>
        <translation>«&#xa0;{item}&#xa0;» : «&#xa0;{text}&#xa0;» n&apos;est pas une quantité d&apos;unités : écrivez un pourcentage tel que [50%]</translation>
    </message>
    <message>
        <source>Risk “{name}”</source>
        <translation>Risque «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{what}: {name} must be a whole number from 1 to 5, not {value!r}</source>
        <translation>{what} : {name} doit être un nombre entier de 1 à 5, pas {value!r}</translation>
    </message>
    <message>
        <source>{what}: {name} must be from 1 to 5, not {value}</source>
        <translation>{what} : {name} doit être compris entre 1 et 5, pas {value}</translation>
    </message>
    <message>
        <source>a response</source>
        <translation>une réponse valide</translation>
    </message>
    <message>
        <source>a risk status</source>
        <translation>un statut de risque valide</translation>
    </message>
    <message>
        <source>A rule needs a name</source>
        <translation>Une règle doit avoir un nom</translation>
    </message>
    <message>
        <source>Rule “{name}”: {event!r} is not a trigger</source>
        <translation>Règle «&#xa0;{name}&#xa0;» : {event!r} n&apos;est pas un déclencheur</translation>
    </message>
    <message>
        <source>Rule “{name}”: “moves to” needs a column</source>
        <translation>Règle «&#xa0;{name}&#xa0;» : «&#xa0;passe à&#xa0;» nécessite une colonne</translation>
    </message>
    <message>
        <source>Rule “{name}”: a due trigger counts days after the due date, not before</source>
        <translation>Règle «&#xa0;{name}&#xa0;» : un déclencheur d&apos;échéance compte les jours après l&apos;échéance, pas avant</translation>
    </message>
    <message>
        <source>Rule “{name}” needs at least one action</source>
        <translation>La règle «&#xa0;{name}&#xa0;» doit avoir au moins une action</translation>
    </message>
    <message>
        <source>Rule “{name}”: {action!r} is not an action</source>
        <translation>Règle «&#xa0;{name}&#xa0;» : {action!r} n&apos;est pas une action</translation>
    </message>
    <message>
        <source>Rule “{name}”: a task it creates needs a title</source>
        <translation>Règle «&#xa0;{name}&#xa0;» : une tâche qu&apos;elle crée doit avoir un titre</translation>
    </message>
    <message>
        <source>There is no rule {rule_id}</source>
        <translation>Il n&apos;existe pas de règle {rule_id}</translation>
    </message>
    <message>
        <source>These tasks wait for each other in a loop (links and summary tasks): {text}</source>
        <translation>Ces tâches s&apos;attendent mutuellement en boucle (liens et tâches récapitulatives) : {text}</translation>
    </message>
    <message>
        <source>Stakeholder “{name}”</source>
        <translation>Partie prenante «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>an engagement level</source>
        <translation>un niveau d&apos;engagement valide</translation>
    </message>
    <message>
        <source>There is no stakeholder {stakeholder_id} for this interaction</source>
        <translation>Il n&apos;existe pas de partie prenante {stakeholder_id} pour cet échange</translation>
    </message>
    <message>
        <source>An interaction needs a date</source>
        <translation>Un échange doit avoir une date</translation>
    </message>
    <message>
        <source>An interaction needs a summary of what was said</source>
        <translation>Un échange doit avoir un résumé de ce qui a été dit</translation>
    </message>
    <message>
        <source>no duration holds {value:g} h of work: give the task a duration first</source>
        <translation>aucune durée ne contient {value:g} h de travail : donnez d&apos;abord une durée à la tâche</translation>
    </message>
    <message>
        <source>A template needs a name</source>
        <translation>Un modèle doit avoir un nom</translation>
    </message>
    <message>
        <source>Template “{name}” was made by a newer version of Planner</source>
        <translation>Le modèle «&#xa0;{name}&#xa0;» a été créé par une version plus récente de Planner</translation>
    </message>
    <message>
        <source>This is not a Planner template: {exc}</source>
        <translation>Ce n&apos;est pas un modèle Planner : {exc}</translation>
    </message>
    <message>
        <source>This is not a Planner template: it has no list of tasks</source>
        <translation>Ce n&apos;est pas un modèle Planner : il ne contient pas de liste de tâches</translation>
    </message>
    <message>
        <source>“{text}” is not a WBS code mask: write a prefix, then one segment per level such as .9 or .AA (9 digits, A upper-case letters, a lower-case letters, * any)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un masque de code WBS : écrivez un préfixe, puis un segment par niveau tel que .9 ou .AA (9 chiffres, A majuscules, a minuscules, * n&apos;importe quoi)</translation>
    </message>
    <message>
        <source>{path}: the file exists already</source>
        <translation>{path} : le fichier existe déjà</translation>
    </message>
    <message>
        <source>{path}: the workspace could not be written ({sqlite_reason})</source>
        <translation>{path} : l&apos;espace de travail n&apos;a pas pu être écrit ({sqlite_reason})</translation>
    </message>
    <message>
        <source>“{name}” belongs to a plan that is not in front: put it in front to change it.</source>
        <translation>«&#xa0;{name}&#xa0;» appartient à un plan qui n&apos;est pas au premier plan : mettez-le au premier plan pour le modifier.</translation>
    </message>
    <message>
        <source>To remove the scenario in front, use Scenarios ▸ Discard Scenario…</source>
        <translation>Pour supprimer le scénario au premier plan, utilisez Scénarios ▸ Abandonner le scénario…</translation>
    </message>
    <message>
        <source>A scenario is in front, and its edits stay in it: “{name}” belongs to the live plan. Go back to the live plan to change it.</source>
        <translation>Un scénario est au premier plan et ses modifications y restent : «&#xa0;{name}&#xa0;» appartient au plan réel. Revenez au plan réel pour le modifier.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>“{change}” was made in another plan: put it in front to undo it</source>
        <translation>«&#xa0;{change}&#xa0;» a été fait dans un autre plan : mettez-le au premier plan pour l&apos;annuler</translation>
    </message>
    <message>
        <source>The change could not be saved to {name}: {sqlite_reason}</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans {name} : {sqlite_reason}</translation>
    </message>
    <message>
        <source>{path}: opened only to read it, so it cannot be changed</source>
        <translation>{path} : ouvert en lecture seule, il ne peut donc pas être modifié</translation>
    </message>
    <message>
        <source>“{label}”: its {field} {problem}</source>
        <translation>«&#xa0;{label}&#xa0;» : {field} {problem}</translation>
    </message>
    <message>
        <source>“{label}”: its {field} {date}</source>
        <translation>«&#xa0;{label}&#xa0;» : {field} {date}</translation>
    </message>
    <message>
        <source>There is no scenario {id} in this workspace</source>
        <translation>Il n&apos;existe pas de scénario {id} dans cet espace de travail</translation>
    </message>
    <message>
        <source>There is no project {id}</source>
        <translation>Il n&apos;existe pas de projet {id}</translation>
    </message>
    <message>
        <source>“{name}” is a scenario: make a new scenario from the live plan</source>
        <translation>«&#xa0;{name}&#xa0;» est un scénario : créez un nouveau scénario à partir du plan réel</translation>
    </message>
    <message>
        <source>A scenario needs a name</source>
        <translation>Un scénario doit avoir un nom</translation>
    </message>
    <message>
        <source>The live project of scenario “{name}” is gone</source>
        <translation>Le projet réel du scénario «&#xa0;{name}&#xa0;» n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>area id</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>tâche parente</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>status id</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
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
        <source>percent complete</source>
        <translation>pourcentage d&apos;achèvement</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>planification manuelle</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>constraint date</source>
        <translation>date de contrainte</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>récurrence</translation>
    </message>
    <message>
        <source>repeat from</source>
        <translation>répéter à partir de</translation>
    </message>
    <message>
        <source>skip if open</source>
        <translation>ignorer si ouverte</translation>
    </message>
    <message>
        <source>shift to workday</source>
        <translation>décaler sur un jour ouvré</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>routine id</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>occurrence</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>calendar id</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>created</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>started</source>
        <translation>date de démarrage</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>date d&apos;achèvement</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>affectations</translation>
    </message>
    <message>
        <source>contours</source>
        <translation>profils de travail</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>board rank</source>
        <translation>rang sur le tableau</translation>
    </message>
    <message>
        <source>fixed cost</source>
        <translation>coût fixe</translation>
    </message>
    <message>
        <source>task type</source>
        <translation>type de tâche</translation>
    </message>
    <message>
        <source>effort driven</source>
        <translation>pilotée par l&apos;effort</translation>
    </message>
    <message>
        <source>recurrence exceptions</source>
        <translation>exceptions de récurrence</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>valeurs conservées</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>{column} holds {count} items, over its limit of {limit}</source>
        <translation>{column} contient {count} éléments, au-delà de sa limite de {limit}</translation>
    </message>
    <message>
        <source>work waits longest in {column}: {days:.1f} days on average</source>
        <translation>le travail attend le plus longtemps dans {column} : {days:.1f} jours en moyenne</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>Achèvement dans les délais</translation>
    </message>
    <message>
        <source>Throughput ≥ {value} a week</source>
        <translation>Débit ≥ {value} par semaine</translation>
    </message>
    <message>
        <source>{percentile:g} % within {value} days (cycle time)</source>
        <translation>{percentile:g} % en {value} jours au plus (temps de cycle)</translation>
    </message>
    <message>
        <source>{percentile:g} % within {value} days (lead time)</source>
        <translation>{percentile:g} % en {value} jours au plus (délai de livraison)</translation>
    </message>
    <message>
        <source>Work in progress ≤ {value}</source>
        <translation>Travail en cours ≤ {value}</translation>
    </message>
    <message>
        <source>On time ≥ {value} %</source>
        <translation>Dans les délais ≥ {value} %</translation>
    </message>
    <message>
        <source>{name}: {actual:.1f} a week</source>
        <translation>{name} : {actual:.1f} par semaine</translation>
    </message>
    <message>
        <source>{name}: no data</source>
        <translation>{name} : aucune donnée</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} % are</source>
        <translation>{name} : {actual:.0f} % y parviennent</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} now</source>
        <translation>{name} : {actual:.0f} actuellement</translation>
    </message>
    <message>
        <source>{name}: {actual:.0f} %</source>
        <translation>{name} : {actual:.0f} %</translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>chemin critique</translation>
    </message>
    <message>
        <source>{days:.1f} days of slack</source>
        <translation>{days:.1f} jours de marge</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{priority} priority</source>
        <translation>priorité {priority}</translation>
    </message>
    <message>
        <source>value {value}, effort {effort}</source>
        <translation>valeur {value}, effort {effort}</translation>
    </message>
    <message>
        <source>waits for “{title}”</source>
        <translation>attend «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>WIP limit of {limit} reached: finish something first</source>
        <translation>limite d&apos;en-cours de {limit} atteinte : terminez d&apos;abord quelque chose</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>schedule index {index:.2f} is below {limit}</source>
        <translation>l&apos;indice de délai {index:.2f} est inférieur à {limit}</translation>
    </message>
    <message>
        <source>cost index {index:.2f} is below {limit}</source>
        <translation>l&apos;indice de coût {index:.2f} est inférieur à {limit}</translation>
    </message>
    <message>
        <source>the forecast finish is {days:g} working days after the target finish</source>
        <translation>la fin prévue intervient {days:g} jours ouvrés après la fin visée</translation>
    </message>
    <message>
        <source>schedule and cost are within 5 % of plan</source>
        <translation>délais et coûts sont à moins de 5 % du plan</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>There is no {kind} {ident} to paste tasks into</source>
        <translation>Il n&apos;existe pas de {kind} {ident} où coller des tâches</translation>
    </message>
    <message>
        <source>{name}: {value:,.0f} MB is more than the {value2:,.0f} MB an import reads</source>
        <translation>{name} : {value:,.0f} Mo, c&apos;est plus que les {value2:,.0f} Mo qu&apos;une importation lit</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value})</source>
        <translation>{name} : lecture impossible ({value})</translation>
    </message>
    <message>
        <source>{name}: {count:,} {what} is more than a plan can hold ({MAX_TASKS:,} at most)</source>
        <translation>{name} : {count:,} {what}, c&apos;est plus qu&apos;un plan ne peut contenir ({MAX_TASKS:,} au maximum)</translation>
    </message>
    <message>
        <source>{name}: it holds more than {limit:,} {what}, the most a plan can hold; split it into smaller plans</source>
        <translation>{name} : le fichier contient plus de {limit:,} {what}, le maximum d&apos;un plan ; divisez-le en plans plus petits</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name} : le fichier est vide</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file declares an external entity “{name2}” ({value}); it is refused, because it could read other files</source>
        <translation>{name}, ligne {line} : le fichier déclare une entité externe «&#xa0;{name2}&#xa0;» ({value}) ; elle est refusée, car elle pourrait lire d&apos;autres fichiers</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file declares an entity “{name2}”; entities are refused, because expanding them can exhaust memory</source>
        <translation>{name}, ligne {line} : le fichier déclare une entité «&#xa0;{name2}&#xa0;» ; les entités sont refusées, car leur expansion peut épuiser la mémoire</translation>
    </message>
    <message>
        <source>{name}: refused unsafe XML ({kind}: {error})</source>
        <translation>{name} : XML dangereux refusé ({kind} : {error})</translation>
    </message>
    <message>
        <source>{name}, line 1: the file&apos;s encoding “{shown}” is not one an XML reader knows ({error})</source>
        <translation>{name}, ligne 1 : l&apos;encodage «&#xa0;{shown}&#xa0;» du fichier n&apos;est connu d&apos;aucun lecteur XML ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {value}: malformed XML ({reason})</source>
        <translation>{name}, ligne {line}, colonne {value} : XML mal formé ({reason})</translation>
    </message>
    <message>
        <source>{where}: &lt;{tag}&gt; {message}</source>
        <translation>{where} : &lt;{tag}&gt; {message}</translation>
    </message>
    <message>
        <source>has no “{attribute}” attribute, which {format} always writes</source>
        <translation>n&apos;a pas d&apos;attribut «&#xa0;{attribute}&#xa0;», que {format} écrit toujours</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a number</source>
        <translation>«&#xa0;{attribute}&#xa0;» vaut «&#xa0;{text}&#xa0;», ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{attribute}” is {value}, not {low}–{high}</source>
        <translation>«&#xa0;{attribute}&#xa0;» vaut {value}, pas {low}–{high}</translation>
    </message>
    <message>
        <source>is nested deeper than {MAX_DEPTH} levels of subtasks</source>
        <translation>est imbriqué sur plus de {MAX_DEPTH} niveaux de sous-tâches</translation>
    </message>
    <message>
        <source>{what}: a duration of “{minutes}” is not a number of minutes</source>
        <translation>{what} : une durée de «&#xa0;{minutes}&#xa0;» n&apos;est pas un nombre de minutes</translation>
    </message>
    <message>
        <source>{what}: a duration cannot be negative ({value:g} hours)</source>
        <translation>{what} : une durée ne peut pas être négative ({value:g} heures)</translation>
    </message>
    <message>
        <source>{what}: {value:,.0f} days is longer than a century of work</source>
        <translation>{what} : {value:,.0f} jours, c&apos;est plus d&apos;un siècle de travail</translation>
    </message>
    <message>
        <source>{what} longer than {limit:,} characters were cut to that length</source>
        <translation>{what} de plus de {limit:,} caractères ont été tronqués à cette longueur</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({value})</source>
        <translation>{target} : écriture impossible ({value})</translation>
    </message>
    <message>
        <source>There is no project {project_id} to export</source>
        <translation>Il n&apos;existe pas de projet {project_id} à exporter</translation>
    </message>
    <message>
        <source>{join}: not a column this export writes ({join2})</source>
        <translation>{join} : pas une colonne que cette exportation écrit ({join2})</translation>
    </message>
    <message>
        <source>{name}: the file holds no rows</source>
        <translation>{name} : le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <source>{name}, line {line}: more than {MAX_COLUMNS:,} columns</source>
        <translation>{name}, ligne {line} : plus de {MAX_COLUMNS:,} colonnes</translation>
    </message>
    <message>
        <source>{name}: more than the {MAX_TASKS:,} tasks a plan can hold</source>
        <translation>{name} : plus que les {MAX_TASKS:,} tâches qu&apos;un plan peut contenir</translation>
    </message>
    <message>
        <source>{name}, line {line_num}: malformed CSV ({error})</source>
        <translation>{name}, ligne {line_num} : CSV mal formé ({error})</translation>
    </message>
    <message>
        <source>{name}: the file says it is UTF-16 but is not ({reason})</source>
        <translation>{name} : le fichier se dit en UTF-16 mais ne l&apos;est pas ({reason})</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252 (Western European)</source>
        <translation>le fichier n&apos;est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>{name}, line {line}: longer than {MAX_LINE:,} characters; no plan holds such a row</source>
        <translation>{name}, ligne {line} : plus de {MAX_LINE:,} caractères ; aucun plan ne contient une telle ligne</translation>
    </message>
    <message>
        <source>the Status column was not read: a task&apos;s board column follows its % complete</source>
        <translation>la colonne Status n&apos;a pas été lue : la colonne du tableau d&apos;une tâche suit son pourcentage d&apos;achèvement</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>columns the planner has no field for were left out: {listed}{more}</source>
        <translation>les colonnes sans champ correspondant dans le planificateur ont été ignorées : {listed}{more}</translation>
    </message>
    <message>
        <source>{key}: not a field a column can hold ({join})</source>
        <translation>{key} : pas un champ qu&apos;une colonne peut contenir ({join})</translation>
    </message>
    <message>
        <source>the column “{title}” repeats “{columns}”; it was not read</source>
        <translation>la colonne «&#xa0;{title}&#xa0;» répète «&#xa0;{columns}&#xa0;» ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>{name}: no column holds the task names; choose one for “Name”</source>
        <translation>{name} : aucune colonne ne contient les noms des tâches ; choisissez-en une pour «&#xa0;Name&#xa0;»</translation>
    </message>
    <message>
        <source>{name}, line {line}: the first row names no column of task names (“Name”, “Task Name” or “Title”); a CSV import needs a header row</source>
        <translation>{name}, ligne {line} : la première ligne ne nomme aucune colonne de noms de tâches («&#xa0;Name&#xa0;», «&#xa0;Task Name&#xa0;» ou «&#xa0;Title&#xa0;») ; une importation CSV a besoin d&apos;une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>“{text}” is month-first, but line {line} has the day-first date “{other}”</source>
        <translation>«&#xa0;{text}&#xa0;» place le mois en premier, mais la ligne {line} contient la date «&#xa0;{other}&#xa0;» avec le jour en premier</translation>
    </message>
    <message>
        <source>dates such as “{ambiguous}” can be read either way; they were read day-first, as this computer&apos;s settings write dates</source>
        <translation>les dates telles que «&#xa0;{ambiguous}&#xa0;» sont ambiguës ; elles ont été lues jour d&apos;abord, comme l&apos;indiquent les réglages de cet ordinateur</translation>
    </message>
    <message>
        <source>dates such as “{ambiguous}” can be read either way; they were read month-first, as this computer&apos;s settings write dates</source>
        <translation>les dates telles que «&#xa0;{ambiguous}&#xa0;» sont ambiguës ; elles ont été lues mois d&apos;abord, comme l&apos;indiquent les réglages de cet ordinateur</translation>
    </message>
    <message>
        <source>the task tree is deeper than {MAX_DEPTH} levels</source>
        <translation>l&apos;arborescence des tâches dépasse {MAX_DEPTH} niveaux</translation>
    </message>
    <message>
        <source>some tasks skip an outline level; each went under the nearest task above it</source>
        <translation>certaines tâches sautent un niveau hiérarchique ; chacune a été placée sous la tâche la plus proche au-dessus</translation>
    </message>
    <message>
        <source>“{text}” is not an outline level (1 to {MAX_DEPTH})</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un niveau hiérarchique (1 à {MAX_DEPTH})</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;line&gt;”</source>
        <translation>les tâches sans nom ont été nommées «&#xa0;Task &lt;ligne&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>two rows have the ID {number}</source>
        <translation>deux lignes ont l&apos;ID {number}</translation>
    </message>
    <message>
        <source>“{text}” is not a date such as 2024-01-08 or 08/01/2024</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date telle que 2024-01-08 ou 08/01/2024</translation>
    </message>
    <message>
        <source>“{text}…” is too long for a duration</source>
        <translation>«&#xa0;{text}…&#xa0;» est trop long pour une durée</translation>
    </message>
    <message>
        <source>the task finishes ({finish}) before it starts ({start})</source>
        <translation>la tâche se termine ({finish}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>{text} from the task&apos;s date falls outside every calendar</source>
        <translation>{text} à partir de la date de la tâche tombe hors de tout calendrier</translation>
    </message>
    <message>
        <source>{text} from the task&apos;s date ends {out_of_range}</source>
        <translation>{text} à partir de la date de la tâche se termine : {out_of_range}</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is not 0–100</source>
        <translation>{value} n&apos;est pas compris entre 0 et 100</translation>
    </message>
    <message>
        <source>“{text}” is not a priority (Low, Normal, High, Urgent or 0–1000)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une priorité (Low, Normal, High, Urgent ou 0–1000)</translation>
    </message>
    <message>
        <source>“{strip}”: the units are not 1–1000 %</source>
        <translation>«&#xa0;{strip}&#xa0;» : les unités ne sont pas comprises entre 1 et 1000 %</translation>
    </message>
    <message>
        <source>“{item}” is not a predecessor such as 3, 5SS or 7FS+2d</source>
        <translation>«&#xa0;{item}&#xa0;» n&apos;est pas un prédécesseur tel que 3, 5SS ou 7FS+2d</translation>
    </message>
    <message>
        <source>“{item}”: there is no row {match} in the file</source>
        <translation>«&#xa0;{item}&#xa0;» : le fichier n&apos;a pas de ligne {match}</translation>
    </message>
    <message>
        <source>“{item}”: a task cannot follow itself</source>
        <translation>«&#xa0;{item}&#xa0;» : une tâche ne peut pas se suivre elle-même</translation>
    </message>
    <message>
        <source>the same link twice</source>
        <translation>le même lien en double</translation>
    </message>
    <message>
        <source>it links a summary task with its own subtask</source>
        <translation>il relie une tâche récapitulative à sa propre sous-tâche</translation>
    </message>
    <message>
        <source>the lag “{raw}…” is too long for a duration</source>
        <translation>le décalage «&#xa0;{raw}…&#xa0;» est trop long pour une durée</translation>
    </message>
    <message>
        <source>the lag “{raw}”: {error}</source>
        <translation>le décalage «&#xa0;{raw}&#xa0;» : {error}</translation>
    </message>
    <message>
        <source>{name}: cannot {verb} “{value}” files; use {known}</source>
        <translation>{name} : les fichiers «&#xa0;{value}&#xa0;» ne sont pas pris en charge ({verb}) ; utilisez {known}</translation>
    </message>
    <message>
        <source>{name}: this is not a {name2} file (it is not XML); if it is a Planner workspace, open it instead</source>
        <translation>{name} : ce n&apos;est pas un fichier {name2} (ce n&apos;est pas du XML) ; s&apos;il s&apos;agit d&apos;un espace de travail Planner, ouvrez-le plutôt</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{attribute}&#xa0;» vaut «&#xa0;{text}&#xa0;», ce n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{name}, line {value}: not a GanttProject file: its root is &lt;{tag}&gt;, not &lt;project&gt;</source>
        <translation>{name}, ligne {value} : pas un fichier GanttProject : sa racine est &lt;{tag}&gt;, pas &lt;project&gt;</translation>
    </message>
    <message>
        <source>roles (people&apos;s functions) were not imported: the planner has no roles yet</source>
        <translation>les rôles (fonctions des personnes) n&apos;ont pas été importés : le planificateur n&apos;a pas encore de rôles</translation>
    </message>
    <message>
        <source>marks every day of the week a weekend; a plan needs working days</source>
        <translation>marque chaque jour de la semaine comme week-end ; un plan a besoin de jours ouvrés</translation>
    </message>
    <message>
        <source>{value}-{month}-{day_of_month} is not a date</source>
        <translation>{value}-{month}-{day_of_month} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <source>two tasks have the id {gan_id}</source>
        <translation>deux tâches ont l&apos;id {gan_id}</translation>
    </message>
    <message>
        <source>custom columns of tasks were not imported</source>
        <translation>les colonnes personnalisées des tâches n&apos;ont pas été importées</translation>
    </message>
    <message>
        <source>task “{title}” links to task {target}, which is not in the file</source>
        <translation>la tâche «&#xa0;{title}&#xa0;» est liée à la tâche {target}, absente du fichier</translation>
    </message>
    <message>
        <source>“type” is “{type_code}”, not 1 (SS), 2 (FS), 3 (FF) or 4 (SF)</source>
        <translation>«&#xa0;type&#xa0;» vaut «&#xa0;{type_code}&#xa0;», pas 1 (SS), 2 (FS), 3 (FF) ou 4 (SF)</translation>
    </message>
    <message>
        <source>“rubber” links (the successor may start later than the lag) are marked in LinkFacts</source>
        <translation>les liens « élastiques » (le successeur peut commencer après le décalage) sont marqués dans LinkFacts</translation>
    </message>
    <message>
        <source>“{name}” has a negative rate</source>
        <translation>«&#xa0;{name}&#xa0;» a un taux négatif</translation>
    </message>
    <message>
        <source>GanttProject rates are per day; they became hourly rates at {hours:g} hours a day</source>
        <translation>les taux GanttProject sont journaliers ; ils sont devenus des taux horaires à {hours:g} heures par jour</translation>
    </message>
    <message>
        <source>names a {missing} that is not in the file</source>
        <translation>désigne un(e) {missing} absent(e) du fichier</translation>
    </message>
    <message>
        <source>a load of 0 %</source>
        <translation>une charge de 0 %</translation>
    </message>
    <message>
        <source>names a resource that is not in the file</source>
        <translation>désigne une ressource absente du fichier</translation>
    </message>
    <message>
        <source>ends ({last}) before it starts ({first})</source>
        <translation>se termine ({last}) avant de commencer ({first})</translation>
    </message>
    <message>
        <source>lasts {days} days; ten years at most</source>
        <translation>dure {days} jours ; dix ans au maximum</translation>
    </message>
    <message>
        <source>no such task now</source>
        <translation>cette tâche n&apos;existe plus</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a time such as 20250106T080000Z</source>
        <translation>«&#xa0;{attribute}&#xa0;» vaut «&#xa0;{text}&#xa0;», ce n&apos;est pas une heure telle que 20250106T080000Z</translation>
    </message>
    <message>
        <source>{name}, line {value}: not a GNOME Planner file: its root is &lt;{tag}&gt;, not &lt;project mrproject-version=…&gt;</source>
        <translation>{name}, ligne {value} : pas un fichier GNOME Planner : sa racine est &lt;{tag}&gt;, pas &lt;project mrproject-version=…&gt;</translation>
    </message>
    <message>
        <source>custom properties were not imported: the planner has no custom fields yet</source>
        <translation>les propriétés personnalisées n&apos;ont pas été importées : le planificateur n&apos;a pas encore de champs personnalisés</translation>
    </message>
    <message>
        <source>is nested deeper than {MAX_DEPTH} levels of calendars</source>
        <translation>est imbriqué sur plus de {MAX_DEPTH} niveaux de calendriers</translation>
    </message>
    <message>
        <source>two calendars have the id {calendar_id}</source>
        <translation>deux calendriers ont l&apos;id {calendar_id}</translation>
    </message>
    <message>
        <source>names the day type {type_id}, which the file does not declare</source>
        <translation>désigne le type de jour {type_id}, que le fichier ne déclare pas</translation>
    </message>
    <message>
        <source>“type” is “{kind}”, not “day-type”</source>
        <translation>«&#xa0;type&#xa0;» vaut «&#xa0;{kind}&#xa0;», pas «&#xa0;day-type&#xa0;»</translation>
    </message>
    <message>
        <source>has working hours that overlap, run backwards or leave the day</source>
        <translation>a des horaires de travail qui se chevauchent, vont à rebours ou sortent de la journée</translation>
    </message>
    <message>
        <source>“{attribute}” is “{text}”, not a time of day such as 0800</source>
        <translation>«&#xa0;{attribute}&#xa0;» vaut «&#xa0;{text}&#xa0;», ce n&apos;est pas une heure telle que 0800</translation>
    </message>
    <message>
        <source>uses the calendar {chosen}, which is not in the file</source>
        <translation>utilise le calendrier {chosen}, absent du fichier</translation>
    </message>
    <message>
        <source>uses the calendar “{name}”, which has no working time; a plan needs some</source>
        <translation>utilise le calendrier «&#xa0;{name}&#xa0;», qui n&apos;a aucun temps de travail ; un plan en a besoin</translation>
    </message>
    <message>
        <source>two tasks have the id {planner_id}</source>
        <translation>deux tâches ont l&apos;id {planner_id}</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;id&gt;”</source>
        <translation>les tâches sans nom ont été nommées «&#xa0;Task &lt;id&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>{what} ends ({finish}) before it starts ({start})</source>
        <translation>{what} se termine ({finish}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>“type” is “{kind}”, not “{join}”</source>
        <translation>«&#xa0;type&#xa0;» vaut «&#xa0;{kind}&#xa0;», pas «&#xa0;{join}&#xa0;»</translation>
    </message>
    <message>
        <source>task “{title}” follows task {target}, which is not in the file</source>
        <translation>la tâche «&#xa0;{title}&#xa0;» suit la tâche {target}, absente du fichier</translation>
    </message>
    <message>
        <source>“type” is “{type_code}”, not FS, SS, FF or SF</source>
        <translation>«&#xa0;type&#xa0;» vaut «&#xa0;{type_code}&#xa0;», pas FS, SS, FF ou SF</translation>
    </message>
    <message>
        <source>two resources have the id {planner_id}</source>
        <translation>deux ressources ont l&apos;id {planner_id}</translation>
    </message>
    <message>
        <source>a material resource (the planner has people only)</source>
        <translation>une ressource matérielle (le planificateur ne gère que des personnes)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>“{name}” has a negative “std-rate”</source>
        <translation>«&#xa0;{name}&#xa0;» a un «&#xa0;std-rate&#xa0;» négatif</translation>
    </message>
    <message>
        <source>it is not in the file</source>
        <translation>absent du fichier</translation>
    </message>
    <message>
        <source>it has no working time</source>
        <translation>sans temps de travail</translation>
    </message>
    <message>
        <source>names a task that is not in the file</source>
        <translation>désigne une tâche absente du fichier</translation>
    </message>
    <message>
        <source>no such person came in</source>
        <translation>cette personne n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>0 % units</source>
        <translation>0 % d&apos;unités</translation>
    </message>
    <message>
        <source>the same person twice on one task</source>
        <translation>la même personne deux fois sur une tâche</translation>
    </message>
    <message>
        <source>allocations above 1000 % were capped at 1000 %</source>
        <translation>les allocations de plus de 1000 % ont été plafonnées à 1000 %</translation>
    </message>
    <message>
        <source>{name}: this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>{name} : ce n&apos;est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: malformed iCalendar ({error})</source>
        <translation>{name} : iCalendar mal formé ({error})</translation>
    </message>
    <message>
        <source>{name}: malformed iCalendar (a VCALENDAR that begins but never ends)</source>
        <translation>{name} : iCalendar mal formé (un VCALENDAR qui commence mais ne se termine jamais)</translation>
    </message>
    <message>
        <source>{name}, line {line}: components nested more than {MAX_NESTING} deep</source>
        <translation>{name}, ligne {line} : composants imbriqués sur plus de {MAX_NESTING} niveaux</translation>
    </message>
    <message>
        <source>{name}: a line longer than {MAX_LINE:,} characters; no plan holds such a text</source>
        <translation>{name} : une ligne de plus de {MAX_LINE:,} caractères ; aucun plan ne contient un tel texte</translation>
    </message>
    <message>
        <source>{name}, line {line}: a time-zone name (TZID) longer than {MAX_TZID} characters</source>
        <translation>{name}, ligne {line} : un nom de fuseau horaire (TZID) de plus de {MAX_TZID} caractères</translation>
    </message>
    <message>
        <source>{name}: {what}: {error}</source>
        <translation>{name} : {what} : {error}</translation>
    </message>
    <message>
        <source>{what}: a date outside {EARLIEST:%Y}–{LATEST:%Y} was ignored</source>
        <translation>{what} : une date hors de {EARLIEST:%Y}–{LATEST:%Y} a été ignorée</translation>
    </message>
    <message>
        <source>{what}: a value that is not a date was ignored</source>
        <translation>{what} : une valeur qui n&apos;est pas une date a été ignorée</translation>
    </message>
    <message>
        <source>{what}: {name} is given {count} times; the first is kept</source>
        <translation>{what} : {name} est indiqué {count} fois ; le premier est conservé</translation>
    </message>
    <message>
        <source>{name}: {what}: {name2} “{item}” cannot be read ({parse_error})</source>
        <translation>{name} : {what} : {name2} «&#xa0;{item}&#xa0;» est illisible ({parse_error})</translation>
    </message>
    <message>
        <source>{name}: the file holds no to-dos or events</source>
        <translation>{name} : le fichier ne contient ni tâches ni événements</translation>
    </message>
    <message>
        <source>{name}: no to-do or event could be read; {left_out}</source>
        <translation>{name} : aucune tâche ni aucun événement n&apos;a pu être lu ; {left_out}</translation>
    </message>
    <message>
        <source>not a to-do or an event</source>
        <translation>ni une tâche ni un événement</translation>
    </message>
    <message>
        <source>left out: {kind} “{title}”{where}: {reason}</source>
        <translation>ignoré : {kind} «&#xa0;{title}&#xa0;»{where} : {reason}</translation>
    </message>
    <message>
        <source>{what}: a DURATION that ends outside {EARLIEST:%Y}–{LATEST:%Y} was ignored</source>
        <translation>{what} : une DURATION se terminant hors de {EARLIEST:%Y}–{LATEST:%Y} a été ignorée</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>sans début (DTSTART)</translation>
    </message>
    <message>
        <source>{what}: PERCENT-COMPLETE “{percent}” is not a number and was ignored</source>
        <translation>{what} : PERCENT-COMPLETE «&#xa0;{percent}&#xa0;» n&apos;est pas un nombre et a été ignoré</translation>
    </message>
    <message>
        <source>{what} was cancelled; it is imported as a task to do</source>
        <translation>{what} a été annulé ; il est importé comme tâche à faire</translation>
    </message>
    <message>
        <source>{what}: PRIORITY “{priority}” is not a number and was ignored</source>
        <translation>{what} : PRIORITY «&#xa0;{priority}&#xa0;» n&apos;est pas un nombre et a été ignoré</translation>
    </message>
    <message>
        <source>“{title}” ends before it starts; its end was set to its start</source>
        <translation>«&#xa0;{title}&#xa0;» se termine avant de commencer ; sa fin a été ramenée à son début</translation>
    </message>
    <message>
        <source>{what}: only the first of its {count} RRULEs is kept</source>
        <translation>{what} : seule la première de ses {count} RRULE est conservée</translation>
    </message>
    <message>
        <source>its end (UNTIL) is not a date a plan can hold</source>
        <translation>sa fin (UNTIL) n&apos;est pas une date qu&apos;un plan peut contenir</translation>
    </message>
    <message>
        <source>{what}: {count} extra date(s) (RDATE) became tasks of their own</source>
        <translation>{what} : {count} date(s) supplémentaire(s) (RDATE) sont devenues des tâches à part entière</translation>
    </message>
    <message>
        <source>“{title}”: a change to this and all later occurrences is kept for one occurrence only</source>
        <translation>«&#xa0;{title}&#xa0;» : une modification de cette occurrence et des suivantes n&apos;est conservée que pour une seule occurrence</translation>
    </message>
    <message>
        <source>it has no date a plan can hold</source>
        <translation>sans date qu&apos;un plan peut contenir</translation>
    </message>
    <message>
        <source>Holidays go into a saved working calendar; this workspace has none yet</source>
        <translation>Les jours fériés vont dans un calendrier de travail enregistré ; cet espace de travail n&apos;en a pas encore</translation>
    </message>
    <message>
        <source>{name}: there is no such file</source>
        <translation>{name} : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name}: {HOW_TO_ENABLE}</source>
        <translation>{name} : {HOW_TO_ENABLE}</translation>
    </message>
    <message>
        <source>{name}: MPXJ did not finish reading it in {TIMEOUT} s</source>
        <translation>{name} : MPXJ n&apos;a pas fini de le lire en {TIMEOUT} s</translation>
    </message>
    <message>
        <source>{name}: MPXJ could not read it ({last})</source>
        <translation>{name} : MPXJ n&apos;a pas pu le lire ({last})</translation>
    </message>
    <message>
        <source>{name}, line {value}: not an MS Project XML file: its root is {shown}, not &lt;Project xmlns=&quot;{NAMESPACE}&quot;&gt;</source>
        <translation>{name}, ligne {value} : pas un fichier XML MS Project : sa racine est {shown}, pas &lt;Project xmlns=&quot;{NAMESPACE}&quot;&gt;</translation>
    </message>
    <message>
        <source>the file has no MS Project namespace; it was read as MS Project XML all the same</source>
        <translation>le fichier n&apos;a pas d&apos;espace de noms MS Project ; il a tout de même été lu comme du XML MS Project</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; “{text}” is not a number</source>
        <translation>&lt;{name}&gt; «&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; {value} is impossible ({low}–{high})</source>
        <translation>&lt;{name}&gt; {value} est impossible ({low}–{high})</translation>
    </message>
    <message>
        <source>a blank row (IsNull)</source>
        <translation>une ligne vide (IsNull)</translation>
    </message>
    <message>
        <source>{count:,} calendars; a plan has {MAX_CALENDARS:,} at most</source>
        <translation>{count:,} calendriers ; un plan en compte {MAX_CALENDARS:,} au maximum</translation>
    </message>
    <message>
        <source>it has no working time near the plan&apos;s dates</source>
        <translation>sans temps de travail autour des dates du plan</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; “{text}” is not a date and time</source>
        <translation>{what} : &lt;{name}&gt; «&#xa0;{text}&#xa0;» n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; {out_of_range}</source>
        <translation>{what} : &lt;{name}&gt; {out_of_range}</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; “{get}” is not a date; left empty</source>
        <translation>&lt;{element}&gt; «&#xa0;{get}&#xa0;» n&apos;est pas une date ; laissé vide</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; is outside {EARLIEST:%Y}–{LATEST:%Y}; left empty</source>
        <translation>&lt;{element}&gt; est hors de {EARLIEST:%Y}–{LATEST:%Y} ; laissé vide</translation>
    </message>
    <message>
        <source>the project&apos;s finish date is before its start; the finish was left empty</source>
        <translation>la date de fin du projet précède son début ; la fin a été laissée vide</translation>
    </message>
    <message>
        <source>a &lt;Task&gt; has no &lt;UID&gt;</source>
        <translation>un &lt;Task&gt; n&apos;a pas de &lt;UID&gt;</translation>
    </message>
    <message>
        <source>two tasks have the UID {uid}</source>
        <translation>deux tâches ont l&apos;UID {uid}</translation>
    </message>
    <message>
        <source>a placeholder for a task in another project</source>
        <translation>un espace réservé pour une tâche d&apos;un autre projet</translation>
    </message>
    <message>
        <source>tasks without a name were named “Task &lt;ID&gt;”</source>
        <translation>les tâches sans nom ont été nommées «&#xa0;Task &lt;ID&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>{what}: &lt;OutlineLevel&gt; is not a number</source>
        <translation>{what} : &lt;OutlineLevel&gt; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}: the task tree is deeper than {MAX_DEPTH} levels</source>
        <translation>{what} : l&apos;arborescence des tâches dépasse {MAX_DEPTH} niveaux</translation>
    </message>
    <message>
        <source>{what}: it finishes ({finish}) before it starts ({start})</source>
        <translation>{what} : se termine ({finish}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>{what}: &lt;Duration&gt; {error}</source>
        <translation>{what} : &lt;Duration&gt; {error}</translation>
    </message>
    <message>
        <source>elapsed durations became working time between the task&apos;s start and finish</source>
        <translation>les durées écoulées sont devenues du temps de travail entre le début et la fin de la tâche</translation>
    </message>
    <message>
        <source>{what}: &lt;Work&gt; {error}</source>
        <translation>{what} : &lt;Work&gt; {error}</translation>
    </message>
    <message>
        <source>milestones with a duration became zero-length milestones at their start</source>
        <translation>les jalons avec une durée sont devenus des jalons de durée nulle à leur début</translation>
    </message>
    <message>
        <source>inactive tasks came in as ordinary tasks (the planner has no inactive tasks)</source>
        <translation>les tâches inactives ont été importées comme tâches ordinaires (le planificateur n&apos;a pas de tâches inactives)</translation>
    </message>
    <message>
        <source>{what}: &lt;PercentComplete&gt; “{percent}” is not a number</source>
        <translation>{what} : &lt;PercentComplete&gt; «&#xa0;{percent}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}: &lt;PercentComplete&gt; {value} is not 0–100</source>
        <translation>{what} : &lt;PercentComplete&gt; {value} n&apos;est pas compris entre 0 et 100</translation>
    </message>
    <message>
        <source>{what}: &lt;Priority&gt; “{priority}” is not a number</source>
        <translation>{what} : &lt;Priority&gt; «&#xa0;{priority}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}: &lt;{name}&gt; “{text}” is not a number</source>
        <translation>{what} : &lt;{name}&gt; «&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}: a negative &lt;{name}&gt;</source>
        <translation>{what} : un &lt;{name}&gt; négatif</translation>
    </message>
    <message>
        <source>{what}: &lt;ConstraintType&gt; “{code}” is not 0–7</source>
        <translation>{what} : &lt;ConstraintType&gt; «&#xa0;{code}&#xa0;» n&apos;est pas compris entre 0 et 7</translation>
    </message>
    <message>
        <source>constraints without a date became “as soon as possible”</source>
        <translation>les contraintes sans date sont devenues «&#xa0;dès que possible&#xa0;»</translation>
    </message>
    <message>
        <source>a baseline with values that are not dates or numbers was kept only in part</source>
        <translation>une référence contenant des valeurs qui ne sont ni des dates ni des nombres n&apos;a été conservée qu&apos;en partie</translation>
    </message>
    <message>
        <source>MS Project numbers its baselines 0–10</source>
        <translation>MS Project numérote ses références de 0 à 10</translation>
    </message>
    <message>
        <source>a cost resource (the planner has people only)</source>
        <translation>une ressource de coût (le planificateur ne gère que des personnes)</translation>
    </message>
    <message>
        <source>{what}: a unit, rate or cost per use is not a number</source>
        <translation>{what} : une unité, un taux ou un coût par utilisation n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{name}: {units:.0%} of a {hours_per_day:g}-hour day is beyond 0–24 hours; capped</source>
        <translation>{name} : {units:.0%} d&apos;une journée de {hours_per_day:g} heures dépasse 0–24 heures ; plafonné</translation>
    </message>
    <message>
        <source>{what}: a negative rate or cost per use</source>
        <translation>{what} : un taux ou un coût par utilisation négatif</translation>
    </message>
    <message>
        <source>its resource was not imported</source>
        <translation>sa ressource n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>{what}: &lt;Units&gt; “{get}” is not a number</source>
        <translation>{what} : &lt;Units&gt; «&#xa0;{get}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>assignments above 1000 % were capped at 1000 %</source>
        <translation>les affectations de plus de 1000 % ont été plafonnées à 1000 %</translation>
    </message>
    <message>
        <source>tasks with no work of their own took the sum of their assignments&apos; work</source>
        <translation>les tâches sans travail propre ont reçu la somme du travail de leurs affectations</translation>
    </message>
    <message>
        <source>a link to another project</source>
        <translation>un lien vers un autre projet</translation>
    </message>
    <message>
        <source>its predecessor is the project summary task</source>
        <translation>son prédécesseur est la tâche récapitulative du projet</translation>
    </message>
    <message>
        <source>its predecessor was not imported</source>
        <translation>son prédécesseur n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>{what} has a &lt;PredecessorLink&gt; to UID {value}, which is not in the file</source>
        <translation>{what} a un &lt;PredecessorLink&gt; vers l&apos;UID {value}, absent du fichier</translation>
    </message>
    <message>
        <source>{what}: link &lt;Type&gt; “{type_text}” is not 0 FF, 1 FS, 2 SF or 3 SS</source>
        <translation>{what} : le &lt;Type&gt; de lien «&#xa0;{type_text}&#xa0;» n&apos;est pas 0 FF, 1 FS, 2 SF ou 3 SS</translation>
    </message>
    <message>
        <source>{what}: &lt;LinkLag&gt; “{raw}” is not a number</source>
        <translation>{what} : &lt;LinkLag&gt; «&#xa0;{raw}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}: a lag of {value:g} % is beyond ±{MAX_LAG_PERCENT:,} %</source>
        <translation>{what} : un décalage de {value:g} % dépasse ±{MAX_LAG_PERCENT:,} %</translation>
    </message>
    <message>
        <source>elapsed lags became the working time of an average week; LinkFacts keep them exact</source>
        <translation>les décalages écoulés sont devenus du temps de travail d&apos;une semaine moyenne ; LinkFacts les conserve exactement</translation>
    </message>
    <message>
        <source>the baseline “{name}”: MS Project holds {MAX_BASELINES} baselines at most</source>
        <translation>la référence «&#xa0;{name}&#xa0;» : MS Project contient {MAX_BASELINES} références au plus</translation>
    </message>
    <message>
        <source>the baseline “{name}” went out as “{named}” (MS Project numbers them)</source>
        <translation>la référence «&#xa0;{name}&#xa0;» a été exportée sous le nom «&#xa0;{named}&#xa0;» (MS Project les numérote)</translation>
    </message>
    <message>
        <source>{name}…: the name was cut to {MAX_NAME} characters</source>
        <translation>{name}… : le nom a été tronqué à {MAX_NAME} caractères</translation>
    </message>
    <message>
        <source>“{title}…”: the name was cut to {MAX_NAME} characters</source>
        <translation>«&#xa0;{title}…&#xa0;» : le nom a été tronqué à {MAX_NAME} caractères</translation>
    </message>
    <message>
        <source>the link from another project into “{title}”</source>
        <translation>le lien depuis un autre projet vers «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{where}: “{text}” is not a time of day (HH:MM:SS)</source>
        <translation>{where} : «&#xa0;{text}&#xa0;» n&apos;est pas une heure (HH:MM:SS)</translation>
    </message>
    <message>
        <source>its dates or its pattern are missing or impossible</source>
        <translation>ses dates ou son motif sont absents ou impossibles</translation>
    </message>
    <message>
        <source>a few recurring exceptions became single days from a year before the project to ten after</source>
        <translation>quelques exceptions récurrentes sont devenues des jours isolés, d&apos;un an avant le projet à dix ans après</translation>
    </message>
    <message>
        <source>its base calendars form a loop</source>
        <translation>ses calendriers de base forment une boucle</translation>
    </message>
    <message>
        <source>more than {MAX_BASES} calendars derive one from another</source>
        <translation>plus de {MAX_BASES} calendriers dérivent les uns des autres</translation>
    </message>
    <message>
        <source>Imported from {source} ({format}):</source>
        <translation>Importé depuis {source} ({format}) :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>  skipped {number} × {kind} ({reason}): {examples}</source>
        <translation>  ignoré : {number} × {kind} ({reason}) : {examples}</translation>
    </message>
    <message>
        <source>  note: {text}</source>
        <translation>  remarque : {text}</translation>
    </message>
    <message>
        <source>{what} rounded to whole days (GanttProject has no hours)</source>
        <translation>{what} arrondis à des jours entiers (GanttProject ne gère pas les heures)</translation>
    </message>
    <message>
        <source>days with their own working hours kept as plain working days</source>
        <translation>jours à horaires propres conservés comme jours ouvrés ordinaires</translation>
    </message>
    <message>
        <source>tasks without dates given the project&apos;s start</source>
        <translation>tâches sans dates placées au début du projet</translation>
    </message>
    <message>
        <source>constraints other than “start no earlier than” (GanttProject has only that one)</source>
        <translation>contraintes autres que «&#xa0;début au plus tôt le&#xa0;» (GanttProject ne connaît que celle-ci)</translation>
    </message>
    <message>
        <source>deadlines (GanttProject has none)</source>
        <translation>dates limites (GanttProject n&apos;en a pas)</translation>
    </message>
    <message>
        <source>links to tasks of other projects</source>
        <translation>liens vers des tâches d&apos;autres projets</translation>
    </message>
    <message>
        <source>lags in calendar time written as working days</source>
        <translation>décalages en temps calendaire écrits en jours ouvrés</translation>
    </message>
    <message>
        <source>lags as a share of the predecessor written as working days</source>
        <translation>décalages en part du prédécesseur écrits en jours ouvrés</translation>
    </message>
    <message>
        <source>people&apos;s hours a day (GanttProject has no capacity)</source>
        <translation>heures par jour des personnes (GanttProject ne gère pas la capacité)</translation>
    </message>
    <message>
        <source>people&apos;s recurring days off and own working hours (GanttProject has vacations only)</source>
        <translation>jours de repos récurrents et horaires propres des personnes (GanttProject ne gère que les congés)</translation>
    </message>
</context>
<context>
    <name>Levelling</name>
    <message>
        <source>{names} is fully booked until then</source>
        <translation>{names} est entièrement occupé(e) jusque-là</translation>
    </message>
    <message>
        <source>{names} are fully booked until then</source>
        <translation>{names} sont entièrement occupé(e)s jusque-là</translation>
    </message>
    <message>
        <source>{names} is over capacity from {first:%d %b}</source>
        <translation>{names} est en surcharge à partir du {first:%d/%m}</translation>
    </message>
    <message>
        <source>{names} are over capacity from {first:%d %b}</source>
        <translation>{names} sont en surcharge à partir du {first:%d/%m}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Adding tasks…</source>
        <translation>Ajout des tâches…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Calcul du planning…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Repeats by a custom rule</source>
        <translation>Se répète selon une règle personnalisée</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> à {time}</translation>
    </message>
    <message>
        <source>{every}{at}, on the days its own rule picks{ends}</source>
        <translation>{every}{at}, les jours choisis par sa propre règle{ends}</translation>
    </message>
    <message>
        <source>An occurrence of a deleted routine</source>
        <translation>Une occurrence d&apos;une routine supprimée</translation>
    </message>
    <message>
        <source>One occurrence of “{title}”</source>
        <translation>Une occurrence de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>One occurrence of “{title}”: {rule}</source>
        <translation>Une occurrence de «&#xa0;{title}&#xa0;» : {rule}</translation>
    </message>
    <message>
        <source>every {days}</source>
        <translation>chaque {days}</translation>
    </message>
    <message>
        <source>every {days} of the month</source>
        <translation>le {days} de chaque mois</translation>
    </message>
    <message>
        <source>{every} on {days}</source>
        <translation>{every}, le {days}</translation>
    </message>
    <message>
        <source>every {days} in {month}</source>
        <translation>chaque {days} en {month}</translation>
    </message>
    <message>
        <source>{every} on the {days} of {month}</source>
        <translation>{every}, le {days} en {month}</translation>
    </message>
    <message>
        <source>{every} in {month}</source>
        <translation>{every} en {month}</translation>
    </message>
    <message>
        <source>{every} on {days} {month}</source>
        <translation>{every}, le {days} {month}</translation>
    </message>
    <message>
        <source>{every} on {days} of {month}</source>
        <translation>{every}, le {days} en {month}</translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, une fois</translation>
    </message>
    <message>
        <source>, until {day} {month} {year}</source>
        <translation>, jusqu&apos;au {day} {month} {year}</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>jour ouvré</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>{ordinal} {weekday}</source>
        <translation>{ordinal} {weekday}</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>the {ordinal} to last day</source>
        <translation>{ordinal} jour en partant de la fin</translation>
    </message>
    <message>
        <source>the {ordinal}</source>
        <comment>day of the month</comment>
        <translation>{day}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <source>{ordinal} to last</source>
        <translation>{ordinal} en partant de la fin</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>constraint date</source>
        <translation>date de contrainte</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>scheduling mode</source>
        <translation>mode de planification</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <source>{what} changed on {day}</source>
        <translation>{what} modifié(e) le {day}</translation>
    </message>
    <message>
        <source>moved by the link from {name} on {day}</source>
        <translation>déplacée le {day} par le lien depuis {name}</translation>
    </message>
    <message>
        <source>“{change}” on {day}</source>
        <translation>«&#xa0;{change}&#xa0;» le {day}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>That project did not exist then</source>
        <translation>Ce projet n&apos;existait pas à ce moment-là</translation>
    </message>
    <message>
        <source>Restore “{project}” as it was</source>
        <translation>Restaurer «&#xa0;{project}&#xa0;» tel qu&apos;il était</translation>
    </message>
    <message>
        <source>That task did not exist then</source>
        <translation>Cette tâche n&apos;existait pas à ce moment-là</translation>
    </message>
    <message>
        <source>Restore “{task}” as it was</source>
        <translation>Restaurer «&#xa0;{task}&#xa0;» telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>Restore {count} tasks as they were</source>
        <translation>Restaurer {count} tâches telles qu&apos;elles étaient</translation>
    </message>
    <message>
        <source>“{task}” could not be restored: its project is gone</source>
        <translation>«&#xa0;{task}&#xa0;» n&apos;a pas pu être restaurée : son projet n&apos;existe plus</translation>
    </message>
    <message>
        <source>“{task}” could not be restored: its area is gone</source>
        <translation>«&#xa0;{task}&#xa0;» n&apos;a pas pu être restaurée : son domaine n&apos;existe plus</translation>
    </message>
    <message>
        <source>“{task}” is back at the top of its project: its summary “{summary}” is gone</source>
        <translation>«&#xa0;{task}&#xa0;» revient au premier niveau de son projet : sa tâche récapitulative «&#xa0;{summary}&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>“{task}”: {person} is no longer in the workspace</source>
        <translation>«&#xa0;{task}&#xa0;» : {person} ne fait plus partie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The link from “{a}” to “{b}” could not be restored: “{gone}” is gone</source>
        <translation>Le lien de «&#xa0;{a}&#xa0;» vers «&#xa0;{b}&#xa0;» n&apos;a pas pu être restauré : «&#xa0;{gone}&#xa0;» n&apos;existe plus</translation>
    </message>
    <message>
        <source>The link from “{a}” to “{b}” could not be restored: {why}</source>
        <translation>Le lien de «&#xa0;{a}&#xa0;» vers «&#xa0;{b}&#xa0;» n&apos;a pas pu être restauré : {why}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>is created</source>
        <translation>est créée</translation>
    </message>
    <message>
        <source>moves to {status}</source>
        <translation>passe à {status}</translation>
    </message>
    <message>
        <source>is completed</source>
        <translation>est terminée</translation>
    </message>
    <message>
        <source>becomes blocked</source>
        <translation>devient bloquée</translation>
    </message>
    <message>
        <source>is no longer blocked</source>
        <translation>n&apos;est plus bloquée</translation>
    </message>
    <message>
        <source>gets a different assignee</source>
        <translation>change de responsable</translation>
    </message>
    <message>
        <source>gets its labels changed</source>
        <translation>voit ses étiquettes modifiées</translation>
    </message>
    <message>
        <source>is due ({days} days ago or more)</source>
        <translation>arrive à échéance (depuis {days} jours ou plus)</translation>
    </message>
    <message>
        <source>is created by a routine</source>
        <translation>est créée par une routine</translation>
    </message>
    <message>
        <source>is a milestone that slips past its baseline</source>
        <translation>est un jalon qui glisse au-delà de sa référence</translation>
    </message>
    <message>
        <source>move it to {status}</source>
        <translation>la déplacer vers {status}</translation>
    </message>
    <message>
        <source>set its priority to {priority}</source>
        <translation>mettre sa priorité à {priority}</translation>
    </message>
    <message>
        <source>assign it to {person}</source>
        <translation>l&apos;affecter à {person}</translation>
    </message>
    <message>
        <source>label it {label}</source>
        <translation>lui mettre l&apos;étiquette {label}</translation>
    </message>
    <message>
        <source>make it due {days}</source>
        <translation>fixer son échéance : {days}</translation>
    </message>
    <message>
        <source>add the checklist {items}</source>
        <translation>ajouter la liste de contrôle {items}</translation>
    </message>
    <message>
        <source>create “{title}” due {days}</source>
        <translation>créer «&#xa0;{title}&#xa0;», échéance {days}</translation>
    </message>
    <message>
        <source>raise it to Urgent (the top of the focus list)</source>
        <translation>la passer en Urgente (en tête de la liste de priorités)</translation>
    </message>
    <message>
        <source>add the note “{text}”</source>
        <translation>ajouter la note «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>its trigger names a status that was deleted</source>
        <translation>son déclencheur désigne un statut supprimé</translation>
    </message>
    <message>
        <source>its condition names a label that was deleted</source>
        <translation>sa condition désigne une étiquette supprimée</translation>
    </message>
    <message>
        <source>its condition names a person that was deleted</source>
        <translation>sa condition désigne une personne supprimée</translation>
    </message>
    <message>
        <source>its scope names an area that was deleted</source>
        <translation>sa portée désigne un domaine supprimé</translation>
    </message>
    <message>
        <source>its scope names a project that was deleted</source>
        <translation>sa portée désigne un projet supprimé</translation>
    </message>
    <message>
        <source>its action names a status that was deleted</source>
        <translation>son action désigne un statut supprimé</translation>
    </message>
    <message>
        <source>its action names a person that was deleted</source>
        <translation>son action désigne une personne supprimée</translation>
    </message>
    <message>
        <source>its action names a label that was deleted</source>
        <translation>son action désigne une étiquette supprimée</translation>
    </message>
    <message>
        <source>a task in {where}</source>
        <translation>une tâche de {where}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <source> labelled {label}</source>
        <translation> étiquetée {label}</translation>
    </message>
    <message>
        <source> of {priority} priority</source>
        <translation> de priorité {priority}</translation>
    </message>
    <message>
        <source> assigned to {person}</source>
        <translation> affectée à {person}</translation>
    </message>
    <message>
        <source> whose title contains “{text}”</source>
        <translation> dont le titre contient «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, puis </translation>
    </message>
    <message>
        <source>When {subject} {trigger}, {actions}</source>
        <translation>Quand {subject} {trigger}, {actions}</translation>
    </message>
    <message>
        <source>, assigned to {person}</source>
        <translation>, affectée à {person}</translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation>le même jour ouvré</translation>
    </message>
    <message>
        <source>(deleted status)</source>
        <translation>(statut supprimé)</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(personne supprimée)</translation>
    </message>
    <message>
        <source>(deleted label)</source>
        <translation>(étiquette supprimée)</translation>
    </message>
    <message>
        <source>(deleted area)</source>
        <translation>(domaine supprimé)</translation>
    </message>
    <message>
        <source>(deleted project)</source>
        <translation>(projet supprimé)</translation>
    </message>
    <message>
        <source>Stopped: this change would make rules create {count} tasks (more than {most}); none were created</source>
        <translation>Arrêté : cette modification ferait créer {count} tâches par les règles (plus de {most}) ; aucune n&apos;a été créée</translation>
    </message>
    <message>
        <source>{rules}: {message}</source>
        <translation>{rules} : {message}</translation>
    </message>
    <message>
        <source> (overriding rule “{rule}”: rules apply in list order, the later one wins)</source>
        <translation> (remplace la règle «&#xa0;{rule}&#xa0;» : les règles s&apos;appliquent dans l&apos;ordre de la liste, la dernière l&apos;emporte)</translation>
    </message>
    <message>
        <source>{action} on “{title}”</source>
        <translation>{action} sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>created {titles} after “{title}”</source>
        <translation>{titles} créée(s) après «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>This rule is broken: {problems}. It would do nothing.</source>
        <translation>Cette règle est cassée : {problems}. Elle ne ferait rien.</translation>
    </message>
    <message>
        <source>The workspace keeps no history of “{trigger}”, so there is nothing to preview.</source>
        <translation>L&apos;espace de travail ne garde aucun historique de «&#xa0;{trigger}&#xa0;», il n&apos;y a donc rien à prévisualiser.</translation>
    </message>
    <message>
        <source>{at:%a %d %b}: “{title}”: {actions}</source>
        <translation>{at:%d/%m} : «&#xa0;{title}&#xa0;» : {actions}</translation>
    </message>
    <message>
        <source>Covers {covers}.</source>
        <translation>Couvre {covers}.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>New scenario “{name}”</source>
        <translation>Nouveau scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Adopt scenario “{name}”</source>
        <translation>Adopter le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Link the adopted tasks to the scenario</source>
        <translation>Lier les tâches adoptées au scénario</translation>
    </message>
    <message>
        <source>Discard scenario “{name}”</source>
        <translation>Abandonner le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>its calendar “{calendar}” has no working time; scheduled on the standard week</source>
        <translation>son calendrier «&#xa0;{calendar}&#xa0;» n&apos;a aucun temps de travail ; planifiée sur la semaine standard</translation>
    </message>
    <message>
        <source>in a loop of links: {names} (scheduled without the link {link})</source>
        <translation>dans une boucle de liens : {names} (planifiée sans le lien {link})</translation>
    </message>
    <message>
        <source>its project&apos;s start {date} is outside {years}</source>
        <translation>le début de son projet, {date}, est hors de {years}</translation>
    </message>
    <message>
        <source>its {field} {date} is outside {years}</source>
        <translation>{field} {date} hors de {years}</translation>
    </message>
    <message>
        <source>its duration is negative ({minutes} minutes)</source>
        <translation>sa durée est négative ({minutes} minutes)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{when}, before the file was upgraded from format {version}</source>
        <translation>{when}, avant la mise à niveau du fichier depuis le format {version}</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>a change&apos;s record cannot be read ({exc})</source>
        <translation>l&apos;enregistrement d&apos;une modification est illisible ({exc})</translation>
    </message>
    <message>
        <source>the history of changes cannot be read ({exc})</source>
        <translation>l&apos;historique des modifications est illisible ({exc})</translation>
    </message>
    <message>
        <source>the history of changes cannot be written ({exc})</source>
        <translation>l&apos;historique des modifications ne peut pas être écrit ({exc})</translation>
    </message>
    <message>
        <source>upgrading left row {row} of {table} pointing at a missing {parent}</source>
        <translation>après la mise à niveau, la ligne {row} de {table} pointe vers un {parent} manquant</translation>
    </message>
    <message>
        <source>{path}: there is no such file</source>
        <translation>{path} : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} does not exist</source>
        <translation>{path} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} is read-only, so a workspace cannot be created there</source>
        <translation>{path} : le dossier {parent} est en lecture seule, on ne peut donc pas y créer d&apos;espace de travail</translation>
    </message>
    <message>
        <source>{path}: the workspace could not be created ({sqlite_reason})</source>
        <translation>{path} : l&apos;espace de travail n&apos;a pas pu être créé ({sqlite_reason})</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path} : {problem}</translation>
    </message>
    <message>
        <source>{path}: the folder {parent} is read-only, and editing a workspace writes beside it; open a copy of it instead</source>
        <translation>{path} : le dossier {parent} est en lecture seule, et modifier un espace de travail écrit à côté ; ouvrez plutôt une copie</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; open a copy of it instead</source>
        <translation>{path} : le fichier est en lecture seule ; ouvrez plutôt une copie</translation>
    </message>
    <message>
        <source>{path}: written by an older version of Planner; open it in Planner once to upgrade it</source>
        <translation>{path} : écrit par une version plus ancienne de Planner ; ouvrez-le une fois dans Planner pour le mettre à niveau</translation>
    </message>
    <message>
        <source>{path}: the workspace is damaged and cannot be read ({exc})</source>
        <translation>{path} : l&apos;espace de travail est endommagé et illisible ({exc})</translation>
    </message>
    <message>
        <source>{dest}: that is the open workspace itself</source>
        <translation>{dest} : c&apos;est l&apos;espace de travail ouvert lui-même</translation>
    </message>
    <message>
        <source>{backup}: this backup is from another version of Planner; open it instead</source>
        <translation>{backup} : cette sauvegarde provient d&apos;une autre version de Planner ; ouvrez-la plutôt</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read (permission denied)</source>
        <translation>{path} : le fichier est illisible (permission refusée)</translation>
    </message>
    <message>
        <source>{path}: the file is empty, so it is not a Planner workspace</source>
        <translation>{path} : le fichier est vide, ce n&apos;est donc pas un espace de travail Planner</translation>
    </message>
    <message>
        <source>{path}: this is a GNOME Planner file (XML), not a Planner workspace; import it into a workspace with File ▸ Import, or `planner import {name} NEW.planner`</source>
        <translation>{path} : c&apos;est un fichier GNOME Planner (XML), pas un espace de travail Planner ; importez-le dans un espace de travail avec Fichier ▸ Importer, ou `planner import {name} NOUVEAU.planner`</translation>
    </message>
    <message>
        <source>{path}: this is not a Planner workspace (it is not an SQLite database)</source>
        <translation>{path} : ce n&apos;est pas un espace de travail Planner (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <source>{path}: the file is truncated or damaged</source>
        <translation>{path} : le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>{path}: the file is damaged and cannot be read ({exc})</source>
        <translation>{path} : le fichier est endommagé et illisible ({exc})</translation>
    </message>
    <message>
        <source>{path}: this SQLite database belongs to another program, not to Planner</source>
        <translation>{path} : cette base SQLite appartient à un autre programme, pas à Planner</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({check})</source>
        <translation>{path} : le fichier est endommagé ({check})</translation>
    </message>
    <message>
        <source>{path}: this workspace was written by a newer version of Planner (format {version}; this version reads up to {SCHEMA_VERSION}). Update Planner to open it.</source>
        <translation>{path} : cet espace de travail a été écrit par une version plus récente de Planner (format {version} ; cette version lit jusqu&apos;au format {SCHEMA_VERSION}). Mettez Planner à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{path}: this workspace has no format version, so it cannot be read</source>
        <translation>{path} : cet espace de travail n&apos;a pas de version de format, il est donc illisible</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>a part of this path is a file, not a folder</source>
        <translation>une partie de ce chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>c&apos;est un dossier, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>this is a named pipe, not a workspace file</source>
        <translation>c&apos;est un tube nommé, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>this is a socket, not a workspace file</source>
        <translation>c&apos;est un socket, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>this is a device, not a workspace file</source>
        <translation>c&apos;est un périphérique, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>{path}: the file cannot be opened ({exc})</source>
        <translation>{path} : le fichier ne peut pas être ouvert ({exc})</translation>
    </message>
    <message>
        <source>{dest}: the folder {parent} does not exist</source>
        <translation>{dest} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{dest}: the copy could not be written ({exc})</source>
        <translation>{dest} : la copie n&apos;a pas pu être écrite ({exc})</translation>
    </message>
    <message>
        <source>{path}: the table {table_name}, row {row_id}, holds {shown} in the column {column}, which Planner cannot read; the file was changed outside Planner or is damaged</source>
        <translation>{path} : la table {table_name}, ligne {row_id}, contient {shown} dans la colonne {column}, que Planner ne sait pas lire ; le fichier a été modifié hors de Planner ou est endommagé</translation>
    </message>
    <message>
        <source>{shown}: cannot create the lock file {name} ({strerror})</source>
        <translation>{shown} : impossible de créer le fichier de verrou {name} ({strerror})</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>{shown}: this workspace is already open in another Planner window ({holder}). Close it there first, or open a copy.</source>
        <translation>{shown} : cet espace de travail est déjà ouvert dans une autre fenêtre de Planner ({holder}). Fermez-le d&apos;abord là-bas, ou ouvrez une copie.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>No swimlanes</source>
        <translation>Aucun couloir</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Project or area</source>
        <translation>Projet ou domaine</translation>
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
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
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
        <source>Off track</source>
        <translation>En dérive</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Atténuer</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Occurring</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>Non informé</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Réticent</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
</context>
</TS>
