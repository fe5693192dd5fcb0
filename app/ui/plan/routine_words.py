"""Routines in words: the presets' names and a plan's one-line-per-exercise summary.

The presets keep their English names as their keys (``--routine Gentle`` works in any
language, and no user routine may take them); the window shows them translated.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.core.plan import Plan
from app.core.routine import Routine
from app.ui.exercise_names import exercise_label


class RoutineWords(QObject):
    """The translation context of routine names and summaries (``RoutineWords.tr``)."""


def routine_label(routine: Routine) -> str:
    """The name shown for a routine: a preset's translated, the user's own as typed."""
    if not routine.built_in:
        return routine.name
    match routine.key:
        case "gentle":
            return RoutineWords.tr("Gentle", "a routine of 2 rounds")
        case "standard":
            return RoutineWords.tr("Standard", "a routine of 3 rounds")
        case "strong":
            return RoutineWords.tr("Strong", "a routine of 5 rounds")
    return routine.name


def _seconds(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


def summary_lines(plan: Plan) -> list[str]:
    """What a plan does, a line per exercise, e.g. "Plank: 3 rounds of 10 s, 5 s rest"."""
    lines = [
        RoutineWords.tr(
            "{exercise}: %n round(s) of {hold} s, {rest} s rest", "", block.rounds
        ).format(
            exercise=exercise_label(block.exercise),
            hold=_seconds(block.hold),
            rest=_seconds(block.rest),
        )
        for block in plan.blocks
    ]
    if plan.alternates:
        lines.append(RoutineWords.tr("Sides alternate every round"))
    return lines
