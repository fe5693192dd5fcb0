"""Exercises: the built-in plank and side planks, and custom ones by name."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.message import QT_TRANSLATE_NOOP
from app.core.plan_error import PlanError


@dataclass(frozen=True)
class Exercise:
    """One exercise as the user sees it: a stable key, a title, and an optional side."""

    key: str
    title: str
    side: str | None = None

    @property
    def label(self) -> str:
        """The name shown on screen, e.g. "Side plank, left side"."""
        if self.side is None:
            return self.title
        return f"{self.title}, {self.side} side"


PLANK = Exercise("plank", "Plank")
SIDE_LEFT = Exercise("side-left", "Side plank", "left")
SIDE_RIGHT = Exercise("side-right", "Side plank", "right")

BUILT_IN: tuple[Exercise, ...] = (PLANK, SIDE_LEFT, SIDE_RIGHT)
_BY_KEY = {exercise.key: exercise for exercise in BUILT_IN}


def exercise_for(key: str) -> Exercise:
    """The built-in exercise with this key, or a custom exercise named by it."""
    name = key.strip()
    if not name:
        raise PlanError(QT_TRANSLATE_NOOP("errors", "an exercise name cannot be empty"))
    built_in = _BY_KEY.get(name.lower())
    if built_in is not None:
        return built_in
    return Exercise(name, name[:1].upper() + name[1:])
