"""The cue schedule: which sound plays at which planned offset of a workout.

The rule: exactly one cue at each boundary (``hold``, ``rest``, ``switch``, and ``done`` at
the end; the get-ready phase opens silently), plus a ``tick`` 3, 2 and 1 seconds before each
hold when that moment lies within the phase just before the hold. Where a tick would fall on
that phase's opening cue, the opening cue plays instead.

Spoken words join this schedule as ``voice`` cues (see :mod:`app.core.voice`); the rule above
makes only beeps.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.core.timeline import PhaseKind, Timeline

COUNTDOWN_SECONDS = (3, 2, 1)
# Offsets are sums of floats; two cues closer than this are the same moment.
SAME_MOMENT = 1e-6


class CueKind(enum.Enum):
    """A sound the user learns to recognise with their eyes closed."""

    TICK = "tick"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"
    DONE = "done"
    VOICE = "voice"
    """A recorded or spoken word, named by the cue's ``clip``; it has no beep of its own."""


BEEPS: tuple[CueKind, ...] = tuple(kind for kind in CueKind if kind is not CueKind.VOICE)
"""The kinds that have a beep sound (assets/sounds/<kind>.wav)."""


_OPENING = {
    PhaseKind.HOLD: CueKind.HOLD,
    PhaseKind.REST: CueKind.REST,
    PhaseKind.SWITCH: CueKind.SWITCH,
}


@dataclass(frozen=True)
class Cue:
    """A cue at a planned offset from the session start; ``index`` orders the schedule."""

    index: int
    offset: float
    kind: CueKind
    seconds_left: int = 0
    """For a tick (or its spoken number), how many seconds remain until the hold starts."""
    clip: str | None = None
    """For a voice cue, the name of the clip to say; None for a beep."""


def cue_schedule(timeline: Timeline) -> tuple[Cue, ...]:
    """Every cue of the workout in time order."""
    found: list[tuple[float, CueKind, int]] = []
    phases = timeline.phases
    for position, phase in enumerate(phases):
        opening = _OPENING.get(phase.kind)
        if opening is not None:
            found.append((phase.start, opening, 0))
        if phase.kind is not PhaseKind.HOLD or position == 0:
            continue
        before = phases[position - 1]
        for seconds in COUNTDOWN_SECONDS:
            moment = phase.start - seconds
            if moment < before.start - SAME_MOMENT:
                continue
            on_opening = abs(moment - before.start) <= SAME_MOMENT and before.kind in _OPENING
            if not on_opening:
                found.append((max(moment, before.start), CueKind.TICK, seconds))
    if phases:
        found.append((timeline.total, CueKind.DONE, 0))
    found.sort(key=lambda item: item[0])
    return tuple(
        Cue(index, offset, kind, seconds) for index, (offset, kind, seconds) in enumerate(found)
    )
