"""The plan controls: bounded, remembered between runs, and never stolen by the keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.plan import Plan
from app.core.session_state import SessionState
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from tests.ui.conftest import WindowFactory, plan_settings


def test_spin_boxes_are_bounded_to_the_valid_ranges(make_window: WindowFactory) -> None:
    form = make_window().workout.form
    assert (form.hold.minimum(), form.hold.maximum()) == (1, 120)
    assert (form.rest.minimum(), form.rest.maximum()) == (1, 60)
    assert (form.rounds.minimum(), form.rounds.maximum()) == (1, 50)
    assert (form.get_ready.minimum(), form.get_ready.maximum()) == (0, 60)
    assert (form.switch.minimum(), form.switch.maximum()) == (0, 120)


def test_the_plan_is_remembered_for_the_next_run(
    qtbot: QtBot, make_window: WindowFactory, settings_path: Path
) -> None:
    window = make_window()
    form = window.workout.form
    form.rounds.setValue(4)
    form.hold.setValue(8)
    form.exercise_boxes["plank"].setChecked(False)
    form.exercise_boxes["side-right"].setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    remembered = plan_settings(settings_path).load_plan()
    assert [b.exercise.key for b in remembered.blocks] == ["side-left", "side-right"]
    assert (remembered.blocks[0].hold, remembered.blocks[0].rounds) == (8, 4)


def test_preview_shows_the_workout_length_before_starting(make_window: WindowFactory) -> None:
    window = make_window(plan=Plan.simple())
    assert window.workout.display.count.text() == "2:25"
    window.workout.form.rounds.setValue(2)
    # 5 s get ready, 3 exercises of 2 holds (10 s) and 1 rest (5 s), 2 switches of 10 s.
    assert window.workout.display.count.text() == "1:40"


def test_no_exercise_ticked_says_so_and_starts_nothing(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    for box in window.workout.form.exercise_boxes.values():
        box.setChecked(False)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.workout.session.state is SessionState.IDLE
    assert window.workout.message.text() == "Cannot start: choose at least one exercise."


def test_space_on_a_focused_checkbox_starts_instead_of_unticking_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    box = window.workout.form.exercise_boxes["plank"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert window.workout.session.state is SessionState.GET_READY


def test_digits_typed_into_a_spin_box_still_edit_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    spin = window.workout.form.rounds
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    assert spin.value() == 4
    assert window.workout.session.state is SessionState.IDLE


def test_mute_and_volume_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, settings_path: Path
) -> None:
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M)
    window.workout.volume.setValue(40)
    stored: PlanSettings = plan_settings(settings_path)
    assert stored.muted is True
    assert stored.volume == 0.4


def test_spoken_cues_can_be_turned_off_and_it_is_remembered(
    make_window: WindowFactory, settings_path: Path
) -> None:
    window = make_window()
    action = window.actions_by_name["voice"]
    assert action.isChecked()
    action.trigger()
    assert not window.workout.voice
    assert plan_settings(settings_path).voice is False
