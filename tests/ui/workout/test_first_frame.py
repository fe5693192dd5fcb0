"""The window's first frame: the plan's count shows before the rest of the window is built,
and the workout page then takes that same display over, keys and menus included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.core.session_state import SessionState
from app.ui.main_window import MainWindow
from app.ui.workout.first_frame import FirstFrame
from app.ui.workout.workout_page import WorkoutPage
from tests.fakes import FakeClock
from tests.ui.conftest import SMALL_PLAN, plan_settings

ROOT = Path(__file__).resolve().parents[3]


def test_the_first_frame_shows_the_plan_and_says_when_it_has_painted(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    first = FirstFrame(SMALL_PLAN, high_contrast=False)
    window.show_first_frame(first)

    with qtbot.waitSignal(first.painted):
        window.show()

    assert first.display.headline.text() == "Ready"
    assert first.display.exercise.text() == "Plank"
    assert first.display.round.text() == "Round 1 of 2"
    assert first.display.coming.text() == "4 holds · press Space to start"
    assert first.display.count.text() == first.display.time_left.text().removeprefix("Workout ")


def test_the_page_takes_the_first_frames_display_and_the_keys_work(
    qtbot: QtBot, clock: FakeClock, settings_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    first = FirstFrame(SMALL_PLAN, high_contrast=False)
    window.show_first_frame(first)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # nothing to start yet, and nothing breaks
    assert not window.has_workout

    page = WorkoutPage(
        clock, SilentPlayer(), plan_settings(settings_path), SMALL_PLAN, display=first.display
    )
    window.attach_workout(page)

    assert page.display is first.display
    assert window.pages.currentWidget() is page
    assert window.pages.count() == 1  # the first frame is gone
    assert window.workout_menu.actions()[0].text().startswith("&Start")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert page.session.state is SessionState.GET_READY
    page.shut_down()


def test_the_first_frame_is_imported_without_sound_log_or_session() -> None:
    # What start-up defers must stay deferred, or the window shows later again.
    probe = (
        "import sys, app.cli, app.wiring; "
        "print(','.join(m for m in ('app.core.session', 'app.audio.simpleaudio_player', "
        "'app.storage.database', 'app.ui.workout.workout_page', 'app.ui.progress', "
        "'PySide6.QtDBus', 'pyqtgraph', 'socket', 'difflib', 'numpy') if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert found.stdout.strip() == ""
