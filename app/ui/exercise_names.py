"""The names of exercises in the user's language.

Core keeps each exercise as a stable key (``plank``, ``side-left``) with an English title;
the built-in exercises are named here through Qt's translator. A custom exercise is named
as the user typed it, in any language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.exercise import Exercise, exercise_for


class ExerciseNames(QObject):
    """The translation context of exercise names (``ExerciseNames.tr``)."""


def exercise_label(exercise: Exercise) -> str:
    """The name on screen: ``Plank``, ``Side plank, left side``, or a custom name."""
    match exercise.key:
        case "plank":
            return ExerciseNames.tr("Plank")
        case "side-left":
            return ExerciseNames.tr("Side plank, left side")
        case "side-right":
            return ExerciseNames.tr("Side plank, right side")
    return exercise.label


def short_label(key: str) -> str:
    """The short name for tight spaces (the history table): ``Plank``, ``Side L``."""
    match key:
        case "plank":
            return ExerciseNames.tr("Plank")
        case "side-left":
            return ExerciseNames.tr("Side L", "short for side plank, left side")
        case "side-right":
            return ExerciseNames.tr("Side R", "short for side plank, right side")
    return exercise_for(key).title


def legend_label(key: str) -> str:
    """The chart legend's name: ``Plank``, ``Side plank, left``."""
    match key:
        case "plank":
            return ExerciseNames.tr("Plank")
        case "side-left":
            return ExerciseNames.tr("Side plank, left")
        case "side-right":
            return ExerciseNames.tr("Side plank, right")
    return exercise_for(key).title
