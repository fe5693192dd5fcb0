"""Floor mode: full screen, only what reads from the mat, any key pauses, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.core.session_state import SessionState
from tests.fakes import FakeClock
from tests.ui.conftest import WindowFactory, let_pass


def test_floor_mode_shows_only_the_essentials_full_screen(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    display = window.workout.display
    for widget in (display.count, display.headline, display.exercise, display.round):
        assert widget.isVisible()
    for widget in (display.coming, display.time_left, display.progress, window.workout.controls):
        assert not widget.isVisible()
    assert not window.menuBar().isVisible()
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert display.count.digit_height() >= window.height() / 3


def test_any_key_pauses_and_space_resumes(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.set_floor_mode(True)
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.workout.session.state is SessionState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert window.workout.session.state is SessionState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.workout.session.state is SessionState.GET_READY
    # S would skip outside floor mode; here it only pauses.
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.workout.session.state is SessionState.PAUSED


def test_escape_leaves_floor_mode_without_stopping(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.set_floor_mode(True)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.workout.session.state is SessionState.GET_READY
    assert window.workout.controls.isVisible()
    assert window.cursor().shape() != Qt.CursorShape.BlankCursor
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.workout.session.state is SessionState.STOPPED


def test_the_no_sound_notice_stays_out_of_floor_mode_and_comes_back_after(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window(player=SilentPlayer("Sound is unavailable: no audio device"))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.set_floor_mode(True)
    # Each cue played reports the problem again; in floor mode it must not reappear.
    window.workout.show_sound_problem("Sound is unavailable: no audio device")
    assert not window.workout.sound_notice.isVisible()
    window.set_floor_mode(False)
    assert window.workout.sound_notice.isVisible()
