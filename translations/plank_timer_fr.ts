<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Ajouter une course</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> km</source>
        <comment>after a number of kilometres</comment>
        <translation> km</translation>
    </message>
    <message>
        <source>Distance in kilometres</source>
        <translation>Distance en kilomètres</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> sur 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Effort, de 1 facile à 10 à fond</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Type de course</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Distance</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Effort (1 facile, 10 à fond)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Ajouter la course</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Meilleure séance</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Meilleure semaine</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>aucun tour fait pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln tour</numerusform>
            <numerusform>%Ln tours</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>en une séance, le {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>aucun maintien pour l’instant</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>la semaine du {day}</translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>Comment va votre dos aujourd’hui ? 0 = aucune douleur, 10 = douleur maximale</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Mal de dos {score} sur 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Une note (facultatif) : comment ça s’est passé, ce qui a fait mal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problème avec la note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Passer  [Échap]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Passer le bilan</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Évolution du mal de dos</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Temps de maintien par jour et mal de dos</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} de maintien du {first} au {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Secondes de maintien par jour</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Mal de dos (0 à 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Mal de dos (axe de droite)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day} : {time} de maintien</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day} : repos</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Mal de dos {score} sur 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Périphérique de sortie</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Où les signaux sont joués. La valeur par défaut du système suit le choix de votre bureau ; un périphérique nommé est utilisé dès qu’il est présent, sinon celui par défaut.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>&amp;Jouer les signaux sur :</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>Parler &amp;anglais si ma langue n’a pas de voix</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} a ses propres annonces vocales</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Cette langue n’a pas encore d’annonces vocales&#xa0;: sans mots anglais, la séance s’en tient aux bips (dès la prochaine séance)</translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation>Planche</translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation>Planche latérale, côté gauche</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Planche latérale, côté droit</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Lat. G</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Lat. D</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Planche latérale gauche</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Planche latérale droite</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Ajouter un exercice</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Exercice {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Choisissez un exercice ou tapez le nom du vôtre, p. ex. bird dog</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Secondes de maintien de l’exercice {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Secondes de repos de l’exercice {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Tours de l’exercice {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Monter l’exercice {number}</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Descendre l’exercice {number}</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Retirer l’exercice {number}</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Choisissez d’abord les séances à exporter.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Rien à exporter&#xa0;: les séances choisies n’ont aucun maintien.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Rien à exporter pour l’instant&#xa0;: la séance choisie est encore en cours.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>Exporter les séances choisies en fichiers FIT dans</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln fichier FIT écrit dans {folder}</numerusform>
            <numerusform>%Ln fichiers FIT écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln sans maintien</numerusform>
            <numerusform>%Ln sans maintien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln encore en cours</numerusform>
            <numerusform>%Ln encore en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (hors export&#xa0;: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}&#xa0;; ensuite&#xa0;: {failure}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <comment>the end of the sentence</comment>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Export as &amp;FIT…</source>
        <translation>Exporter en &amp;FIT…</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files</source>
        <translation>Exporter les séances choisies en fichiers FIT</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Écrire chaque séance choisie dans un fichier FIT, pour Garmin Connect ou Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>Export de %Ln séance en FIT…</numerusform>
            <numerusform>Export de %Ln séances en FIT…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>Export impossible&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendrier des 12 derniers mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln jour de séance sur les 12 derniers mois. Les flèches passent d’un jour à l’autre.</numerusform>
            <numerusform>%Ln jours de séance sur les 12 derniers mois. Les flèches passent d’un jour à l’autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day} : pas de séance</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day} : {time} de maintien</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>pas de séance</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>moins d’1 min</translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation>1 à 2 min</translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation>2 à 3 min</translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation>3 min ou plus</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Temps de maintien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Mal de dos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>ID de la séance&#xa0;: {id} ({command})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation>Historique des séances</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>Supprimer la séance choisie</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>Supprimer la séance choisie (touche Suppr)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Ann&amp;uler la suppression</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Annuler la dernière suppression</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>Récupérer la séance supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Séances dans l’historique</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Séances illisibles</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Supprimer retire une seule séance à la fois&#xa0;: n’en choisissez qu’une.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>Le journal des séances est ici en lecture seule : impossible de supprimer une séance.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>Impossible de supprimer la séance : {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Séance du {moment} supprimée.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>Impossible de récupérer la séance : {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Séance du {moment} récupérée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>La langue du bureau</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language} : effectif au prochain démarrage de Plank Timer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>Une séance a été interrompue la dernière fois (l’app s’est fermée inopinément) ; chaque maintien terminé avant est gardé dans le journal.</numerusform>
            <numerusform>%n séances ont été interrompues la dernière fois (l’app s’est fermée inopinément) ; chaque maintien terminé avant est gardé dans le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>Le journal des séances était endommagé, un nouveau a donc été créé ; l’ancien fichier est {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Journal des séances</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Vos maintiens sont gardés et de nouveau enregistrés à la fin de la séance.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Maintiens non enregistrés</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Maintiens gardés pour plus tard</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Exporter le journal des séances</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>Sauvegarde JSON (*.json);;CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Importer un journal des séances</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Sauvegarde JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n déjà présente).</numerusform>
            <numerusform>(%n déjà présentes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n séance importée</numerusform>
            <numerusform>%n séances importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n maintien pas encore enregistré&#xa0;: il le sera avec la prochaine séance, ou gardé dans un fichier de récupération à la fermeture.</numerusform>
            <numerusform>{problem}. %n maintiens pas encore enregistrés&#xa0;: ils le seront avec la prochaine séance, ou gardés dans un fichier de récupération à la fermeture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Exporté, mais pas entièrement</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n déjà dans le journal).</numerusform>
            <numerusform>(%n déjà dans le journal).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>À &amp;propos de Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Démarrer / pause / reprendre</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>&amp;Passer cette phase</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>&amp;Arrêter la séance</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>Mode &amp;sol (plein écran)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Muet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progrès</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>Annonces &amp;vocales</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>À propos de Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Des maintiens courts en planche et planche latérale (10 s au plus) avec 5 s de repos, sur 2 à 5 tours : l’endurance du tronc pour les coureurs qui ont mal au bas du dos.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Touches : Espace démarrer/pause, S passer, Échap arrêter, F mode sol, M muet.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Secondes de maintien</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Secondes de repos</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Tours par exercice</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Secondes de préparation</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Secondes de pause pour changer</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>{low} à {high} tours sont recommandés ; plus si besoin.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Inclure : {exercise}</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Repos</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Tours</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Changement</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>{low} à {high} tours recommandés ; des maintiens de 10 s au plus marchent le mieux.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Résumé de la routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation>Ro&amp;utine</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>{problem}. Workouts still run; their holds are kept, and saved in a recovery file when the app closes if the log stays closed to them.</source>
        <translation>{problem}. Les séances fonctionnent quand même&#xa0;; leurs maintiens sont gardés, et enregistrés dans un fichier de récupération à la fermeture si le journal reste inaccessible.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Aucune séance dans le journal. Vos progrès s’affichent ici après votre première séance.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Pas encore de séance</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Records personnels</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>La course et votre dos</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Temps de maintien par jour</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>au {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Tous les tours faits lors de vos {count} dernières séances : essayez %n tour la prochaine fois, avec les mêmes maintiens.</numerusform>
            <numerusform>Tous les tours faits lors de vos {count} dernières séances : essayez %n tours la prochaine fois, avec les mêmes maintiens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln jour de séance depuis le {day}</numerusform>
            <numerusform>%Ln jours de séance depuis le {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <comment>an axis label: hours and minutes, short</comment>
        <translation>{hours}&#xa0;h&#xa0;{minutes}</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a date, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>a kind of run</comment>
        <translation>Course</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Tapis de course</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>du {first} au {last} {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la semaine dernière</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>{day} de la semaine dernière</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>{first} à {last} de la semaine dernière</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>rien non plus : {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ en hausse, rien : {span}</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>rien cette semaine</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent} % par rapport à {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent} % par rapport à {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= comme {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Aucune note de mal de dos sur ce %Ln jour</numerusform>
            <numerusform>Aucune note de mal de dos sur ces %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Mal de dos en moyenne à {score} sur 10 sur ce %Ln jour</numerusform>
            <numerusform>Mal de dos en moyenne à {score} sur 10 sur ces %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, comme le %Ln jour d’avant</numerusform>
            <numerusform>{text}, comme les %Ln jours d’avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, en baisse par rapport à {score} le %Ln jour d’avant</numerusform>
            <numerusform>{text}, en baisse par rapport à {score} les %Ln jours d’avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, en hausse par rapport à {score} le %Ln jour d’avant</numerusform>
            <numerusform>{text}, en hausse par rapport à {score} les %Ln jours d’avant</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} sur 10</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation>Afficher les</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 jours</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 jours</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 jours</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Afficher le dernier %n jour</numerusform>
            <numerusform>Afficher les %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Tracer le dernier %n jour</numerusform>
            <numerusform>Tracer les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Période du graphique</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Terminé !</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>En pause · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Bravo. Séance terminée.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Séance arrêtée.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Tour {round} sur {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n maintien · Espace pour démarrer</numerusform>
            <numerusform>%n maintiens · Espace pour démarrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Espace pour une nouvelle séance</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Ensuite : fini</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Ensuite : {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Ensuite : {seconds} s de repos</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Ensuite : {seconds} s pour changer</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Ensuite : {seconds} s de préparation</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Séance {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Reste de la séance {time}</translation>
    </message>
    <message>
        <source>{app}: {phase} {seconds} s, {exercise}, {round}</source>
        <translation>{app} : {phase} {seconds} s, {exercise}, {round}</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) could not be saved anywhere: {reason}.</source>
        <translation>
            <numerusform>{problem}. %Ln maintien n’a pu être enregistré nulle part&#xa0;: {reason}.</numerusform>
            <numerusform>{problem}. %Ln maintiens n’ont pu être enregistrés nulle part&#xa0;: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. La fin de la dernière séance n’a pu être enregistrée nulle part&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln maintien est enregistré dans {file} à la place et sera ajouté au journal au prochain démarrage de Plank Timer.</numerusform>
            <numerusform>{problem}. %Ln maintiens sont enregistrés dans {file} à la place et seront ajoutés au journal au prochain démarrage de Plank Timer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. La fin de la dernière séance est enregistrée dans {file} à la place et sera ajoutée au journal au prochain démarrage de Plank Timer.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>%Ln maintien qui n’avait pu être enregistré la dernière fois a été ajouté au journal (depuis {files}, désormais supprimé).</numerusform>
            <numerusform>%Ln maintiens qui n’avaient pu être enregistrés la dernière fois ont été ajoutés au journal (depuis {files}, désormais supprimé).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>Impossible d’ajouter un fichier de récupération&#xa0;: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Me le rappeler chaque jour à (HH:MM, sur 24 h ; laisser vide pour aucun rappel) :</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Pas modifié : {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Secondes de préparation</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Secondes de pause pour changer</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Alterner les côt&amp;és à chaque tour</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Une planche latérale gauche et une droite qui se suivent dans la liste alternent : gauche 1, repos, droite 1, repos, gauche 2, et ainsi de suite.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>Pause de &amp;changement</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Aucune routine choisie</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Intégrée, donc non modifiable : dupliquez-la pour faire votre propre version.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Rien à alterner : placez une planche latérale gauche et une droite l’une après l’autre.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>« {name} » a des modifications non enregistrées : enregistrez-les ou annulez-les d’abord.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed} : {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nom de la nouvelle routine :</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>« {name} » créée : choisissez ses exercices, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Non créée</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <comment>the name of a copy of a routine</comment>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>{name} copy {number}</source>
        <comment>the name of a further copy</comment>
        <translation>{name} (copie {number})</translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation>« {copy} » créée, copie de « {name} » : modifiez-la, puis enregistrez.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copiée</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour « {name} » :</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>« {old} » renommée en « {new} ».</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Non renommée</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>« {name} » supprimée.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>« {name} » montée.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>« {name} » descendue.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non déplacée</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>« {name} » enregistrée.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>« {name} » a des modifications non enregistrées : enregistrez-les, ou fermez à nouveau pour les abandonner.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Rou&amp;tines</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (intégrée)</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Custom runs the values below; a routine runs its own plan.</source>
        <translation>« Personnalisé » utilise les valeurs ci-dessous ; une routine, son propre programme.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>&amp;Modifier les routines…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Modifier les routines</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation>1 à {most} caractères, pas déjà pris par une autre routine</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>Supprimer la routine « {name} » ? C’est définitif.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Douce</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Intense</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise} : %n tour de {hold} s, {rest} s de repos</numerusform>
            <numerusform>{exercise} : %n tours de {hold} s, {rest} s de repos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>Les côtés alternent à chaque tour</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln course ajoutée</numerusform>
            <numerusform>%Ln courses ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln déjà dans le journal</numerusform>
            <numerusform>%Ln déjà dans le journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln autre sport ignoré</numerusform>
            <numerusform>%Ln autres sports ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Import terminé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Import annulé&#xa0;: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>La %Ln course ajoutée avant l’annulation est gardée.</numerusform>
            <numerusform>Les %Ln courses ajoutées avant l’annulation sont gardées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Recherche des courses…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Import des courses</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Lecture de {done} sur %Ln fichier…</numerusform>
            <numerusform>Lecture de {done} sur %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Courses importées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être lu et a été ignoré&#xa0;; «&#xa0;{show_details}&#xa0;» donne la raison.</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être lus et ont été ignorés&#xa0;; «&#xa0;{show_details}&#xa0;» les liste avec la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>L’import s’est arrêté sur un problème inattendu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import interrompu</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>Impossible d’écrire dans le journal des séances&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln course ajoutée avant cela est gardée.</numerusform>
            <numerusform>%Ln courses ajoutées avant cela sont gardées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Course par semaine, gainage et mal de dos</translation>
    </message>
    <message>
        <source>{weeks}, {runs}, {jumps}</source>
        <comment>a list of counts</comment>
        <translation>{weeks}, {runs}, {jumps}</translation>
    </message>
</context>
<context>
    <name>RunningLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Distance run</source>
        <translation>Distance courue</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Temps de course</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Semaine de pic</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Mal de dos, moyenne par semaine (axe de droite)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Temps de gainage</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Après un pic&#xa0;: la semaine du pic et la suivante</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Après un pic</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Nombres au-dessus des barres&#xa0;: jours de course, séances de gainage</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Nombres&#xa0;: jours de course · séances</translation>
    </message>
</context>
<context>
    <name>RunningSection</name>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>D&amp;istance</source>
        <translation>D&amp;istance</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>Les barres de course montrent la distance</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Te&amp;mps</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>Les barres de course montrent le temps de course</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 m&amp;ois</translation>
    </message>
    <message>
        <source>Show the last 13 weeks of running</source>
        <translation>Afficher les 13 dernières semaines de course</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 a&amp;n</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>Afficher les 52 dernières semaines de course</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Afficher chaque semaine depuis votre première course</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Course et mal de dos, en mots</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Pas encore de course</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Courses sans distance</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Comment les pics sont marqués</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln course sans distance (tapis de course, ou ajoutée sans km) compte dans les infobulles mais pas dans les barres de distance&#xa0;; choisissez Temps pour la voir dans les barres.</numerusform>
            <numerusform>%Ln courses sans distance (tapis de course, ou ajoutées sans km) comptent dans les infobulles mais pas dans les barres de distance&#xa0;; choisissez Temps pour les voir dans les barres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Aucune course de ces semaines n’a de distance&#xa0;: les barres montrent le temps</translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message>
        <source>km per week</source>
        <translation>km par semaine</translation>
    </message>
    <message>
        <source>Running time per week</source>
        <translation>Temps de course par semaine</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Mal de dos (0 à 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Aucune course dans le journal pour l’instant. Ajoutez-les avec {import_runs} (fichiers FIT, GPX ou TCX d’une montre, ou un export Strava) ou saisissez-en une avec {add_run}&#xa0;; votre course, semaine par semaine, s’affichera alors ici à côté du gainage et du mal de dos.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ marque un pic&#xa0;: une semaine dont le temps de course dépasse de plus de {percent}&#xa0;% la moyenne des {weeks} semaines précédentes (après {weeks} semaines sans course, toute course compte). «&#xa0;Après un pic&#xa0;» désigne la semaine marquée et la suivante. La comparaison demande des notes de mal de dos sur au moins {minimum} semaines après un pic et {minimum} autres semaines. Les semaines vont du lundi au dimanche. Elle montre ce qui est arrivé en même temps, pas ce qui a causé quoi&#xa0;: le sommeil, le travail et les autres entraînements changent aussi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln course</numerusform>
            <numerusform>%Ln courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked jump(s)</source>
        <translation>
            <numerusform>%Ln pic marqué</numerusform>
            <numerusform>%Ln pics marqués</numerusform>
        </translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>in this week</source>
        <translation>cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>sur cette %Ln semaine</numerusform>
            <numerusform>sur ces %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>sur la %Ln semaine depuis votre première course</numerusform>
            <numerusform>sur les %Ln semaines depuis votre première course</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Aucune course {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Aucune note de mal de dos {span}&#xa0;: après une séance, notez comment va votre dos (0 à 10) pour le voir à côté de votre course.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Aucun pic marqué {span}&#xa0;; votre mal de dos était en moyenne à {score} sur la %Ln semaine notée.</numerusform>
            <numerusform>Aucun pic marqué {span}&#xa0;; votre mal de dos était en moyenne à {score} sur les %Ln semaines notées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>Dans la %Ln semaine après un pic marqué</numerusform>
            <numerusform>Dans les %Ln semaines après un pic marqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>dans %Ln autre semaine notée</numerusform>
            <numerusform>dans les %Ln autres semaines notées</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}), votre mal de dos était en moyenne à {after}&#xa0;; {other_weeks}, à {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Pas encore assez de données&#xa0;: comparer le mal de dos après les pics aux autres semaines demande des notes sur au moins {minimum} semaines de chaque sorte&#xa0;; notées {span}&#xa0;: {after} après un pic, {others}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged: fewer than {weeks} weeks of runs logged before it</source>
        <translation>Non évaluée&#xa0;: moins de {weeks} semaines de course enregistrées avant</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Pic&#xa0;: reprise de la course après {weeks} semaines sans</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Aucune course cette semaine ni les {weeks} semaines d’avant</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Pic&#xa0;: {percent} au-dessus des {weeks} semaines d’avant (moyenne {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} au-dessus des {weeks} semaines d’avant (moyenne {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} en dessous des {weeks} semaines d’avant (moyenne {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Semaine du {day} (en cours)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Course&#xa0;: {runs} sur %Ln jour, {time}, {distance}</numerusform>
            <numerusform>Course&#xa0;: {runs} sur %Ln jours, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Course&#xa0;: {runs} sur %Ln jour, {time}</numerusform>
            <numerusform>Course&#xa0;: {runs} sur %Ln jours, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln course sans distance ({time})</numerusform>
            <numerusform>%Ln courses sans distance ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Course&#xa0;: aucune</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>La semaine après un pic</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Gainage&#xa0;: %Ln séance, {time} de maintien</numerusform>
            <numerusform>Gainage&#xa0;: %Ln séances, {time} de maintien</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Gainage&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Mal de dos&#xa0;: {score} sur 10 (%Ln note)</numerusform>
            <numerusform>Mal de dos&#xa0;: {score} sur 10 (%Ln notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Mal de dos&#xa0;: pas de note</translation>
    </message>
    <message>
        <source>Core held</source>
        <comment>the title of a short axis: a word or two</comment>
        <translation>Gainage</translation>
    </message>
</context>
<context>
    <name>RunsMenu</name>
    <message>
        <source>Import &amp;runs…</source>
        <translation>Importer des &amp;courses…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Importer les courses d’un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>&amp;Ajouter une course…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Importer des courses&#xa0;: fichiers FIT, GPX, TCX ou export Strava</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Importer toutes les courses d’un dossier</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Le journal des séances est ici en lecture seule.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Course non ajoutée</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>Impossible d’enregistrer la course&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Déjà dans le journal</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>Le journal contient déjà une course comme celle-ci.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréq. card.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{minutes}:{seconds} /km</source>
        <translation>{minutes}:{seconds} /km</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <source>{bpm} bpm</source>
        <translation>{bpm}&#xa0;bpm</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Runs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>Supprimer la &amp;course</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Supprimer la course choisie</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>Supprimer la course choisie (touche Suppr)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Rétab&amp;lir la course</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>Rétablir la dernière course supprimée</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>Rétablir la course supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>État des courses</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Courses dans le journal</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Courses illisibles</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Le journal des séances est ici en lecture seule&#xa0;: impossible de supprimer des courses.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>Impossible de supprimer la course&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Course du {moment} supprimée.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>Impossible de rétablir la course&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Course du {moment} rétablie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln course</numerusform>
            <numerusform>%Ln courses</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Pas encore de course&#xa0;: {import_runs} les fait venir de votre montre ou de Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Séance en cours</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>Vos propres sons et le choix du périphérique nécessitent sounddevice et PortAudio ; les signaux jouent les sons intégrés sur la sortie par défaut du système.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>le son est introuvable</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>&amp;Sons…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>Périp&amp;hérique de sortie…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>Les signaux passent par {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>Le son pour « {cue} » n’a pas pu être utilisé ({problem}) ; le son intégré est joué à la place.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>Le périphérique de sortie « {device} » n’est pas connecté ; les signaux sont joués sur la sortie par défaut du système.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>Lecture impossible : {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>un nouveau flux simpleaudio par signal</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>un nouveau flux simpleaudio par signal ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>un flux ouvert par séance via {library}, sur {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>le périphérique par défaut du système</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} est défini</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice n’est pas installé</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) n’est pas installé</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Tic du décompte</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (coupé à {seconds} s, avec un fondu)</translation>
    </message>
    <message>
        <source>{file} ({seconds} s)</source>
        <translation>{file} ({seconds} s)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Sound messages</source>
        <translation>Messages sur les sons</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Intégré</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Écouter</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>Fichiers WAV, FLAC ou OGG. Un son de plus de {seconds} s est coupé à ce point, avec un fondu, pour ne pas empiéter sur le signal suivant.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Son pour {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. Le son pour « {cue} » reste inchangé.</translation>
    </message>
</context>
<context>
    <name>SpinWords</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Workouts</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Temps de maintien</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>avec au moins un maintien</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>tous maintiens confondus</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>une séance aujourd’hui en commence une</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} sem. dernière</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>&amp;Rappel quotidien…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Bravo. Vos maintiens sont dans le journal.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>C’est l’heure des planches du jour : quelques minutes suffisent.</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation>Démarrer  [Espace]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Passer  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Arrêter  [Échap]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Muet  [M]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Reprendre  [Espace]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Espace]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Son  [M]</translation>
    </message>
</context>
<context>
    <name>WorkoutDisplay</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exercise and side</source>
        <translation>Exercice et côté</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Temps de séance restant</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Avancement de la séance</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>État du son</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>Impossible de démarrer : {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. L’écran clignote à la place à chaque changement.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Plank Timer</source>
        <translation>Plank Timer</translation>
    </message>
    <message>
        <source>Interval Timer</source>
        <translation>Minuteur d’intervalles</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Chronométrez planches et planches latérales avec de grands chiffres et des signaux sonores</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>planche;planche latérale;gainage;exercice;séance;fitness;intervalle;minuteur;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Un minuteur d’intervalles pour le programme d’endurance du tronc souvent donné aux coureurs qui ont mal au bas du dos : planches et planches latérales tenues quelques secondes avec de courts repos, sur quelques tours. Posez l’ordinateur par terre, mettez-vous en position, et Plank Timer vous dit quand tenir, quand vous reposer, combien de temps il reste et quand changer de côté.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Des chiffres énormes et des couleurs vives, lisibles depuis le sol</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Des signaux sonores distincts pour tenir, repos, changement et fin, et un décompte avant chaque maintien</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Contrôle au clavier : démarrer, pause, passer, arrêter, muet et plein écran</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Un chronométrage sur l’horloge monotone : même une longue séance ne dérive jamais</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Un journal des séances terminées avec séries et records personnels</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>En anglais, allemand, français, espagnol, italien, néerlandais et portugais</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Première version : des intervalles de planche et de planche latérale avec signaux sonores et journal des séances.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>un nom d’exercice</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>le nom d’un exercice ne peut pas être vide</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>choisissez au moins un exercice</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>le maintien</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>le repos</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>les tours</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>la préparation</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>le changement</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} doit être de {low} à {high} secondes, et non {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} doit être de {low} à {high}, et non {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>le nombre de tours doit être entier, et non {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>un plan a au plus {most} exercices, et non {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>alterner les côtés doit être vrai ou faux, et non {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>l’heure du rappel doit être HH:MM (sur 24 h), et non {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>une routine a besoin d’un nom</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>un nom de routine</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>une routine a besoin d’un programme, et non {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>une routine intégrée s’appelle déjà {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>une autre routine s’appelle déjà {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>Il n’y a pas de journal des séances à {file}</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>Impossible de lire le journal des séances {file} : {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>Le journal des séances {file} a la version de schéma {version}, cette app lit la {latest} : ouvrez-le une fois dans cette version de Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier {folder} : {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>Le journal des séances {file} a été écrit par un Plank Timer plus récent ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>il a la version de schéma {version}, plus récente que celles que connaît cette appli ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>Le journal des séances {file} est endommagé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>Impossible d’ouvrir le journal des séances {file} : {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>Le journal des séances {file} est endommagé et n’a pas pu être mis de côté : {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>Impossible de créer un nouveau journal des séances {file} : {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>il n’y a pas de routine appelée {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} est intégrée : dupliquez-la pour faire la vôtre</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>Impossible d’enregistrer les routines dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>exercice {number} : {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>la séance {id} n’a aucun maintien</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>la séance {id} ne peut pas être écrite en FIT&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>Impossible d’enregistrer la séance&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>il n’y a pas encore de séance pour un bilan</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>Impossible d’enregistrer dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>un caractère de contrôle bidi ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>un saut de ligne ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>un demi-codet isolé ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>un caractère de contrôle ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>un caractère non attribué ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>un caractère non imprimable ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} doit être du texte, et non {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} doit avoir au plus {most} caractères, et non {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} doit être une ligne de texte imprimable&#xa0;; le caractère {position} est {char}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>une course doit commencer entre le {first} et le {last}, et non {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>le temps total</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>le temps en mouvement</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>la distance</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>la fréquence cardiaque moyenne</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>l’effort</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>le début d’une course doit avoir un décalage UTC</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>le sport doit être l’un de {sports}</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>le nom de source d’une course doit avoir de 1 à {most} caractères</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} doit être de {low} à {high} mètres, et non {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} doit être un nombre entier de {low} à {high}, et non {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>dure moins d’une minute (montre lancée par erreur&#xa0;?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>est un nom hors de l’archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>n’est pas un fichier zip lisible</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>annonce {size} une fois décompressé, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>grossirait {ratio} fois (une bombe zip&#xa0;?)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>est endommagé dans l’archive ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>ne peut pas être décompressé ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>n’est pas un fichier FIT, GPX ou TCX</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>est nommé par {row} mais absent de l’archive</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>est endommagé&#xa0;: sa somme de contrôle FIT (CRC) ne correspond pas</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>est coupé (fichier FIT tronqué)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>n’est pas un fichier FIT (pas d’en-tête FIT valide)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>n’est pas un fichier FIT lisible ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>ne contient aucune activité (un fichier FIT de réglages, d’entraînement ou de suivi)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>n’a pas de vraie heure de début (l’horloge de la montre n’était pas réglée)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>ne dit pas combien de temps l’activité a duré</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>n’est pas du GPX valide (XML cassé)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>n’est pas un fichier GPX lisible ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>ne contient aucune heure (un itinéraire ou une trace sans horodatage)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;Mo</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>dépasse {size} une fois décompressé&#xa0;; refusé</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>n’est pas un fichier gzip lisible ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>n’est pas un fichier ordinaire (un tube ou un périphérique)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>fait {size}, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>n’est ni un fichier FIT, GPX ou TCX (ni son .gz), ni une archive zip</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>n’a pas de temps total</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} n’est pas une date</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>il manque les colonnes {columns} (pas un export Strava&#xa0;?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>a une cellule qui n’est pas un nombre ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>n’est pas un fichier CSV lisible ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>n’est pas du TCX valide (XML cassé)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>n’est pas un fichier TCX lisible ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format doit valoir {format}</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version doit être un nombre entier</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>la version {version} n’est pas lisible par cette appli (elle lit {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>le mal de dos</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>il n’y a pas de séance {id} dans le journal</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>séance {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>séance {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 maintien de la {session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} maintiens de la {session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>course {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>course {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} et {count} autres</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>laissé de côté ce qui était illisible (un octet endommagé dans le journal)&#xa0;: {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>impossible d’exporter dans {file}&#xa0;: c’est le journal des séances lui-même (ou une partie)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>impossible d’exporter dans {file}&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} doit être un objet, et non {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>il doit s’agir d’un objet, et non de {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} manque</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} doit être {wanted}, et non {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} répète {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (début {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un nombre de secondes de {low} à {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>une heure ISO 8601 avec décalage UTC</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>Could not write to the workout log {file}: {reason}</source>
        <translation>Impossible d’écrire dans le journal des séances {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>il contient un entier de {digits} chiffres</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>il contient {name}, qui n’est pas un nombre JSON</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>c’est un tube, pas un fichier</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>c’est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} fait {size} octets&#xa0;; cette appli lit des sauvegardes d’au plus {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} dépasse {most} octets</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} n’est pas du texte UTF-8 (l’octet {byte} est erroné)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} n’est pas du JSON valide&#xa0;: {reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right ou un nom personnalisé</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>après started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>pas un journal Plank Timer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>le plan doit être un objet avec blocks, get_ready et switch</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} doit être {wanted}</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>aucun dossier ne les a acceptés ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>Impossible d’enregistrer dans {file}</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>doit être un objet, et non {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>le nom {name} appartient à une routine intégrée&#xa0;: renommez-la dans le fichier</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l’un de {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 chiffres hexadécimaux ou null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count}&#xa0;caractères)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>il n’y a pas de son « {name} »</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file} : pas un fichier WAV, FLAC ou OGG</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>{file} n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} ne contient aucun son</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio n’est pas disponible ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>aucun flux de sortie n’a pu être ouvert ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>le flux de sortie n’a pas pu démarrer ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>le son n’a pas pu être joué ({reason})</translation>
    </message>
</context>
</TS>
