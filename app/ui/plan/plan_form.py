"""The plan controls shown before a workout: spin boxes bounded to the valid ranges.

With a routine store attached, a "Routine" picker comes first: "Custom" runs these controls,
any routine runs its own plan, and the controls give way to a one-line summary of it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from app.core.exercise import BUILT_IN, Exercise
from app.core.plan import (
    CHOOSE_AN_EXERCISE,
    GET_READY_RANGE,
    HOLD_RANGE,
    RECOMMENDED_ROUNDS,
    REST_RANGE,
    ROUNDS_RANGE,
    SWITCH_RANGE,
    Plan,
)
from app.core.plan_error import PlanError
from app.core.routine import Routine
from app.storage.routines import RoutineStore
from app.ui.exercise_names import exercise_label
from app.ui.plan.bounded_spin import bounded_spin, seconds_suffix
from app.ui.plan.plan_settings import PlanSettings
from app.ui.plan.routine_picker import RoutinePicker
from app.ui.plan.routine_words import summary_lines


class PlanForm(QWidget):
    """Edits a simple plan (exercises, hold, rest, rounds, get-ready, switch) or picks a routine.

    Works without a routine store, as the simple form alone; ``attach_routines`` adds the
    picker.
    """

    plan_changed = Signal()
    """What ``plan()`` returns may have changed: a control was edited or a routine chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker: RoutinePicker | None = None
        self._settings: PlanSettings | None = None
        s = seconds_suffix()
        self.hold = bounded_spin(self, HOLD_RANGE, s, self.tr("Hold seconds"))
        self.rest = bounded_spin(self, REST_RANGE, s, self.tr("Rest seconds"))
        self.rounds = bounded_spin(self, ROUNDS_RANGE, "", self.tr("Rounds per exercise"))
        self.get_ready = bounded_spin(self, GET_READY_RANGE, s, self.tr("Get-ready seconds"))
        self.switch = bounded_spin(self, SWITCH_RANGE, s, self.tr("Switch pause seconds"))
        low, high = RECOMMENDED_ROUNDS
        self.rounds.setToolTip(
            self.tr("{low} to {high} rounds are recommended; more if you need to.").format(
                low=low, high=high
            )
        )
        self.exercise_boxes: dict[str, QCheckBox] = {}
        # Every exercise with a box, and the order a plan runs them in: the last plan's order
        # first (a command line may put side-right before plank), then the other boxes.
        self._exercises: dict[str, Exercise] = {}
        self._order: list[str] = []
        self._exercise_row = exercises = QHBoxLayout()
        exercises.addStretch(1)
        for exercise in BUILT_IN:
            self._box_for(exercise)
        timings = QHBoxLayout()
        for label, spin in (
            (self.tr("&Hold"), self.hold),
            (self.tr("&Rest"), self.rest),
            (self.tr("R&ounds"), self.rounds),
            (self.tr("&Get ready"), self.get_ready),
            (self.tr("S&witch"), self.switch),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(spin)
            timings.addWidget(caption)
            timings.addWidget(spin)
        timings.addStretch(1)
        self.hint = QLabel(
            self.tr("{low} to {high} rounds recommended; holds of 10 s at most work best.").format(
                low=low, high=high
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Routine summary"))
        self._layout = QFormLayout(self)
        self._layout.addRow(self.tr("Exercises"), exercises)
        self._layout.addRow(self.tr("Timing"), timings)
        self._layout.addRow("", self.hint)
        self._custom_rows = (exercises, timings, self.hint)
        for spin in (self.hold, self.rest, self.rounds, self.get_ready, self.switch):
            spin.valueChanged.connect(self.plan_changed)

    def _box_for(self, exercise: Exercise) -> QCheckBox:
        """The exercise's check box, made (after the others) if it has none yet."""
        box = self.exercise_boxes.get(exercise.key)
        if box is None:
            label = exercise_label(exercise)
            box = QCheckBox(label, self)
            box.setAccessibleName(self.tr("Include {exercise}").format(exercise=label))
            box.toggled.connect(self.plan_changed)
            self._exercise_row.insertWidget(len(self.exercise_boxes), box)
            self.exercise_boxes[exercise.key] = box
            self._exercises[exercise.key] = exercise
            self._order.append(exercise.key)
        return box

    def set_plan(self, plan: Plan) -> None:
        """Show a simple plan (the first block's timings; every block shares them), custom
        exercises (from the command line) included, in the plan's order."""
        first = plan.blocks[0]
        self.hold.setValue(round(first.hold))
        self.rest.setValue(round(first.rest))
        self.rounds.setValue(first.rounds)
        self.get_ready.setValue(round(plan.get_ready))
        self.switch.setValue(round(plan.switch))
        chosen = list(dict.fromkeys(block.exercise.key for block in plan.blocks))
        for block in plan.blocks:
            self._box_for(block.exercise)
        self._order = chosen + [key for key in self._order if key not in chosen]
        for key, box in self.exercise_boxes.items():
            box.setChecked(key in chosen)

    def exercises(self) -> list[Exercise]:
        """The ticked exercises, in the order the plan runs them."""
        return [self._exercises[key] for key in self._order if self.exercise_boxes[key].isChecked()]

    # routines

    def attach_routines(self, store: RoutineStore, settings: PlanSettings | None = None) -> None:
        """Add the routine picker; with ``settings``, choose the routine chosen last time and
        remember each new choice."""
        self.picker = RoutinePicker(store, self)
        caption = QLabel(self.tr("Ro&utine"), self)
        caption.setBuddy(self.picker.combo)
        self._layout.insertRow(0, caption, self.picker)
        self._layout.insertRow(1, self.tr("Plan"), self.summary)
        self._settings = settings
        if settings is not None:
            self.picker.select(settings.last_routine)  # Custom if it has gone since
        self._routine_chosen()
        self.picker.chosen.connect(self._routine_chosen)

    def routine(self) -> Routine | None:
        """The routine the form runs, or None for the Custom values (or without a store)."""
        return self.picker.current() if self.picker is not None else None

    def select_routine(self, name: str | None) -> bool:
        """Run this routine (any case), or the Custom values for None; False if there is none."""
        if self.picker is None:
            return name is None
        return self.picker.select(name)

    def _routine_chosen(self) -> None:
        routine = self.routine()
        for row in self._custom_rows:
            self._layout.setRowVisible(row, routine is None)
        self._layout.setRowVisible(self.summary, routine is not None)
        # A line per exercise: a wrapped label would claim room for its narrowest layout.
        lines = summary_lines(routine.plan) if routine is not None else []
        self.summary.setText("\n".join(lines))
        if self._settings is not None:
            self._settings.choose_routine(routine.name if routine is not None else None)
        self.plan_changed.emit()

    def plan(self) -> Plan:
        """The chosen routine's plan, or the Custom plan as entered (PlanError when no
        exercise is ticked)."""
        routine = self.routine()
        if routine is not None:
            return routine.to_plan()
        exercises = self.exercises()
        if not exercises:
            raise PlanError(CHOOSE_AN_EXERCISE)
        return Plan.simple(
            exercises,
            hold=self.hold.value(),
            rest=self.rest.value(),
            rounds=self.rounds.value(),
            get_ready=self.get_ready.value(),
            switch=self.switch.value(),
        )
