"""The exercises of a routine as rows: exercise, hold, rest and rounds, each row movable.

The exercise box lists the built-in exercises and takes any typed name as a custom one
("bird dog"). Rows keep their widgets; moving or removing a row moves the values, so the
focus and the tab order stay where a keyboard user expects them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.core.exercise import BUILT_IN, PLANK, exercise_for
from app.core.message import QT_TRANSLATE_NOOP
from app.core.plan import (
    DEFAULT_HOLD,
    DEFAULT_REST,
    DEFAULT_ROUNDS,
    HOLD_RANGE,
    REST_RANGE,
    ROUNDS_RANGE,
    Block,
)
from app.core.plan_error import PlanError
from app.ui.exercise_names import exercise_label
from app.ui.plan.bounded_spin import bounded_spin, seconds_suffix

RowValues = tuple[str, int, int, int]
"""An exercise name (a built-in key or a custom name), hold, rest and rounds."""

# Long enough for any exercise's name, short enough to stay on one line of the big display.
CUSTOM_NAME_MAX_CHARS = 40
_NEW_ROW: RowValues = (PLANK.key, DEFAULT_HOLD, DEFAULT_REST, DEFAULT_ROUNDS)


@dataclass
class _Row:
    exercise: QComboBox
    hold: QSpinBox
    rest: QSpinBox
    rounds: QSpinBox
    up: QToolButton
    down: QToolButton
    remove: QToolButton

    def widgets(self) -> list[QWidget]:
        return [self.exercise, self.hold, self.rest, self.rounds, self.up, self.down, self.remove]

    def values(self) -> RowValues:
        text = self.exercise.currentText().strip()
        for exercise in BUILT_IN:
            names = (exercise_label(exercise).casefold(), exercise.label.casefold())
            if text.casefold() in (*names, exercise.key):
                text = exercise.key
        return (text, self.hold.value(), self.rest.value(), self.rounds.value())

    def set_values(self, values: RowValues) -> None:
        key, hold, rest, rounds = values
        index = self.exercise.findData(key)
        if index >= 0:
            self.exercise.setCurrentIndex(index)
            # A typed name may still show over an unchanged index: show the item itself.
            self.exercise.setEditText(self.exercise.itemText(index))
        else:
            self.exercise.setEditText(key)
        self.hold.setValue(hold)
        self.rest.setValue(rest)
        self.rounds.setValue(rounds)


class ExerciseRows(QWidget):
    """Edits a routine's blocks; ``blocks()`` raises PlanError naming the row at fault."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        titles = (self.tr("Exercise"), self.tr("Hold"), self.tr("Rest"), self.tr("Rounds"))
        for column, title in enumerate(titles):
            self._grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
        self._grid.setColumnStretch(0, 1)
        self.add_button = QPushButton(self.tr("&Add exercise"), self)
        self.add_button.clicked.connect(self._add_clicked)
        self._grid.addWidget(self.add_button, 1, 0)

    # values

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        """Show these blocks, one row each."""
        values = [(b.exercise.key, round(b.hold), round(b.rest), b.rounds) for b in blocks]
        self._set_all(values)

    def blocks(self) -> tuple[Block, ...]:
        """The rows as blocks; PlanError like "exercise 2: an exercise name cannot be empty"."""
        blocks = []
        for number, row in enumerate(self.rows, start=1):
            key, hold, rest, rounds = row.values()
            try:
                blocks.append(Block(exercise_for(key), hold, rest, rounds))
            except PlanError as error:
                raise PlanError(
                    QT_TRANSLATE_NOOP("errors", "exercise {number}: {reason}"),
                    number=number,
                    reason=error.message,
                ) from None
        return tuple(blocks)

    def values(self) -> list[RowValues]:
        return [row.values() for row in self.rows]

    def set_editable(self, editable: bool) -> None:
        for row in self.rows:
            for widget in row.widgets():
                widget.setEnabled(editable)
        self.add_button.setEnabled(editable)
        if editable:
            self._enable_moves()

    # row commands

    def add_row(self, values: RowValues = _NEW_ROW) -> None:
        """Add a row at the end (a plank, 10 s / 5 s, 3 rounds unless told) and focus it."""
        self._set_all([*self.values(), values])
        self.rows[-1].exercise.setFocus()
        self.changed.emit()

    def remove_row(self, index: int) -> None:
        values = self.values()
        del values[index]
        self._set_all(values)
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].exercise.setFocus()
        self.changed.emit()

    def move_row(self, index: int, step: int) -> None:
        values = self.values()
        target = index + step
        if not 0 <= target < len(values):
            return
        values.insert(target, values.pop(index))
        self._set_all(values)
        button = self.rows[target].up if step < 0 else self.rows[target].down
        (button if button.isEnabled() else self.rows[target].exercise).setFocus()
        self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_row()

    # widgets

    def _set_all(self, values: list[RowValues]) -> None:
        while len(self.rows) < len(values):
            self._append_row()
        while len(self.rows) > len(values):
            for widget in self.rows.pop().widgets():
                self._grid.removeWidget(widget)
                widget.deleteLater()
        for row, row_values in zip(self.rows, values, strict=True):
            row.set_values(row_values)
        self._grid.addWidget(self.add_button, len(self.rows) + 1, 0)
        self._enable_moves()

    def _enable_moves(self) -> None:
        last = len(self.rows) - 1
        for index, row in enumerate(self.rows):
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < last)
            row.remove.setEnabled(last > 0)  # a routine keeps at least one exercise

    def _append_row(self) -> None:
        number = len(self.rows) + 1
        exercise = QComboBox(self)
        exercise.setEditable(True)
        # Enter must not add the typed name to the list of built-ins.
        exercise.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for built_in in BUILT_IN:
            exercise.addItem(exercise_label(built_in), built_in.key)
        exercise.setAccessibleName(self.tr("Exercise {number}").format(number=number))
        exercise.setToolTip(self.tr("Pick an exercise or type the name of your own, e.g. bird dog"))
        exercise.setMinimumContentsLength(22)
        exercise.lineEdit().setMaxLength(CUSTOM_NAME_MAX_CHARS)
        spins = [
            bounded_spin(self, bounds, suffix, name.format(number=number))
            for bounds, suffix, name in (
                (HOLD_RANGE, seconds_suffix(), self.tr("Hold seconds for exercise {number}")),
                (REST_RANGE, seconds_suffix(), self.tr("Rest seconds for exercise {number}")),
                (ROUNDS_RANGE, "", self.tr("Rounds for exercise {number}")),
            )
        ]
        buttons = [
            self._tool(text, what.format(number=number))
            for text, what in (
                ("▲", self.tr("Move up exercise {number}")),
                ("▼", self.tr("Move down exercise {number}")),
                ("✕", self.tr("Remove exercise {number}")),
            )
        ]
        row = _Row(exercise, *spins, *buttons)
        index = len(self.rows)
        row.up.clicked.connect(lambda: self.move_row(index, -1))
        row.down.clicked.connect(lambda: self.move_row(index, +1))
        row.remove.clicked.connect(lambda: self.remove_row(index))
        exercise.currentTextChanged.connect(self.changed)
        for spin in spins:
            spin.valueChanged.connect(self.changed)
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, number, column)
        # New widgets go last in the tab chain: put them after the row above, before "Add".
        previous = self.rows[-1].remove if self.rows else None
        chain = [previous, *row.widgets(), self.add_button]
        for before, after in pairwise(chain):
            if before is not None:
                QWidget.setTabOrder(before, after)
        self.rows.append(row)

    def _tool(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        return button
