"""What the user sees from the mat: huge digits, phase colours, sound-problem notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.core.session_state import SessionState
from app.ui.workout.phase_style import HIGH_CONTRAST, STYLES
from tests.fakes import FakeClock
from tests.ui.conftest import WindowFactory, let_pass, plan_settings


def background(window: object) -> str:
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    return window.workout.display.palette().color(QPalette.ColorRole.Window).name()


def test_digits_take_at_least_a_third_of_the_window_height(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    for width, height in ((1024, 720), (1920, 1080), (800, 600)):
        window.resize(width, height)
        count = window.workout.display.count
        # The layout settles a few events after the resize; then the digits must be that big.
        qtbot.waitUntil(
            lambda c=count, h=height: c.digit_height() >= h / 3 and window.height() == h
        )


def test_each_phase_has_its_own_strong_colour(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    seen = {}
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for advance in (0.0, 5.0, 10.0, 5.0 + 10.0 + 0.0):
        let_pass(window, clock, advance)
        seen[window.workout.session.state] = background(window)
    assert seen == {
        SessionState.GET_READY: STYLES[SessionState.GET_READY].background.name(),
        SessionState.HOLD: STYLES[SessionState.HOLD].background.name(),
        SessionState.REST: STYLES[SessionState.REST].background.name(),
        SessionState.SWITCH: STYLES[SessionState.SWITCH].background.name(),
    }
    assert len(set(seen.values())) == 4


def test_finishing_shows_done_and_reports_once_the_done_cue_played(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.workout.workout_done, timeout=5000):
        let_pass(window, clock, 10_000.0)
    assert window.workout.display.headline.text() == "Done!"
    assert background(window) == STYLES[SessionState.FINISHED].background.name()
    assert window.workout.form.isVisible()


def test_without_sound_a_notice_says_why_and_phase_changes_flash(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    reason = "Sound is unavailable: no audio device (Error opening PCM device)."
    window = make_window(player=SilentPlayer(reason))
    notice = window.workout.sound_notice
    assert notice.isVisible()
    assert reason in notice.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    hold = STYLES[SessionState.HOLD]
    # Flashed: the hold's colours swapped for a moment, then back.
    assert background(window) == hold.foreground.name()
    qtbot.waitUntil(lambda: background(window) == hold.background.name(), timeout=2000)


def test_with_sound_there_is_no_notice_and_no_flash(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    assert not window.workout.sound_notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    assert background(window) == STYLES[SessionState.HOLD].background.name()


def test_high_contrast_is_a_remembered_choice_with_stark_colours(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, settings_path: Path
) -> None:
    window = make_window()
    window.actions_by_name["high_contrast"].trigger()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 5.0)
    assert background(window) == HIGH_CONTRAST[SessionState.HOLD].background.name()
    assert plan_settings(settings_path).high_contrast is True
    again = make_window()
    assert again.workout.display.high_contrast
    assert again.actions_by_name["high_contrast"].isChecked()
