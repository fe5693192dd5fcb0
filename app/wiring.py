"""Builds the running program: the one place where objects are made and connected.

Everything else receives its clock, player, settings and log through its constructor.
"""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.audio.simpleaudio_player import open_player
from app.cli import plan_from_args
from app.core.clock import monotonic
from app.core.plan_error import PlanError
from app.core.session import Session
from app.resources import asset_path
from app.ui.daily_reminder import DailyReminder
from app.ui.main_window import MainWindow
from app.ui.plan_settings import PlanSettings
from app.ui.tray import TrayPresence
from app.ui.tray_integration import TrayIntegration
from app.ui.workout_page import SessionHook, WorkoutPage

ORGANIZATION = "PlankTimer"
APPLICATION = "plank-timer"


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


def data_directory(requested: Path | None) -> Path:
    """--data-dir, or the platform's application data location (resolved here, at the edge)."""
    if requested is not None:
        return requested.expanduser()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


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


def run_workout_app(args: argparse.Namespace) -> int:
    app = make_application()
    data_dir = data_directory(args.data_dir)
    settings = PlanSettings(settings_for(data_dir, args.data_dir is not None))
    try:
        plan = plan_from_args(args, settings.load_plan())
    except PlanError as error:
        print(f"plank-timer: error: {error}", file=sys.stderr)
        return 2
    player = open_player()
    followers: list[SessionHook] = []

    def on_session(session: Session) -> None:
        for follow in followers:
            follow(session)

    page = WorkoutPage(monotonic, player, settings, plan, on_session=on_session)
    if args.mute:
        page.set_muted(True, remember=False)
    window = MainWindow(page)
    tray = TrayIntegration(
        window, TrayPresence(app.windowIcon(), window), DailyReminder(datetime.now), settings
    )
    followers.append(tray.follow)
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    if args.quit_when_done:
        page.workout_done.connect(app.quit)
    if args.start:
        QTimer.singleShot(0, page.start)
    _quit_on_signals(app)
    code = app.exec()
    page.shut_down()
    return code
