<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen um</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> km</source>
        <comment>after a number of kilometres</comment>
        <translation> km</translation>
    </message>
    <message>
        <source>Distance in kilometres</source>
        <translation>Distanz in Kilometern</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> von 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Anstrengung, 1 leicht bis 10 maximal</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Art des Laufs</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>D&amp;istanz</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Anstrengung (1 leicht, 10 maximal)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Bestes Training</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Beste Woche</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>noch keine Runde geschafft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln Runde</numerusform>
            <numerusform>%Ln Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>in einem Training am {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>noch nichts gehalten</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>die Woche vom {day}</translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Wie geht’s?</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>Wie fühlt sich dein Rücken heute an? 0 = keine Schmerzen, 10 = stärkste Schmerzen</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Rückenschmerzen {score} von 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Notiz (freiwillig): wie es lief, was wehtat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problem mit der Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Überspringen  [Esc]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Die Abfrage überspringen</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Verlauf der Rückenschmerzen</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Haltezeit pro Tag und Rückenschmerzen</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} gehalten von {first} bis {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Gehaltene Sekunden pro Tag</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Rückenschmerzen (0 bis 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Rückenschmerzen (rechte Achse)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} gehalten</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day}: Ruhetag</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Rückenschmerzen {score} von 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Wo die Signale erklingen. Der Systemstandard folgt der Wahl Ihres Desktops; ein benanntes Gerät wird verwendet, wann immer es da ist, sonst der Standard.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>Signale &amp;abspielen auf:</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>Englisch s&amp;prechen, wo meine Sprache keine Stimme hat</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} hat eigene gesprochene Ansagen</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Diese Sprache hat noch keine gesprochenen Ansagen: ohne englische Wörter bleibt es beim Piepen (ab dem nächsten Training)</translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation>Seitstütz, linke Seite</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Seitstütz, rechte Seite</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Seite L</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Seite R</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Seitstütz links</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Seitstütz rechts</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>Übung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Wähle eine Übung oder tippe den Namen einer eigenen ein, z. B. Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Haltesekunden für Übung {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Pausensekunden für Übung {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Runden für Übung {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Übung {number} nach oben</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Übung {number} nach unten</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Übung {number} entfernen</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Wähle zuerst die Trainings zum Exportieren.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Nichts zu exportieren: die gewählten Trainings haben keine Haltephasen.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Noch nichts zu exportieren: das gewählte Training läuft noch.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>Die gewählten Trainings als FIT-Dateien exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln FIT-Datei nach {folder} geschrieben</numerusform>
            <numerusform>%Ln FIT-Dateien nach {folder} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln ohne Haltephase</numerusform>
            <numerusform>%Ln ohne Haltephase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln noch laufendes</numerusform>
            <numerusform>%Ln noch laufende</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (ausgelassen: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}; dann: {failure}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <comment>the end of the sentence</comment>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Export as &amp;FIT…</source>
        <translation>Als &amp;FIT exportieren…</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files</source>
        <translation>Die gewählten Trainings als FIT-Dateien exportieren</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Jedes gewählte Training als FIT-Datei speichern, für Garmin Connect oder Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>%Ln Training wird als FIT exportiert…</numerusform>
            <numerusform>%Ln Trainings werden als FIT exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>Export nicht möglich: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Kalender der letzten 12 Monate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln Trainingstag in den letzten 12 Monaten. Die Pfeiltasten gehen von Tag zu Tag.</numerusform>
            <numerusform>%Ln Trainingstage in den letzten 12 Monaten. Die Pfeiltasten gehen von Tag zu Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day}: kein Training</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} gehalten</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>kein Training</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation>1 bis 2 Min.</translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation>2 bis 3 Min.</translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation>3 Min. oder mehr</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>Trainings-ID {id} ({command})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation>Trainingsverlauf</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>Das gewählte Training löschen</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>Das gewählte Training löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Das letzte Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>Das gelöschte Training zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Trainings im Verlauf</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Trainings, die sich nicht lesen ließen</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Löschen entfernt immer nur ein Training: wähle nur eines.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>Das Trainingsprotokoll ist hier schreibgeschützt, daher lassen sich keine Trainings löschen.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>Das Training ließ sich nicht löschen: {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Training vom {moment} gelöscht.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>Das Training ließ sich nicht zurückholen: {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Training vom {moment} wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln Training</numerusform>
            <numerusform>%Ln Trainings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>Die Sprache der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language} gilt ab dem nächsten Start von Plank Timer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>Ein Training wurde letztes Mal abgebrochen (die App wurde unerwartet beendet); jede bis dahin beendete Haltephase ist im Protokoll.</numerusform>
            <numerusform>%n Trainings wurden letztes Mal abgebrochen (die App wurde unerwartet beendet); jede bis dahin beendete Haltephase ist im Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>Das Trainingsprotokoll war beschädigt, daher wurde ein neues begonnen; die alte Datei ist {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Deine Haltephasen bleiben erhalten und werden am Ende des Trainings erneut gespeichert.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Haltephasen nicht gespeichert</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Haltephasen für später gesichert</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Trainingsprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON-Sicherung (*.json);;CSV für Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Trainingsprotokoll importieren</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>JSON-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n war schon da).</numerusform>
            <numerusform>(%n waren schon da).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n Training importiert</numerusform>
            <numerusform>%n Trainings importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n Haltephase noch nicht gespeichert: Sie wird mit dem nächsten Training gespeichert oder beim Beenden in einer Wiederherstellungsdatei aufbewahrt.</numerusform>
            <numerusform>{problem}. %n Haltephasen noch nicht gespeichert: Sie werden mit dem nächsten Training gespeichert oder beim Beenden in einer Wiederherstellungsdatei aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Exportiert, aber nicht vollständig</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n war schon im Protokoll).</numerusform>
            <numerusform>(%n waren schon im Protokoll).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>&amp;Über Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Starten / pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>Phase &amp;überspringen</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>Training &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>B&amp;odenmodus (Vollbild)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Stu&amp;mm</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>&amp;Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>Über Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Kurze Unterarm- und Seitstütze (höchstens 10 s) mit 5 s Pause, 2 bis 5 Runden: Rumpfausdauer für Läuferinnen und Läufer mit Schmerzen im unteren Rücken.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Tasten: Leertaste Start/Pause, S überspringen, Esc beenden, F Bodenmodus, M stumm.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Haltesekunden</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Pausensekunden</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Runden pro Übung</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Sekunden zum Bereitmachen</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Sekunden Wechselpause</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>{low} bis {high} Runden werden empfohlen; mehr, wenn du es brauchst.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>{exercise} einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;unden</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Bereitmachen</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Wechsel</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>{low} bis {high} Runden empfohlen; am besten hält man höchstens 10 s.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Zusammenfassung der Routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation>Ro&amp;utine</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>{problem}. Workouts still run; their holds are kept, and saved in a recovery file when the app closes if the log stays closed to them.</source>
        <translation>{problem}. Trainings laufen trotzdem; ihre Haltephasen bleiben erhalten und werden beim Beenden in einer Wiederherstellungsdatei gesichert, falls das Protokoll sie weiterhin nicht annimmt.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Noch keine Trainings im Protokoll. Dein Fortschritt erscheint hier nach dem ersten Training.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Noch keine Trainings</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Persönliche Bestwerte</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>Laufen und dein Rücken</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Haltezeit pro Tag</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>Stand: {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Jede Runde geschafft in deinen letzten {count} Trainings: versuch nächstes Mal %n Runde, mit denselben Haltezeiten.</numerusform>
            <numerusform>Jede Runde geschafft in deinen letzten {count} Trainings: versuch nächstes Mal %n Runden, mit denselben Haltezeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln Trainingstag seit {day}</numerusform>
            <numerusform>%Ln Trainingstage seit {day}</numerusform>
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
        <translation>{hours}:{minutes} h</translation>
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
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
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
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Traillauf</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand eingetragen</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} bis {last} {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>{day} letzter Woche</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>{first} bis {last} letzter Woche</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>auch nichts: {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ mehr als nichts ({span})</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>diese Woche noch nichts</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent} % ggü. {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent} % ggü. {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= gleich wie {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Keine Rückenschmerz-Werte an diesem %Ln Tag</numerusform>
            <numerusform>Keine Rückenschmerz-Werte in diesen %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Rückenschmerzen im Schnitt {score} von 10 an diesem %Ln Tag</numerusform>
            <numerusform>Rückenschmerzen im Schnitt {score} von 10 in diesen %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, genauso wie am %Ln Tag davor</numerusform>
            <numerusform>{text}, genauso wie in den %Ln Tagen davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, weniger als {score} am %Ln Tag davor</numerusform>
            <numerusform>{text}, weniger als {score} in den %Ln Tagen davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, mehr als {score} am %Ln Tag davor</numerusform>
            <numerusform>{text}, mehr als {score} in den %Ln Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} von 10</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation>Zeige die letzten</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 Tage</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 Tage</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Den letzten %n Tag zeigen</numerusform>
            <numerusform>Die letzten %n Tage zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Den letzten %n Tag im Diagramm</numerusform>
            <numerusform>Die letzten %n Tage im Diagramm</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Geschafft!</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>Pause · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Gut gemacht. Training geschafft.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Training beendet.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n Haltephase · Leertaste startet</numerusform>
            <numerusform>%n Haltephasen · Leertaste startet</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Leertaste für ein weiteres Training</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Danach: fertig</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Danach: {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Danach: {seconds} s Pause</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Danach: {seconds} s zum Wechseln</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Danach: {seconds} s bereit machen</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Training {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Training noch {time}</translation>
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
            <numerusform>{problem}. %Ln Haltephase ließ sich nirgends sichern: {reason}.</numerusform>
            <numerusform>{problem}. %Ln Haltephasen ließen sich nirgends sichern: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. Wie das letzte Training endete, ließ sich nirgends sichern: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln Haltephase ist stattdessen in {file} gesichert und kommt beim nächsten Start von Plank Timer ins Protokoll.</numerusform>
            <numerusform>{problem}. %Ln Haltephasen sind stattdessen in {file} gesichert und kommen beim nächsten Start von Plank Timer ins Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. Wie das letzte Training endete, ist stattdessen in {file} gesichert und kommt beim nächsten Start von Plank Timer ins Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>%Ln Haltephase, die sich letztes Mal nicht speichern ließ, ist jetzt im Protokoll (aus {files}, nun gelöscht).</numerusform>
            <numerusform>%Ln Haltephasen, die sich letztes Mal nicht speichern ließen, sind jetzt im Protokoll (aus {files}, nun gelöscht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>Eine Wiederherstellungsdatei ließ sich nicht übernehmen: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Jeden Tag erinnern um (HH:MM, 24 Stunden; leer lassen für keine Erinnerung):</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Nicht geändert: {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Sekunden zum Bereitmachen</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Sekunden Wechselpause</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Seit&amp;en jede Runde abwechseln</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Ein linker und ein rechter Seitstütz direkt untereinander in der Liste wechseln sich ab: links 1, Pause, rechts 1, Pause, links 2 und so weiter.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Bereitmachen</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>&amp;Wechselpause</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Keine Routine gewählt</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Fest eingebaut und daher nicht änderbar: Dupliziere sie für eine eigene Fassung.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Nichts zum Abwechseln: setze einen linken und einen rechten Seitstütz direkt untereinander.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>„{name}“ hat ungespeicherte Änderungen: erst speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed}: {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Name der neuen Routine:</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>„{name}“ angelegt: Übungen festlegen, dann speichern.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Nicht angelegt</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <comment>the name of a copy of a routine</comment>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>{name} copy {number}</source>
        <comment>the name of a further copy</comment>
        <translation>{name} (Kopie {number})</translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation>„{copy}“ angelegt, eine Kopie von „{name}“: ändern, dann speichern.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>„{name}“ nach oben verschoben.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>„{name}“ nach unten verschoben.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>„{name}“ hat ungespeicherte Änderungen: speichern oder nochmals Schließen, um sie zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Rou&amp;tinen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (eingebaut)</translation>
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
        <translation>„Eigene Werte“ nutzt die Werte unten; eine Routine ihren eigenen Plan.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>Routinen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Routinen bearbeiten</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation>Eigene Werte</translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation>1 bis {most} Zeichen, von keiner anderen Routine belegt</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>Die Routine „{name}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Kräftig</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n Runde mit {hold} s, {rest} s Pause</numerusform>
            <numerusform>{exercise}: %n Runden mit {hold} s, {rest} s Pause</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>Seiten wechseln jede Runde</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln Lauf hinzugefügt</numerusform>
            <numerusform>%Ln Läufe hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln schon im Protokoll</numerusform>
            <numerusform>%Ln schon im Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln andere Sportart übersprungen</numerusform>
            <numerusform>%Ln andere Sportarten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Import abgeschlossen: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Import abgebrochen: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>Der %Ln Lauf, der vor dem Abbruch hinzukam, bleibt erhalten.</numerusform>
            <numerusform>Die %Ln Läufe, die vor dem Abbruch hinzukamen, bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Suche nach Läufen…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Läufe werden importiert</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Stoppt nach dieser Datei…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Lese {done} von %Ln Datei…</numerusform>
            <numerusform>Lese {done} von %Ln Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Läufe importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln Datei ließ sich nicht lesen und wurde übersprungen; „{show_details}“ nennt den Grund.</numerusform>
            <numerusform>%Ln Dateien ließen sich nicht lesen und wurden übersprungen; „{show_details}“ nennt jede mit dem Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>Der Import wurde wegen eines unerwarteten Problems abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import gestoppt</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>In das Trainingsprotokoll ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln Lauf, der vorher hinzukam, bleibt erhalten.</numerusform>
            <numerusform>%Ln Läufe, die vorher hinzukamen, bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Laufen pro Woche, Rumpftraining und Rückenschmerzen</translation>
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
        <translation>Legende</translation>
    </message>
    <message>
        <source>Distance run</source>
        <translation>Gelaufene Distanz</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Woche mit Sprung</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Rückenschmerzen, Wochenmittel (rechte Achse)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Haltezeit Rumpf</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Nach einem Sprung: die Woche mit Sprung und die nächste</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Nach einem Sprung</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Zahlen über den Balken: Lauftage, Rumpftrainings</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Zahlen: Lauftage · Trainings</translation>
    </message>
</context>
<context>
    <name>RunningSection</name>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>D&amp;istance</source>
        <translation>&amp;Distanz</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>Die Laufbalken zeigen die Distanz</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>Die Laufbalken zeigen die Laufzeit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeige</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 &amp;Monate</translation>
    </message>
    <message>
        <source>Show the last 13 weeks of running</source>
        <translation>Die letzten 13 Wochen Laufen zeigen</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>Die letzten 52 Wochen Laufen zeigen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Gesamt</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Jede Woche seit deinem ersten Lauf zeigen</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Laufen und Rückenschmerzen, in Worten</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Läufe ohne Distanz</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Wie Sprünge markiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln Lauf ohne Distanz (Laufband oder ohne km eingetragen) zählt in den Wochendetails, aber nicht in den Distanzbalken; wähle Zeit, um ihn in den Balken zu sehen.</numerusform>
            <numerusform>%Ln Läufe ohne Distanz (Laufband oder ohne km eingetragen) zählen in den Wochendetails, aber nicht in den Distanzbalken; wähle Zeit, um sie in den Balken zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Kein Lauf in diesen Wochen hat eine Distanz: die Balken zeigen die Zeit</translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message>
        <source>km per week</source>
        <translation>km pro Woche</translation>
    </message>
    <message>
        <source>Running time per week</source>
        <translation>Laufzeit pro Woche</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Rückenschmerzen (0 bis 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Noch keine Läufe im Protokoll. Hol sie mit {import_runs} (FIT-, GPX- oder TCX-Dateien einer Uhr oder ein Strava-Export) oder trag einen mit {add_run} ein; dann erscheint hier dein Laufen Woche für Woche neben Rumpftraining und Rückenschmerzen.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ markiert einen Sprung: eine Woche, deren Laufzeit mehr als {percent}&#xa0;% über dem Mittel der {weeks} Wochen davor liegt (nach {weeks} Wochen ohne Laufen zählt jedes Laufen). „Nach einem Sprung“ heißt: die markierte Woche und die Woche danach. Der Vergleich braucht Rückenschmerz-Werte in mindestens {minimum} Wochen nach einem Sprung und {minimum} anderen Wochen. Wochen gehen von Montag bis Sonntag. Er zeigt, was zusammen auftrat, nicht was was verursacht hat: Schlaf, Arbeit und anderes Training ändern sich auch.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked jump(s)</source>
        <translation>
            <numerusform>%Ln markierter Sprung</numerusform>
            <numerusform>%Ln markierte Sprünge</numerusform>
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
        <translation>in dieser Woche</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>in dieser %Ln Woche</numerusform>
            <numerusform>in diesen %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>in der %Ln Woche seit deinem ersten Lauf</numerusform>
            <numerusform>in den %Ln Wochen seit deinem ersten Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Keine Läufe {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Keine Rückenschmerz-Werte {span}: Notiere nach einem Training, wie sich dein Rücken anfühlt (0 bis 10), um ihn neben deinem Laufen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Keine markierten Sprünge {span}; deine Rückenschmerzen lagen im Schnitt bei {score} in der %Ln Woche mit Wert.</numerusform>
            <numerusform>Keine markierten Sprünge {span}; deine Rückenschmerzen lagen im Schnitt bei {score} in den %Ln Wochen mit Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>In der %Ln Woche nach einem markierten Sprung</numerusform>
            <numerusform>In den %Ln Wochen nach einem markierten Sprung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>in der %Ln anderen Woche mit Wert</numerusform>
            <numerusform>in den %Ln anderen Wochen mit Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}) lagen deine Rückenschmerzen im Schnitt bei {after}; {other_weeks} bei {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Noch zu wenig Daten: Der Vergleich von Rückenschmerzen nach Sprüngen mit anderen Wochen braucht Werte in mindestens {minimum} Wochen von beiden; mit Wert {span}: {after} nach einem Sprung, {others}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln andere</numerusform>
            <numerusform>%Ln andere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged: fewer than {weeks} weeks of runs logged before it</source>
        <translation>Nicht bewertet: weniger als {weeks} Wochen mit Läufen davor im Protokoll</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Sprung: wieder Laufen nach {weeks} Wochen ohne</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Kein Laufen in dieser Woche und den {weeks} Wochen davor</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Sprung: {percent} über den {weeks} Wochen davor (Mittel {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} über den {weeks} Wochen davor (Mittel {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} unter den {weeks} Wochen davor (Mittel {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Woche vom {day} (bisher)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Laufen: {runs} an %Ln Tag, {time}, {distance}</numerusform>
            <numerusform>Laufen: {runs} an %Ln Tagen, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Laufen: {runs} an %Ln Tag, {time}</numerusform>
            <numerusform>Laufen: {runs} an %Ln Tagen, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln Lauf ohne Distanz ({time})</numerusform>
            <numerusform>%Ln Läufe ohne Distanz ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Laufen: keins</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>Die Woche nach einem Sprung</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Rumpf: %Ln Training, {time} gehalten</numerusform>
            <numerusform>Rumpf: %Ln Trainings, {time} gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Rumpf: keins</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Rückenschmerzen: {score} von 10 (%Ln Wert)</numerusform>
            <numerusform>Rückenschmerzen: {score} von 10 (%Ln Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Rückenschmerzen: kein Wert</translation>
    </message>
    <message>
        <source>Core held</source>
        <comment>the title of a short axis: a word or two</comment>
        <translation>Rumpf</translation>
    </message>
</context>
<context>
    <name>RunsMenu</name>
    <message>
        <source>Import &amp;runs…</source>
        <translation>&amp;Läufe importieren…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Läufe aus einem &amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>Lauf &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Läufe importieren: FIT-, GPX-, TCX-Dateien oder ein Strava-Export</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Alle Läufe eines Ordners importieren</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Das Trainingsprotokoll ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Lauf nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>Der Lauf ließ sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Schon im Protokoll</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>Das Protokoll hat schon einen Lauf wie diesen.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
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
        <translation>{bpm} S/min</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>Lauf lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Den gewählten Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>Den gewählten Lauf löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Lauf &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>Den zuletzt gelöschten Lauf zurückholen</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>Den gelöschten Lauf zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>Status der Läufe</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Läufe im Protokoll</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Läufe, die sich nicht lesen ließen</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Das Trainingsprotokoll ist hier schreibgeschützt, daher lassen sich keine Läufe löschen.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>Der Lauf ließ sich nicht löschen: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Lauf vom {moment} gelöscht.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>Der Lauf ließ sich nicht zurückholen: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Lauf vom {moment} zurückgeholt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Noch keine Läufe: {import_runs} holt sie von deiner Uhr oder aus Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Training läuft</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>Eigene Klänge und die Gerätewahl brauchen sounddevice und PortAudio; die Signale spielen die eingebauten Klänge auf dem Systemstandard.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>der Klang fehlt</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>&amp;Klänge…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>&amp;Ausgabegerät…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>Die Signale laufen über {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>Der Klang für „{cue}“ konnte nicht verwendet werden ({problem}); stattdessen erklingt der eingebaute Klang.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>Das Ausgabegerät „{device}“ ist nicht verbunden; die Signale erklingen auf dem Systemstandard.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>Kann nicht abgespielt werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>einen neuen simpleaudio-Stream je Signal</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>einen neuen simpleaudio-Stream je Signal ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>einen offenen Stream je Training über {library}, auf {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>dem Standardgerät des Systems</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} ist gesetzt</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice ist nicht installiert</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Countdown-Ticken</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (bei {seconds} s abgeschnitten, mit Ausblendung)</translation>
    </message>
    <message>
        <source>{file} ({seconds} s)</source>
        <translation>{file} ({seconds} s)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <source>Sound messages</source>
        <translation>Klangmeldungen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Eingebaut</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>WAV-, FLAC- oder OGG-Dateien. Ein Klang, der länger als {seconds} s ist, wird dort mit einer Ausblendung abgeschnitten, damit er nicht in das nächste Signal hineinläuft.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Klang für {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. Der Klang für „{cue}“ bleibt unverändert.</translation>
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
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>mit mindestens einer Haltephase</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>alle Haltephasen zusammen</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>ein Training heute beginnt eine</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} insgesamt letzte Woche</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>Tägliche &amp;Erinnerung…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Gut gemacht. Deine Haltephasen stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>Zeit für die heutigen Stütze: ein paar Minuten reichen.</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation>Start  [Leertaste]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Weiter  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Stopp  [Esc]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Stumm  [M]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Weiter  [Leertaste]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Leertaste]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Ton an  [M]</translation>
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
        <translation>Übung und Seite</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Verbleibende Trainingszeit</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Tonstatus</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>Start nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. Stattdessen blinkt der Bildschirm bei jedem Wechsel.</translation>
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
        <translation>Intervall-Timer</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Unterarm- und Seitstütz mit großen Ziffern und Tonsignalen timen</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>Unterarmstütz;Seitstütz;Plank;Rumpf;Übung;Training;Fitness;Intervall;Timer;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Ein Intervall-Timer für das Rumpfausdauer-Programm, das Läuferinnen und Läufer mit Schmerzen im unteren Rücken oft bekommen: Unterarm- und Seitstütze, ein paar Sekunden gehalten, mit kurzen Pausen, über einige Runden. Laptop auf den Boden, in Position gehen, und Plank Timer sagt dir, wann du hältst, wann du pausierst, wie lange es noch dauert und wann du die Seite wechselst.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Riesige Ziffern und kräftige Farben, vom Boden aus lesbar</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Deutliche Tonsignale für Halten, Pause, Wechsel und Ende, und ein Einzählen vor jeder Haltephase</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Bedienung per Tastatur: Start, Pause, Überspringen, Beenden, Stumm und Vollbild</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Zeitmessung mit der monotonen Uhr, damit auch ein langes Training nie abdriftet</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Ein Protokoll der Trainings mit Serien und persönlichen Bestwerten</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>Auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Niederländisch und Portugiesisch</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Erste Version: Intervalle für Unterarm- und Seitstütz mit Tonsignalen und einem Trainingsprotokoll.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>ein Übungsname</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>ein Übungsname darf nicht leer sein</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>wähle mindestens eine Übung</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} muss {low} bis {high} Sekunden sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} muss {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>Runden müssen eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>ein Plan hat höchstens {most} Übungen, nicht {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>Seiten abwechseln muss wahr oder falsch sein, nicht {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>die Erinnerungszeit muss HH:MM (24 Stunden) sein, nicht {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>eine Routine braucht einen Namen</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>ein Routinenname</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>eine Routine braucht einen Plan, nicht {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>eine eingebaute Routine heißt schon {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>eine andere Routine heißt schon {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>Unter {file} gibt es kein Trainingsprotokoll</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>Das Trainingsprotokoll {file} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>Das Trainingsprotokoll {file} hat Schemaversion {version}, diese App liest {latest}: öffne es einmal in dieser Version von Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>Der Ordner {folder} ließ sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>Das Trainingsprotokoll {file} stammt von einem neueren Plank Timer ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>es hat die Schemaversion {version}, neuer als diese App kennt ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>Das Trainingsprotokoll {file} ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>Das Trainingsprotokoll {file} ließ sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>Das Trainingsprotokoll {file} ist beschädigt und ließ sich nicht beiseitelegen: {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>Ein neues Trainingsprotokoll {file} ließ sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>es gibt keine Routine namens {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} ist eingebaut: dupliziere sie für eine eigene</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>Die Routinen ließen sich nicht in {file} speichern: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>Übung {number}: {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>in {folder} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>{file} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>Training {id} hat keine Haltephasen</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>Training {id} lässt sich nicht als FIT schreiben: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>Das Training ließ sich nicht aufzeichnen: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>es gibt noch kein Training für eine Rückmeldung</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>Speichern in {file} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>ein Bidi-Steuerzeichen ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>ein Zeilenumbruch ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>ein einzelnes Surrogat ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>ein Steuerzeichen ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>ein nicht zugewiesenes Zeichen ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>ein nicht druckbares Zeichen ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} darf höchstens {most} Zeichen haben, nicht {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} muss eine Zeile druckbarer Text sein; an Zeichen {position} steht {char}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>ein Lauf muss zwischen {first} und {last} beginnen, nicht {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>mittlerer Puls</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>der Beginn eines Laufs braucht einen UTC-Versatz</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>Sportart muss eine von {sports} sein</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>der Quellname eines Laufs muss 1 bis {most} Zeichen haben</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} muss {low} bis {high} Meter sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>dauert unter einer Minute (Uhr versehentlich gestartet?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>ist ein Name außerhalb des Archivs; abgelehnt</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>ist keine lesbare ZIP-Datei</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>gibt entpackt {size} an, über der Grenze von {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>würde sich {ratio}-fach aufblähen (eine ZIP-Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>ist im Archiv beschädigt ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>lässt sich nicht entpacken ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>ist keine FIT-, GPX- oder TCX-Datei</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>wird in {row} genannt, fehlt aber im Archiv</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>ist beschädigt: die FIT-Prüfsumme (CRC) stimmt nicht</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>ist abgeschnitten (unvollständige FIT-Datei)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>ist keine FIT-Datei (kein gültiger FIT-Kopf)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>ist keine lesbare FIT-Datei ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>enthält keine Aktivität (eine FIT-Einstellungs-, Workout- oder Monitoring-Datei)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>hat keine echte Startzeit (die Uhrzeit der Uhr war nicht gestellt)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>sagt nicht, wie lange die Aktivität dauerte</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>ist kein gültiges GPX (fehlerhaftes XML)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>ist keine lesbare GPX-Datei ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>enthält keine Zeiten (eine Route oder ein Track ohne Zeitstempel)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>ist entpackt größer als {size}; abgelehnt</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>ist keine lesbare gzip-Datei ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>ist keine normale Datei (eine Pipe oder ein Gerät); übersprungen</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>hat {size}, über der Grenze von {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>ist weder eine FIT-, GPX- oder TCX-Datei (auch nicht als .gz) noch ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>hat keine Gesamtzeit</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} ist kein Datum</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>es fehlen die Spalten {columns} (kein Strava-Export?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>hat eine Zelle, die keine Zahl ist ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>ist keine lesbare CSV-Datei ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>ist kein gültiges TCX (fehlerhaftes XML)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>ist keine lesbare TCX-Datei ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format muss {format} sein</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>Version {version} kann diese App nicht lesen (sie liest {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>Rückenschmerzwert</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>im Protokoll gibt es kein Training {id}</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>Training {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>Training {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 Haltephase von {session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} Haltephasen von {session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>Lauf {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>Lauf {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} und {count} weitere</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>weggelassen, was sich nicht lesen ließ (ein beschädigtes Byte im Protokoll): {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>Export nach {file} nicht möglich: das ist das Trainingsprotokoll selbst (oder ein Teil davon)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>Export nach {file} nicht möglich: das ist ein Ordner</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} muss ein Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>es muss ein Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} muss {wanted} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} wiederholt {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (Beginn {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>eine Sekundenzahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>eine ISO-8601-Zeit mit UTC-Versatz</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Could not write to the workout log {file}: {reason}</source>
        <translation>In das Trainingsprotokoll {file} ließ sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>sie enthält eine ganze Zahl mit {digits} Ziffern</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>sie enthält {name}, was keine JSON-Zahl ist</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>das ist eine Pipe, keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>das ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>das ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} hat {size} Byte; diese App liest Sicherungen bis höchstens {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} ist größer als {most} Byte</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} ist kein UTF-8-Text (Byte {byte} ist falsch)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} ist kein gültiges JSON: {reason} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right oder ein eigener Name</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>nach started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>kein Plank-Timer-Protokoll: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>der Plan muss ein Objekt mit blocks, get_ready und switch sein</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} muss {wanted} sein</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>kein Ordner nahm sie an ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>Speichern in {file} nicht möglich</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>muss ein Objekt sein, nicht {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>der Name {name} gehört einer eingebauten Routine: benenne sie in der Datei um</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>eines von {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 Hexziffern oder null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} Zeichen)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>es gibt keinen Klang „{name}“</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file}: keine WAV-, FLAC- oder OGG-Datei</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>{file} konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} enthält keinen Klang</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio ist nicht verfügbar ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>es konnte kein Ausgabestream geöffnet werden ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>der Ausgabestream konnte nicht starten ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>der Klang konnte nicht abgespielt werden ({reason})</translation>
    </message>
</context>
</TS>
