<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are kept until the app closes and saved with the next workout.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>{problem}. Workouts run, but nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: {phase} {seconds} s, {exercise}, {round}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom runs the values below; a routine runs its own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpinWords</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutDisplay</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Plank Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be at most {most} characters, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be one line of text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
