"""The words the timer can say, by clip name.

A clip name is either a recorded clip (``assets/sounds/voice/<name>.wav``, made by
``tools/make_voice.py``) or, for an exercise with no recording (a custom one), ``say:`` and
the text itself, for a speech engine to speak if the machine has one.
"""

from __future__ import annotations

from app.core.exercise import BUILT_IN, Exercise
from app.core.timeline import Timeline

REST = "rest"
SWITCH_SIDES = "switch-sides"
NEXT_EXERCISE = "next-exercise"
DONE = "done"
COUNT: dict[int, str] = {3: "three", 2: "two", 1: "one"}
"""The spoken countdown, by seconds left until the hold."""

SPOKEN_PREFIX = "say:"


def exercise_clip(exercise: Exercise) -> str:
    """The clip that names an exercise: its recording, or its label to be spoken."""
    if exercise in BUILT_IN:
        return exercise.key
    return SPOKEN_PREFIX + exercise.label


def spoken_text(clip: str) -> str | None:
    """The text of a clip meant for a speech engine; None for a recorded clip."""
    if clip.startswith(SPOKEN_PREFIX):
        return clip[len(SPOKEN_PREFIX) :]
    return None


WORDS: tuple[str, ...] = (REST, SWITCH_SIDES, NEXT_EXERCISE, *COUNT.values(), DONE)
"""The clips that are not exercise names."""

RECORDED: tuple[str, ...] = (*(exercise_clip(exercise) for exercise in BUILT_IN), *WORDS)
"""Every clip that has a recording."""


def clips_for(timeline: Timeline) -> tuple[str, ...]:
    """Every clip a voice schedule of this timeline may use, each once."""
    names = [exercise_clip(phase.exercise) for phase in timeline.phases]
    return tuple(dict.fromkeys([*names, *WORDS]))
