"""Builds the running program: the one place where objects are made and connected.

Everything else receives its clock, player, settings and log through its constructor.

Start-up comes in two steps, so the window shows as soon as a bare window would: first the
window with the workout display alone (``FirstFrame``), imported and built from a handful of
light modules; then, just after that first paint, everything else (sound, log, plan form,
tray, screen keeper), imported here inside ``_Program``. The page takes the first frame's
display over, so what the user reads never changes under them.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.commands.workout_options import PLAN_OPTIONS, plan_from_args
from app.core.clock import monotonic
from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.data_location import APPLICATION, ORGANIZATION, data_directory, recovery_folders
from app.languages import SOURCE_LANGUAGE
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from app.ui.translator import LanguageChoice, install_language
from app.ui.workout.first_frame import FirstFrame

if TYPE_CHECKING:
    from app.core.session import Session
    from app.storage.closing_report import ClosingReport
    from app.storage.database import SessionLog
    from app.storage.recorder import SessionRecorder
    from app.ui.log.log_integration import LogIntegration
    from app.ui.progress import ProgressPage
    from app.ui.workout.workout_display import WorkoutDisplay
    from app.ui.workout.workout_page import SessionHook

# The progress page is built this long after start: after the first paint, before first use;
# or, when a workout is running by then, this long after it is over (see _prebuild_progress).
PROGRESS_PREBUILD_MS = 400
# A write waits at most this long for another copy of the app; it runs on the GUI thread.
LOG_BUSY_TIMEOUT_MS = 500


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Plank Timer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.planktimer.PlankTimer")
    return app


def app_icon() -> QIcon:
    from app.resources import asset_path  # importlib.resources: after the first paint

    try:
        return QIcon(str(asset_path("icons", "plank-timer.svg")))
    except FileNotFoundError:
        return QIcon()


def settings_for(data_dir: Path, explicit: bool) -> QSettings:
    # With --data-dir everything, settings included, stays in that directory.
    if explicit:
        return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


def _quit_on_signals(app: QApplication) -> None:
    # Ctrl+C or a polite kill ends the workout cleanly (logged as stopped), not mid-write.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    # Python handles signals only when it runs; a slow timer lets it run.
    keep_python_awake = QTimer(app)
    keep_python_awake.start(250)
    keep_python_awake.timeout.connect(lambda: None)


class _Program:
    """Everything one run of the app is made of, put together in one place.

    Built into a window that may already show the first frame; ``display`` is that frame's
    display, which the workout page takes over.
    """

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        settings: PlanSettings,
        plan: Plan,
        *,
        mute: bool = False,
        no_voice: bool = False,
        display: WorkoutDisplay | None = None,
        language: LanguageChoice | None = None,
    ) -> None:
        # Imported here, after the first paint: together they cost more than a bare window.
        from PySide6.QtDBus import QDBusConnection

        from app.audio.alsa_messages import silence_alsa_messages
        from app.audio.player_choice import choose_player
        from app.storage.database import LOG_FILE_NAME, LogOpenError, SessionLog, open_log
        from app.storage.recorder import SessionRecorder
        from app.storage.recovery import recover
        from app.storage.routines import RoutineStore
        from app.ui.desktop.daily_reminder import DailyReminder
        from app.ui.desktop.screen_keeper import ScreenKeeper
        from app.ui.desktop.speech_fallback import with_speech_fallback
        from app.ui.desktop.tray import TrayPresence
        from app.ui.desktop.tray_integration import TrayIntegration
        from app.ui.error_text import error_text
        from app.ui.language_menu import LanguageMenu
        from app.ui.log.log_integration import LogIntegration
        from app.ui.log.runs_menu import RunsMenu
        from app.ui.sound.sound_menu import SoundMenu
        from app.ui.sound.sound_settings import SoundSettings
        from app.ui.voice_language import EnglishVoiceEntry, choose_voice, gated, voice_dir
        from app.ui.workout.workout_page import WorkoutPage

        self.app = make_application()
        # The icon loads Qt's SVG plugin: set after the first paint, before the tray needs it.
        self.app.setWindowIcon(app_icon())
        self.window = window
        silence_alsa_messages()
        self.settings = settings
        self.sound_settings = SoundSettings(settings.store)
        # The spoken cues speak the window's language; one without recordings keeps to beeps,
        # or English words if the user asked for them.
        spoken = language.code if language is not None else SOURCE_LANGUAGE
        voice = choose_voice(spoken)
        # Whether the remembered device is still there is checked after the first paint
        # (SoundMenu.check_device): listing devices would slow the start.
        player = with_speech_fallback(
            choose_player(
                device=self.sound_settings.device,
                sounds=self.sound_settings.custom_sounds(),
                voice_dir=voice_dir(voice),
            ),
            self.app,
        )
        self.player = gated(player, voice, settings)
        self._followers: list[SessionHook] = []
        self.page = WorkoutPage(
            monotonic,
            self.player,
            self.settings,
            plan,
            on_session=self._on_session,
            voice=self.settings.voice and not no_voice,
            display=display,
        )
        if mute:
            self.page.set_muted(True, remember=False)
        self.log: SessionLog | None = None
        self._progress: ProgressPage | None = None
        self.recorder: SessionRecorder | None = None
        self.log_integration: LogIntegration | None = None
        log_problem: str | None = None
        try:
            self.log = open_log(data_dir, busy_timeout_ms=LOG_BUSY_TIMEOUT_MS)
        except LogOpenError as error:
            log_problem = error_text(error)
            # A folder that cannot be written: the history still shows, and the recorder
            # keeps each workout's holds in memory and says that saving failed.
            with contextlib.suppress(LogOpenError):
                self.log = open_log(data_dir, read_only=True)
        if self.log is not None:
            window.enable_progress(self._make_progress_page)
        else:
            window.log_menu.menuAction().setVisible(False)
        window.attach_workout(self.page)
        self.sound_menu = SoundMenu(window, self.page, self.player, self.sound_settings)
        for problem in self.sound_menu.startup_problems():
            self.page.show_message(problem)
        tray = TrayIntegration(
            window,
            TrayPresence(self.app.windowIcon(), window),
            DailyReminder(datetime.now),
            self.settings,
        )
        self._followers.append(lambda session, _plan: tray.follow(session))
        self.screen_keeper = ScreenKeeper(QDBusConnection.sessionBus(), parent=window)
        self._followers.append(lambda session, _plan: self.screen_keeper.follow(session))
        self.recovery_folders = recovery_folders(data_dir)
        # Holds are recorded even when the log did not open for writing (locked by another
        # program, a full disk, a folder that cannot be made): the recorder tries again at
        # every hold, and what the log never takes goes to a recovery file at close.
        if self.log is not None and not self.log.read_only:
            recording = self.log
        else:
            recording = SessionLog(data_dir / LOG_FILE_NAME, busy_timeout_ms=LOG_BUSY_TIMEOUT_MS)
        self.recorder = SessionRecorder(recording)
        self.language_menu = LanguageMenu(window, self.settings, language)
        EnglishVoiceEntry(window, self.settings, spoken, voice, self.player)
        if self.log is not None:
            recovered = None if self.log.read_only else recover(self.log, self.recovery_folders)
            self.routines = RoutineStore(self.log)
            self.page.form.attach_routines(self.routines, self.settings)
            self.log_integration = LogIntegration(
                window, self.log, self.recorder, on_changed=self._log_changed, recovered=recovered
            )
            self.recorder.on_problem = self.log_integration.report_problem
            self.runs_menu = RunsMenu(window, self.log, on_changed=self._log_changed)
            self._followers.append(self.log_integration.follow)
        else:
            recorder = self.recorder
            self._followers.append(lambda session, plan: recorder.watch(session, plan))
        if log_problem is not None:
            self.page.show_message(
                QCoreApplication.translate(
                    "Program",
                    "{problem}. Workouts still run; their holds are kept, and saved in a recovery"
                    " file when the app closes if the log stays closed to them.",
                ).format(problem=log_problem)
            )
        # After the first paint, so the window shows at once and the page is ready when asked.
        QTimer.singleShot(PROGRESS_PREBUILD_MS, self._prebuild_progress)
        self.page.workout_done.connect(self._prebuild_later)
        self.page.workout_ended.connect(self._workout_ended)
        QTimer.singleShot(PROGRESS_PREBUILD_MS, self.sound_menu.check_device)

    def _prebuild_progress(self) -> None:
        # A running workout stays light: the charting library and the page are about 50 MB,
        # which the workout does not need (its target is 150 MB). They wait until it is over
        # (its last sound played out), unless the user opens the view before.
        if not self.page.session.is_active:
            self.window.build_progress()

    def _prebuild_later(self) -> None:
        QTimer.singleShot(PROGRESS_PREBUILD_MS, self._prebuild_progress)

    def _workout_ended(self, finished: bool) -> None:
        if not finished:  # stopped: silent at once; a finished one waits for workout_done
            self._prebuild_later()

    def _make_progress_page(self) -> QWidget:
        # Imported here: the charting library is a third of the start-up time.
        from app.storage.history import History
        from app.storage.runs import RunStore
        from app.storage.statistics import Statistics
        from app.ui.progress import ProgressPage

        assert self.log is not None
        self._progress = ProgressPage(
            Statistics(self.log),
            History(self.log),
            settings=self.settings.store,
            runs=RunStore(self.log),
        )
        return self._progress

    def _log_changed(self) -> None:
        if self._progress is not None:
            self._progress.refresh()

    def _on_session(self, session: Session, plan: Plan) -> None:
        for follow in self._followers:
            follow(session, plan)

    def close(self) -> ClosingReport | None:
        """After the event loop: stop the workout, save what is left (in a recovery file if
        the log will not take it), close the log. What became of unsaved holds, if any."""
        from app.storage.closing_report import save_unsaved

        self.page.shut_down()
        report = None
        if self.recorder is not None:
            report = save_unsaved(self.recorder, self.recovery_folders, datetime.now())
            if self.recorder.log is not self.log:
                self.recorder.log.close()
        if self.log is not None:
            self.log.close()
        return report


def _apply_arguments(program: _Program, args: argparse.Namespace) -> None:
    if args.routine is not None:
        program.page.form.select_routine(args.routine)
    elif any(getattr(args, name) is not None for name in PLAN_OPTIONS):
        # The command line's values win over the routine chosen last time.
        program.page.form.select_routine(None)
    if args.quit_when_done:
        if program.log_integration is not None:
            program.log_integration.skip_check_in()
        program.page.workout_done.connect(program.app.quit)
    if args.start:
        QTimer.singleShot(0, program.page.start)


def _run(app: QApplication, programs: list[_Program], *, quiet: bool = False) -> int:
    _quit_on_signals(app)
    code = app.exec()
    for program in programs:
        report = program.close()
        if report is None:
            continue
        # Nobody may be at the window with --quit-when-done: then stderr says it.
        if quiet:
            print(f"plank-timer: {report.message}", file=sys.stderr)
        else:
            from app.ui.log.log_integration import closing_box

            closing_box(report).exec()
        if report.lost:
            code = code or 1
    return code


def run_workout_app(args: argparse.Namespace) -> int:
    data_dir = data_directory(args.data_dir)
    app = make_application()
    settings = PlanSettings(settings_for(data_dir, args.data_dir is not None))
    language = install_language(app, getattr(args, "lang", None), settings.language)
    routine_plan: Plan | None = getattr(args, "routine_plan", None)
    try:
        plan = routine_plan or plan_from_args(args, settings.load_plan())
    except PlanError as error:
        print(f"plank-timer: error: {error}", file=sys.stderr)
        return 2
    verbose = getattr(args, "verbose", False)
    if verbose:
        logging.basicConfig(level=logging.INFO, format="plank-timer: %(name)s: %(message)s")
    window = MainWindow()
    programs: list[_Program] = []

    def build(display: WorkoutDisplay | None) -> _Program:
        program = _Program(
            window,
            data_dir,
            settings,
            plan,
            mute=args.mute,
            no_voice=args.no_voice,
            display=display,
            language=language,
        )
        programs.append(program)
        _apply_arguments(program, args)
        if verbose:
            from app.audio.player_choice import describe_path

            path = describe_path(program.player)
            print(f"plank-timer: cues play through {path}", file=sys.stderr)
        return program

    if args.fullscreen:
        build(None)
        window.set_floor_mode(True)
    else:
        first = FirstFrame(plan, high_contrast=settings.high_contrast)
        window.show_first_frame(first)
        first.painted.connect(lambda: build(first.display))
        window.show()
    return _run(app, programs, quiet=args.quit_when_done)


def run_progress_app(data_dir: Path, *, explicit: bool, lang: str | None = None) -> int:
    app = make_application()
    settings = PlanSettings(settings_for(data_dir, explicit))
    language = install_language(app, lang, settings.language)
    window = MainWindow()
    program = _Program(window, data_dir, settings, settings.load_plan(), language=language)
    window.show()
    window.show_progress()
    return _run(app, [program])
