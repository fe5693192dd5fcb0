"""Exercises: the built-in plank and side planks, and custom ones by name."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.message import QT_TRANSLATE_NOOP
from app.core.names import EXERCISE_NAME_MAX_CHARS, clean_text


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
    """The built-in exercise with this key, or a custom exercise named by it.

    InvalidNameError (a PlanError) unless the name passes the one validator (see names).
    """
    name = clean_text(
        key,
        QT_TRANSLATE_NOOP("errors", "an exercise name"),
        EXERCISE_NAME_MAX_CHARS,
        empty=QT_TRANSLATE_NOOP("errors", "an exercise name cannot be empty"),
    )
    built_in = _BY_KEY.get(name.lower())
    if built_in is not None:
        return built_in
    return Exercise(name, name[:1].upper() + name[1:])


# How alike a name must be to a built-in key to be taken for a typo of it ("plnk": 0.89).
TYPO_SIMILARITY = 0.8


def close_built_in(name: str) -> Exercise | None:
    """The built-in exercise ``name`` looks like a typo of ("plnk" -> plank), or None.

    ``name`` is not itself a built-in key. Spaces and underscores count as hyphens, so
    "side left" is taken for side-left.
    """
    typed = "-".join(name.casefold().replace("_", " ").split())
    if typed in _BY_KEY:
        return _BY_KEY[typed]
    import difflib  # only for a name no exercise has: start-up does without it

    match = difflib.get_close_matches(typed, list(_BY_KEY), n=1, cutoff=TYPO_SIMILARITY)
    return _BY_KEY[match[0]] if match else None
