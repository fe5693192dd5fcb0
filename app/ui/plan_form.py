"""The plan controls shown before a workout: spin boxes bounded to the valid ranges."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.core.exercise import BUILT_IN, Exercise
from app.core.plan import (
    GET_READY_RANGE,
    HOLD_RANGE,
    RECOMMENDED_ROUNDS,
    REST_RANGE,
    ROUNDS_RANGE,
    SWITCH_RANGE,
    Plan,
)
from app.core.plan_error import PlanError


class PlanForm(QWidget):
    """Edits a simple plan: exercises, hold, rest, rounds, get-ready and switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hold = self._spin(HOLD_RANGE, " s", "Hold seconds")
        self.rest = self._spin(REST_RANGE, " s", "Rest seconds")
        self.rounds = self._spin(ROUNDS_RANGE, "", "Rounds per exercise")
        self.get_ready = self._spin(GET_READY_RANGE, " s", "Get-ready seconds")
        self.switch = self._spin(SWITCH_RANGE, " s", "Switch pause seconds")
        low, high = RECOMMENDED_ROUNDS
        self.rounds.setToolTip(f"{low} to {high} rounds are recommended; more if you need to.")
        self.exercise_boxes: dict[str, QCheckBox] = {}
        exercises = QHBoxLayout()
        for exercise in BUILT_IN:
            box = QCheckBox(exercise.label, self)
            box.setAccessibleName(f"Include {exercise.label}")
            self.exercise_boxes[exercise.key] = box
            exercises.addWidget(box)
        exercises.addStretch(1)
        timings = QHBoxLayout()
        for label, spin in (
            ("&Hold", self.hold),
            ("&Rest", self.rest),
            ("R&ounds", self.rounds),
            ("&Get ready", self.get_ready),
            ("S&witch", self.switch),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(spin)
            timings.addWidget(caption)
            timings.addWidget(spin)
        timings.addStretch(1)
        hint = QLabel(f"{low} to {high} rounds recommended; holds of 10 s at most work best.", self)
        layout = QFormLayout(self)
        layout.addRow("Exercises", exercises)
        layout.addRow("Timing", timings)
        layout.addRow("", hint)

    def _spin(self, bounds: tuple[int, int], suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def set_plan(self, plan: Plan) -> None:
        """Show a simple plan (the first block's timings; every block shares them)."""
        first = plan.blocks[0]
        self.hold.setValue(round(first.hold))
        self.rest.setValue(round(first.rest))
        self.rounds.setValue(first.rounds)
        self.get_ready.setValue(round(plan.get_ready))
        self.switch.setValue(round(plan.switch))
        chosen = {block.exercise.key for block in plan.blocks}
        for key, box in self.exercise_boxes.items():
            box.setChecked(key in chosen)

    def exercises(self) -> list[Exercise]:
        return [e for e in BUILT_IN if self.exercise_boxes[e.key].isChecked()]

    def plan(self) -> Plan:
        """The plan as entered; PlanError when no exercise is ticked."""
        exercises = self.exercises()
        if not exercises:
            raise PlanError("choose at least one exercise")
        return Plan.simple(
            exercises,
            hold=self.hold.value(),
            rest=self.rest.value(),
            rounds=self.rounds.value(),
            get_ready=self.get_ready.value(),
            switch=self.switch.value(),
        )
