"""The workout and progress pages: progress built on first use, workout keys only on workout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.core.session_state import SessionState
from app.ui.main_window import MainWindow
from app.ui.workout.workout_page import WorkoutPage
from tests.fakes import FakeClock
from tests.ui.conftest import SMALL_PLAN, plan_settings


def test_progress_is_built_on_first_use_and_the_workout_keys_rest_there(
    qtbot: QtBot, clock: FakeClock, settings_path: Path
) -> None:
    built: list[QWidget] = []

    def make_progress() -> QWidget:
        built.append(QLabel("your progress"))
        return built[-1]

    page = WorkoutPage(clock, SilentPlayer(), plan_settings(settings_path), SMALL_PLAN)
    window = MainWindow(page, make_progress)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert built == []
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert len(built) == 1
    assert window.pages.currentWidget() is built[0]
    qtbot.keyClick(built[0], Qt.Key.Key_Space)
    assert page.session.state is SessionState.IDLE
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.session.state is SessionState.GET_READY
    window.show_progress()
    assert len(built) == 1  # built once, kept
    page.shut_down()
