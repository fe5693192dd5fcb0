<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Añadir una carrera</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Empezó a las</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source> km</source>
        <comment>after a number of kilometres</comment>
        <translation> km</translation>
    </message>
    <message>
        <source>Distance in kilometres</source>
        <translation>Distancia en kilómetros</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> de 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Esfuerzo, de 1 fácil a 10 al máximo</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Tipo de carrera</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>Di&amp;stancia</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Esfuerzo (1 fácil, 10 al máximo)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Añadir carrera</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Mejor sesión</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Mejor semana</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>aún no hay rondas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln ronda</numerusform>
            <numerusform>%Ln rondas</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>en una sesión, el {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>aún no hay sostenidos</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>la semana del {day}</translation>
    </message>
</context>
<context>
    <name>BigCount</name>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Cómo te sientes</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>¿Cómo notas la espalda hoy? 0 = sin dolor, 10 = el peor dolor</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Dolor de espalda {score} de 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Una nota (opcional): cómo fue, qué dolió</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Omitir  [Esc]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Omitir la valoración</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Evolución del dolor de espalda</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Tiempo sostenido por día y dolor de espalda</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} sostenidos del {first} al {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Segundos sostenidos por día</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Dolor de espalda (0 a 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Dolor de espalda (eje derecho)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} sostenidos</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day}: descanso</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Dolor de espalda {score} de 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Dónde suenan los avisos. El predeterminado del sistema sigue la elección de tu escritorio; un dispositivo con nombre se usa siempre que esté conectado, y si no, el predeterminado.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>&amp;Reproducir los avisos en:</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>Hablar en in&amp;glés si mi idioma no tiene voz</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} tiene sus propios avisos hablados</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Este idioma aún no tiene avisos hablados: sin palabras en inglés, la sesión se queda en los pitidos (desde la próxima sesión)</translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation>Plancha</translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation>Plancha lateral, lado izquierdo</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Plancha lateral, lado derecho</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Lat. I</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Lat. D</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Plancha lateral izquierda</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Plancha lateral derecha</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sostener</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Añadir ejercicio</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Elige un ejercicio o escribe el nombre del tuyo, p. ej. bird dog</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Segundos de sostén del ejercicio {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Segundos de descanso del ejercicio {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Rondas del ejercicio {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Subir el ejercicio {number}</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Bajar el ejercicio {number}</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Quitar el ejercicio {number}</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Elige primero las sesiones que quieres exportar.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Nada que exportar: las sesiones elegidas no tienen sostenes.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Aún no hay nada que exportar: la sesión elegida sigue en curso.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>Exportar las sesiones elegidas como archivos FIT en</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln archivo FIT guardado en {folder}</numerusform>
            <numerusform>%Ln archivos FIT guardados en {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln sin sostén</numerusform>
            <numerusform>%Ln sin sostén</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln aún en curso</numerusform>
            <numerusform>%Ln aún en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (sin exportar: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}; luego: {failure}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <comment>the end of the sentence</comment>
        <translation>{summary}.</translation>
    </message>
    <message>
        <source>Export as &amp;FIT…</source>
        <translation>Exportar como &amp;FIT…</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files</source>
        <translation>Exportar las sesiones elegidas como archivos FIT</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Guardar cada sesión elegida como archivo FIT, para Garmin Connect o Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>Exportando %Ln sesión como FIT…</numerusform>
            <numerusform>Exportando %Ln sesiones como FIT…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>No se pudo exportar: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendario de los últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln día de entrenamiento en los últimos 12 meses. Las flechas pasan de un día a otro.</numerusform>
            <numerusform>%Ln días de entrenamiento en los últimos 12 meses. Las flechas pasan de un día a otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day}: sin entrenamiento</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} sostenidos</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>sin entrenamiento</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>1 to 2 min</source>
        <translation>1 a 2 min</translation>
    </message>
    <message>
        <source>2 to 3 min</source>
        <translation>2 a 3 min</translation>
    </message>
    <message>
        <source>3 min or more</source>
        <translation>3 min o más</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tiempo sostenido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>ID de la sesión: {id} ({command})</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Workout history</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>Eliminar la sesión elegida</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>Eliminar la sesión elegida (tecla Supr)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Deshacer la última eliminación</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>Recuperar la sesión eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Sesiones en el historial</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Sesiones que no se pudieron leer</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Eliminar borra una sola sesión cada vez: elige solo una.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>El registro de sesiones es de solo lectura aquí, así que no se pueden eliminar sesiones.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>No se pudo eliminar la sesión: {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Sesión del {moment} eliminada.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>No se pudo recuperar la sesión: {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Sesión del {moment} recuperada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>El idioma del escritorio</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language}: se aplicará la próxima vez que se inicie Plank Timer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LogIntegration</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s) cut off last time (the app closed unexpectedly); every hold finished before that is kept in the log.</source>
        <translation>
            <numerusform>Una sesión se cortó la última vez (la app se cerró de forma inesperada); cada sostén terminado antes se conserva en el registro.</numerusform>
            <numerusform>%n sesiones se cortaron la última vez (la app se cerró de forma inesperada); cada sostén terminado antes se conserva en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>El registro de sesiones estaba dañado, así que se empezó uno nuevo; el archivo antiguo es {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Registro de sesiones</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Tus sostenes se conservan y se vuelven a guardar al terminar la sesión.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Sostenes sin guardar</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Sostenes guardados para después</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Exportar el registro de sesiones</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>Copia JSON (*.json);;CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Importar un registro de sesiones</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Copia JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n carrera</numerusform>
            <numerusform>%n carreras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n ya estaba).</numerusform>
            <numerusform>(%n ya estaban).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n sesión importada</numerusform>
            <numerusform>%n sesiones importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n sostén aún sin guardar: se guarda con la próxima sesión o se conserva en un archivo de recuperación al cerrar la aplicación.</numerusform>
            <numerusform>{problem}. %n sostenes aún sin guardar: se guardan con la próxima sesión o se conservan en un archivo de recuperación al cerrar la aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Exportado, pero no todo</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n ya estaba en el registro).</numerusform>
            <numerusform>(%n ya estaban en el registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>&amp;Acerca de Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Iniciar / pausar / reanudar</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>&amp;Omitir esta fase</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>&amp;Detener la sesión</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>Modo &amp;suelo (pantalla completa)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Si&amp;lenciar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>Avisos &amp;hablados</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>Acerca de Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Planchas y planchas laterales cortas (10 s como mucho) con 5 s de descanso, de 2 a 5 rondas: resistencia del core para corredores con dolor lumbar.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Teclas: Espacio iniciar/pausar, S omitir, Esc detener, F modo suelo, M silenciar.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos de sostén</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Rondas por ejercicio</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos para prepararse</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Segundos de pausa para cambiar</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>Se recomiendan de {low} a {high} rondas; más si lo necesitas.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Incluir {exercise}</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Sostener</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Descanso</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;ondas</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Prepararse</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Cambio</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>Se recomiendan de {low} a {high} rondas; sostener 10 s como mucho funciona mejor.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Resumen de la rutina</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation>R&amp;utina</translation>
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
        <translation>{problem}. Las sesiones siguen funcionando; sus sostenes se conservan y, si el registro sigue sin aceptarlos, se guardan en un archivo de recuperación al cerrar la aplicación.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Aún no hay sesiones registradas. Tu progreso aparecerá aquí tras tu primera sesión.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Mejores marcas</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>Correr y tu espalda</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Tiempo sostenido por día</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>a {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Todas las rondas hechas en tus últimas {count} sesiones: prueba %n ronda la próxima vez, con los mismos sostenes.</numerusform>
            <numerusform>Todas las rondas hechas en tus últimas {count} sesiones: prueba %n rondas la próxima vez, con los mismos sostenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln día de entrenamiento desde el {day}</numerusform>
            <numerusform>%Ln días de entrenamiento desde el {day}</numerusform>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
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
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Cinta</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadida a mano</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>del {first} al {last} de {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la semana pasada</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>el {day} de la semana pasada</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>de {first} a {last} de la semana pasada</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>tampoco nada: {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ sube desde nada ({span})</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>nada aún esta semana</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent} % frente a {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent} % frente a {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= igual que {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Sin valores de dolor de espalda en este %Ln día</numerusform>
            <numerusform>Sin valores de dolor de espalda en estos %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Dolor de espalda medio de {score} sobre 10 en este %Ln día</numerusform>
            <numerusform>Dolor de espalda medio de {score} sobre 10 en estos %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, igual que el %Ln día anterior</numerusform>
            <numerusform>{text}, igual que los %Ln días anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, menos que {score} el %Ln día anterior</numerusform>
            <numerusform>{text}, menos que {score} los %Ln días anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, más que {score} el %Ln día anterior</numerusform>
            <numerusform>{text}, más que {score} los %Ln días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Cortada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} de 10</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Show the last</source>
        <translation>Mostrar los últimos</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 días</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 días</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 días</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Mostrar el último %n día</numerusform>
            <numerusform>Mostrar los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Graficar el último %n día</numerusform>
            <numerusform>Graficar los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Periodo del gráfico</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Aguanta</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>¡Hecho!</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>En pausa · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Bien hecho. Sesión completada.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Sesión detenida.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Ronda {round} de {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n sostén · Espacio para empezar</numerusform>
            <numerusform>%n sostenes · Espacio para empezar</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Espacio para otra sesión</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Después: {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Después: {seconds} s de descanso</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Después: {seconds} s para cambiar</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Después: {seconds} s para prepararte</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Sesión {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Quedan {time}</translation>
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
            <numerusform>{problem}. %Ln sostén no se pudo guardar en ningún sitio: {reason}.</numerusform>
            <numerusform>{problem}. %Ln sostenes no se pudieron guardar en ningún sitio: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. Cómo terminó la última sesión no se pudo guardar en ningún sitio: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln sostén se guardó en {file} y se añadirá al registro la próxima vez que se inicie Plank Timer.</numerusform>
            <numerusform>{problem}. %Ln sostenes se guardaron en {file} y se añadirán al registro la próxima vez que se inicie Plank Timer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. Cómo terminó la última sesión se guardó en {file} y se añadirá al registro la próxima vez que se inicie Plank Timer.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>Se añadió al registro %Ln sostén que no se pudo guardar la última vez (de {files}, ya eliminado).</numerusform>
            <numerusform>Se añadieron al registro %Ln sostenes que no se pudieron guardar la última vez (de {files}, ya eliminado).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>No se pudo añadir un archivo de recuperación: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Recordármelo cada día a las (HH:MM, 24 horas; vacío para ningún recordatorio):</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Sin cambios: {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos para prepararse</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Segundos de pausa para cambiar</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Alternar l&amp;ados en cada ronda</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Una plancha lateral izquierda y una derecha seguidas en la lista se turnan: izquierda 1, descanso, derecha 1, descanso, izquierda 2, y así.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Prepararse</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>Pausa de &amp;cambio</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Ninguna rutina elegida</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Incluida de serie, así que no se puede cambiar: duplícala para hacer tu versión.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Nada que alternar: pon una plancha lateral izquierda y una derecha seguidas.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>«{name}» tiene cambios sin guardar: guárdalos o reviértelos primero.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed}: {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nombre de la nueva rutina:</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>«{name}» creada: elige sus ejercicios y luego guarda.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>No creada</translation>
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
        <translation>«{copy}» creada, copia de «{name}»: cámbiala y luego guarda.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>No copiada</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renombrar la rutina</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«{old}» renombrada como «{new}».</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>No renombrada</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminada</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminada.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>«{name}» subida.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>«{name}» bajada.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>No movida</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» guardada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Cambios revertidos.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>«{name}» tiene cambios sin guardar: guárdalos o vuelve a cerrar para descartarlos.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Ru&amp;tinas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (de serie)</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Custom runs the values below; a routine runs its own plan.</source>
        <translation>«Personalizada» usa los valores de abajo; una rutina, su propio plan.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>&amp;Editar rutinas…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Editar rutinas</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>the plan form&apos;s own values</comment>
        <translation>Personalizada</translation>
    </message>
</context>
<context>
    <name>RoutinePrompts</name>
    <message>
        <source>1 to {most} characters, not used by another routine</source>
        <translation>De 1 a {most} caracteres, sin usar por otra rutina</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>¿Eliminar la rutina «{name}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Intensa</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n ronda de {hold} s, {rest} s de descanso</numerusform>
            <numerusform>{exercise}: %n rondas de {hold} s, {rest} s de descanso</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>Los lados se alternan en cada ronda</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln carrera añadida</numerusform>
            <numerusform>%Ln carreras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln ya en el registro</numerusform>
            <numerusform>%Ln ya en el registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln otro deporte omitido</numerusform>
            <numerusform>%Ln otros deportes omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importación terminada: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Importación cancelada: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>La %Ln carrera añadida antes de cancelar se conserva.</numerusform>
            <numerusform>Las %Ln carreras añadidas antes de cancelar se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Buscando carreras…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Importando carreras</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Se detendrá tras este archivo…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Leyendo {done} de %Ln archivo…</numerusform>
            <numerusform>Leyendo {done} de %Ln archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Carreras importadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln archivo no se pudo leer y se omitió; «{show_details}» indica el motivo.</numerusform>
            <numerusform>%Ln archivos no se pudieron leer y se omitieron; «{show_details}» los enumera con el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>La importación se detuvo por un problema inesperado: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>No se pudo escribir en el registro de sesiones: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln carrera añadida antes de eso se conserva.</numerusform>
            <numerusform>%Ln carreras añadidas antes de eso se conservan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Carrera por semana, trabajo de core y dolor de espalda</translation>
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
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Distance run</source>
        <translation>Distancia corrida</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Tiempo corriendo</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Semana de pico</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Dolor de espalda, media semanal (eje derecho)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Tiempo de core sostenido</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Tras un pico: la semana del pico y la siguiente</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Tras un pico</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Números sobre las barras: días de carrera, sesiones de core</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Números: días de carrera · sesiones</translation>
    </message>
</context>
<context>
    <name>RunningSection</name>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>D&amp;istance</source>
        <translation>D&amp;istancia</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>Las barras de carrera muestran la distancia</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tiempo</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>Las barras de carrera muestran el tiempo corriendo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 &amp;meses</translation>
    </message>
    <message>
        <source>Show the last 13 weeks of running</source>
        <translation>Mostrar las últimas 13 semanas de carrera</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>&amp;1 año</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>Mostrar las últimas 52 semanas de carrera</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>T&amp;odo</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Mostrar cada semana desde tu primera carrera</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Carrera y dolor de espalda, en palabras</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aún no hay carreras</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Carreras sin distancia</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Cómo se marcan los picos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln carrera sin distancia (cinta, o añadida sin km) cuenta en los detalles de cada semana, pero no en las barras de distancia; elige Tiempo para verla en las barras.</numerusform>
            <numerusform>%Ln carreras sin distancia (cinta, o añadidas sin km) cuentan en los detalles de cada semana, pero no en las barras de distancia; elige Tiempo para verlas en las barras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Ninguna carrera de estas semanas tiene distancia: las barras muestran el tiempo</translation>
    </message>
</context>
<context>
    <name>RunningText</name>
    <message>
        <source>km per week</source>
        <translation>km por semana</translation>
    </message>
    <message>
        <source>Running time per week</source>
        <translation>Tiempo corriendo por semana</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Dolor de espalda (0 a 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Aún no hay carreras registradas. Tráelas con {import_runs} (archivos FIT, GPX o TCX de un reloj, o una exportación de Strava) o escribe una con {add_run}; entonces tu carrera semana a semana aparecerá aquí junto a tu trabajo de core y tu dolor de espalda.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ marca un pico: una semana cuyo tiempo corriendo supera en más del {percent}&#xa0;% la media de las {weeks} semanas anteriores (tras {weeks} semanas sin correr, cualquier carrera cuenta). «Tras un pico» significa la semana marcada y la siguiente. La comparación necesita valores de dolor de espalda en al menos {minimum} semanas tras un pico y {minimum} semanas más. Las semanas van de lunes a domingo. Muestra lo que ocurrió a la vez, no qué causó qué: el sueño, el trabajo y otros entrenamientos también cambian.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semana</numerusform>
            <numerusform>%Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln carrera</numerusform>
            <numerusform>%Ln carreras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked jump(s)</source>
        <translation>
            <numerusform>%Ln pico marcado</numerusform>
            <numerusform>%Ln picos marcados</numerusform>
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
        <translation>esta semana</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>en esta %Ln semana</numerusform>
            <numerusform>en estas %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>en la %Ln semana desde tu primera carrera</numerusform>
            <numerusform>en las %Ln semanas desde tu primera carrera</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Sin carreras {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Sin valores de dolor de espalda {span}: tras una sesión, anota cómo sientes la espalda (0 a 10) para verlo junto a tu carrera.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Sin picos marcados {span}; tu dolor de espalda fue de {score} de media en la %Ln semana con valor.</numerusform>
            <numerusform>Sin picos marcados {span}; tu dolor de espalda fue de {score} de media en las %Ln semanas con valor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>En la %Ln semana tras un pico marcado</numerusform>
            <numerusform>En las %Ln semanas tras un pico marcado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>en %Ln semana más con valor</numerusform>
            <numerusform>en las otras %Ln semanas con valor</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}) tu dolor de espalda fue de {after} de media; {other_weeks}, de {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Aún faltan datos: comparar el dolor de espalda tras los picos con otras semanas necesita valores en al menos {minimum} semanas de cada tipo; con valor {span}: {after} tras un pico, {others}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln otra</numerusform>
            <numerusform>%Ln otras</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged: fewer than {weeks} weeks of runs logged before it</source>
        <translation>Sin evaluar: menos de {weeks} semanas de carreras registradas antes</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Pico: vuelves a correr tras {weeks} semanas sin hacerlo</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Sin carreras en ella ni en las {weeks} semanas anteriores</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Pico: {percent} por encima de las {weeks} semanas anteriores (media {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} por encima de las {weeks} semanas anteriores (media {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} por debajo de las {weeks} semanas anteriores (media {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Semana del {day} (hasta hoy)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Carrera: {runs} en %Ln día, {time}, {distance}</numerusform>
            <numerusform>Carrera: {runs} en %Ln días, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Carrera: {runs} en %Ln día, {time}</numerusform>
            <numerusform>Carrera: {runs} en %Ln días, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln carrera sin distancia ({time})</numerusform>
            <numerusform>%Ln carreras sin distancia ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Carrera: ninguna</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>La semana tras un pico</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Core: %Ln sesión, {time} sostenidos</numerusform>
            <numerusform>Core: %Ln sesiones, {time} sostenidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Core: ninguna sesión</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Dolor de espalda: {score} de 10 (%Ln valor)</numerusform>
            <numerusform>Dolor de espalda: {score} de 10 (%Ln valores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Dolor de espalda: sin valor</translation>
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
        <translation>Importar ca&amp;rreras…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Importar carreras de una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>&amp;Añadir una carrera…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Importar carreras: archivos FIT, GPX, TCX o una exportación de Strava</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Importar todas las carreras de una carpeta</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Aquí el registro de sesiones es de solo lectura.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Carrera no añadida</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>No se pudo guardar la carrera: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Ya está en el registro</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>El registro ya tiene una carrera como esta.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
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
        <translation>{bpm}&#xa0;ppm</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <source>Runs</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>Eliminar &amp;carrera</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Eliminar la carrera elegida</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>Eliminar la carrera elegida (tecla Supr)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Recu&amp;perar carrera</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>Recuperar la última carrera eliminada</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>Recuperar la carrera eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>Estado de las carreras</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Carreras en el registro</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Carreras que no se pudieron leer</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Aquí el registro de sesiones es de solo lectura, así que no se pueden eliminar carreras.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>No se pudo eliminar la carrera: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Eliminada la carrera del {moment}.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>No se pudo recuperar la carrera: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Recuperada la carrera del {moment}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln carrera</numerusform>
            <numerusform>%Ln carreras</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Aún no hay carreras: {import_runs} las trae de tu reloj o de Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Sesión en curso</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>Tus propios sonidos y la elección de dispositivo necesitan sounddevice y PortAudio; los avisos usan los sonidos integrados en el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>falta el sonido</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>&amp;Sonidos…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>&amp;Dispositivo de salida…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>Los avisos suenan a través de {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>No se pudo usar el sonido para «{cue}» ({problem}); suena el sonido integrado en su lugar.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>El dispositivo de salida «{device}» no está conectado; los avisos suenan en el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>No se puede reproducir: {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>un nuevo flujo de simpleaudio por aviso</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>un nuevo flujo de simpleaudio por aviso ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>un flujo abierto por sesión con {library}, en {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>el dispositivo predeterminado del sistema</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} está definido</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice no está instalado</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) no está instalado</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Tic de la cuenta atrás</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sostener</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (cortado a los {seconds} s, con desvanecimiento)</translation>
    </message>
    <message>
        <source>{file} ({seconds} s)</source>
        <translation>{file} ({seconds} s)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Sound messages</source>
        <translation>Mensajes de sonido</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Integrado</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>Archivos WAV, FLAC u OGG. Un sonido de más de {seconds} s se corta ahí, con un desvanecimiento, para que no se solape con el siguiente aviso.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Sonido para {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. El sonido para «{cue}» no cambia.</translation>
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
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tiempo sostenido</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>con al menos un sostén</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>sumando todos los sostenes</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>una sesión hoy empieza una</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} en total la semana pasada</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>&amp;Recordatorio diario…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Bien hecho. Tus sostenes están en el registro.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>Hora de las planchas de hoy: bastan unos minutos.</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar la ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>WorkoutControls</name>
    <message>
        <source>Start  [Space]</source>
        <translation>Iniciar  [Espacio]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Omitir  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Detener  [Esc]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Silenciar  [M]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Reanudar  [Espacio]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pausa  [Espacio]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Activar sonido  [M]</translation>
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
        <translation>Ejercicio y lado</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Tiempo de sesión restante</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Avance de la sesión</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Estado del sonido</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>No se puede empezar: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. En su lugar, la pantalla parpadea en cada cambio.</translation>
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
        <translation>Temporizador de intervalos</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Cronometra planchas y planchas laterales con cifras grandes y avisos sonoros</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>plancha;plancha lateral;core;abdominales;ejercicio;entrenamiento;fitness;intervalo;temporizador;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Un temporizador de intervalos para la rutina de resistencia del core que suelen recibir los corredores con dolor lumbar: planchas y planchas laterales sostenidas unos segundos con descansos cortos, durante unas rondas. Deja el portátil en el suelo, ponte en posición y Plank Timer te dice cuándo sostener, cuándo descansar, cuánto falta y cuándo cambiar de lado.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Cifras enormes y colores fuertes, legibles desde el suelo</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Avisos sonoros distintos para sostener, descansar, cambiar y terminar, y una cuenta atrás antes de cada sostén</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Control con el teclado: iniciar, pausar, omitir, detener, silenciar y pantalla completa</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Tiempos con el reloj monótono, así que una sesión larga nunca se desvía</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Un registro de sesiones terminadas con rachas y mejores marcas</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>En inglés, alemán, francés, español, italiano, neerlandés y portugués</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Primera versión: intervalos de plancha y plancha lateral con avisos sonoros y un registro de sesiones.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>un nombre de ejercicio</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>el nombre de un ejercicio no puede estar vacío</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>elige al menos un ejercicio</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>el sostén</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>el descanso</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>las rondas</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>la preparación</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>el cambio</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} debe ser de {low} a {high} segundos, no {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} debe ser de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>las rondas deben ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>un plan tiene como máximo {most} ejercicios, no {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>alternar lados debe ser verdadero o falso, no {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>la hora del recordatorio debe ser HH:MM (24 horas), no {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>una rutina necesita un nombre</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>un nombre de rutina</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>una rutina necesita un plan, no {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>una rutina de serie ya se llama {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>otra rutina ya se llama {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>No hay registro de sesiones en {file}</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>No se pudo leer el registro de sesiones {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>El registro de sesiones {file} tiene la versión de esquema {version}, esta app lee la {latest}: ábrelo una vez en esta versión de Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>No se pudo crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>El registro de sesiones {file} lo escribió un Plank Timer más reciente ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>tiene la versión de esquema {version}, más nueva de las que conoce esta aplicación ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>El registro de sesiones {file} está dañado: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>No se pudo abrir el registro de sesiones {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>El registro de sesiones {file} está dañado y no se pudo apartar: {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>No se pudo empezar un registro de sesiones nuevo {file}: {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>no hay ninguna rutina llamada {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} es de serie: duplícala para hacer la tuya</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>No se pudieron guardar las rutinas en {file}: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>ejercicio {number}: {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>no existe la carpeta {folder}</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>no se pudo escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>la sesión {id} no tiene sostenes</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>la sesión {id} no se puede escribir como FIT: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>No se pudo registrar la sesión: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>aún no hay ninguna sesión que valorar</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>No se pudo guardar en {file}: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>un control bidi ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>un salto de línea ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>un sustituto suelto ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>un carácter de control ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>un carácter sin asignar ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>un carácter no imprimible ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} debe tener como máximo {most} caracteres, no {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} debe ser una línea de texto imprimible; tiene {char} en el carácter {position}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>una carrera debe empezar entre {first} y {last}, no {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>el tiempo total</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>el tiempo en movimiento</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>la distancia</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>el pulso medio</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>el esfuerzo</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>el inicio de una carrera necesita un desfase UTC</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>el deporte debe ser uno de {sports}</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>el nombre de origen de una carrera debe tener de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} debe ser de {low} a {high} metros, no {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} debe ser un número entero de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>dura menos de un minuto (¿reloj iniciado por error?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>es un nombre fuera del archivo comprimido; rechazado</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>no es un archivo zip legible</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>declara {size} descomprimido, por encima del límite de {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>se inflaría {ratio} veces (¿una bomba zip?); rechazado</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>está dañado en el archivo comprimido ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>no se puede descomprimir ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>no es un archivo FIT, GPX o TCX</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>lo nombra {row} pero falta en el archivo comprimido</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>está dañado: su suma de comprobación FIT (CRC) no coincide</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>está cortado (archivo FIT truncado)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>no es un archivo FIT (sin cabecera FIT válida)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>no es un archivo FIT legible ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>no contiene ninguna actividad (un archivo FIT de ajustes, entrenamiento o seguimiento)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>no tiene una hora de inicio real (el reloj no estaba en hora)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>no dice cuánto duró la actividad</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>no es GPX válido (XML roto)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>no es un archivo GPX legible ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>no tiene horas (una ruta o un track sin marcas de tiempo)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>supera {size} al descomprimirlo; rechazado</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>no es un archivo gzip legible ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>no es un archivo normal (una tubería o un dispositivo); omitido</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>ocupa {size}, por encima del límite de {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>no es un archivo FIT, GPX o TCX (ni su .gz), ni un archivo zip</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>no tiene tiempo total</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} no es una fecha</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>le faltan las columnas {columns} (¿no es una exportación de Strava?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>tiene una celda que no es un número ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>no es un archivo CSV legible ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>no es TCX válido (XML roto)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>no es un archivo TCX legible ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format debe ser {format}</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version debe ser un número entero</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>esta aplicación no lee la versión {version} (lee {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>el dolor de espalda</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>no hay ninguna sesión {id} en el registro</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>sesión {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>sesión {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 sostén de la {session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} sostenes de la {session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>carrera {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>carrera {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} y {count} más</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>se dejó fuera lo que no se pudo leer (un byte dañado en el registro): {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>no se puede exportar a {file}: es el propio registro de sesiones (o parte de él)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>no se puede exportar a {file}: es una carpeta</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} debe ser {wanted}, no {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} repite {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (inicio {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un número de segundos de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>una hora ISO 8601 con desfase UTC</translation>
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
        <translation>No se pudo escribir en el registro de sesiones {file}: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>tiene un entero de {digits} cifras</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>tiene {name}, que no es un número JSON</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>es una tubería, no un archivo</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} ocupa {size} bytes; esta aplicación lee copias de como máximo {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} supera los {most} bytes</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} no es texto UTF-8 (el byte {byte} es incorrecto)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} no es JSON válido: {reason} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right o un nombre propio</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>posterior a started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>no es un registro de Plank Timer: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>el plan debe ser un objeto con blocks, get_ready y switch</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} debe ser {wanted}</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>ninguna carpeta los aceptó ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>No se pudo guardar en {file}</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>el nombre {name} es de una rutina incorporada: cámbialo en el archivo</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 dígitos hexadecimales o null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>no hay ningún sonido «{name}»</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file}: no es un archivo WAV, FLAC u OGG</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>no se pudo leer {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} no contiene sonido</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio no está disponible ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>no se pudo abrir ningún flujo de salida ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>el flujo de salida no pudo arrancar ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>no se pudo reproducir el sonido ({reason})</translation>
    </message>
</context>
</TS>
