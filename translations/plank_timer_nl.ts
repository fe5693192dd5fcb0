<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Een run toevoegen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen om</translation>
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
        <translation>Afstand in kilometer</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> van 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Inspanning, 1 licht tot 10 maximaal</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Soort run</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Afstand</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Inspanning (1 licht, 10 maximaal)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Run toevoegen</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Beste training</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Beste week</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>nog geen rondes gedaan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln ronde</numerusform>
            <numerusform>%Ln rondes</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>in één training op {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>nog niets vastgehouden</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>de week van {day}</translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation>Resterende seconden</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>Hoe voelt je rug vandaag? 0 = geen pijn, 10 = ergste pijn</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Rugpijn {score} van 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Notitie (optioneel): hoe het ging, wat pijn deed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Probleem met de notitie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Overslaan  [Esc]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>De vraag overslaan</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Verloop van de rugpijn</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Vastgehouden tijd per dag en rugpijn</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} vastgehouden van {first} tot {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Seconden vastgehouden per dag</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Rugpijn (0 tot 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Rugpijn (rechteras)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} vastgehouden</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day}: rustdag</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Rugpijn {score} van 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Uitvoerapparaat</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Waar de signalen klinken. De systeemstandaard volgt de keuze van je bureaublad; een genoemd apparaat wordt gebruikt zodra het er is, anders de standaard.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>Signalen &amp;afspelen op:</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>&amp;Engels spreken als mijn taal geen stem heeft</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} heeft eigen gesproken aanwijzingen</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Deze taal heeft nog geen gesproken aanwijzingen: zonder Engelse woorden blijft het bij piepjes (vanaf de volgende training)</translation>
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
        <translation>Zijplank, linkerkant</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Zijplank, rechterkant</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Zij L</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Zij R</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Zijplank links</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Zijplank rechts</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>Oefening &amp;toevoegen</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Oefening {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Kies een oefening of typ de naam van je eigen, bijv. bird dog</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Seconden vasthouden voor oefening {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Seconden rust voor oefening {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Rondes voor oefening {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Oefening {number} omhoog</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Oefening {number} omlaag</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Oefening {number} verwijderen</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Kies eerst de trainingen die je wilt exporteren.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Niets te exporteren: de gekozen trainingen hebben geen houdingen.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Nog niets te exporteren: de gekozen training is nog bezig.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>De gekozen trainingen als FIT-bestanden exporteren naar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln FIT-bestand geschreven naar {folder}</numerusform>
            <numerusform>%Ln FIT-bestanden geschreven naar {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln zonder houding</numerusform>
            <numerusform>%Ln zonder houding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln nog bezig</numerusform>
            <numerusform>%Ln nog bezig</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (overgeslagen: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}; daarna: {failure}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <comment>the end of the sentence</comment>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Export as &amp;FIT…</source>
        <translation>Exporteren als &amp;FIT…</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files</source>
        <translation>De gekozen trainingen als FIT-bestanden exporteren</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Elke gekozen training als FIT-bestand opslaan, voor Garmin Connect of Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>%Ln training wordt als FIT geëxporteerd…</numerusform>
            <numerusform>%Ln trainingen worden als FIT geëxporteerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>Exporteren lukte niet: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Kalender van de laatste 12 maanden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln trainingsdag in de laatste 12 maanden. De pijltjestoetsen gaan van dag tot dag.</numerusform>
            <numerusform>%Ln trainingsdagen in de laatste 12 maanden. De pijltjestoetsen gaan van dag tot dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day}: geen training</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} vastgehouden</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>geen training</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>minder dan 1 min</translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation>1 tot 2 min</translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation>2 tot 3 min</translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation>3 min of meer</translation>
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
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Vastgehouden tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rugpijn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>Training-ID {id} ({command})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} van {planned}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation>Traininggeschiedenis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>De gekozen training verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>De gekozen training verwijderen (Delete-toets)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>De laatste verwijdering ongedaan maken</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>De verwijderde training terughalen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status van de geschiedenis</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Trainingen in de geschiedenis</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Trainingen die niet te lezen waren</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Verwijderen haalt één training tegelijk weg: kies er maar één.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>Het trainingslogboek is hier alleen-lezen, dus trainingen kunnen niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>De training kon niet worden verwijderd: {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Training van {moment} verwijderd.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>De training kon niet worden teruggehaald: {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Training van {moment} teruggehaald.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Zoals het bureaublad</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>De taal van het bureaublad</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language} geldt vanaf de volgende keer dat Plank Timer start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>Een training werd de vorige keer afgebroken (de app sloot onverwacht); elke afgeronde houding daarvoor staat in het logboek.</numerusform>
            <numerusform>%n trainingen werden de vorige keer afgebroken (de app sloot onverwacht); elke afgeronde houding daarvoor staat in het logboek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>Het trainingslogboek was beschadigd, dus is er een nieuw begonnen; het oude bestand is {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Trainingslogboek</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Je houdingen blijven bewaard en worden opnieuw opgeslagen als de training klaar is.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Houdingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Houdingen bewaard voor later</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Trainingslogboek exporteren</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON-back-up (*.json);;CSV voor spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Een trainingslogboek importeren</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>JSON-back-up (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n stond er al).</numerusform>
            <numerusform>(%n stonden er al).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n training geïmporteerd</numerusform>
            <numerusform>%n trainingen geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n houding nog niet opgeslagen: die wordt opgeslagen met de volgende training, of bewaard in een herstelbestand als de app sluit.</numerusform>
            <numerusform>{problem}. %n houdingen nog niet opgeslagen: ze worden opgeslagen met de volgende training, of bewaard in een herstelbestand als de app sluit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Geëxporteerd, maar niet alles</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n stond al in het logboek).</numerusform>
            <numerusform>(%n stonden al in het logboek).</numerusform>
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
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>&amp;Over Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Starten / pauzeren / hervatten</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>Deze fase &amp;overslaan</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>Training s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>&amp;Vloermodus (volledig scherm)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Dempen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>&amp;Gesproken aanwijzingen</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>Over Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Korte planks en zijplanks (hoogstens 10 s) met 5 s rust, 2 tot 5 rondes: rompuithouding voor hardlopers met lage rugpijn.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Toetsen: Spatie start/pauze, S overslaan, Esc stoppen, F vloermodus, M dempen.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Seconden vasthouden</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Seconden rust</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Rondes per oefening</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Seconden om klaar te gaan staan</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Seconden wisselpauze</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>{low} tot {high} rondes worden aangeraden; meer als je dat nodig hebt.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>{exercise} meenemen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Vasthouden</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Rust</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;ondes</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Klaarmaken</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Wissel</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>{low} tot {high} rondes aangeraden; hoogstens 10 s vasthouden werkt het best.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Samenvatting van de routine</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tijden</translation>
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
        <translation>{problem}. Trainingen werken nog; hun houdingen blijven bewaard en gaan bij het sluiten van de app naar een herstelbestand als het logboek ze blijft weigeren.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Je voortgang</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Nog geen trainingen in het logboek. Je voortgang verschijnt hier na je eerste training.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Nog geen trainingen</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Persoonlijke records</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>Hardlopen en je rug</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Vastgehouden tijd per dag</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>per {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Elke ronde gedaan in je laatste {count} trainingen: probeer de volgende keer %n ronde, met dezelfde houdtijden.</numerusform>
            <numerusform>Elke ronde gedaan in je laatste {count} trainingen: probeer de volgende keer %n rondes, met dezelfde houdtijden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln trainingsdag sinds {day}</numerusform>
            <numerusform>%Ln trainingsdagen sinds {day}</numerusform>
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
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <comment>an axis label: hours and minutes, short</comment>
        <translation>{hours}&#xa0;u&#xa0;{minutes}</translation>
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
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
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
        <translation>Run</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trailrun</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Loopband</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>met de hand toegevoegd</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} tot {last} {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} tot {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>vorige week</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>{day} vorige week</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>{first} t/m {last} vorige week</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>ook niets: {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ meer dan niets ({span})</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>deze week nog niets</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent}% t.o.v. {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent}% t.o.v. {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= gelijk aan {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Geen rugpijnscores in deze %Ln dag</numerusform>
            <numerusform>Geen rugpijnscores in deze %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Rugpijn gemiddeld {score} van 10 in deze %Ln dag</numerusform>
            <numerusform>Rugpijn gemiddeld {score} van 10 in deze %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, net als de %Ln dag ervoor</numerusform>
            <numerusform>{text}, net als de %Ln dagen ervoor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, lager dan {score} de %Ln dag ervoor</numerusform>
            <numerusform>{text}, lager dan {score} de %Ln dagen ervoor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, hoger dan {score} de %Ln dag ervoor</numerusform>
            <numerusform>{text}, hoger dan {score} de %Ln dagen ervoor</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} van 10</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation>Toon de laatste</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 dagen</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 dagen</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 dagen</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>De laatste %n dag tonen</numerusform>
            <numerusform>De laatste %n dagen tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Grafiek van de laatste %n dag</numerusform>
            <numerusform>Grafiek van de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Periode van de grafiek</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak je klaar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Volgende oefening</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Klaar!</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>Gepauzeerd · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Goed gedaan. Training voltooid.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Training gestopt.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Ronde {round} van {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n keer vasthouden · Spatie om te starten</numerusform>
            <numerusform>%n keer vasthouden · Spatie om te starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Spatie voor nog een training</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Daarna: klaar</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Daarna: {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Daarna: {seconds} s rust</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Daarna: {seconds} s om te wisselen</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Daarna: {seconds} s klaarmaken</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Training {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Nog {time} training</translation>
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
            <numerusform>{problem}. %Ln houding kon nergens worden bewaard: {reason}.</numerusform>
            <numerusform>{problem}. %Ln houdingen konden nergens worden bewaard: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. Hoe de laatste training eindigde, kon nergens worden bewaard: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln houding is in plaats daarvan bewaard in {file} en komt in het logboek zodra Plank Timer weer start.</numerusform>
            <numerusform>{problem}. %Ln houdingen zijn in plaats daarvan bewaard in {file} en komen in het logboek zodra Plank Timer weer start.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. Hoe de laatste training eindigde, is in plaats daarvan bewaard in {file} en komt in het logboek zodra Plank Timer weer start.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>%Ln houding die de vorige keer niet kon worden opgeslagen, staat nu in het logboek (uit {files}, nu verwijderd).</numerusform>
            <numerusform>%Ln houdingen die de vorige keer niet konden worden opgeslagen, staan nu in het logboek (uit {files}, nu verwijderd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>Een herstelbestand kon niet worden toegevoegd: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Dagelijkse herinnering</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Herinner me elke dag om (UU:MM, 24 uur; leeg laten voor geen herinnering):</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Niet gewijzigd: {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Naam van de routine</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Seconden om klaar te gaan staan</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Seconden wisselpauze</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Kant&amp;en elke ronde afwisselen</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Een linker- en een rechterzijplank direct na elkaar in de lijst wisselen elkaar af: links 1, rust, rechts 1, rust, links 2, enzovoort.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Klaarmaken</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>&amp;Wisselpauze</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Geen routine gekozen</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Ingebouwd, dus niet te wijzigen: dupliceer hem voor je eigen versie.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Niets om af te wisselen: zet een linker- en een rechterzijplank direct na elkaar.</translation>
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
        <translation>Berichten</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>‘{name}’ heeft niet-opgeslagen wijzigingen: sla ze eerst op of zet ze terug.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed}: {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Naam van de nieuwe routine:</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>‘{name}’ gemaakt: stel de oefeningen in en sla dan op.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Niet gemaakt</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <comment>the name of a copy of a routine</comment>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>{name} copy {number}</source>
        <comment>the name of a further copy</comment>
        <translation>{name} (kopie {number})</translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation>‘{copy}’ gemaakt, een kopie van ‘{name}’: pas hem aan en sla dan op.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Niet gekopieerd</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nieuwe naam voor ‘{name}’:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine hernoemen</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>‘{old}’ hernoemd naar ‘{new}’.</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Niet hernoemd</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>‘{name}’ verwijderd.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>‘{name}’ omhoog verplaatst.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>‘{name}’ omlaag verplaatst.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Niet verplaatst</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>‘{name}’ opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Wijzigingen teruggezet.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>‘{name}’ heeft niet-opgeslagen wijzigingen: sla ze op, of sluit nog eens om ze te verwerpen.</translation>
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
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (ingebouwd)</translation>
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
        <translation>‘Eigen waarden’ gebruikt de waarden hieronder; een routine haar eigen plan.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>Routines &amp;bewerken…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Routines bewerken</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation>Eigen waarden</translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation>1 tot {most} tekens, niet gebruikt door een andere routine</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine verwijderen</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>De routine ‘{name}’ verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Rustig</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Stevig</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n ronde van {hold} s, {rest} s rust</numerusform>
            <numerusform>{exercise}: %n rondes van {hold} s, {rest} s rust</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>Kanten wisselen elke ronde</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln run toegevoegd</numerusform>
            <numerusform>%Ln runs toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln al in het logboek</numerusform>
            <numerusform>%Ln al in het logboek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln andere sport overgeslagen</numerusform>
            <numerusform>%Ln andere sporten overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln geweigerd</numerusform>
            <numerusform>%Ln geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importeren klaar: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Importeren geannuleerd: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>De %Ln run die vóór het annuleren is toegevoegd, blijft bewaard.</numerusform>
            <numerusform>De %Ln runs die vóór het annuleren zijn toegevoegd, blijven bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Runs zoeken…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Runs importeren</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Stopt na dit bestand…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>{done} van %Ln bestand lezen…</numerusform>
            <numerusform>{done} van %Ln bestanden lezen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Runs geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln bestand kon niet worden gelezen en is overgeslagen; ‘{show_details}’ geeft de reden.</numerusform>
            <numerusform>%Ln bestanden konden niet worden gelezen en zijn overgeslagen; ‘{show_details}’ toont ze met de reden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>Het importeren is gestopt door een onverwacht probleem: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importeren gestopt</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>Schrijven in het trainingslogboek lukte niet: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln run die daarvoor is toegevoegd, blijft bewaard.</numerusform>
            <numerusform>%Ln runs die daarvoor zijn toegevoegd, blijven bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Hardlopen per week, core-training en rugpijn</translation>
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
        <translation>Gelopen afstand</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Piekweek</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Rugpijn, weekgemiddelde (rechteras)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Core: vastgehouden tijd</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Na een piek: de piekweek en de week erna</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Na een piek</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Getallen boven de balken: loopdagen, core-trainingen</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Getallen: loopdagen · trainingen</translation>
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
        <translation>&amp;Afstand</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>De loopbalken tonen de afstand</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Tij&amp;d</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>De loopbalken tonen de looptijd</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 &amp;maanden</translation>
    </message>
    <message>
        <source>Show the last 13 weeks of running</source>
        <translation>De laatste 13 weken hardlopen tonen</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;jaar</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>De laatste 52 weken hardlopen tonen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>Alle&amp;s</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Elke week sinds je eerste run tonen</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Hardlopen en rugpijn, in woorden</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Nog geen runs</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Runs zonder afstand</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Hoe pieken worden gemarkeerd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln run zonder afstand (loopband, of zonder km toegevoegd) telt mee in de weekdetails, maar niet in de afstandsbalken; kies Tijd om hem in de balken te zien.</numerusform>
            <numerusform>%Ln runs zonder afstand (loopband, of zonder km toegevoegd) tellen mee in de weekdetails, maar niet in de afstandsbalken; kies Tijd om ze in de balken te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Geen run in deze weken heeft een afstand: de balken tonen tijd</translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message>
        <source>km per week</source>
        <translation>km per week</translation>
    </message>
    <message>
        <source>Running time per week</source>
        <translation>Looptijd per week</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Rugpijn (0 tot 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Nog geen runs in het logboek. Haal ze binnen met {import_runs} (FIT-, GPX- of TCX-bestanden van een horloge, of een Strava-export) of voer er een in met {add_run}; dan staat je hardlopen hier week voor week naast je core-training en rugpijn.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ markeert een piek: een week waarin je looptijd meer dan {percent}% boven het gemiddelde van de {weeks} weken ervoor ligt (na {weeks} weken zonder hardlopen telt elke run). ‘Na een piek’ betekent de gemarkeerde week en de week erna. De vergelijking heeft rugpijnscores nodig in minstens {minimum} weken na een piek en {minimum} andere weken. Weken lopen van maandag tot zondag. Ze toont wat samen gebeurde, niet wat wat veroorzaakte: slaap, werk en andere training veranderen ook.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked jump(s)</source>
        <translation>
            <numerusform>%Ln gemarkeerde piek</numerusform>
            <numerusform>%Ln gemarkeerde pieken</numerusform>
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
        <translation>deze week</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>in deze %Ln week</numerusform>
            <numerusform>in deze %Ln weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>in de %Ln week sinds je eerste run</numerusform>
            <numerusform>in de %Ln weken sinds je eerste run</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Geen runs {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Geen rugpijnscores {span}: noteer na een training hoe je rug voelt (0 tot 10) om die naast je hardlopen te zien.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Geen gemarkeerde pieken {span}; je rugpijn was gemiddeld {score} in de %Ln week met een score.</numerusform>
            <numerusform>Geen gemarkeerde pieken {span}; je rugpijn was gemiddeld {score} in de %Ln weken met een score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>In de %Ln week na een gemarkeerde piek</numerusform>
            <numerusform>In de %Ln weken na een gemarkeerde piek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>in de %Ln andere week met een score</numerusform>
            <numerusform>in de %Ln andere weken met een score</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}) was je rugpijn gemiddeld {after}; {other_weeks} {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Nog te weinig gegevens: rugpijn na pieken vergelijken met andere weken vraagt scores in minstens {minimum} weken van elk; met een score {span}: {after} na een piek, {others}.</translation>
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
        <translation>Niet beoordeeld: minder dan {weeks} weken met runs ervoor in het logboek</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Piek: weer hardlopen na {weeks} weken zonder</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Geen hardlopen in deze week of de {weeks} weken ervoor</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Piek: {percent} boven de {weeks} weken ervoor (gemiddeld {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} boven de {weeks} weken ervoor (gemiddeld {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} onder de {weeks} weken ervoor (gemiddeld {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Week van {day} (tot nu toe)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week van {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Hardlopen: {runs} op %Ln dag, {time}, {distance}</numerusform>
            <numerusform>Hardlopen: {runs} op %Ln dagen, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Hardlopen: {runs} op %Ln dag, {time}</numerusform>
            <numerusform>Hardlopen: {runs} op %Ln dagen, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln run zonder afstand ({time})</numerusform>
            <numerusform>%Ln runs zonder afstand ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Hardlopen: geen</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>De week na een piek</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Core: %Ln training, {time} vastgehouden</numerusform>
            <numerusform>Core: %Ln trainingen, {time} vastgehouden</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Core: geen</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Rugpijn: {score} van 10 (%Ln score)</numerusform>
            <numerusform>Rugpijn: {score} van 10 (%Ln scores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Rugpijn: geen score</translation>
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
        <translation>&amp;Runs importeren…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Runs uit een &amp;map importeren…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>Een run &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Runs importeren: FIT-, GPX-, TCX-bestanden of een Strava-export</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Alle runs in een map importeren</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Het trainingslogboek is hier alleen-lezen.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Run niet toegevoegd</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>Opslaan van de run lukte niet: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Al in het logboek</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>Het logboek heeft al zo’n run.</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bron</translation>
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
        <translation>Runs</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>&amp;Run verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>De gekozen run verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>De gekozen run verwijderen (Delete-toets)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Run terug&amp;zetten</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>De laatst verwijderde run terugzetten</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>De verwijderde run terugzetten (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>Status van de runs</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Runs in het logboek</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Runs die niet te lezen waren</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Het trainingslogboek is hier alleen-lezen, dus runs kunnen niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>Verwijderen van de run lukte niet: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Run van {moment} verwijderd.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>Terugzetten van de run lukte niet: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Run van {moment} teruggezet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Nog geen runs: {import_runs} haalt ze van je horloge of uit Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Training bezig</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>Eigen geluiden en de apparaatkeuze hebben sounddevice en PortAudio nodig; de signalen spelen de ingebouwde geluiden op de systeemstandaard.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>het geluid ontbreekt</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>Ge&amp;luiden…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>&amp;Uitvoerapparaat…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>De signalen klinken via {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>Het geluid voor ‘{cue}’ kon niet worden gebruikt ({problem}); het ingebouwde geluid klinkt in plaats daarvan.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>Het uitvoerapparaat ‘{device}’ is niet verbonden; de signalen klinken op de systeemstandaard.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>Kan niet worden afgespeeld: {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>een nieuwe simpleaudio-stream per signaal</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>een nieuwe simpleaudio-stream per signaal ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>één open stream per training via {library}, op {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>het standaardapparaat van het systeem</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} is ingesteld</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) is niet geïnstalleerd</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Afteltik</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (afgekapt op {seconds} s, met fade-out)</translation>
    </message>
    <message>
        <source>{file} ({seconds} s)</source>
        <translation>{file} ({seconds} s)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Geluiden</translation>
    </message>
    <message>
        <source>Sound messages</source>
        <translation>Geluidsmeldingen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Ingebouwd</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Af&amp;spelen</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>WAV-, FLAC- of OGG-bestanden. Een geluid dat langer is dan {seconds} s wordt daar afgekapt, met een fade-out, zodat het niet over het volgende signaal heen loopt.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Geluid voor {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. Het geluid voor ‘{cue}’ blijft ongewijzigd.</translation>
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
        <translation>Trainingen</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Vastgehouden tijd</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Huidige reeks</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Langste reeks</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>met minstens één keer vasthouden</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>alle keren vasthouden samen</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>een training vandaag begint er een</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} in totaal vorige week</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>Dagelijkse &amp;herinnering…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Training klaar</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Goed gedaan. Je houdingen staan in het logboek.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>Tijd voor de planks van vandaag: een paar minuten is genoeg.</translation>
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
        <translation>Venster tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation>Start  [Spatie]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Verder  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Stop  [Esc]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Dempen  [M]</translation>
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
        <translation>Hervatten  [Spatie]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pauze  [Spatie]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Geluid aan  [M]</translation>
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
        <translation>Oefening en kant</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wat er nu komt</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Resterende trainingstijd</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Voortgang van de training</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Geluidsstatus</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>Kan niet starten: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. In plaats daarvan knippert het scherm bij elke wissel.</translation>
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
        <translation>Intervaltimer</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Time planks en zijplanks met grote cijfers en geluidssignalen</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>plank;zijplank;core;romp;oefening;training;fitness;interval;timer;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Een intervaltimer voor het rompuithoudingsprogramma dat hardlopers met lage rugpijn vaak krijgen: planks en zijplanks een paar seconden vasthouden met korte rustpauzes, een paar rondes lang. Zet de laptop op de grond, neem je positie in, en Plank Timer zegt wanneer je vasthoudt, wanneer je rust, hoe lang het nog duurt en wanneer je van kant wisselt.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Enorme cijfers en sterke kleuren, leesbaar vanaf de grond</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Duidelijke geluidssignalen voor vasthouden, rust, wisselen en klaar, en aftellen voor elke keer vasthouden</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Bediening met het toetsenbord: starten, pauzeren, overslaan, stoppen, dempen en volledig scherm</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Tijdmeting op de monotone klok, zodat ook een lange training nooit verloopt</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Een logboek van afgeronde trainingen met reeksen en persoonlijke records</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>In het Engels, Duits, Frans, Spaans, Italiaans, Nederlands en Portugees</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Eerste versie: intervallen voor planks en zijplanks met geluidssignalen en een trainingslogboek.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>een oefeningnaam</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>de naam van een oefening mag niet leeg zijn</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>kies minstens één oefening</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>vasthouden</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rust</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rondes</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>klaarmaken</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>wissel</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} moet {low} tot {high} seconden zijn, niet {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} moet {low} tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>rondes moeten een heel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>een plan heeft hoogstens {most} oefeningen, niet {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>kanten afwisselen moet waar of onwaar zijn, niet {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>de herinneringstijd moet UU:MM (24 uur) zijn, niet {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>een routine heeft een naam nodig</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>een routinenaam</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>een routine heeft een plan nodig, niet {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>een ingebouwde routine heet al {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>een andere routine heet al {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>Er is geen trainingslogboek op {file}</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>Het trainingslogboek {file} kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>Het trainingslogboek {file} heeft schemaversie {version}, deze app leest {latest}: open het één keer in deze versie van Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>De map {folder} kon niet worden gemaakt: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>Het trainingslogboek {file} is geschreven door een nieuwere Plank Timer ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>het heeft schemaversie {version}, nieuwer dan deze app kent ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>Het trainingslogboek {file} is beschadigd: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>Het trainingslogboek {file} kon niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>Het trainingslogboek {file} is beschadigd en kon niet opzij worden gezet: {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>Er kon geen nieuw trainingslogboek {file} worden gestart: {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>er is geen routine met de naam {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} is ingebouwd: dupliceer hem voor je eigen</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>Opslaan van de routines in {file} lukte niet: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>oefening {number}: {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} is geen map</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>kan niet schrijven in {folder}: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>{file} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>training {id} heeft geen houdingen</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>training {id} kan niet als FIT worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>De training kon niet worden vastgelegd: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>er is nog geen training om te beoordelen</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>Opslaan in {file} lukte niet: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>een bidi-stuurteken ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>een regeleinde ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>een losse surrogaat ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>een stuurteken ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>een niet-toegewezen teken ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>een onafdrukbaar teken ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} mag hoogstens {most} tekens hebben, niet {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} moet één regel afdrukbare tekst zijn; op teken {position} staat {char}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>een loop moet tussen {first} en {last} beginnen, niet {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>totale tijd</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>bewegingstijd</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>afstand</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>gemiddelde hartslag</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>inspanning</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>de start van een run heeft een UTC-verschuiving nodig</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>sport moet een van {sports} zijn</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>de bronnaam van een run moet 1 tot {most} tekens hebben</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} moet {low} tot {high} meter zijn, niet {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} moet een heel getal van {low} tot {high} zijn, niet {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>duurt korter dan een minuut (horloge per ongeluk gestart?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>is een naam buiten het archief; geweigerd</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>is geen leesbaar zip-bestand</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>geeft uitgepakt {size} op, boven de grens van {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>zou {ratio} keer opzwellen (een zipbom?); geweigerd</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>is beschadigd in het archief ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>kan niet worden uitgepakt ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>is geen FIT-, GPX- of TCX-bestand</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>wordt genoemd in {row} maar ontbreekt in het archief</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>is beschadigd: de FIT-controlesom (CRC) klopt niet</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>is afgekapt (onvolledig FIT-bestand)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>is geen FIT-bestand (geen geldige FIT-kop)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>is geen leesbaar FIT-bestand ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>bevat geen activiteit (een FIT-bestand met instellingen, een workout of monitoring)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>heeft geen echte starttijd (de klok van het horloge was niet ingesteld)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>zegt niet hoe lang de activiteit duurde</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>is geen geldige GPX (kapotte XML)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>is geen leesbaar GPX-bestand ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>bevat geen tijden (een route of track zonder tijdstempels)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>is uitgepakt groter dan {size}; geweigerd</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>is geen leesbaar gzip-bestand ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>is geen gewoon bestand (een pipe of een apparaat); overgeslagen</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>is {size}, boven de grens van {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>is geen FIT-, GPX- of TCX-bestand (ook niet als .gz) en geen zip-archief</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>heeft geen totale tijd</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} is geen datum</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>de kolommen {columns} ontbreken (geen Strava-export?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>heeft een cel die geen getal is ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>is geen leesbaar CSV-bestand ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>is geen geldige TCX (kapotte XML)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>is geen leesbaar TCX-bestand ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format moet {format} zijn</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version moet een heel getal zijn</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>versie {version} kan deze app niet lezen (hij leest {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>rugpijn</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>er is geen training {id} in het logboek</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>training {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>training {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 houding van {session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} houdingen van {session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>run {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>run {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} en nog {count}</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>weggelaten wat niet te lezen was (een beschadigde byte in het logboek): {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>exporteren naar {file} kan niet: dat is het trainingslogboek zelf (of een deel ervan)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>exporteren naar {file} kan niet: dat is een map</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} moet een object zijn, niet {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>het moet een object zijn, niet {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} ontbreekt</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} moet {wanted} zijn, niet {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} herhaalt {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (begonnen {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>een aantal seconden van {low} tot {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>een heel getal van {low} tot {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>een ISO 8601-tijd met UTC-verschuiving</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>Could not write to the workout log {file}: {reason}</source>
        <translation>Schrijven in het trainingslogboek {file} lukte niet: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>het bevat een geheel getal van {digits} cijfers</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>het bevat {name}, wat geen JSON-getal is</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>het is een pipe, geen bestand</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>het is een socket, geen bestand</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>het is een apparaat, geen bestand</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>{file} kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} is {size} bytes; deze app leest back-ups van hoogstens {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} is groter dan {most} bytes</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} is geen UTF-8-tekst (byte {byte} is fout)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} is geen geldige JSON: {reason} op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>het is te diep genest</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right of een eigen naam</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>na started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>geen Plank Timer-logboek: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>het plan moet een object zijn met blocks, get_ready en switch</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} moet {wanted} zijn</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>geen map nam ze aan ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>Opslaan in {file} lukte niet</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>moet een object zijn, niet {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>de naam {name} hoort bij een ingebouwde routine: hernoem hem in het bestand</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>een van {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 hexadecimale cijfers of null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} tekens)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>er is geen geluid ‘{name}’</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file}: geen WAV-, FLAC- of OGG-bestand</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>{file} kon niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} bevat geen geluid</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio is niet beschikbaar ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>er kon geen uitvoerstream worden geopend ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>de uitvoerstream kon niet starten ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>het geluid kon niet worden afgespeeld ({reason})</translation>
    </message>
</context>
</TS>
