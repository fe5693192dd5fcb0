"""The main window as the program builds it, with everything it adds, for window-wide tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.languages import SOURCE_LANGUAGE
from app.storage.database import SessionLog
from app.storage.history import History
from app.storage.recorder import SessionRecorder
from app.storage.routines import RoutineStore
from app.storage.runs import RunStore
from app.storage.statistics import Statistics
from app.ui.desktop.daily_reminder import DailyReminder
from app.ui.desktop.tray import TrayPresence
from app.ui.desktop.tray_integration import TrayIntegration
from app.ui.language_menu import LanguageMenu
from app.ui.log.log_integration import LogIntegration
from app.ui.log.runs_menu import RunsMenu
from app.ui.main_window import MainWindow
from app.ui.progress import ProgressPage
from app.ui.sound.sound_menu import SoundMenu
from app.ui.sound.sound_settings import SoundSettings
from app.ui.voice_language import EnglishVoiceEntry, choose_voice
from tests.ui.conftest import SMALL_PLAN, WindowFactory, plan_settings
from tests.ui.progress.conftest import MONTH_TODAY

DEFAULT_SIZE = (1024, 720)


def full_window(
    make_window: WindowFactory, log: SessionLog, settings_path: Path, qtbot: QtBot
) -> MainWindow:
    """The main window with everything the program adds to it, on a month of workouts."""
    player = SilentPlayer()
    window = make_window(plan=SMALL_PLAN, player=player)
    settings = plan_settings(settings_path)
    window.workout.form.attach_routines(RoutineStore(log), settings)
    window.enable_progress(
        lambda: ProgressPage(
            Statistics(log, today=lambda: MONTH_TODAY), History(log), runs=RunStore(log)
        )
    )
    LogIntegration(window, log, SessionRecorder(log), check_in=False)
    RunsMenu(window, log)
    tray = TrayPresence(QIcon(), window)
    TrayIntegration(window, tray, DailyReminder(lambda: date(2025, 3, 20)), settings)  # type: ignore[arg-type]
    LanguageMenu(window, settings)
    sounds = SoundSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    SoundMenu(window, window.workout, player, sounds, list)
    voice = choose_voice(SOURCE_LANGUAGE)
    EnglishVoiceEntry(window, settings, SOURCE_LANGUAGE, voice, SilentPlayer())
    window.resize(*DEFAULT_SIZE)
    qtbot.wait(1)
    return window
