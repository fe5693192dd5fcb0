"""The keys drive the workout, and the display follows: phase, seconds, exercise, round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.session_state import SessionState
from tests.fakes import FakeClock
from tests.ui.conftest import WindowFactory, let_pass


def shown(window_factory_result: object) -> tuple[str, str, str, str]:
    from app.ui.main_window import MainWindow

    assert isinstance(window_factory_result, MainWindow)
    display = window_factory_result.workout.display
    return (
        display.headline.text(),
        display.count.text(),
        display.exercise.text(),
        display.round.text(),
    )


def test_space_starts_with_the_get_ready_countdown(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert shown(window)[0] == "Ready"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.workout.session.state is SessionState.GET_READY
    assert shown(window) == ("Get ready", "5", "Plank", "Round 1 of 2")


def test_display_follows_the_clock_through_hold_and_rest(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    assert shown(window) == ("Hold", "10", "Plank", "Round 1 of 2")
    let_pass(window, clock, 3.2)
    assert shown(window)[1] == "7"
    let_pass(window, clock, 6.8)
    assert shown(window) == ("Rest", "5", "Plank", "Round 2 of 2")
    assert window.workout.display.coming.text() == "Next: Plank for 10 s"


def test_s_and_right_arrow_skip_the_current_phase(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.workout.session.state is SessionState.HOLD
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.workout.session.state is SessionState.REST
    assert shown(window)[0] == "Rest"


def test_space_pauses_and_resumes_and_time_stands_still_while_paused(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 7.0)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert shown(window)[:2] == ("Paused · Hold", "8")
    assert window.workout.start_button.text().startswith("Resume")
    let_pass(window, clock, 120.0)
    assert shown(window)[:2] == ("Paused · Hold", "8")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 1.0)
    assert shown(window)[:2] == ("Hold", "7")


def test_escape_stops_and_brings_back_the_plan(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.workout.form.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.workout.session.state is SessionState.STOPPED
    assert shown(window)[0] == "Stopped"
    assert window.workout.form.isVisible()
    assert not window.workout.skip_button.isEnabled()


def test_switch_pause_names_the_next_exercise(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5 + 10 + 5 + 10)
    assert shown(window) == ("Next exercise", "10", "Side plank, left side", "Round 1 of 2")


def test_m_mutes_and_unmutes(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.workout.mute_button.isChecked()
    assert window.workout.mute_button.text().startswith("Unmute")
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not window.workout.mute_button.isChecked()


def test_f_toggles_full_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_window_title_shows_phase_and_seconds(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 6.5)
    assert window.windowTitle() == "9 · Hold — Plank Timer"
