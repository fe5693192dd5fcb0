<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Aggiungi una corsa</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Iniziata alle</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source> km</source>
        <comment>after a number of kilometres</comment>
        <translation> km</translation>
    </message>
    <message>
        <source>Distance in kilometres</source>
        <translation>Distanza in chilometri</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> su 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Sforzo, da 1 facile a 10 al massimo</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Tipo di corsa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Durata</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>Distan&amp;za</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Sforzo (1 facile, 10 al massimo)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Aggiungi corsa</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Miglior allenamento</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Settimana migliore</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>ancora nessun giro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln giro</numerusform>
            <numerusform>%Ln giri</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>in un allenamento, il {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>ancora nessuna tenuta</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>la settimana del {day}</translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation>Secondi rimanenti</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Come stai</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>Come va la schiena oggi? 0 = nessun dolore, 10 = dolore massimo</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Mal di schiena {score} su 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Una nota (facoltativa): com’è andata, cosa ha fatto male</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problema con la nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Salta  [Esc]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Salta la valutazione</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Andamento del mal di schiena</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Tempo di tenuta al giorno e mal di schiena</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} di tenuta dal {first} al {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Secondi di tenuta al giorno</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Mal di schiena (da 0 a 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Mal di schiena (asse destro)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} di tenuta</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day}: riposo</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Mal di schiena {score} su 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo di uscita</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Dove suonano i segnali. Il predefinito di sistema segue la scelta del tuo desktop; un dispositivo indicato per nome si usa ogni volta che è presente, altrimenti il predefinito.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>&amp;Riproduci i segnali su:</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>Parla in &amp;inglese se la mia lingua non ha voce</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} ha i suoi avvisi vocali</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Questa lingua non ha ancora avvisi vocali: senza parole in inglese, l’allenamento resta ai bip (dal prossimo allenamento)</translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation>Plank</translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation>Plank laterale, lato sinistro</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Plank laterale, lato destro</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Lat. S</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Lat. D</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Plank laterale sinistro</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Plank laterale destro</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Giri</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Aggiungi esercizio</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Esercizio {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Scegli un esercizio o scrivi il nome del tuo, ad es. bird dog</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Secondi di tenuta dell’esercizio {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Secondi di riposo dell’esercizio {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Giri dell’esercizio {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Sposta su l’esercizio {number}</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Sposta giù l’esercizio {number}</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Rimuovi l’esercizio {number}</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Scegli prima gli allenamenti da esportare.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Niente da esportare: gli allenamenti scelti non hanno tenute.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Ancora niente da esportare: l’allenamento scelto è ancora in corso.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>Esporta gli allenamenti scelti come file FIT in</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln file FIT scritto in {folder}</numerusform>
            <numerusform>%Ln file FIT scritti in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln senza tenute</numerusform>
            <numerusform>%Ln senza tenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln ancora in corso</numerusform>
            <numerusform>%Ln ancora in corso</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (esclusi: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}; poi: {failure}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <comment>the end of the sentence</comment>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Export as &amp;FIT…</source>
        <translation>Esporta come &amp;FIT…</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files</source>
        <translation>Esporta gli allenamenti scelti come file FIT</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Salva ogni allenamento scelto come file FIT, per Garmin Connect o Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>Esportazione di %Ln allenamento in FIT…</numerusform>
            <numerusform>Esportazione di %Ln allenamenti in FIT…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>Impossibile esportare: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendario degli ultimi 12 mesi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln giorno di allenamento negli ultimi 12 mesi. Le frecce passano da un giorno all’altro.</numerusform>
            <numerusform>%Ln giorni di allenamento negli ultimi 12 mesi. Le frecce passano da un giorno all’altro.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day}: nessun allenamento</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} di tenuta</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>nessun allenamento</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>meno di 1 min</translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation>da 1 a 2 min</translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation>da 2 a 3 min</translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation>3 min o più</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Giri</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tempo di tenuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Mal di schiena</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>ID allenamento: {id} ({command})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} su {planned}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation>Cronologia degli allenamenti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>Elimina l’allenamento scelto</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>Elimina l’allenamento scelto (tasto Canc)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>A&amp;nnulla eliminazione</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Annulla l’ultima eliminazione</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>Ripristina l’allenamento eliminato (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Stato della cronologia</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Allenamenti nella cronologia</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Allenamenti illeggibili</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Elimina rimuove un solo allenamento alla volta: scegline uno.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>Qui il registro degli allenamenti è di sola lettura, quindi non si possono eliminare allenamenti.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>Impossibile eliminare l’allenamento: {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Allenamento del {moment} eliminato.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>Impossibile ripristinare l’allenamento: {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Allenamento del {moment} ripristinato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln allenamento</numerusform>
            <numerusform>%Ln allenamenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Come il desktop</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>La lingua del desktop</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language}: vale dal prossimo avvio di Plank Timer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>Un allenamento è stato interrotto l’ultima volta (l’app si è chiusa all’improvviso); ogni tenuta finita prima resta nel registro.</numerusform>
            <numerusform>%n allenamenti sono stati interrotti l’ultima volta (l’app si è chiusa all’improvviso); ogni tenuta finita prima resta nel registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>Il registro degli allenamenti era danneggiato, quindi ne è stato iniziato uno nuovo; il vecchio file è {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Registro degli allenamenti</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Le tue tenute restano e vengono salvate di nuovo a fine allenamento.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Tenute non salvate</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Tenute conservate per dopo</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Esporta il registro degli allenamenti</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>Backup JSON (*.json);;CSV per fogli di calcolo (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Importa un registro degli allenamenti</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Backup JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nulla importato</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n corsa</numerusform>
            <numerusform>%n corse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n c’era già).</numerusform>
            <numerusform>(%n c’erano già).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n allenamento importato</numerusform>
            <numerusform>%n allenamenti importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n tenuta non ancora salvata: verrà salvata con il prossimo allenamento, o conservata in un file di recupero alla chiusura dell’app.</numerusform>
            <numerusform>{problem}. %n tenute non ancora salvate: verranno salvate con il prossimo allenamento, o conservate in un file di recupero alla chiusura dell’app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Esportato, ma non del tutto</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n era già nel registro).</numerusform>
            <numerusform>(%n erano già nel registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Allenamento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>&amp;Informazioni su Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Avvia / pausa / riprendi</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>&amp;Salta questa fase</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>&amp;Ferma l’allenamento</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>Modalità &amp;pavimento (schermo intero)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Muto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progressi</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contrasto</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>Avvisi &amp;vocali</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>Informazioni su Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Brevi tenute di plank e plank laterale (al massimo 10 s) con 5 s di riposo, da 2 a 5 giri: resistenza del core per chi corre con mal di schiena lombare.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Tasti: Spazio avvia/pausa, S salta, Esc ferma, F modalità pavimento, M muto.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Secondi di tenuta</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Secondi di riposo</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Giri per esercizio</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Secondi di preparazione</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Secondi di pausa per il cambio</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>Si consigliano da {low} a {high} giri; di più se serve.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Includi {exercise}</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Tenuta</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Riposo</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Giri</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Preparazione</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Cambio</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>Consigliati da {low} a {high} giri; tenute di 10 s al massimo funzionano meglio.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Riepilogo della routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation>Ro&amp;utine</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>{problem}. Workouts still run; their holds are kept, and saved in a recovery file when the app closes if the log stays closed to them.</source>
        <translation>{problem}. Gli allenamenti funzionano comunque; le loro tenute restano e, se il registro continua a non accettarle, vengono salvate in un file di recupero alla chiusura dell’app.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>I tuoi progressi</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Ancora nessun allenamento registrato. I tuoi progressi compaiono qui dopo il primo allenamento.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Ancora nessun allenamento</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Record personali</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>La corsa e la tua schiena</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Tempo di tenuta al giorno</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Gli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corse</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>al {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Tutti i giri fatti negli ultimi {count} allenamenti: la prossima volta prova %n giro, con le stesse tenute.</numerusform>
            <numerusform>Tutti i giri fatti negli ultimi {count} allenamenti: la prossima volta prova %n giri, con le stesse tenute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln giorno di allenamento dal {day}</numerusform>
            <numerusform>%Ln giorni di allenamento dal {day}</numerusform>
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
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
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
        <translation>Corsa</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Tapis roulant</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>aggiunta a mano</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>dal {first} al {last} {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>dal {first} al {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la settimana scorsa</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>{day} della settimana scorsa</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>da {first} a {last} della settimana scorsa</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>niente neanche: {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ in su da zero ({span})</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>ancora niente questa settimana</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent}% rispetto a {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent}% rispetto a {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= come {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Nessun valore di mal di schiena in questo %Ln giorno</numerusform>
            <numerusform>Nessun valore di mal di schiena in questi %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Mal di schiena in media {score} su 10 in questo %Ln giorno</numerusform>
            <numerusform>Mal di schiena in media {score} su 10 in questi %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, come nel %Ln giorno prima</numerusform>
            <numerusform>{text}, come nei %Ln giorni prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, in calo da {score} nel %Ln giorno prima</numerusform>
            <numerusform>{text}, in calo da {score} nei %Ln giorni prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, in aumento da {score} nel %Ln giorno prima</numerusform>
            <numerusform>{text}, in aumento da {score} nei %Ln giorni prima</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Troncato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} su 10</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation>Mostra gli ultimi</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 giorni</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 giorni</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 giorni</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Mostra l’ultimo %n giorno</numerusform>
            <numerusform>Mostra gli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Grafico dell’ultimo %n giorno</numerusform>
            <numerusform>Grafico degli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Periodo del grafico</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Pronti</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Prossimo esercizio</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Fatto!</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>In pausa · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Ben fatto. Allenamento completato.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Allenamento fermato.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Giro {round} di {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n tenuta · Spazio per iniziare</numerusform>
            <numerusform>%n tenute · Spazio per iniziare</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Spazio per un altro allenamento</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Poi: fine</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Poi: {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Poi: {seconds} s di riposo</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Poi: {seconds} s per il cambio</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Poi: {seconds} s per prepararti</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Allenamento {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Mancano {time}</translation>
    </message>
    <message>
        <source>{app}: {phase} {seconds} s, {exercise}, {round}</source>
        <translation>{app}: {phase} {seconds} s, {exercise}, {round}</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) could not be saved anywhere: {reason}.</source>
        <translation>
            <numerusform>{problem}. %Ln tenuta non si è potuta salvare da nessuna parte: {reason}.</numerusform>
            <numerusform>{problem}. %Ln tenute non si sono potute salvare da nessuna parte: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. Come è finito l’ultimo allenamento non si è potuto salvare da nessuna parte: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln tenuta è salvata invece in {file} e verrà aggiunta al registro al prossimo avvio di Plank Timer.</numerusform>
            <numerusform>{problem}. %Ln tenute sono salvate invece in {file} e verranno aggiunte al registro al prossimo avvio di Plank Timer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. Come è finito l’ultimo allenamento è salvato invece in {file} e verrà aggiunto al registro al prossimo avvio di Plank Timer.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>Aggiunta al registro %Ln tenuta che l’ultima volta non si era potuta salvare (da {files}, ora eliminato).</numerusform>
            <numerusform>Aggiunte al registro %Ln tenute che l’ultima volta non si erano potute salvare (da {files}, ora eliminato).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>Impossibile aggiungere un file di recupero: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Promemoria quotidiano</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Ricordamelo ogni giorno alle (HH:MM, 24 ore; vuoto per nessun promemoria):</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Non modificato: {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Secondi di preparazione</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Secondi di pausa per il cambio</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Alterna i lat&amp;i a ogni giro</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Un plank laterale sinistro e uno destro vicini nella lista si alternano: sinistro 1, riposo, destro 1, riposo, sinistro 2 e così via.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Preparazione</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>Pausa per il &amp;cambio</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Nessuna routine scelta</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Predefinita, quindi non modificabile: duplicala per farne una tua versione.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Niente da alternare: metti un plank laterale sinistro e uno destro uno dopo l’altro.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>«{name}» ha modifiche non salvate: prima salvale o ripristina.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed}: {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nome della nuova routine:</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>«{name}» creata: imposta gli esercizi, poi salva.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Non creata</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <comment>the name of a copy of a routine</comment>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>{name} copy {number}</source>
        <comment>the name of a further copy</comment>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation>«{copy}» creata, copia di «{name}»: modificala, poi salva.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copiata</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuovo nome per «{name}»:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Rinomina la routine</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«{old}» rinominata in «{new}».</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Non rinominata</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non eliminata</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminata.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>«{name}» spostata su.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>«{name}» spostata giù.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non spostata</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» salvata.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvata</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Modifiche annullate.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>«{name}» ha modifiche non salvate: salvale, o chiudi di nuovo per scartarle.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Rou&amp;tine</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (predefinita)</translation>
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
        <translation>«Personalizzata» usa i valori sotto; una routine, il suo piano.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>&amp;Modifica routine…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Modifica routine</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation>Personalizzata</translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation>Da 1 a {most} caratteri, non usato da un’altra routine</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Elimina routine</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>Eliminare la routine «{name}»? Non si può annullare.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Leggera</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Intensa</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n giro da {hold} s, {rest} s di riposo</numerusform>
            <numerusform>{exercise}: %n giri da {hold} s, {rest} s di riposo</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>I lati si alternano a ogni giro</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln corsa aggiunta</numerusform>
            <numerusform>%Ln corse aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln già nel registro</numerusform>
            <numerusform>%Ln già nel registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln altro sport saltato</numerusform>
            <numerusform>%Ln altri sport saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln rifiutato</numerusform>
            <numerusform>%Ln rifiutati</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importazione completata: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Importazione annullata: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>La %Ln corsa aggiunta prima dell’annullamento resta.</numerusform>
            <numerusform>Le %Ln corse aggiunte prima dell’annullamento restano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Ricerca delle corse…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Importazione delle corse</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Arresto dopo questo file…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Lettura di {done} su %Ln file…</numerusform>
            <numerusform>Lettura di {done} su %Ln file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Corse importate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln file non si è potuto leggere ed è stato saltato; «{show_details}» indica il motivo.</numerusform>
            <numerusform>%Ln file non si sono potuti leggere e sono stati saltati; «{show_details}» li elenca con il motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>L’importazione si è fermata per un problema imprevisto: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importazione interrotta</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>Impossibile scrivere nel registro degli allenamenti: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln corsa aggiunta prima resta.</numerusform>
            <numerusform>%Ln corse aggiunte prima restano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Corsa a settimana, lavoro sul core e mal di schiena</translation>
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
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Distance run</source>
        <translation>Distanza corsa</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Tempo di corsa</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Settimana di picco</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Mal di schiena, media settimanale (asse destro)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Tempo di tenuta del core</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Dopo un picco: la settimana del picco e la successiva</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Dopo un picco</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Numeri sopra le barre: giorni di corsa, allenamenti del core</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Numeri: giorni di corsa · allenamenti</translation>
    </message>
</context>
<context>
    <name>RunningSection</name>
    <message>
        <source>Bars</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>D&amp;istance</source>
        <translation>&amp;Distanza</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>Le barre della corsa mostrano la distanza</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>Le barre della corsa mostrano il tempo di corsa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 &amp;mesi</translation>
    </message>
    <message>
        <source>Show the last 13 weeks of running</source>
        <translation>Mostra le ultime 13 settimane di corsa</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>&amp;1 anno</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>Mostra le ultime 52 settimane di corsa</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>Tutt&amp;o</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Mostra ogni settimana dalla tua prima corsa</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Corsa e mal di schiena, a parole</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Ancora nessuna corsa</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Corse senza distanza</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Come vengono segnati i picchi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln corsa senza distanza (tapis roulant, o aggiunta senza km) conta nei dettagli della settimana ma non nelle barre della distanza; scegli Tempo per vederla nelle barre.</numerusform>
            <numerusform>%Ln corse senza distanza (tapis roulant, o aggiunte senza km) contano nei dettagli della settimana ma non nelle barre della distanza; scegli Tempo per vederle nelle barre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Nessuna corsa di queste settimane ha una distanza: le barre mostrano il tempo</translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message>
        <source>km per week</source>
        <translation>km a settimana</translation>
    </message>
    <message>
        <source>Running time per week</source>
        <translation>Tempo di corsa a settimana</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Mal di schiena (da 0 a 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Ancora nessuna corsa registrata. Aggiungile con {import_runs} (file FIT, GPX o TCX di un orologio, o un’esportazione di Strava) o inseriscine una con {add_run}; poi qui compare la tua corsa settimana per settimana, accanto al lavoro sul core e al mal di schiena.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ segna un picco: una settimana il cui tempo di corsa supera di oltre il {percent}% la media delle {weeks} settimane precedenti (dopo {weeks} settimane senza correre, qualsiasi corsa conta). «Dopo un picco» indica la settimana segnata e quella successiva. Il confronto richiede valori di mal di schiena in almeno {minimum} settimane dopo un picco e {minimum} altre settimane. Le settimane vanno da lunedì a domenica. Mostra cosa è successo insieme, non cosa ha causato cosa: anche sonno, lavoro e altri allenamenti cambiano.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln settimana</numerusform>
            <numerusform>%Ln settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln corsa</numerusform>
            <numerusform>%Ln corse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked jump(s)</source>
        <translation>
            <numerusform>%Ln picco segnato</numerusform>
            <numerusform>%Ln picchi segnati</numerusform>
        </translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>in this week</source>
        <translation>in questa settimana</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>in questa %Ln settimana</numerusform>
            <numerusform>in queste %Ln settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>nella %Ln settimana dalla tua prima corsa</numerusform>
            <numerusform>nelle %Ln settimane dalla tua prima corsa</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Nessuna corsa {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Nessun valore di mal di schiena {span}: dopo un allenamento, annota come sta la tua schiena (da 0 a 10) per vederlo accanto alla corsa.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Nessun picco segnato {span}; il tuo mal di schiena è stato in media {score} nella %Ln settimana con un valore.</numerusform>
            <numerusform>Nessun picco segnato {span}; il tuo mal di schiena è stato in media {score} nelle %Ln settimane con un valore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>Nella %Ln settimana dopo un picco segnato</numerusform>
            <numerusform>Nelle %Ln settimane dopo un picco segnato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>in %Ln altra settimana con un valore</numerusform>
            <numerusform>nelle altre %Ln settimane con un valore</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}) il tuo mal di schiena è stato in media {after}; {other_weeks}, {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Dati ancora insufficienti: confrontare il mal di schiena dopo i picchi con le altre settimane richiede valori in almeno {minimum} settimane per tipo; con un valore {span}: {after} dopo un picco, {others}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln altra</numerusform>
            <numerusform>%Ln altre</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged: fewer than {weeks} weeks of runs logged before it</source>
        <translation>Non valutata: meno di {weeks} settimane di corse registrate prima</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Picco: di nuovo di corsa dopo {weeks} settimane senza</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Nessuna corsa in questa settimana né nelle {weeks} precedenti</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Picco: {percent} sopra le {weeks} settimane precedenti (media {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} sopra le {weeks} settimane precedenti (media {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} sotto le {weeks} settimane precedenti (media {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Settimana del {day} (finora)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Settimana del {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Corsa: {runs} in %Ln giorno, {time}, {distance}</numerusform>
            <numerusform>Corsa: {runs} in %Ln giorni, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Corsa: {runs} in %Ln giorno, {time}</numerusform>
            <numerusform>Corsa: {runs} in %Ln giorni, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln corsa senza distanza ({time})</numerusform>
            <numerusform>%Ln corse senza distanza ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Corsa: nessuna</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>La settimana dopo un picco</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Core: %Ln allenamento, {time} di tenuta</numerusform>
            <numerusform>Core: %Ln allenamenti, {time} di tenuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Core: nessun allenamento</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Mal di schiena: {score} su 10 (%Ln valore)</numerusform>
            <numerusform>Mal di schiena: {score} su 10 (%Ln valori)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Mal di schiena: nessun valore</translation>
    </message>
    <message>
        <source>Core held</source>
        <comment>the title of a short axis: a word or two</comment>
        <translation>Core</translation>
    </message>
</context>
<context>
    <name>RunsMenu</name>
    <message>
        <source>Import &amp;runs…</source>
        <translation>Importa co&amp;rse…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Importa corse da una &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>&amp;Aggiungi una corsa…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corse</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Importa corse: file FIT, GPX, TCX o un’esportazione di Strava</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Importa tutte le corse di una cartella</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nulla importato</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Qui il registro degli allenamenti è di sola lettura.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Corsa non aggiunta</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>Impossibile salvare la corsa: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Già nel registro</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>Il registro ha già una corsa come questa.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Battito</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Sforzo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fonte</translation>
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
        <translation>Corse</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>Elimina &amp;corsa</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Elimina la corsa scelta</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>Elimina la corsa scelta (tasto Canc)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Ri&amp;pristina corsa</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>Ripristina l’ultima corsa eliminata</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>Ripristina la corsa eliminata (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>Stato delle corse</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Corse nel registro</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Corse illeggibili</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Qui il registro degli allenamenti è di sola lettura, quindi non si possono eliminare corse.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>Impossibile eliminare la corsa: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Eliminata la corsa di {moment}.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>Impossibile ripristinare la corsa: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Ripristinata la corsa di {moment}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln corsa</numerusform>
            <numerusform>%Ln corse</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Ancora nessuna corsa: {import_runs} le porta dal tuo orologio o da Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Allenamento in corso</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>I tuoi suoni e la scelta del dispositivo richiedono sounddevice e PortAudio; i segnali usano i suoni integrati sul predefinito di sistema.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>il suono manca</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>S&amp;uoni…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>&amp;Dispositivo di uscita…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>I segnali passano per {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>Non è stato possibile usare il suono per «{cue}» ({problem}); al suo posto suona quello integrato.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>Il dispositivo di uscita «{device}» non è collegato; i segnali suonano sul predefinito di sistema.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>Impossibile riprodurlo: {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>un nuovo flusso simpleaudio per segnale</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>un nuovo flusso simpleaudio per segnale ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>un flusso aperto per allenamento tramite {library}, su {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>il dispositivo predefinito di sistema</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} è impostato</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice non è installato</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) non è installato</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Tic del conto alla rovescia</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (tagliato a {seconds} s, con dissolvenza)</translation>
    </message>
    <message>
        <source>{file} ({seconds} s)</source>
        <translation>{file} ({seconds} s)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Suoni</translation>
    </message>
    <message>
        <source>Sound messages</source>
        <translation>Messaggi sui suoni</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Integrato</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ri&amp;produci</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>File WAV, FLAC o OGG. Un suono più lungo di {seconds} s viene tagliato lì, con una dissolvenza, così non si sovrappone al segnale successivo.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrato</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Suono per {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. Il suono per «{cue}» resta invariato.</translation>
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
        <translation>Allenamenti</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tempo di tenuta</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Serie attuale</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Serie più lunga</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>con almeno una tenuta</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>tutte le tenute insieme</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>dal {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>un allenamento oggi ne inizia una</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} in tutto la settimana scorsa</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>&amp;Promemoria quotidiano…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Allenamento finito</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Ben fatto. Le tue tenute sono nel registro.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>È l’ora dei plank di oggi: bastano pochi minuti.</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostra la finestra</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation>Avvia  [Spazio]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Salta  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Ferma  [Esc]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Muto  [M]</translation>
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
        <translation>Riprendi  [Spazio]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pausa  [Spazio]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Audio  [M]</translation>
    </message>
</context>
<context>
    <name>WorkoutDisplay</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Exercise and side</source>
        <translation>Esercizio e lato</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Giro</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Cosa viene dopo</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Tempo di allenamento rimanente</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Avanzamento dell’allenamento</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Stato dell’audio</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>Impossibile iniziare: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. Al suo posto lo schermo lampeggia a ogni cambio.</translation>
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
        <translation>Timer a intervalli</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Cronometra plank e plank laterali con cifre grandi e segnali acustici</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>plank;plank laterale;core;addominali;esercizio;allenamento;fitness;intervallo;timer;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Un timer a intervalli per il programma di resistenza del core spesso dato a chi corre con mal di schiena lombare: plank e plank laterali tenuti per qualche secondo con brevi riposi, per qualche giro. Metti il portatile a terra, mettiti in posizione e Plank Timer ti dice quando tenere, quando riposare, quanto manca e quando cambiare lato.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Cifre enormi e colori forti, leggibili da terra</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Segnali acustici distinti per tenuta, riposo, cambio e fine, e un conto alla rovescia prima di ogni tenuta</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Controllo da tastiera: avvia, pausa, salta, ferma, muto e schermo intero</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Tempi sull’orologio monotono, così anche un lungo allenamento non va mai fuori tempo</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Un registro degli allenamenti fatti con serie e record personali</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>In inglese, tedesco, francese, spagnolo, italiano, olandese e portoghese</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Prima versione: intervalli di plank e plank laterale con segnali acustici e un registro degli allenamenti.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>un nome di esercizio</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>il nome di un esercizio non può essere vuoto</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>scegli almeno un esercizio</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>la tenuta</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>il riposo</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>i giri</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>la preparazione</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>il cambio</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} deve essere da {low} a {high} secondi, non {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} deve essere da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>i giri devono essere un numero intero, non {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>un piano ha al massimo {most} esercizi, non {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>alterna i lati deve essere vero o falso, non {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>l’ora del promemoria deve essere HH:MM (24 ore), non {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>una routine ha bisogno di un nome</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>un nome di routine</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>una routine ha bisogno di un piano, non {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>una routine predefinita si chiama già {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>un’altra routine si chiama già {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>Non c’è un registro degli allenamenti in {file}</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>Impossibile leggere il registro degli allenamenti {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>Il registro degli allenamenti {file} ha la versione di schema {version}, questa app legge la {latest}: aprilo una volta in questa versione di Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>Impossibile creare la cartella {folder}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>Il registro degli allenamenti {file} è stato scritto da un Plank Timer più recente ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>ha la versione di schema {version}, più recente di quelle che questa app conosce ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>Il registro degli allenamenti {file} è danneggiato: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>Impossibile aprire il registro degli allenamenti {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>Il registro degli allenamenti {file} è danneggiato e non è stato possibile spostarlo: {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>Impossibile iniziare un nuovo registro degli allenamenti {file}: {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>non c’è nessuna routine chiamata {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} è predefinita: duplicala per farne una tua</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>Impossibile salvare le routine in {file}: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>esercizio {number}: {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} non è una cartella</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>impossibile scrivere in {folder}: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>impossibile scrivere {file}: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>l’allenamento {id} non ha tenute</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>l’allenamento {id} non può essere scritto come FIT: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>Impossibile registrare l’allenamento: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>non c’è ancora nessun allenamento da valutare</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>Impossibile salvare in {file}: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>un controllo bidi ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>un a capo ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>un surrogato isolato ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>un carattere di controllo ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>un carattere non assegnato ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>un carattere non stampabile ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} deve essere testo, non {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} deve avere al massimo {most} caratteri, non {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} deve essere una riga di testo stampabile; al carattere {position} c’è {char}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>una corsa deve iniziare tra il {first} e il {last}, non {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>il tempo totale</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>il tempo in movimento</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>la distanza</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>il battito medio</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>lo sforzo</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>l’inizio di una corsa richiede uno scarto UTC</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>lo sport deve essere uno tra {sports}</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>il nome della fonte di una corsa deve avere da 1 a {most} caratteri</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} deve essere da {low} a {high} metri, non {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} deve essere un numero intero da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>dura meno di un minuto (orologio avviato per errore?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>è un nome fuori dall’archivio; rifiutato</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>non è un file zip leggibile</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>dichiara {size} decompresso, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>si gonfierebbe {ratio} volte (una zip bomb?); rifiutato</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>è danneggiato nell’archivio ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>non si può decomprimere ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>non è un file FIT, GPX o TCX</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>è nominato da {row} ma manca nell’archivio</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>è danneggiato: il suo checksum FIT (CRC) non corrisponde</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>è troncato (file FIT incompleto)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>non è un file FIT (nessuna intestazione FIT valida)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>non è un file FIT leggibile ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>non contiene attività (un file FIT di impostazioni, allenamento o monitoraggio)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>non ha un vero orario di inizio (l’ora dell’orologio non era impostata)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>non dice quanto è durata l’attività</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>non è GPX valido (XML rotto)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>non è un file GPX leggibile ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>non contiene orari (un percorso o una traccia senza marcature temporali)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>non si può leggere: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>supera {size} una volta decompresso; rifiutato</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>non è un file gzip leggibile ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>non è un file normale (una pipe o un dispositivo); saltato</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>è di {size}, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>non è un file FIT, GPX o TCX (né il suo .gz), né un archivio zip</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>non ha un tempo totale</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>non esiste</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} non è una data</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>mancano le colonne {columns} (non è un’esportazione di Strava?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>ha una cella che non è un numero ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>non è un file CSV leggibile ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>non è TCX valido (XML rotto)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>non è un file TCX leggibile ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format deve essere {format}</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version deve essere un numero intero</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>questa app non legge la versione {version} (legge {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>il mal di schiena</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>nel registro non c’è nessun allenamento {id}</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>allenamento {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>allenamento {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 tenuta dell’{session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} tenute dell’{session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>corsa {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>corsa {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} e altri {count}</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>escluso ciò che non si poteva leggere (un byte danneggiato nel registro): {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>impossibile scrivere {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>impossibile esportare in {file}: è il registro degli allenamenti stesso (o una sua parte)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>impossibile esportare in {file}: è una cartella</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} deve essere un oggetto, non {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>deve essere un oggetto, non {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>manca {field}</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} deve essere {wanted}, non {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} ripete {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (inizio {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un numero di secondi da {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un numero intero da {low} a {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>un orario ISO 8601 con scarto UTC</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>Could not write to the workout log {file}: {reason}</source>
        <translation>Impossibile scrivere nel registro degli allenamenti {file}: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>contiene un intero di {digits} cifre</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>contiene {name}, che non è un numero JSON</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>è una pipe, non un file</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>è un socket, non un file</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>è un dispositivo, non un file</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} non si può leggere: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} è di {size} byte; questa app legge backup di al massimo {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} supera i {most} byte</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} non è testo UTF-8 (il byte {byte} è errato)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} non è JSON valido: {reason} alla riga {line}, colonna {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>è annidato troppo in profondità</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right o un nome proprio</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>dopo started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>non è un registro di Plank Timer: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nome</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>il piano deve essere un oggetto con blocks, get_ready e switch</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} deve essere {wanted}</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>nessuna cartella le ha accettate ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>Impossibile salvare in {file}</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>deve essere un oggetto, non {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>il nome {name} appartiene a una routine predefinita: rinominala nel file</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno tra {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 cifre esadecimali o null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caratteri)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>non c’è un suono «{name}»</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file}: non è un file WAV, FLAC o OGG</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>impossibile leggere {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} non contiene alcun suono</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio non è disponibile ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>non è stato possibile aprire alcun flusso di uscita ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>il flusso di uscita non è potuto partire ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>non è stato possibile riprodurre il suono ({reason})</translation>
    </message>
</context>
</TS>
