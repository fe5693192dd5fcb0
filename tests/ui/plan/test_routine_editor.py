"""The routine editor, driven through its widgets: make, edit, reorder, copy and delete
routines, and run the one saved from the workout window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT, exercise_for
from app.core.plan import Block, Plan
from app.core.routine import Routine
from app.core.session_state import SessionState
from app.core.timeline import build_timeline
from app.storage.database import SessionLog, open_log
from app.storage.routines import RoutineStore
from app.ui.plan.routine_editor import RoutineEditor
from tests.ui.conftest import WindowFactory, plan_settings

PRESETS = ["Gentle (built in)", "Standard (built in)", "Strong (built in)"]
EditorFactory = Callable[..., RoutineEditor]


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SessionLog]:
    with open_log(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def store(log: SessionLog) -> RoutineStore:
    return RoutineStore(log)


@pytest.fixture
def make_editor(qtbot: QtBot, store: RoutineStore) -> EditorFactory:
    def make(select: str | None = None) -> RoutineEditor:
        editor = RoutineEditor(store, select=select)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def listed(editor: RoutineEditor) -> list[str]:
    view: QListWidget = editor.side.view
    return [view.item(row).text() for row in range(view.count())]


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, editor: RoutineEditor, text: str) -> None:
    """Type a name into the open name prompt and press Enter."""
    prompt = editor.prompt
    assert prompt is not None
    qtbot.waitExposed(prompt)
    field = prompt.findChild(QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_exercise(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    field = combo.lineEdit()
    field.selectAll()
    qtbot.keyClicks(field, text)


def choose(editor: RoutineEditor, name: str) -> None:
    """Click a routine in the list, as the user would."""
    view = editor.side.view
    [item] = view.findItems(name, Qt.MatchFlag.MatchStartsWith)
    view.setCurrentItem(item)


def test_new_makes_a_routine_of_one_plank_ready_to_edit(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    editor = make_editor()
    click(qtbot, editor.side.new_button)
    answer(qtbot, editor, "  Evening  ")

    assert listed(editor) == [*PRESETS, "Evening"]
    assert editor.current() == Routine("Evening", Plan((Block(PLANK, 10, 5, 3),)))
    assert editor.message.text() == "Made “Evening”: set its exercises, then Save."
    assert store.names()[-1] == "Evening"
    assert editor.details.rows.rows[0].exercise.isEnabled()


def test_a_custom_bird_dog_and_alternating_sides_are_saved_as_typed(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan((Block(PLANK, 10, 5, 3),))))
    editor = make_editor("mine")
    details = editor.details
    assert not details.save_button.isEnabled()

    type_exercise(qtbot, details.rows.rows[0].exercise, "bird dog")
    details.rows.rows[0].hold.setValue(8)
    details.rows.rows[0].rounds.setValue(4)
    click(qtbot, details.rows.add_button)
    details.rows.rows[1].exercise.setCurrentIndex(1)  # Side plank, left side
    click(qtbot, details.rows.add_button)
    type_exercise(qtbot, details.rows.rows[2].exercise, "side-right")
    details.get_ready.setValue(3)
    details.alternate.setChecked(True)
    click(qtbot, details.save_button)

    assert editor.message.text() == "Saved “Mine”."
    assert store.find("Mine") == Routine(
        "Mine",
        Plan(
            (
                Block(exercise_for("bird dog"), 8, 5, 4),
                Block(SIDE_LEFT, 10, 5, 3),
                Block(SIDE_RIGHT, 10, 5, 3),
            ),
            get_ready=3,
            switch=10,
            alternate_sides=True,
        ),
    )
    assert not details.save_button.isEnabled()


def test_a_bad_row_gets_one_clear_line_and_nothing_is_saved(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    saved = store.add(Routine("Mine", Plan.simple()))
    editor = make_editor("Mine")
    type_exercise(qtbot, editor.details.rows.rows[1].exercise, "   ")
    click(qtbot, editor.details.save_button)

    assert editor.message.text() == "Not saved: exercise 2: an exercise name cannot be empty."
    assert store.find("Mine") == saved
    assert editor.details.save_button.isEnabled()  # the edits are still there to fix


def test_rows_are_added_removed_and_reordered_with_their_buttons(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan.simple()))
    editor = make_editor("Mine")
    rows = editor.details.rows

    click(qtbot, rows.rows[2].up)  # the right side before the left
    click(qtbot, rows.rows[0].remove)  # no plank
    assert [key for key, *_ in rows.values()] == ["side-right", "side-left"]
    assert not rows.rows[0].up.isEnabled()
    assert not rows.rows[1].down.isEnabled()
    click(qtbot, rows.rows[0].remove)
    assert not rows.rows[0].remove.isEnabled()  # a routine keeps one exercise
    click(qtbot, editor.details.save_button)

    found = store.find("Mine")
    assert found is not None
    assert [b.exercise for b in found.plan.blocks] == [SIDE_LEFT]


def test_a_new_row_takes_the_focus_and_tab_reaches_it_in_order(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan.simple([PLANK])))
    editor = make_editor("Mine")
    rows = editor.details.rows
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)

    click(qtbot, rows.add_button)
    first, new = rows.rows
    qtbot.waitUntil(new.exercise.hasFocus)

    def tab_from(widget: QWidget) -> QWidget | None:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    # Row by row, as read: the new row sits between the one above and "Add exercise".
    assert tab_from(first.remove) in (new.exercise, new.exercise.lineEdit())
    assert tab_from(new.exercise.lineEdit()) in (new.hold, new.hold.findChild(QLineEdit))
    assert tab_from(new.remove) is rows.add_button


def test_routines_move_up_and_down_in_the_list_and_the_store(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    for name in ("A", "B", "C"):
        store.add(Routine(name, Plan.simple()))
    editor = make_editor("C")

    click(qtbot, editor.side.up_button)
    click(qtbot, editor.side.up_button)
    assert listed(editor) == [*PRESETS, "C", "A", "B"]
    assert not editor.side.up_button.isEnabled()  # the first of the user's routines
    click(qtbot, editor.side.down_button)
    assert listed(editor) == [*PRESETS, "A", "C", "B"]
    assert [r.name for r in store.user_routines()] == ["A", "C", "B"]
    assert editor.message.text() == "Moved “C” down."


def test_duplicating_a_preset_gives_an_editable_copy(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    editor = make_editor()
    choose(editor, "Standard")
    assert not editor.details.rows.rows[0].hold.isEnabled()
    assert not editor.side.delete_button.isEnabled()

    click(qtbot, editor.side.duplicate_button)
    assert listed(editor) == [*PRESETS, "Standard copy"]
    assert editor.details.heading.text() == "Standard copy"
    assert editor.details.rows.rows[0].hold.isEnabled()
    assert store.find("Standard copy") == Routine("Standard copy", Plan.simple())


def test_rename_through_the_prompt_and_a_taken_name_changes_nothing(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Evening", Plan.simple()))
    editor = make_editor("Evening")

    click(qtbot, editor.side.rename_button)
    answer(qtbot, editor, "standard")
    assert editor.message.text() == (
        "Not renamed: a built-in routine is already called 'Standard'."
    )
    assert store.names()[-1] == "Evening"

    click(qtbot, editor.side.rename_button)
    answer(qtbot, editor, "Night")
    assert listed(editor) == [*PRESETS, "Night"]
    assert editor.renamed == {"evening": "Night"}


def test_delete_asks_first_and_no_keeps_the_routine(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("A", Plan.simple()))
    store.add(Routine("B", Plan.simple()))
    editor = make_editor("A")

    click(qtbot, editor.side.delete_button)
    assert editor.confirm is not None
    click(qtbot, editor.confirm.button(QMessageBox.StandardButton.No))
    assert listed(editor) == [*PRESETS, "A", "B"]

    click(qtbot, editor.side.delete_button)
    click(qtbot, editor.confirm.button(QMessageBox.StandardButton.Yes))
    assert listed(editor) == [*PRESETS, "B"]
    assert editor.details.heading.text() == "B"
    assert editor.message.text() == "Deleted “A”."
    assert store.find("A") is None


def test_unsaved_changes_hold_the_selection_and_close_warns_once(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan.simple()))
    editor = make_editor("Mine")
    editor.details.rows.rows[0].hold.setValue(9)

    choose(editor, "Gentle")
    assert editor.current() is not None
    assert editor.current().name == "Mine"
    assert "“Mine” has unsaved changes: Save or Revert them first." in editor.message.text()

    editor.reject()
    assert editor.isVisible()
    assert "Close again to discard them" in editor.message.text()
    editor.reject()
    assert not editor.isVisible()
    assert store.find("Mine") == Routine("Mine", Plan.simple())


def test_every_control_has_a_name_a_screen_reader_can_say(make_editor: EditorFactory) -> None:
    editor = make_editor("Standard")
    controls = [
        widget
        for widget in editor.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QAbstractSpinBox | QComboBox | QListWidget)
        and widget.isVisible()
    ]
    unnamed = [
        widget
        for widget in controls
        if not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text().strip("&"))
    ]
    assert len(controls) > 20
    assert unnamed == []


def test_a_routine_saved_in_the_editor_is_what_the_plan_form_runs(
    qtbot: QtBot, make_window: WindowFactory, store: RoutineStore, settings_path: Path
) -> None:
    window = make_window()
    form = window.workout.form
    form.attach_routines(store, plan_settings(settings_path))
    picker = form.picker
    assert picker is not None
    assert picker.combo.currentText() == "Custom"

    click(qtbot, picker.edit_button)
    editor = picker.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    click(qtbot, editor.side.new_button)
    answer(qtbot, editor, "Bird dog day")
    type_exercise(qtbot, editor.details.rows.rows[0].exercise, "bird dog")
    editor.details.rows.rows[0].rounds.setValue(2)
    click(qtbot, editor.details.save_button)
    editor.reject()

    assert picker.combo.currentText() == "Bird dog day"
    expected = Plan((Block(exercise_for("bird dog"), 10, 5, 2),))
    assert form.plan() == expected
    assert form.summary.text() == "Bird dog: 2 rounds of 10 s, 5 s rest"
    assert not form.hold.isVisibleTo(form)  # the Custom controls give way
    window.workout.start()
    assert window.workout.session.state is SessionState.GET_READY
    assert window.workout.session.timeline == build_timeline(expected)
    assert window.workout.display.exercise.text() == "Bird dog"
    assert plan_settings(settings_path).last_routine == "Bird dog day"


def test_alternate_sides_says_when_there_is_nothing_to_alternate(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan.simple([PLANK, SIDE_LEFT])))
    editor = make_editor("Mine")
    details = editor.details

    details.alternate.setChecked(True)
    assert details.alternate_hint.isVisibleTo(editor)
    assert details.alternate_hint.text().startswith("Nothing to alternate")
    click(qtbot, details.rows.add_button)
    type_exercise(qtbot, details.rows.rows[2].exercise, "Side plank, right side")
    assert not details.alternate_hint.isVisibleTo(editor)


def test_enter_in_a_field_saves_the_routine(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore
) -> None:
    store.add(Routine("Mine", Plan.simple([PLANK])))
    editor = make_editor("Mine")
    rounds = editor.details.rows.rows[0].rounds
    rounds.setFocus()
    rounds.selectAll()
    qtbot.keyClicks(rounds, "5")
    qtbot.keyClick(rounds, Qt.Key.Key_Return)

    assert store.find("Mine") == Routine("Mine", Plan.simple([PLANK], rounds=5))
    assert editor.message.text() == "Saved “Mine”."


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("bird\x1b[2Jdog", "a control character (U+001B) at character 5"),
        ("bird\u202edog", "a bidi control (U+202E) at character 5"),
    ],
)
def test_a_name_with_hidden_characters_is_refused_in_the_editor(
    qtbot: QtBot, make_editor: EditorFactory, store: RoutineStore, typed: str, problem: str
) -> None:
    saved = store.add(Routine("Mine", Plan.simple()))
    editor = make_editor("Mine")
    field = editor.details.rows.rows[0].exercise.lineEdit()
    field.selectAll()
    field.insert(typed)  # pasted: such characters cannot be typed
    click(qtbot, editor.details.save_button)

    assert editor.message.text() == (
        f"Not saved: exercise 1: an exercise name must be one line of printable text; it has"
        f" {problem}."
    )
    assert store.find("Mine") == saved
