<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BestsColumn</name>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln round</numerusform>
            <numerusform>%Ln rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %Ln FIT file to {folder}</numerusform>
            <numerusform>Wrote %Ln FIT files to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln with no hold</numerusform>
            <numerusform>%Ln with no hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln still in progress</numerusform>
            <numerusform>%Ln still in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>Exporting %Ln workout as FIT…</numerusform>
            <numerusform>Exporting %Ln workouts as FIT…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln workout day in the last 12 months. Arrow keys move from day to day.</numerusform>
            <numerusform>%Ln workout days in the last 12 months. Arrow keys move from day to day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln workout</numerusform>
            <numerusform>%Ln workouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>A workout was cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</numerusform>
            <numerusform>%n workouts were cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n hold not saved yet: it is saved with the next workout, or kept in a recovery file when the app closes.</numerusform>
            <numerusform>{problem}. %n holds not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>Imported %n workout</numerusform>
            <numerusform>Imported %n workouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n already in the log).</numerusform>
            <numerusform>(%n already in the log).</numerusform>
        </translation>
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
            <numerusform>(%n already there).</numerusform>
            <numerusform>(%n already there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Every round done in your last {count} workouts: try %n round next time, with the same holds.</numerusform>
            <numerusform>Every round done in your last {count} workouts: try %n rounds next time, with the same holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln workout day since {day}</numerusform>
            <numerusform>%Ln workout days since {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>No back-pain scores in these %Ln day</numerusform>
            <numerusform>No back-pain scores in these %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Back pain averaged {score} of 10 in these %Ln day</numerusform>
            <numerusform>Back pain averaged {score} of 10 in these %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, the same as the %Ln day before</numerusform>
            <numerusform>{text}, the same as the %Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, down from {score} in the %Ln day before</numerusform>
            <numerusform>{text}, down from {score} in the %Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, up from {score} in the %Ln day before</numerusform>
            <numerusform>{text}, up from {score} in the %Ln days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Show the last %n day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Chart the last %n day</numerusform>
            <numerusform>Chart the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n hold · press Space to start</numerusform>
            <numerusform>%n holds · press Space to start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) could not be saved anywhere: {reason}.</source>
        <translation>
            <numerusform>{problem}. %Ln hold could not be saved anywhere: {reason}.</numerusform>
            <numerusform>{problem}. %Ln holds could not be saved anywhere: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln hold is saved in {file} instead and will be added to the log when Plank Timer next starts.</numerusform>
            <numerusform>{problem}. %Ln holds are saved in {file} instead and will be added to the log when Plank Timer next starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>Added %Ln hold to the log that could not be saved last time (from {files}, now deleted).</numerusform>
            <numerusform>Added %Ln holds to the log that could not be saved last time (from {files}, now deleted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n round of {hold} s, {rest} s rest</numerusform>
            <numerusform>{exercise}: %n rounds of {hold} s, {rest} s rest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln run added</numerusform>
            <numerusform>%Ln runs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln already in the log</numerusform>
            <numerusform>%Ln already in the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln other sport skipped</numerusform>
            <numerusform>%Ln other sports skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>The %Ln run added before you cancelled is kept.</numerusform>
            <numerusform>The %Ln runs added before you cancelled are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Reading {done} of %Ln file…</numerusform>
            <numerusform>Reading {done} of %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln file could not be read and was skipped; {show_details} lists it with the reason.</numerusform>
            <numerusform>%Ln files could not be read and were skipped; {show_details} lists each with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln run added before that is kept.</numerusform>
            <numerusform>%Ln runs added before that are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningSection</name>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln run without a distance (treadmill, or added without km) counts in the tooltips but not in the distance bars; choose Time to see it in the bars.</numerusform>
            <numerusform>%Ln runs without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
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
            <numerusform>%Ln marked jump</numerusform>
            <numerusform>%Ln marked jumps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>in this %Ln week</numerusform>
            <numerusform>in these %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>in the %Ln week since your first run</numerusform>
            <numerusform>in the %Ln weeks since your first run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>No marked jumps {span}; your back pain averaged {score} over the %Ln week with a score.</numerusform>
            <numerusform>No marked jumps {span}; your back pain averaged {score} over the %Ln weeks with a score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>In the %Ln week after a marked jump</numerusform>
            <numerusform>In the %Ln weeks after a marked jump</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>in the other %Ln week with a score</numerusform>
            <numerusform>in the other %Ln weeks with a score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Running: {runs} on %Ln day, {time}, {distance}</numerusform>
            <numerusform>Running: {runs} on %Ln days, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Running: {runs} on %Ln day, {time}</numerusform>
            <numerusform>Running: {runs} on %Ln days, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln run without a distance ({time})</numerusform>
            <numerusform>%Ln runs without a distance ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Core: %Ln session, {time} held</numerusform>
            <numerusform>Core: %Ln sessions, {time} held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Back pain: {score} of 10 (%Ln score)</numerusform>
            <numerusform>Back pain: {score} of 10 (%Ln scores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
</context>
</TS>
