"""Builds the running program: the one place where objects are made and connected.

Everything else receives its clock, player, settings and log through its constructor.
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

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.audio.alsa_messages import silence_alsa_messages
from app.audio.player_choice import choose_player, describe_path
from app.commands.workout_options import PLAN_OPTIONS, plan_from_args
from app.core.clock import monotonic
from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.session import Session
from app.data_location import APPLICATION, ORGANIZATION, data_directory
from app.resources import asset_path
from app.storage.database import LogOpenError, SessionLog, open_log
from app.storage.history import History
from app.storage.recorder import SessionRecorder
from app.storage.routines import RoutineStore
from app.storage.statistics import Statistics
from app.ui.desktop.daily_reminder import DailyReminder
from app.ui.desktop.screen_keeper import ScreenKeeper
from app.ui.desktop.speech_fallback import with_speech_fallback
from app.ui.desktop.tray import TrayPresence
from app.ui.desktop.tray_integration import TrayIntegration
from app.ui.log.log_integration import LogIntegration
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from app.ui.sound.sound_menu import SoundMenu
from app.ui.sound.sound_settings import SoundSettings
from app.ui.workout.workout_page import SessionHook, WorkoutPage

if TYPE_CHECKING:
    from app.ui.progress import ProgressPage

# The progress page is built this long after start: after the first paint, before first use.
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
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
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
    """Everything one run of the app is made of, put together in one place."""

    def __init__(
        self,
        data_dir: Path,
        explicit_dir: bool,
        plan: Plan | None,
        *,
        mute: bool = False,
        no_voice: bool = False,
    ) -> None:
        self.app = make_application()
        silence_alsa_messages()
        stored = settings_for(data_dir, explicit_dir)
        self.settings = PlanSettings(stored)
        self.sound_settings = SoundSettings(stored)
        # Whether the remembered device is still there is checked after the first paint
        # (SoundMenu.check_device): listing devices would slow the start.
        self.player = with_speech_fallback(
            choose_player(
                device=self.sound_settings.device, sounds=self.sound_settings.custom_sounds()
            ),
            self.app,
        )
        self._followers: list[SessionHook] = []
        self.page = WorkoutPage(
            monotonic,
            self.player,
            self.settings,
            plan or self.settings.load_plan(),
            on_session=self._on_session,
            voice=self.settings.voice and not no_voice,
        )
        if mute:
            self.page.set_muted(True, remember=False)
        self.log: SessionLog | None = None
        self._progress: ProgressPage | None = None
        self.recorder: SessionRecorder | None = None
        log_problem: str | None = None
        try:
            self.log = open_log(data_dir, busy_timeout_ms=LOG_BUSY_TIMEOUT_MS)
        except LogOpenError as error:
            log_problem = str(error)
            # A folder that cannot be written: the history still shows, and the recorder
            # keeps each workout's holds in memory and says that saving failed.
            with contextlib.suppress(LogOpenError):
                self.log = open_log(data_dir, read_only=True)
        self.window = MainWindow(
            self.page, self._make_progress_page if self.log is not None else None
        )
        self.sound_menu = SoundMenu(self.window, self.page, self.player, self.sound_settings)
        for problem in self.sound_menu.startup_problems():
            self.page.show_message(f"{problem}.")
        tray = TrayIntegration(
            self.window,
            TrayPresence(self.app.windowIcon(), self.window),
            DailyReminder(datetime.now),
            self.settings,
        )
        self._followers.append(lambda session, _plan: tray.follow(session))
        self.screen_keeper = ScreenKeeper(QDBusConnection.sessionBus(), parent=self.window)
        self._followers.append(lambda session, _plan: self.screen_keeper.follow(session))
        if self.log is not None:
            self.routines = RoutineStore(self.log)
            self.page.form.attach_routines(self.routines, self.settings)
            self.recorder = SessionRecorder(self.log)
            self.log_integration = LogIntegration(
                self.window, self.log, self.recorder, on_changed=self._log_changed
            )
            self.recorder.on_problem = self.log_integration.report_problem
            self._followers.append(self.log_integration.follow)
        if log_problem is not None:
            self.page.show_message(f"{log_problem}. Workouts run, but nothing can be saved.")

    def _make_progress_page(self) -> QWidget:
        # Imported here: the charting library is a third of the start-up time.
        from app.ui.progress import ProgressPage

        assert self.log is not None
        self._progress = ProgressPage(Statistics(self.log), History(self.log))
        return self._progress

    def _log_changed(self) -> None:
        if self._progress is not None:
            self._progress.refresh()

    def _on_session(self, session: Session, plan: Plan) -> None:
        for follow in self._followers:
            follow(session, plan)

    def run(self) -> int:
        _quit_on_signals(self.app)
        # After the first paint, so the window shows at once and the page is ready when asked.
        QTimer.singleShot(PROGRESS_PREBUILD_MS, self.window.build_progress)
        QTimer.singleShot(PROGRESS_PREBUILD_MS, self.sound_menu.check_device)
        code = self.app.exec()
        self.page.shut_down()
        if self.recorder is not None and self.recorder.pending_sets:
            self.recorder.retry()
        if self.log is not None:
            self.log.close()
        return code


def run_workout_app(args: argparse.Namespace) -> int:
    data_dir = data_directory(args.data_dir)
    explicit = args.data_dir is not None
    routine_plan: Plan | None = getattr(args, "routine_plan", None)
    try:
        plan = routine_plan or plan_from_args(
            args, PlanSettings(settings_for(data_dir, explicit)).load_plan()
        )
    except PlanError as error:
        print(f"plank-timer: error: {error}", file=sys.stderr)
        return 2
    if getattr(args, "verbose", False):
        logging.basicConfig(level=logging.INFO, format="plank-timer: %(name)s: %(message)s")
    program = _Program(data_dir, explicit, plan, mute=args.mute, no_voice=args.no_voice)
    if getattr(args, "verbose", False):
        print(f"plank-timer: cues play through {describe_path(program.player)}", file=sys.stderr)
    if args.routine is not None:
        program.page.form.select_routine(args.routine)
    elif any(getattr(args, name) is not None for name in PLAN_OPTIONS):
        # The command line's values win over the routine chosen last time.
        program.page.form.select_routine(None)
    if args.quit_when_done:
        if program.recorder is not None:
            program.log_integration.skip_check_in()
        program.page.workout_done.connect(program.app.quit)
    if args.fullscreen:
        program.window.set_floor_mode(True)
    else:
        program.window.show()
    if args.start:
        QTimer.singleShot(0, program.page.start)
    return program.run()


def run_progress_app(data_dir: Path, *, explicit: bool) -> int:
    program = _Program(data_dir, explicit, None)
    program.window.show()
    program.window.show_progress()
    return program.run()
