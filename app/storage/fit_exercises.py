"""Which FIT exercise each of the app's exercises is: a category and, where known, a name.

FIT names strength exercises in two levels: an ``exercise_category`` (plank, core, crunch...)
and a name within it (``plank_exercise_name``: plank is 43, side plank 66). The built-in
exercises map to plank / plank and plank / side plank. A custom exercise is looked up by its
name in the FIT profile's exercise names, core-work categories first ("dead bug" is core /
dead bug, "glute bridge" hip raise / glute bridge); a name FIT does not know becomes the
category core with no name, which Garmin Connect shows as "Core". FIT has no field for a
side, so "side-left" and "side-right" are both side plank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from fit_tool.profile import profile_type

_BUILT_IN = {"plank": ("PLANK", "PLANK"), "side-left": ("PLANK", "SIDE_PLANK")}
_BUILT_IN["side-right"] = _BUILT_IN["side-left"]
# Where a custom name is looked for first: the categories of floor and core work. The
# same name can sit in two categories; the earlier one here wins.
_PREFERRED = (
    "PLANK",
    "CORE",
    "HIP_STABILITY",
    "HIP_RAISE",
    "CRUNCH",
    "SIT_UP",
    "LEG_RAISE",
    "HYPEREXTENSION",
    "TOTAL_BODY",
    "WARM_UP",
)
FALLBACK_CATEGORY = "CORE"


@dataclass(frozen=True)
class FitExercise:
    """An exercise as FIT numbers it: ``exercise_category`` and, if known, the name in it."""

    category: int
    name: int | None


def _names_of(category: str) -> type[Enum] | None:
    """The profile's enum of exercise names in ``category`` (PLANK -> PlankExerciseName)."""
    camel = "".join(word.capitalize() for word in category.split("_"))
    names = getattr(profile_type, f"{camel}ExerciseName", None)
    return names if isinstance(names, type) and issubclass(names, Enum) else None


def _words(text: str) -> str:
    """A name reduced to lower-case words joined by "_": "Dead-bug " -> "dead_bug"."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def _member_words(member: Enum) -> str:
    # The profile spells names that start with a digit with an N: N45_DEGREE_PLANK.
    name = member.name
    if re.match(r"N\d", name):
        name = name[1:]
    return name.lower()


@cache
def _custom_names() -> dict[str, FitExercise]:
    categories: list[Enum] = list(profile_type.ExerciseCategory)
    order = sorted(
        categories,
        key=lambda c: _PREFERRED.index(c.name) if c.name in _PREFERRED else len(_PREFERRED),
    )
    table: dict[str, FitExercise] = {}
    for category in order:
        names = _names_of(category.name)
        if names is None:
            continue
        for member in names:
            table.setdefault(_member_words(member), FitExercise(category.value, member.value))
    # A custom exercise named after a whole category ("squat") gets that category alone,
    # unless a name above already matched it.
    for category in categories:
        table.setdefault(_member_words(category), FitExercise(category.value, None))
    return table


def fit_exercise(key: str) -> FitExercise:
    """The FIT category and exercise name for an exercise key of the log."""
    built_in = _BUILT_IN.get(key.strip().lower())
    if built_in is not None:
        category, name = built_in
        names = _names_of(category)
        assert names is not None
        return FitExercise(profile_type.ExerciseCategory[category].value, names[name].value)
    found = _custom_names().get(_words(key))
    if found is not None:
        return found
    return FitExercise(profile_type.ExerciseCategory[FALLBACK_CATEGORY].value, None)
