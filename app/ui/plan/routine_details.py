"""The right-hand side of the routine editor: one routine's exercises, pauses and options.

It knows whether the user has changed anything since the routine was shown (``dirty``), so
the editor can keep unsaved changes from being lost by a stray click elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.plan import GET_READY_RANGE, SWITCH_RANGE, Plan, has_side_pair
from app.core.routine import Routine
from app.ui.plan.bounded_spin import bounded_spin, seconds_suffix
from app.ui.plan.exercise_rows import ExerciseRows
from app.ui.plan.routine_words import routine_label


class RoutineDetails(QWidget):
    """Shows a routine for editing; presets are shown read-only."""

    changed = Signal()
    """The user changed something in the shown routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine: Routine | None = None
        self.dirty = False
        self._loading = False
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Routine name"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.rows = ExerciseRows(self)
        s = seconds_suffix()
        self.get_ready = bounded_spin(self, GET_READY_RANGE, s, self.tr("Get-ready seconds"))
        self.switch = bounded_spin(self, SWITCH_RANGE, s, self.tr("Switch pause seconds"))
        self.alternate = QCheckBox(self.tr("Alternate sid&es every round"), self)
        self.alternate.setToolTip(
            self.tr(
                "A left and a right side plank next to each other in the list take turns:"
                " left 1, rest, right 1, rest, left 2, and so on."
            )
        )
        self.alternate_hint = QLabel(self)
        self.alternate_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        # Enter in any field saves (the button is disabled while there is nothing to save).
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)

        pauses = QFormLayout()
        # Seconds need no more room than their digits; a stretched box reads as a text field.
        pauses.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, spin in (
            (self.tr("&Get ready"), self.get_ready),
            (self.tr("Swit&ch pause"), self.switch),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(spin)
            pauses.addRow(caption, spin)
        pauses.addRow("", self.alternate)
        pauses.addRow("", self.alternate_hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.rows)
        layout.addLayout(pauses)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.rows.changed.connect(self._edited)
        self.get_ready.valueChanged.connect(self._edited)
        self.switch.valueChanged.connect(self._edited)
        self.alternate.toggled.connect(self._edited)
        self._set_dirty(False)

    def show_routine(self, routine: Routine | None) -> None:
        """Show this routine as saved; nothing is changed yet."""
        self.routine = routine
        self._loading = True
        try:
            if routine is not None:
                plan = routine.plan
                self.rows.set_blocks(plan.blocks)
                self.get_ready.setValue(round(plan.get_ready))
                self.switch.setValue(round(plan.switch))
                self.alternate.setChecked(plan.alternate_sides)
        finally:
            self._loading = False
        editable = routine is not None and not routine.built_in
        self.heading.setText(routine_label(routine) if routine else self.tr("No routine chosen"))
        self.note.setText(
            self.tr("Built in, so it cannot be changed: Duplicate it to make your own version.")
            if routine is not None and routine.built_in
            else ""
        )
        self.note.setVisible(bool(self.note.text()))
        self.rows.set_editable(editable)
        for widget in (self.get_ready, self.switch, self.alternate):
            widget.setEnabled(editable)
        self._update_hint()
        self._set_dirty(False)

    def retitle(self, routine: Routine) -> None:
        """The shown routine was renamed or moved: follow it, keeping any unsaved edits."""
        self.routine = routine
        self.heading.setText(routine_label(routine))

    def plan(self) -> Plan:
        """The plan as edited; PlanError (one line, naming the row) if something is wrong."""
        return Plan(
            self.rows.blocks(),
            get_ready=self.get_ready.value(),
            switch=self.switch.value(),
            alternate_sides=self.alternate.isChecked(),
        )

    def _edited(self) -> None:
        self._update_hint()
        if self._loading:
            return
        self._set_dirty(True)
        self.changed.emit()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _update_hint(self) -> None:
        # Said at once, so nobody ticks the box and wonders why nothing alternates. While a
        # row is unreadable (an empty name) there is no telling, so nothing is said.
        try:
            lonely = self.alternate.isChecked() and not has_side_pair(self.rows.blocks())
        except ValueError:
            lonely = False
        self.alternate_hint.setText(
            self.tr("Nothing to alternate: put a left and a right side plank next to each other.")
            if lonely
            else ""
        )
        self.alternate_hint.setVisible(lonely)
