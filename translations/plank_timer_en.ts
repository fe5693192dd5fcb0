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
        <source>{problem}. %n hold(s) not saved yet: they are kept until the app closes and saved with the next workout.</source>
        <translation>
            <numerusform>{problem}. %n hold not saved yet: they are kept until the app closes and saved with the next workout.</numerusform>
            <numerusform>{problem}. %n holds not saved yet: they are kept until the app closes and saved with the next workout.</numerusform>
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
    <name>RoutineWords</name>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n round of {hold} s, {rest} s rest</numerusform>
            <numerusform>{exercise}: %n rounds of {hold} s, {rest} s rest</numerusform>
        </translation>
    </message>
</context>
</TS>
