<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddRunDialog</name>
    <message>
        <source>Add a run</source>
        <translation>Adicionar uma corrida</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Começou às</translation>
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
        <translation>Distância em quilômetros</translation>
    </message>
    <message>
        <source> of 10</source>
        <comment>after an effort from 1 to 10</comment>
        <translation> de 10</translation>
    </message>
    <message>
        <source>Effort, 1 easy to 10 all out</source>
        <translation>Esforço, de 1 fácil a 10 no máximo</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Tipo de corrida</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Duração</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>Dis&amp;tância</translation>
    </message>
    <message>
        <source>&amp;Effort (1 easy, 10 all out)</source>
        <translation>&amp;Esforço (1 fácil, 10 no máximo)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Adicionar corrida</translation>
    </message>
</context>
<context>
    <name>BestsColumn</name>
    <message>
        <source>Best workout</source>
        <translation>Melhor treino</translation>
    </message>
    <message>
        <source>Best week</source>
        <translation>Melhor semana</translation>
    </message>
    <message>
        <source>no rounds done yet</source>
        <translation>nenhuma rodada feita ainda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln rodada</numerusform>
            <numerusform>%Ln rodadas</numerusform>
        </translation>
    </message>
    <message>
        <source>in one workout on {day}</source>
        <translation>em um treino, em {day}</translation>
    </message>
    <message>
        <source>no holds yet</source>
        <translation>nenhuma sustentação ainda</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>a semana de {day}</translation>
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
        <translation>Como você está</translation>
    </message>
    <message>
        <source>How does your back feel today? 0 = no pain, 10 = worst pain</source>
        <translation>Como está suas costas hoje? 0 = sem dor, 10 = pior dor</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Dor nas costas {score} de 10</translation>
    </message>
    <message>
        <source>A note (optional): how it went, what hurt</source>
        <translation>Uma nota (opcional): como foi, o que doeu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Problem with the note</source>
        <translation>Problema com a nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Pular  [Esc]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Pular a avaliação</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Back pain trend</source>
        <translation>Evolução da dor nas costas</translation>
    </message>
    <message>
        <source>Time held per day and back pain</source>
        <translation>Tempo sustentado por dia e dor nas costas</translation>
    </message>
    <message>
        <source>{time} held from {first} to {last}</source>
        <translation>{time} sustentados de {first} a {last}</translation>
    </message>
    <message>
        <source>Seconds held per day</source>
        <translation>Segundos sustentados por dia</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Dor nas costas (0 a 10)</translation>
    </message>
    <message>
        <source>Back pain (right axis)</source>
        <translation>Dor nas costas (eixo direito)</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} sustentados</translation>
    </message>
    <message>
        <source>{day}: rest</source>
        <translation>{day}: descanso</translation>
    </message>
    <message>
        <source>Back pain {score} of 10</source>
        <translation>Dor nas costas {score} de 10</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de saída</translation>
    </message>
    <message>
        <source>Where the cues play. The system default follows your desktop&apos;s choice; a named device is used whenever it is there, and the default otherwise.</source>
        <translation>Onde os sinais tocam. O padrão do sistema segue a escolha da sua área de trabalho; um dispositivo escolhido pelo nome é usado sempre que estiver presente, e o padrão caso contrário.</translation>
    </message>
    <message>
        <source>&amp;Play cues on:</source>
        <translation>&amp;Tocar os sinais em:</translation>
    </message>
</context>
<context>
    <name>EnglishVoiceEntry</name>
    <message>
        <source>Speak &amp;English where my language has no voice</source>
        <translation>Falar em i&amp;nglês se meu idioma não tiver voz</translation>
    </message>
    <message>
        <source>{language} has spoken cues of its own</source>
        <translation>{language} tem seus próprios avisos falados</translation>
    </message>
    <message>
        <source>This language has no spoken cues yet: without English words, a workout keeps to its beeps (from the next workout on)</source>
        <translation>Este idioma ainda não tem avisos falados: sem palavras em inglês, o treino fica só nos bipes (a partir do próximo treino)</translation>
    </message>
</context>
<context>
    <name>ExerciseNames</name>
    <message>
        <source>Plank</source>
        <translation>Prancha</translation>
    </message>
    <message>
        <source>Side plank, left side</source>
        <translation>Prancha lateral, lado esquerdo</translation>
    </message>
    <message>
        <source>Side plank, right side</source>
        <translation>Prancha lateral, lado direito</translation>
    </message>
    <message>
        <source>Side L</source>
        <comment>short for side plank, left side</comment>
        <translation>Lat. E</translation>
    </message>
    <message>
        <source>Side R</source>
        <comment>short for side plank, right side</comment>
        <translation>Lat. D</translation>
    </message>
    <message>
        <source>Side plank, left</source>
        <translation>Prancha lateral esquerda</translation>
    </message>
    <message>
        <source>Side plank, right</source>
        <translation>Prancha lateral direita</translation>
    </message>
</context>
<context>
    <name>ExerciseRows</name>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sustentar</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Adicionar exercício</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Exercício {number}</translation>
    </message>
    <message>
        <source>Pick an exercise or type the name of your own, e.g. bird dog</source>
        <translation>Escolha um exercício ou digite o nome do seu, por ex. bird dog</translation>
    </message>
    <message>
        <source>Hold seconds for exercise {number}</source>
        <translation>Segundos de sustentação do exercício {number}</translation>
    </message>
    <message>
        <source>Rest seconds for exercise {number}</source>
        <translation>Segundos de descanso do exercício {number}</translation>
    </message>
    <message>
        <source>Rounds for exercise {number}</source>
        <translation>Rodadas do exercício {number}</translation>
    </message>
    <message>
        <source>Move up exercise {number}</source>
        <translation>Subir o exercício {number}</translation>
    </message>
    <message>
        <source>Move down exercise {number}</source>
        <translation>Descer o exercício {number}</translation>
    </message>
    <message>
        <source>Remove exercise {number}</source>
        <translation>Remover o exercício {number}</translation>
    </message>
</context>
<context>
    <name>FitExportAction</name>
    <message>
        <source>Select the workouts to export first.</source>
        <translation>Escolha primeiro os treinos que quer exportar.</translation>
    </message>
    <message>
        <source>Nothing to export: the selected workouts have no holds.</source>
        <translation>Nada para exportar: os treinos escolhidos não têm sustentações.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the selected workout is still in progress.</source>
        <translation>Nada para exportar ainda: o treino escolhido ainda está em andamento.</translation>
    </message>
    <message>
        <source>Export the selected workouts as FIT files into</source>
        <translation>Exportar os treinos escolhidos como arquivos FIT em</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln FIT file(s) to {folder}</source>
        <translation>
            <numerusform>%Ln arquivo FIT gravado em {folder}</numerusform>
            <numerusform>%Ln arquivos FIT gravados em {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no hold</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln sem sustentação</numerusform>
            <numerusform>%Ln sem sustentação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still in progress</source>
        <comment>workouts</comment>
        <translation>
            <numerusform>%Ln ainda em andamento</numerusform>
            <numerusform>%Ln ainda em andamento</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>{summary} (left out {workouts})</source>
        <translation>{summary} (fora da exportação: {workouts})</translation>
    </message>
    <message>
        <source>{summary}; then {failure}</source>
        <translation>{summary}; depois: {failure}</translation>
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
        <translation>Exportar os treinos escolhidos como arquivos FIT</translation>
    </message>
    <message>
        <source>Write each selected workout as a FIT file, for Garmin Connect or Strava</source>
        <translation>Gravar cada treino escolhido como arquivo FIT, para o Garmin Connect ou o Strava</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln workout(s) as FIT…</source>
        <translation>
            <numerusform>Exportando %Ln treino como FIT…</numerusform>
            <numerusform>Exportando %Ln treinos como FIT…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}.</source>
        <translation>Não foi possível exportar: {reason}.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of the last 12 months</source>
        <translation>Calendário dos últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.</source>
        <translation>
            <numerusform>%Ln dia de treino nos últimos 12 meses. As setas passam de um dia para outro.</numerusform>
            <numerusform>%Ln dias de treino nos últimos 12 meses. As setas passam de um dia para outro.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no workout</source>
        <translation>{day}: sem treino</translation>
    </message>
    <message>
        <source>{day}: {time} held</source>
        <translation>{day}: {time} sustentados</translation>
    </message>
    <message>
        <source>no workout</source>
        <translation>sem treino</translation>
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
        <translation>3 min ou mais</translation>
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
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tempo sustentado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Dor nas costas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Workout ID {id} ({command})</source>
        <translation>ID do treino: {id} ({command})</translation>
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
        <translation>Histórico de treinos</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected workout</source>
        <translation>Excluir o treino escolhido</translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete key)</source>
        <translation>Excluir o treino escolhido (tecla Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Desfazer exclusão</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Desfazer a última exclusão</translation>
    </message>
    <message>
        <source>Bring the deleted workout back (Ctrl+Z)</source>
        <translation>Recuperar o treino excluído (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Situação do histórico</translation>
    </message>
    <message>
        <source>Workouts in the history</source>
        <translation>Treinos no histórico</translation>
    </message>
    <message>
        <source>Workouts that could not be read</source>
        <translation>Treinos que não puderam ser lidos</translation>
    </message>
    <message>
        <source>Delete removes one workout at a time: select just one.</source>
        <translation>Excluir remove um treino por vez: escolha só um.</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so workouts cannot be deleted.</source>
        <translation>O registro de treinos é somente leitura aqui, então não dá para excluir treinos.</translation>
    </message>
    <message>
        <source>Could not delete the workout: {reason}</source>
        <translation>Não foi possível excluir o treino: {reason}</translation>
    </message>
    <message>
        <source>Deleted the workout of {moment}.</source>
        <translation>Treino de {moment} excluído.</translation>
    </message>
    <message>
        <source>Could not bring the workout back: {reason}</source>
        <translation>Não foi possível recuperar o treino: {reason}</translation>
    </message>
    <message>
        <source>Restored the workout of {moment}.</source>
        <translation>Treino de {moment} recuperado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout(s)</source>
        <translation>
            <numerusform>%Ln treino</numerusform>
            <numerusform>%Ln treinos</numerusform>
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
        <translation>Como a área de trabalho</translation>
    </message>
    <message>
        <source>the desktop&apos;s language</source>
        <translation>O idioma da área de trabalho</translation>
    </message>
    <message>
        <source>{language} takes effect the next time Plank Timer starts.</source>
        <translation>{language}: vale a partir da próxima vez que o Plank Timer abrir.</translation>
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
            <numerusform>Um treino foi interrompido da última vez (o app fechou inesperadamente); cada sustentação concluída antes está no registro.</numerusform>
            <numerusform>%n treinos foram interrompidos da última vez (o app fechou inesperadamente); cada sustentação concluída antes está no registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout log was damaged, so a new one was started; the old file is {file}</source>
        <translation>O registro de treinos estava danificado, então um novo foi iniciado; o arquivo antigo é {file}</translation>
    </message>
    <message>
        <source>Workout log</source>
        <translation>Registro de treinos</translation>
    </message>
    <message>
        <source>{problem}. Your holds are kept and saved again when the workout ends.</source>
        <translation>{problem}. Suas sustentações ficam guardadas e são salvas de novo ao fim do treino.</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Sustentações não salvas</translation>
    </message>
    <message>
        <source>Holds saved for later</source>
        <translation>Sustentações guardadas para depois</translation>
    </message>
    <message>
        <source>Export the workout log</source>
        <translation>Exportar o registro de treinos</translation>
    </message>
    <message>
        <source>JSON backup (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>Backup JSON (*.json);;CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <source>Import a workout log</source>
        <translation>Importar um registro de treinos</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Backup JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nada importado</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n corrida</numerusform>
            <numerusform>%n corridas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n já estava lá).</numerusform>
            <numerusform>(%n já estavam lá).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workout(s)</source>
        <translation>
            <numerusform>%n treino importado</numerusform>
            <numerusform>%n treinos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %n hold(s) not saved yet: they are saved with the next workout, or kept in a recovery file when the app closes.</source>
        <translation>
            <numerusform>{problem}. %n sustentação ainda não salva: ela será salva com o próximo treino ou guardada em um arquivo de recuperação quando o app fechar.</numerusform>
            <numerusform>{problem}. %n sustentações ainda não salvas: elas serão salvas com o próximo treino ou guardadas em um arquivo de recuperação quando o app fechar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but not all of it</source>
        <translation>Exportado, mas não tudo</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the log).</source>
        <translation>
            <numerusform>(%n já estava no registro).</numerusform>
            <numerusform>(%n já estavam no registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Treino</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Plank Timer</source>
        <translation>&amp;Sobre o Plank Timer</translation>
    </message>
    <message>
        <source>&amp;Start / pause / resume</source>
        <translation>&amp;Iniciar / pausar / retomar</translation>
    </message>
    <message>
        <source>S&amp;kip this phase</source>
        <translation>&amp;Pular esta fase</translation>
    </message>
    <message>
        <source>S&amp;top the workout</source>
        <translation>Pa&amp;rar o treino</translation>
    </message>
    <message>
        <source>&amp;Floor mode (full screen)</source>
        <translation>Modo &amp;chão (tela cheia)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mudo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progresso</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Spoken &amp;cues</source>
        <translation>Avisos &amp;falados</translation>
    </message>
    <message>
        <source>About Plank Timer</source>
        <translation>Sobre o Plank Timer</translation>
    </message>
    <message>
        <source>Short plank and side-plank holds (10 s at most) with 5 s rests, repeated 2 to 5 rounds: core endurance for runners with a sore lower back.</source>
        <translation>Pranchas e pranchas laterais curtas (10 s no máximo) com 5 s de descanso, de 2 a 5 rodadas: resistência do core para corredores com dor lombar.</translation>
    </message>
    <message>
        <source>Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.</source>
        <translation>Teclas: Espaço iniciar/pausar, S pular, Esc parar, F modo chão, M mudo.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos de sustentação</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <source>Rounds per exercise</source>
        <translation>Rodadas por exercício</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos de preparação</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Segundos de pausa para trocar</translation>
    </message>
    <message>
        <source>{low} to {high} rounds are recommended; more if you need to.</source>
        <translation>Recomendam-se de {low} a {high} rodadas; mais se precisar.</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Incluir {exercise}</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Sustentar</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Descanso</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;odadas</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Preparação</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Troca</translation>
    </message>
    <message>
        <source>{low} to {high} rounds recommended; holds of 10 s at most work best.</source>
        <translation>Recomendam-se de {low} a {high} rodadas; sustentar 10 s no máximo funciona melhor.</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Resumo da rotina</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempos</translation>
    </message>
    <message>
        <source>Ro&amp;utine</source>
        <translation>Ro&amp;tina</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>{problem}. Workouts still run; their holds are kept, and saved in a recovery file when the app closes if the log stays closed to them.</source>
        <translation>{problem}. Os treinos continuam funcionando; suas sustentações ficam guardadas e, se o registro continuar sem aceitá-las, são salvas em um arquivo de recuperação quando o app fechar.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Seu progresso</translation>
    </message>
    <message>
        <source>No workouts logged yet. Your progress shows here after your first workout.</source>
        <translation>Nenhum treino registrado ainda. Seu progresso aparece aqui depois do primeiro treino.</translation>
    </message>
    <message>
        <source>No workouts yet</source>
        <translation>Nenhum treino ainda</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>Personal bests</source>
        <translation>Recordes pessoais</translation>
    </message>
    <message>
        <source>Running and your back</source>
        <translation>A corrida e suas costas</translation>
    </message>
    <message>
        <source>Time held per day</source>
        <translation>Tempo sustentado por dia</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Os últimos 12 meses</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corridas</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>em {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every round done in your last {count} workouts: try %n round(s) next time, with the same holds.</source>
        <translation>
            <numerusform>Todas as rodadas feitas nos seus últimos {count} treinos: tente %n rodada da próxima vez, com as mesmas sustentações.</numerusform>
            <numerusform>Todas as rodadas feitas nos seus últimos {count} treinos: tente %n rodadas da próxima vez, com as mesmas sustentações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workout day(s) since {day}</source>
        <translation>
            <numerusform>%Ln dia de treino desde {day}</numerusform>
            <numerusform>%Ln dias de treino desde {day}</numerusform>
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
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
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
        <translation>Corrida</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Esteira</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>adicionada à mão</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>de {first} a {last} de {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>de {first} a {last}</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>a semana passada</translation>
    </message>
    <message>
        <source>{day} last week</source>
        <translation>{day} da semana passada</translation>
    </message>
    <message>
        <source>{first} to {last} last week</source>
        <translation>de {first} a {last} da semana passada</translation>
    </message>
    <message>
        <source>nothing {span} either</source>
        <translation>nada também: {span}</translation>
    </message>
    <message>
        <source>▲ up from nothing {span}</source>
        <translation>▲ subiu do zero ({span})</translation>
    </message>
    <message>
        <source>none yet this week</source>
        <translation>nada ainda nesta semana</translation>
    </message>
    <message>
        <source>▲ {percent}% vs {span}</source>
        <translation>▲ {percent}% em relação a {span}</translation>
    </message>
    <message>
        <source>▼ {percent}% vs {span}</source>
        <translation>▼ {percent}% em relação a {span}</translation>
    </message>
    <message>
        <source>= same as {span}</source>
        <translation>= igual a {span}</translation>
    </message>
    <message numerus="yes">
        <source>No back-pain scores in these %Ln days</source>
        <translation>
            <numerusform>Nenhuma nota de dor nas costas neste %Ln dia</numerusform>
            <numerusform>Nenhuma nota de dor nas costas nestes %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back pain averaged {score} of 10 in these %Ln days</source>
        <translation>
            <numerusform>Dor nas costas em média {score} de 10 neste %Ln dia</numerusform>
            <numerusform>Dor nas costas em média {score} de 10 nestes %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, the same as the %Ln days before</source>
        <translation>
            <numerusform>{text}, igual ao %Ln dia anterior</numerusform>
            <numerusform>{text}, igual aos %Ln dias anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, down from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, abaixo de {score} no %Ln dia anterior</numerusform>
            <numerusform>{text}, abaixo de {score} nos %Ln dias anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}, up from {score} in the %Ln days before</source>
        <translation>
            <numerusform>{text}, acima de {score} no %Ln dia anterior</numerusform>
            <numerusform>{text}, acima de {score} nos %Ln dias anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
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
        <translation>Mostrar os últimos</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 dias</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 dias</translation>
    </message>
    <message>
        <source>3&amp;65 days</source>
        <translation>3&amp;65 dias</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Mostrar o último %n dia</numerusform>
            <numerusform>Mostrar os últimos %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chart the last %n days</source>
        <translation>
            <numerusform>Gráfico do último %n dia</numerusform>
            <numerusform>Gráfico dos últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Período do gráfico</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Próximo exercício</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Pronto!</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>Pausado · {phase}</translation>
    </message>
    <message>
        <source>Well done. Workout complete.</source>
        <translation>Muito bem. Treino concluído.</translation>
    </message>
    <message>
        <source>Workout stopped.</source>
        <translation>Treino parado.</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Rodada {round} de {rounds}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) · press Space to start</source>
        <translation>
            <numerusform>%n sustentação · Espaço para começar</numerusform>
            <numerusform>%n sustentações · Espaço para começar</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space for another workout</source>
        <translation>Espaço para mais um treino</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Depois: fim</translation>
    </message>
    <message>
        <source>Next: {exercise} for {seconds} s</source>
        <translation>Depois: {exercise}, {seconds} s</translation>
    </message>
    <message>
        <source>Next: rest for {seconds} s</source>
        <translation>Depois: {seconds} s de descanso</translation>
    </message>
    <message>
        <source>Next: {seconds} s to switch</source>
        <translation>Depois: {seconds} s para trocar</translation>
    </message>
    <message>
        <source>Next: get ready for {seconds} s</source>
        <translation>Depois: {seconds} s de preparação</translation>
    </message>
    <message>
        <source>Workout {time}</source>
        <translation>Treino {time}</translation>
    </message>
    <message>
        <source>Workout left {time}</source>
        <translation>Faltam {time}</translation>
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
            <numerusform>{problem}. %Ln sustentação não pôde ser salva em lugar nenhum: {reason}.</numerusform>
            <numerusform>{problem}. %Ln sustentações não puderam ser salvas em lugar nenhum: {reason}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended could not be saved anywhere: {reason}.</source>
        <translation>{problem}. Como o último treino terminou não pôde ser salvo em lugar nenhum: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when Plank Timer next starts.</source>
        <translation>
            <numerusform>{problem}. %Ln sustentação foi salva em {file} e será adicionada ao registro na próxima vez que o Plank Timer abrir.</numerusform>
            <numerusform>{problem}. %Ln sustentações foram salvas em {file} e serão adicionadas ao registro na próxima vez que o Plank Timer abrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. How the last workout ended is saved in {file} instead and will be added to the log when Plank Timer next starts.</source>
        <translation>{problem}. Como o último treino terminou foi salvo em {file} e será adicionado ao registro na próxima vez que o Plank Timer abrir.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln hold(s) to the log that could not be saved last time (from {files}, now deleted).</source>
        <translation>
            <numerusform>Adicionada ao registro %Ln sustentação que não pôde ser salva da última vez (de {files}, agora excluído).</numerusform>
            <numerusform>Adicionadas ao registro %Ln sustentações que não puderam ser salvas da última vez (de {files}, agora excluído).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add a recovery file: {problems}.</source>
        <translation>Não foi possível adicionar um arquivo de recuperação: {problems}.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Lembrete diário</translation>
    </message>
    <message>
        <source>Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):</source>
        <translation>Lembrar todo dia às (HH:MM, 24 horas; deixe vazio para nenhum lembrete):</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Não alterado: {reason}.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Routine name</source>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <source>Get-ready seconds</source>
        <translation>Segundos de preparação</translation>
    </message>
    <message>
        <source>Switch pause seconds</source>
        <translation>Segundos de pausa para trocar</translation>
    </message>
    <message>
        <source>Alternate sid&amp;es every round</source>
        <translation>Alternar l&amp;ados a cada rodada</translation>
    </message>
    <message>
        <source>A left and a right side plank next to each other in the list take turns: left 1, rest, right 1, rest, left 2, and so on.</source>
        <translation>Uma prancha lateral esquerda e uma direita seguidas na lista se revezam: esquerda 1, descanso, direita 1, descanso, esquerda 2 e assim por diante.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Preparação</translation>
    </message>
    <message>
        <source>Swit&amp;ch pause</source>
        <translation>Pausa de &amp;troca</translation>
    </message>
    <message>
        <source>No routine chosen</source>
        <translation>Nenhuma rotina escolhida</translation>
    </message>
    <message>
        <source>Built in, so it cannot be changed: Duplicate it to make your own version.</source>
        <translation>Embutida, então não pode ser alterada: duplique-a para fazer sua versão.</translation>
    </message>
    <message>
        <source>Nothing to alternate: put a left and a right side plank next to each other.</source>
        <translation>Nada para alternar: coloque uma prancha lateral esquerda e uma direita seguidas.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save or Revert them first.</source>
        <translation>“{name}” tem alterações não salvas: salve ou reverta primeiro.</translation>
    </message>
    <message>
        <source>{failed}: {reason}.</source>
        <translation>{failed}: {reason}.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nome da nova rotina:</translation>
    </message>
    <message>
        <source>Made “{name}”: set its exercises, then Save.</source>
        <translation>“{name}” criada: defina os exercícios e depois salve.</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Não criada</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <comment>the name of a copy of a routine</comment>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>{name} copy {number}</source>
        <comment>the name of a further copy</comment>
        <translation>{name} (cópia {number})</translation>
    </message>
    <message>
        <source>Made “{copy}”, a copy of “{name}”: change it, then Save.</source>
        <translation>“{copy}” criada, uma cópia de “{name}”: altere e depois salve.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Não copiada</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Novo nome para “{name}”:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renomear a rotina</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>“{old}” renomeada para “{new}”.</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Não renomeada</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Não excluída</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” excluída.</translation>
    </message>
    <message>
        <source>Moved “{name}” up.</source>
        <translation>“{name}” movida para cima.</translation>
    </message>
    <message>
        <source>Moved “{name}” down.</source>
        <translation>“{name}” movida para baixo.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Não movida</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>“{name}” salva.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salva</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Alterações desfeitas.</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: Save them, or Close again to discard them.</source>
        <translation>“{name}” tem alterações não salvas: salve-as ou feche de novo para descartá-las.</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Ro&amp;tinas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>D&amp;escer</translation>
    </message>
    <message>
        <source>{name} (built in)</source>
        <translation>{name} (embutida)</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Custom runs the values below; a routine runs its own plan.</source>
        <translation>“Personalizada” usa os valores abaixo; uma rotina, o próprio plano.</translation>
    </message>
    <message>
        <source>&amp;Edit routines…</source>
        <translation>&amp;Editar rotinas…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Editar rotinas</translation>
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
        <translation>De 1 a {most} caracteres, sem uso por outra rotina</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Excluir rotina</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? This cannot be undone.</source>
        <translation>Excluir a rotina “{name}”? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Gentle</source>
        <comment>a routine of 2 rounds</comment>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>a routine of 3 rounds</comment>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>a routine of 5 rounds</comment>
        <translation>Forte</translation>
    </message>
    <message numerus="yes">
        <source>{exercise}: %n round(s) of {hold} s, {rest} s rest</source>
        <translation>
            <numerusform>{exercise}: %n rodada de {hold} s, {rest} s de descanso</numerusform>
            <numerusform>{exercise}: %n rodadas de {hold} s, {rest} s de descanso</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides alternate every round</source>
        <translation>Os lados se alternam a cada rodada</translation>
    </message>
</context>
<context>
    <name>RunImport</name>
    <message numerus="yes">
        <source>%Ln run(s) added</source>
        <translation>
            <numerusform>%Ln corrida adicionada</numerusform>
            <numerusform>%Ln corridas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the log</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%Ln já no registro</numerusform>
            <numerusform>%Ln já no registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sport(s) skipped</source>
        <translation>
            <numerusform>%Ln outro esporte ignorado</numerusform>
            <numerusform>%Ln outros esportes ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <comment>files</comment>
        <translation>
            <numerusform>%Ln recusado</numerusform>
            <numerusform>%Ln recusados</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {known}, {skipped}, {rejected}</source>
        <translation>{added}, {known}, {skipped}, {rejected}</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importação concluída: {counts}.</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>Importação cancelada: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln run(s) added before you cancelled are kept.</source>
        <translation>
            <numerusform>A %Ln corrida adicionada antes do cancelamento fica guardada.</numerusform>
            <numerusform>As %Ln corridas adicionadas antes do cancelamento ficam guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for runs…</source>
        <translation>Procurando corridas…</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Importando corridas</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Parando depois deste arquivo…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {done} of %Ln file(s)…</source>
        <translation>
            <numerusform>Lendo {done} de %Ln arquivo…</numerusform>
            <numerusform>Lendo {done} de %Ln arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>Corridas importadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read and were skipped; {show_details} lists each with the reason.</source>
        <translation>
            <numerusform>%Ln arquivo não pôde ser lido e foi ignorado; “{show_details}” mostra o motivo.</numerusform>
            <numerusform>%Ln arquivos não puderam ser lidos e foram ignorados; “{show_details}” lista cada um com o motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem: {reason}</source>
        <translation>A importação parou por um problema inesperado: {reason}</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importação interrompida</translation>
    </message>
    <message>
        <source>Could not write to the workout log: {reason}</source>
        <translation>Não foi possível gravar no registro de treinos: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) added before that are kept.</source>
        <translation>
            <numerusform>%Ln corrida adicionada antes disso fica guardada.</numerusform>
            <numerusform>%Ln corridas adicionadas antes disso ficam guardadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningChart</name>
    <message>
        <source>Running per week, core work and back pain</source>
        <translation>Corrida por semana, trabalho de core e dor nas costas</translation>
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
        <translation>Distância corrida</translation>
    </message>
    <message>
        <source>Time run</source>
        <translation>Tempo de corrida</translation>
    </message>
    <message>
        <source>Jump week</source>
        <translation>Semana de pico</translation>
    </message>
    <message>
        <source>Back pain, weekly average (right axis)</source>
        <translation>Dor nas costas, média semanal (eixo direito)</translation>
    </message>
    <message>
        <source>Core time held</source>
        <translation>Tempo de core sustentado</translation>
    </message>
    <message>
        <source>After a jump: the jump week and the next</source>
        <translation>Depois de um pico: a semana do pico e a seguinte</translation>
    </message>
    <message>
        <source>After a jump</source>
        <translation>Depois de um pico</translation>
    </message>
    <message>
        <source>Numbers over the bars: run days, core sessions</source>
        <translation>Números sobre as barras: dias de corrida, treinos de core</translation>
    </message>
    <message>
        <source>Numbers: run days · core sessions</source>
        <translation>Números: dias de corrida · treinos</translation>
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
        <translation>D&amp;istância</translation>
    </message>
    <message>
        <source>Running bars show distance</source>
        <translation>As barras de corrida mostram a distância</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Tem&amp;po</translation>
    </message>
    <message>
        <source>Running bars show running time</source>
        <translation>As barras de corrida mostram o tempo de corrida</translation>
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
        <translation>Mostrar as últimas 13 semanas de corrida</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;ano</translation>
    </message>
    <message>
        <source>Show the last 52 weeks of running</source>
        <translation>Mostrar as últimas 52 semanas de corrida</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>Tud&amp;o</translation>
    </message>
    <message>
        <source>Show every week since your first run</source>
        <translation>Mostrar cada semana desde sua primeira corrida</translation>
    </message>
    <message>
        <source>Running and back pain, in words</source>
        <translation>Corrida e dor nas costas, em palavras</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Nenhuma corrida ainda</translation>
    </message>
    <message>
        <source>Runs without a distance</source>
        <translation>Corridas sem distância</translation>
    </message>
    <message>
        <source>How jumps are marked</source>
        <translation>Como os picos são marcados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance (treadmill, or added without km) count in the tooltips but not in the distance bars; choose Time to see them in the bars.</source>
        <translation>
            <numerusform>%Ln corrida sem distância (esteira, ou adicionada sem km) conta nos detalhes da semana, mas não nas barras de distância; escolha Tempo para vê-la nas barras.</numerusform>
            <numerusform>%Ln corridas sem distância (esteira, ou adicionadas sem km) contam nos detalhes da semana, mas não nas barras de distância; escolha Tempo para vê-las nas barras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run in these weeks has a distance: the bars show time</source>
        <translation>Nenhuma corrida destas semanas tem distância: as barras mostram o tempo</translation>
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
        <translation>Tempo de corrida por semana</translation>
    </message>
    <message>
        <source>Back pain (0 to 10)</source>
        <translation>Dor nas costas (0 a 10)</translation>
    </message>
    <message>
        <source>No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a watch, or a Strava export) or type one in with {add_run}; your weekly running then shows here beside your core work and back pain.</source>
        <translation>Nenhuma corrida registrada ainda. Traga-as com {import_runs} (arquivos FIT, GPX ou TCX de um relógio, ou uma exportação do Strava) ou digite uma com {add_run}; aí sua corrida aparece aqui semana a semana, ao lado do trabalho de core e da dor nas costas.</translation>
    </message>
    <message>
        <source>▲ marks a jump: a week whose running time is more than {percent}% above the average of the {weeks} weeks before it (after {weeks} weeks with no running, any running counts). “After a jump” means the marked week and the week after it. The comparison needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused what: sleep, work, other training change too.</source>
        <translation>▲ marca um pico: uma semana cujo tempo de corrida fica mais de {percent}% acima da média das {weeks} semanas anteriores (depois de {weeks} semanas sem correr, qualquer corrida conta). “Depois de um pico” quer dizer a semana marcada e a seguinte. A comparação precisa de notas de dor nas costas em pelo menos {minimum} semanas depois de um pico e {minimum} outras semanas. As semanas vão de segunda a domingo. Ela mostra o que aconteceu junto, não o que causou o quê: sono, trabalho e outros treinos também mudam.</translation>
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
            <numerusform>%Ln corrida</numerusform>
            <numerusform>%Ln corridas</numerusform>
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
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>in this week</source>
        <translation>nesta semana</translation>
    </message>
    <message numerus="yes">
        <source>in these %Ln week(s)</source>
        <translation>
            <numerusform>nesta %Ln semana</numerusform>
            <numerusform>nestas %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the %Ln week(s) since your first run</source>
        <translation>
            <numerusform>na %Ln semana desde sua primeira corrida</numerusform>
            <numerusform>nas %Ln semanas desde sua primeira corrida</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs {span}.</source>
        <translation>Nenhuma corrida {span}.</translation>
    </message>
    <message>
        <source>No back-pain scores {span}: after a workout, note how your back feels (0 to 10) to see it beside your running.</source>
        <translation>Nenhuma nota de dor nas costas {span}: depois de um treino, anote como estão suas costas (0 a 10) para vê-la ao lado da sua corrida.</translation>
    </message>
    <message numerus="yes">
        <source>No marked jumps {span}; your back pain averaged {score} over the %Ln week(s) with a score.</source>
        <translation>
            <numerusform>Nenhum pico marcado {span}; sua dor nas costas ficou em média em {score} na %Ln semana com nota.</numerusform>
            <numerusform>Nenhum pico marcado {span}; sua dor nas costas ficou em média em {score} nas %Ln semanas com nota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln week(s) after a marked jump</source>
        <translation>
            <numerusform>Na %Ln semana depois de um pico marcado</numerusform>
            <numerusform>Nas %Ln semanas depois de um pico marcado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the other %Ln week(s) with a score</source>
        <translation>
            <numerusform>em %Ln outra semana com nota</numerusform>
            <numerusform>nas outras %Ln semanas com nota</numerusform>
        </translation>
    </message>
    <message>
        <source>{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}.</source>
        <translation>{after_weeks} ({jumps}) sua dor nas costas ficou em média em {after}; {other_weeks}, em {other}.</translation>
    </message>
    <message>
        <source>Not enough data yet: setting back pain after jumps against other weeks needs scores in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.</source>
        <translation>Ainda faltam dados: comparar a dor nas costas depois dos picos com as outras semanas precisa de notas em pelo menos {minimum} semanas de cada; com nota {span}: {after} depois de um pico, {others}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>weeks with a score</comment>
        <translation>
            <numerusform>%Ln outra</numerusform>
            <numerusform>%Ln outras</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged: fewer than {weeks} weeks of runs logged before it</source>
        <translation>Não avaliada: menos de {weeks} semanas de corridas registradas antes</translation>
    </message>
    <message>
        <source>▲ Jump: running again after {weeks} weeks with none</source>
        <translation>▲ Pico: voltou a correr depois de {weeks} semanas sem</translation>
    </message>
    <message>
        <source>No running in it or the {weeks} weeks before</source>
        <translation>Nenhuma corrida nela nem nas {weeks} semanas anteriores</translation>
    </message>
    <message>
        <source>▲ Jump: {percent} above the {weeks} weeks before (average {time})</source>
        <translation>▲ Pico: {percent} acima das {weeks} semanas anteriores (média {time})</translation>
    </message>
    <message>
        <source>{percent} above the {weeks} weeks before (average {time})</source>
        <translation>{percent} acima das {weeks} semanas anteriores (média {time})</translation>
    </message>
    <message>
        <source>{percent} below the {weeks} weeks before (average {time})</source>
        <translation>{percent} abaixo das {weeks} semanas anteriores (média {time})</translation>
    </message>
    <message>
        <source>Week of {day} (so far)</source>
        <translation>Semana de {day} (até agora)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana de {day}</translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}, {distance}</source>
        <translation>
            <numerusform>Corrida: {runs} em %Ln dia, {time}, {distance}</numerusform>
            <numerusform>Corrida: {runs} em %Ln dias, {time}, {distance}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: {runs} on %Ln day(s), {time}</source>
        <translation>
            <numerusform>Corrida: {runs} em %Ln dia, {time}</numerusform>
            <numerusform>Corrida: {runs} em %Ln dias, {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) without a distance ({time})</source>
        <translation>
            <numerusform>%Ln corrida sem distância ({time})</numerusform>
            <numerusform>%Ln corridas sem distância ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: none</source>
        <translation>Corrida: nenhuma</translation>
    </message>
    <message>
        <source>The week after a jump</source>
        <translation>A semana depois de um pico</translation>
    </message>
    <message numerus="yes">
        <source>Core: %Ln session(s), {time} held</source>
        <translation>
            <numerusform>Core: %Ln treino, {time} sustentados</numerusform>
            <numerusform>Core: %Ln treinos, {time} sustentados</numerusform>
        </translation>
    </message>
    <message>
        <source>Core: none</source>
        <translation>Core: nenhum treino</translation>
    </message>
    <message numerus="yes">
        <source>Back pain: {score} of 10 (%Ln score(s))</source>
        <translation>
            <numerusform>Dor nas costas: {score} de 10 (%Ln nota)</numerusform>
            <numerusform>Dor nas costas: {score} de 10 (%Ln notas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back pain: no score</source>
        <translation>Dor nas costas: sem nota</translation>
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
        <translation>Importar co&amp;rridas…</translation>
    </message>
    <message>
        <source>Import runs from a &amp;folder…</source>
        <translation>Importar corridas de uma &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Add a run…</source>
        <translation>&amp;Adicionar uma corrida…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Corridas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Import runs: FIT, GPX, TCX files or a Strava export</source>
        <translation>Importar corridas: arquivos FIT, GPX, TCX ou uma exportação do Strava</translation>
    </message>
    <message>
        <source>Import every run in a folder</source>
        <translation>Importar todas as corridas de uma pasta</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nada importado</translation>
    </message>
    <message>
        <source>The workout log is read-only here.</source>
        <translation>Aqui o registro de treinos é somente leitura.</translation>
    </message>
    <message>
        <source>Run not added</source>
        <translation>Corrida não adicionada</translation>
    </message>
    <message>
        <source>Could not save the run: {reason}</source>
        <translation>Não foi possível salvar a corrida: {reason}</translation>
    </message>
    <message>
        <source>Already in the log</source>
        <translation>Já está no registro</translation>
    </message>
    <message>
        <source>The log already has a run like this one.</source>
        <translation>O registro já tem uma corrida como esta.</translation>
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
        <translation>Distância</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Freq. card.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esforço</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
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
        <translation>Corridas</translation>
    </message>
    <message>
        <source>De&amp;lete run</source>
        <translation>Exc&amp;luir corrida</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Excluir a corrida escolhida</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete key)</source>
        <translation>Excluir a corrida escolhida (tecla Delete)</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Re&amp;staurar corrida</translation>
    </message>
    <message>
        <source>Undo the last run deleted</source>
        <translation>Restaurar a última corrida excluída</translation>
    </message>
    <message>
        <source>Bring the deleted run back (Ctrl+Z)</source>
        <translation>Restaurar a corrida excluída (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Runs status</source>
        <translation>Situação das corridas</translation>
    </message>
    <message>
        <source>Runs in the log</source>
        <translation>Corridas no registro</translation>
    </message>
    <message>
        <source>Runs that could not be read</source>
        <translation>Corridas que não puderam ser lidas</translation>
    </message>
    <message>
        <source>The workout log is read-only here, so runs cannot be deleted.</source>
        <translation>Aqui o registro de treinos é somente leitura, então não é possível excluir corridas.</translation>
    </message>
    <message>
        <source>Could not delete the run: {reason}</source>
        <translation>Não foi possível excluir a corrida: {reason}</translation>
    </message>
    <message>
        <source>Deleted the run of {moment}.</source>
        <translation>Corrida de {moment} excluída.</translation>
    </message>
    <message>
        <source>Could not bring the run back: {reason}</source>
        <translation>Não foi possível restaurar a corrida: {reason}</translation>
    </message>
    <message>
        <source>Restored the run of {moment}.</source>
        <translation>Corrida de {moment} restaurada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln corrida</numerusform>
            <numerusform>%Ln corridas</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: {import_runs} brings them in from your watch or Strava.</source>
        <translation>Ainda não há corridas: {import_runs} as traz do seu relógio ou do Strava.</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>Workout in progress</source>
        <translation>Treino em andamento</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Your own sounds and the device choice need sounddevice and PortAudio; cues play the built-in sounds on the system default.</source>
        <translation>Seus próprios sons e a escolha do dispositivo precisam de sounddevice e PortAudio; os sinais tocam os sons embutidos no padrão do sistema.</translation>
    </message>
    <message>
        <source>the sound is missing</source>
        <translation>o som está faltando</translation>
    </message>
    <message>
        <source>S&amp;ounds…</source>
        <translation>S&amp;ons…</translation>
    </message>
    <message>
        <source>Output &amp;device…</source>
        <translation>&amp;Dispositivo de saída…</translation>
    </message>
    <message>
        <source>Cues play through {path}.</source>
        <translation>Os sinais tocam por {path}.</translation>
    </message>
    <message>
        <source>The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead.</source>
        <translation>Não foi possível usar o som para “{cue}” ({problem}); o som embutido toca no lugar.</translation>
    </message>
    <message>
        <source>The output device “{device}” is not connected; cues play on the system default.</source>
        <translation>O dispositivo de saída “{device}” não está conectado; os sinais tocam no padrão do sistema.</translation>
    </message>
    <message>
        <source>Cannot play it: {problem}.</source>
        <translation>Não foi possível tocar: {problem}.</translation>
    </message>
</context>
<context>
    <name>SoundPath</name>
    <message>
        <source>a new simpleaudio stream per cue</source>
        <translation>um novo fluxo do simpleaudio por sinal</translation>
    </message>
    <message>
        <source>a new simpleaudio stream per cue ({reason})</source>
        <translation>um novo fluxo do simpleaudio por sinal ({reason})</translation>
    </message>
    <message>
        <source>one open stream per workout through {library}, on {where}</source>
        <translation>um fluxo aberto por treino via {library}, em {where}</translation>
    </message>
    <message>
        <source>the system default device</source>
        <translation>o dispositivo padrão do sistema</translation>
    </message>
    <message>
        <source>{variable}={value} is set</source>
        <translation>{variable}={value} está definido</translation>
    </message>
    <message>
        <source>sounddevice is not installed</source>
        <translation>sounddevice não está instalado</translation>
    </message>
    <message>
        <source>PortAudio (libportaudio2) is not installed</source>
        <translation>PortAudio (libportaudio2) não está instalado</translation>
    </message>
</context>
<context>
    <name>SoundsDialog</name>
    <message>
        <source>Countdown tick</source>
        <translation>Tique da contagem</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sustentar</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>{file} (cut at {seconds} s, with a fade)</source>
        <translation>{file} (cortado em {seconds} s, com esmaecimento)</translation>
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
        <translation>Mensagens de som</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>E&amp;mbutido</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Tocar</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files. A sound longer than {seconds} s is cut there, with a fade, so it cannot run into the next cue.</source>
        <translation>Arquivos WAV, FLAC ou OGG. Um som com mais de {seconds} s é cortado ali, com um esmaecimento, para não invadir o próximo sinal.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Embutido</translation>
    </message>
    <message>
        <source>Sound for {cue}</source>
        <translation>Som para {cue}</translation>
    </message>
    <message>
        <source>{problem}. The sound for “{cue}” is unchanged.</source>
        <translation>{problem}. O som para “{cue}” continua o mesmo.</translation>
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
        <translation>Treinos</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tempo sustentado</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Sequência atual</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Maior sequência</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>with at least one hold</source>
        <translation>com pelo menos uma sustentação</translation>
    </message>
    <message>
        <source>in all holds together</source>
        <translation>somando todas as sustentações</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde {day}</translation>
    </message>
    <message>
        <source>a workout today starts one</source>
        <translation>um treino hoje começa uma</translation>
    </message>
    <message>
        <source>{time} in all last week</source>
        <translation>{time} no total na semana passada</translation>
    </message>
</context>
<context>
    <name>TrayIntegration</name>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>&amp;Lembrete diário…</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Treino concluído</translation>
    </message>
    <message>
        <source>Well done. Your holds are in the log.</source>
        <translation>Muito bem. Suas sustentações estão no registro.</translation>
    </message>
    <message>
        <source>Time for today&apos;s planks: a few minutes is enough.</source>
        <translation>Hora das pranchas de hoje: alguns minutos bastam.</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar a janela</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
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
        <translation>Iniciar  [Espaço]</translation>
    </message>
    <message>
        <source>Skip  [S]</source>
        <translation>Pular  [S]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Parar  [Esc]</translation>
    </message>
    <message>
        <source>Mute  [M]</source>
        <translation>Mudo  [M]</translation>
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
        <translation>Retomar  [Espaço]</translation>
    </message>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pausar  [Espaço]</translation>
    </message>
    <message>
        <source>Unmute  [M]</source>
        <translation>Com som  [M]</translation>
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
        <translation>Exercício e lado</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>O que vem depois</translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation>Tempo de treino restante</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Andamento do treino</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Situação do som</translation>
    </message>
    <message>
        <source>Cannot start: {reason}.</source>
        <translation>Não dá para começar: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The screen flashes at each change instead.</source>
        <translation>{reason}. Em vez disso, a tela pisca a cada mudança.</translation>
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
        <translation>Cronômetro de intervalos</translation>
    </message>
    <message>
        <source>Time plank and side-plank holds with big digits and sound cues</source>
        <translation>Cronometre pranchas e pranchas laterais com números grandes e sinais sonoros</translation>
    </message>
    <message>
        <source>plank;side plank;core;exercise;workout;fitness;interval;timer;</source>
        <translation>prancha;prancha lateral;core;abdômen;exercício;treino;fitness;intervalo;cronômetro;</translation>
    </message>
    <message>
        <source>An interval timer for the core-endurance routine often given to runners with a sore lower back: planks and side planks held for a few seconds with short rests, repeated for a few rounds. Put the laptop on the floor, get into position, and Plank Timer tells you when to hold, when to rest, how long is left and when to switch sides.</source>
        <translation>Um cronômetro de intervalos para a rotina de resistência do core que costuma ser passada a corredores com dor lombar: pranchas e pranchas laterais sustentadas por alguns segundos com descansos curtos, por algumas rodadas. Coloque o notebook no chão, fique em posição, e o Plank Timer diz quando sustentar, quando descansar, quanto falta e quando trocar de lado.</translation>
    </message>
    <message>
        <source>Huge digits and strong colours, readable from the floor</source>
        <translation>Números enormes e cores fortes, legíveis do chão</translation>
    </message>
    <message>
        <source>Distinct sound cues for hold, rest, switch and done, and a count-in before each hold</source>
        <translation>Sinais sonoros distintos para sustentar, descansar, trocar e terminar, e uma contagem antes de cada sustentação</translation>
    </message>
    <message>
        <source>Keyboard control: start, pause, skip, stop, mute and full screen</source>
        <translation>Controle pelo teclado: iniciar, pausar, pular, parar, mudo e tela cheia</translation>
    </message>
    <message>
        <source>Timing on the monotonic clock, so a long workout never drifts</source>
        <translation>Tempo no relógio monotônico, então um treino longo nunca se desvia</translation>
    </message>
    <message>
        <source>A log of finished workouts with streaks and personal bests</source>
        <translation>Um registro dos treinos concluídos com sequências e recordes pessoais</translation>
    </message>
    <message>
        <source>In English, German, French, Spanish, Italian, Dutch and Portuguese</source>
        <translation>Em inglês, alemão, francês, espanhol, italiano, holandês e português</translation>
    </message>
    <message>
        <source>First release: plank and side-plank intervals with sound cues and a workout log.</source>
        <translation>Primeira versão: intervalos de prancha e prancha lateral com sinais sonoros e um registro de treinos.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>an exercise name</source>
        <translation>um nome de exercício</translation>
    </message>
    <message>
        <source>an exercise name cannot be empty</source>
        <translation>o nome de um exercício não pode ficar vazio</translation>
    </message>
    <message>
        <source>choose at least one exercise</source>
        <translation>escolha pelo menos um exercício</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>a sustentação</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>o descanso</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>as rodadas</translation>
    </message>
    <message>
        <source>get-ready</source>
        <translation>a preparação</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>a troca</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} seconds, got {value}</source>
        <translation>{name} deve ser de {low} a {high} segundos, não {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high}, got {value}</source>
        <translation>{name} deve ser de {low} a {high}, não {value}</translation>
    </message>
    <message>
        <source>rounds must be a whole number, got {value}</source>
        <translation>as rodadas devem ser um número inteiro, não {value}</translation>
    </message>
    <message>
        <source>a plan has at most {most} exercises, got {count}</source>
        <translation>um plano tem no máximo {most} exercícios, não {count}</translation>
    </message>
    <message>
        <source>alternate sides must be true or false, got {value}</source>
        <translation>alternar lados deve ser verdadeiro ou falso, não {value}</translation>
    </message>
    <message>
        <source>reminder time must be HH:MM (24-hour), got {value}</source>
        <translation>o horário do lembrete deve ser HH:MM (24 horas), não {value}</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>uma rotina precisa de um nome</translation>
    </message>
    <message>
        <source>a routine name</source>
        <translation>um nome de rotina</translation>
    </message>
    <message>
        <source>a routine needs a plan, got {value}</source>
        <translation>uma rotina precisa de um plano, não {value}</translation>
    </message>
    <message>
        <source>a built-in routine is already called {name}</source>
        <translation>uma rotina embutida já se chama {name}</translation>
    </message>
    <message>
        <source>another routine is already called {name}</source>
        <translation>outra rotina já se chama {name}</translation>
    </message>
    <message>
        <source>There is no workout log at {file}</source>
        <translation>Não há registro de treinos em {file}</translation>
    </message>
    <message>
        <source>Could not read the workout log {file}: {reason}</source>
        <translation>Não foi possível ler o registro de treinos {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} has schema version {version}, this app reads {latest}: open it once in this version of Plank Timer</source>
        <translation>O registro de treinos {file} tem a versão de esquema {version}, este app lê a {latest}: abra-o uma vez nesta versão do Plank Timer</translation>
    </message>
    <message>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>Não foi possível criar a pasta {folder}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} was written by a newer Plank Timer ({reason})</source>
        <translation>O registro de treinos {file} foi gravado por um Plank Timer mais novo ({reason})</translation>
    </message>
    <message>
        <source>it has schema version {version}, newer than this app knows ({latest})</source>
        <translation>tem a versão de esquema {version}, mais nova do que este app conhece ({latest})</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged: {reason}</source>
        <translation>O registro de treinos {file} está danificado: {reason}</translation>
    </message>
    <message>
        <source>Could not open the workout log {file}: {reason}</source>
        <translation>Não foi possível abrir o registro de treinos {file}: {reason}</translation>
    </message>
    <message>
        <source>The workout log {file} is damaged and could not be moved aside: {reason}</source>
        <translation>O registro de treinos {file} está danificado e não pôde ser separado: {reason}</translation>
    </message>
    <message>
        <source>Could not start a new workout log {file}: {reason}</source>
        <translation>Não foi possível iniciar um novo registro de treinos {file}: {reason}</translation>
    </message>
    <message>
        <source>there is no routine called {name}</source>
        <translation>não há rotina chamada {name}</translation>
    </message>
    <message>
        <source>{name} is built in: duplicate it to make your own</source>
        <translation>{name} é embutida: duplique-a para fazer a sua</translation>
    </message>
    <message>
        <source>Could not save the routines in {file}: {reason}</source>
        <translation>Não foi possível salvar as rotinas em {file}: {reason}</translation>
    </message>
    <message>
        <source>exercise {number}: {reason}</source>
        <translation>exercício {number}: {reason}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} não é uma pasta</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>não é possível gravar em {folder}: {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>não foi possível gravar {file}: {reason}</translation>
    </message>
    <message>
        <source>workout {id} has no holds</source>
        <translation>o treino {id} não tem sustentações</translation>
    </message>
    <message>
        <source>workout {id} cannot be written as FIT: {reason}</source>
        <translation>o treino {id} não pode ser gravado como FIT: {reason}</translation>
    </message>
    <message>
        <source>Could not record the workout: {reason}</source>
        <translation>Não foi possível registrar o treino: {reason}</translation>
    </message>
    <message>
        <source>there is no workout to check in yet</source>
        <translation>ainda não há treino para avaliar</translation>
    </message>
    <message>
        <source>Could not save to {file}: {reason}</source>
        <translation>Não foi possível salvar em {file}: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>a bidi control ({code})</source>
        <translation>um controle bidi ({code})</translation>
    </message>
    <message>
        <source>a line break ({code})</source>
        <translation>uma quebra de linha ({code})</translation>
    </message>
    <message>
        <source>a lone surrogate ({code})</source>
        <translation>um substituto isolado ({code})</translation>
    </message>
    <message>
        <source>a control character ({code})</source>
        <translation>um caractere de controle ({code})</translation>
    </message>
    <message>
        <source>an unassigned character ({code})</source>
        <translation>um caractere não atribuído ({code})</translation>
    </message>
    <message>
        <source>an unprintable character ({code})</source>
        <translation>um caractere não imprimível ({code})</translation>
    </message>
    <message>
        <source>{what} must be text, got {value}</source>
        <translation>{what} deve ser texto, não {value}</translation>
    </message>
    <message>
        <source>{what} must be at most {most} characters, got {count}</source>
        <translation>{what} deve ter no máximo {most} caracteres, não {count}</translation>
    </message>
    <message>
        <source>{what} must be one line of printable text; it has {char} at character {position}</source>
        <translation>{what} deve ser uma linha de texto imprimível; tem {char} no caractere {position}</translation>
    </message>
    <message>
        <source>a run must start from {first} to {last}, got {value}</source>
        <translation>uma corrida deve começar entre {first} e {last}, não {value}</translation>
    </message>
    <message>
        <source>elapsed time</source>
        <translation>o tempo total</translation>
    </message>
    <message>
        <source>moving time</source>
        <translation>o tempo em movimento</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>a distância</translation>
    </message>
    <message>
        <source>average heart rate</source>
        <translation>a frequência cardíaca média</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>o esforço</translation>
    </message>
    <message>
        <source>the start of a run needs a UTC offset</source>
        <translation>o início de uma corrida precisa de um deslocamento UTC</translation>
    </message>
    <message>
        <source>sport must be one of {sports}</source>
        <translation>o esporte deve ser um de {sports}</translation>
    </message>
    <message>
        <source>a run&apos;s source name must be 1 to {most} characters</source>
        <translation>o nome de origem de uma corrida deve ter de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>{name} must be {low} to {high} metres, got {value}</source>
        <translation>{name} deve ser de {low} a {high} metros, não {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} deve ser um número inteiro de {low} a {high}, não {value}</translation>
    </message>
    <message>
        <source>lasts under a minute (a watch started by mistake?)</source>
        <translation>dura menos de um minuto (relógio iniciado por engano?)</translation>
    </message>
    <message>
        <source>is a name outside the archive; refused</source>
        <translation>é um nome fora do arquivo compactado; recusado</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>não é um arquivo zip legível</translation>
    </message>
    <message>
        <source>declares {size} unpacked, over the {limit} limit</source>
        <translation>declara {size} descompactado, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>would inflate {ratio} times (a zip bomb?); refused</source>
        <translation>cresceria {ratio} vezes (uma bomba zip?); recusado</translation>
    </message>
    <message>
        <source>is damaged in the archive ({reason})</source>
        <translation>está danificado no arquivo compactado ({reason})</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason})</source>
        <translation>não pode ser descompactado ({reason})</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file</source>
        <translation>não é um arquivo FIT, GPX ou TCX</translation>
    </message>
    <message>
        <source>is named by {row} but missing from the archive</source>
        <translation>é citado em {row}, mas falta no arquivo compactado</translation>
    </message>
    <message>
        <source>is damaged: its FIT checksum (CRC) does not match</source>
        <translation>está danificado: a soma de verificação FIT (CRC) não confere</translation>
    </message>
    <message>
        <source>is cut short (truncated FIT file)</source>
        <translation>está cortado (arquivo FIT truncado)</translation>
    </message>
    <message>
        <source>is not a FIT file (no valid FIT header)</source>
        <translation>não é um arquivo FIT (sem cabeçalho FIT válido)</translation>
    </message>
    <message>
        <source>is not a readable FIT file ({reason})</source>
        <translation>não é um arquivo FIT legível ({reason})</translation>
    </message>
    <message>
        <source>holds no activity (a FIT settings, workout or monitoring file)</source>
        <translation>não contém atividade (um arquivo FIT de configurações, treino ou monitoramento)</translation>
    </message>
    <message>
        <source>has no real start time (the watch&apos;s clock was not set)</source>
        <translation>não tem horário de início real (o relógio não estava acertado)</translation>
    </message>
    <message>
        <source>does not say how long the activity lasted</source>
        <translation>não diz quanto tempo a atividade durou</translation>
    </message>
    <message>
        <source>is not valid GPX (broken XML)</source>
        <translation>não é GPX válido (XML quebrado)</translation>
    </message>
    <message>
        <source>is not a readable GPX file ({reason})</source>
        <translation>não é um arquivo GPX legível ({reason})</translation>
    </message>
    <message>
        <source>has no times in it (a route or a track without timestamps)</source>
        <translation>não tem horários (uma rota ou trilha sem marcas de tempo)</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>não pode ser lido: {reason}</translation>
    </message>
    <message>
        <source>is larger than {size} once unpacked; refused</source>
        <translation>passa de {size} ao descompactar; recusado</translation>
    </message>
    <message>
        <source>is not a readable gzip file ({reason})</source>
        <translation>não é um arquivo gzip legível ({reason})</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); skipped</source>
        <translation>não é um arquivo comum (um pipe ou um dispositivo); ignorado</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit</source>
        <translation>tem {size}, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive</source>
        <translation>não é um arquivo FIT, GPX ou TCX (nem o .gz de um), nem um arquivo zip</translation>
    </message>
    <message>
        <source>has no elapsed time</source>
        <translation>não tem tempo total</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>Activity Date {value} is not a date</source>
        <translation>Activity Date {value} não é uma data</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>lacks the columns {columns} (not a Strava export?)</source>
        <translation>faltam as colunas {columns} (não é uma exportação do Strava?)</translation>
    </message>
    <message>
        <source>has a cell that is not a number ({reason})</source>
        <translation>tem uma célula que não é um número ({reason})</translation>
    </message>
    <message>
        <source>is not a readable CSV file ({reason})</source>
        <translation>não é um arquivo CSV legível ({reason})</translation>
    </message>
    <message>
        <source>is not valid TCX (broken XML)</source>
        <translation>não é TCX válido (XML quebrado)</translation>
    </message>
    <message>
        <source>is not a readable TCX file ({reason})</source>
        <translation>não é um arquivo TCX legível ({reason})</translation>
    </message>
    <message>
        <source>format must be {format}</source>
        <translation>format deve ser {format}</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version deve ser um número inteiro</translation>
    </message>
    <message>
        <source>version {version} is not one this app reads (it reads {readable})</source>
        <translation>este app não lê a versão {version} (ele lê {readable})</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>a dor nas costas</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>a nota</translation>
    </message>
    <message>
        <source>there is no workout {id} in the log</source>
        <translation>não há treino {id} no registro</translation>
    </message>
    <message>
        <source>session {id} ({day})</source>
        <translation>treino {id} ({day})</translation>
    </message>
    <message>
        <source>session {id}</source>
        <translation>treino {id}</translation>
    </message>
    <message>
        <source>1 hold of {session}</source>
        <translation>1 sustentação do {session}</translation>
    </message>
    <message>
        <source>{count} holds of {session}</source>
        <translation>{count} sustentações do {session}</translation>
    </message>
    <message>
        <source>run {id} ({day})</source>
        <translation>corrida {id} ({day})</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>corrida {id}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} e mais {count}</translation>
    </message>
    <message>
        <source>left out what could not be read (a damaged byte in the log): {rows}</source>
        <translation>deixado de fora o que não pôde ser lido (um byte danificado no registro): {rows}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>não é possível gravar {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is the workout log itself (or part of it)</source>
        <translation>não é possível exportar para {file}: é o próprio registro de treinos (ou parte dele)</translation>
    </message>
    <message>
        <source>cannot export into {file}: it is a folder</source>
        <translation>não é possível exportar para {file}: é uma pasta</translation>
    </message>
    <message>
        <source>{field} must be an object, got {kind}</source>
        <translation>{field} deve ser um objeto, não {kind}</translation>
    </message>
    <message>
        <source>it must be an object, got {kind}</source>
        <translation>deve ser um objeto, não {kind}</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>{field} must be {wanted}, got {value}</source>
        <translation>{field} deve ser {wanted}, não {value}</translation>
    </message>
    <message>
        <source>{field} repeats {other}</source>
        <translation>{field} repete {other}</translation>
    </message>
    <message>
        <source>{item} (started {time})</source>
        <translation>{item} (início {time})</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>um número de segundos de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset</source>
        <translation>um horário ISO 8601 com deslocamento UTC</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>Could not write to the workout log {file}: {reason}</source>
        <translation>Não foi possível gravar no registro de treinos {file}: {reason}</translation>
    </message>
    <message>
        <source>it has an integer of {digits} digits</source>
        <translation>tem um inteiro de {digits} dígitos</translation>
    </message>
    <message>
        <source>it has {name}, which is not a JSON number</source>
        <translation>tem {name}, que não é um número JSON</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it is a pipe, not a file</source>
        <translation>é um pipe, não um arquivo</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>é um socket, não um arquivo</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>é um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Não foi possível ler {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} não pode ser lido: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; this app reads backups of at most {most}</source>
        <translation>{file} tem {size} bytes; este app lê backups de no máximo {most}</translation>
    </message>
    <message>
        <source>{file} is larger than {most} bytes</source>
        <translation>{file} passa de {most} bytes</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte} is wrong)</source>
        <translation>{file} não é texto UTF-8 (o byte {byte} está errado)</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{file} não é JSON válido: {reason} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está aninhado fundo demais</translation>
    </message>
    <message>
        <source>plank, side-left, side-right or a custom name</source>
        <translation>plank, side-left, side-right ou um nome próprio</translation>
    </message>
    <message>
        <source>after started_at</source>
        <translation>depois de started_at</translation>
    </message>
    <message>
        <source>not a Plank Timer log: {reason}</source>
        <translation>não é um registro do Plank Timer: {reason}</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>um nome</translation>
    </message>
    <message>
        <source>the plan must be an object with blocks, get_ready and switch</source>
        <translation>o plano deve ser um objeto com blocks, get_ready e switch</translation>
    </message>
    <message>
        <source>{field} must be {wanted}</source>
        <translation>{field} deve ser {wanted}</translation>
    </message>
    <message>
        <source>no folder would take them ({reasons})</source>
        <translation>nenhuma pasta as aceitou ({reasons})</translation>
    </message>
    <message>
        <source>Could not save to {file}</source>
        <translation>Não foi possível salvar em {file}</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>deve ser um objeto, não {kind}</translation>
    </message>
    <message>
        <source>name {name} belongs to a built-in routine: rename it in the file</source>
        <translation>o nome {name} é de uma rotina embutida: renomeie-a no arquivo</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>um de {choices}</translation>
    </message>
    <message>
        <source>64 hex digits or null</source>
        <translation>64 dígitos hexadecimais ou null</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <source>there is no {name} sound</source>
        <translation>não há som “{name}”</translation>
    </message>
    <message>
        <source>{file}: not a WAV, FLAC or OGG file</source>
        <translation>{file}: não é um arquivo WAV, FLAC ou OGG</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason})</source>
        <translation>não foi possível ler {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} holds no sound</source>
        <translation>{file} não contém som</translation>
    </message>
    <message>
        <source>PortAudio is not available ({reason})</source>
        <translation>PortAudio não está disponível ({reason})</translation>
    </message>
    <message>
        <source>no output stream could be opened ({reason})</source>
        <translation>não foi possível abrir nenhum fluxo de saída ({reason})</translation>
    </message>
    <message>
        <source>the output stream could not start ({reason})</source>
        <translation>o fluxo de saída não pôde iniciar ({reason})</translation>
    </message>
    <message>
        <source>the sound could not be played ({reason})</source>
        <translation>não foi possível tocar o som ({reason})</translation>
    </message>
</context>
</TS>
