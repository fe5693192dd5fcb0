"""What the screen says about a session, as keys and numbers: the count, the phase, the progress.

Kept free of Qt and of words, so the readout can be tested on a fake clock and put into any
language by any front end: the window, the tray and the title bar turn it into words through
Qt's translator (``app/ui/workout/readout_text.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from app.core.exercise import Exercise
from app.core.session_state import SessionState
from app.core.timeline import Phase, PhaseKind, Timeline

if TYPE_CHECKING:
    # Only read() takes a session: the window's first frame shows the idle readout of a
    # plan without loading the session's machinery.
    from app.core.session import Session


class Headline(Enum):
    """The big word above the count."""

    READY = "ready"
    GET_READY = "get-ready"
    HOLD = "hold"
    REST = "rest"
    SWITCH_SIDES = "switch-sides"
    NEXT_EXERCISE = "next-exercise"
    DONE = "done"
    STOPPED = "stopped"


_PHASE_HEADLINES = {
    PhaseKind.GET_READY: Headline.GET_READY,
    PhaseKind.HOLD: Headline.HOLD,
    PhaseKind.REST: Headline.REST,
}


@dataclass(frozen=True)
class Coming:
    """What comes after this phase: its kind (None: the end), exercise and whole seconds."""

    kind: PhaseKind | None
    exercise: Exercise | None = None
    seconds: int = 0


@dataclass(frozen=True)
class Readout:
    """Everything the display shows at one moment, as keys and numbers.

    ``count`` is the big count (``10``, ``2:25``, ``✓``); ``exercise`` is None once the
    workout is over; ``round`` and ``rounds`` are 0 then too; ``coming`` is None before the
    start and after the end; ``workout_seconds`` is the whole workout's length while idle,
    what is left of it while one runs (whole seconds, rounded up), and None once it is
    over; ``holds`` is the number of holds in the workout.
    """

    state: SessionState
    count: str
    headline: Headline
    exercise: Exercise | None
    round: int
    rounds: int
    coming: Coming | None
    progress: float
    workout_seconds: int | None
    holds: int


def clock_text(seconds: float) -> str:
    """Whole seconds as m:ss, rounding up so 0:00 shows only at the very end."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def whole_seconds(seconds: float) -> int:
    """Seconds left as the count shows them: rounded up (10, 9, ... 1)."""
    return max(0, math.ceil(seconds - 1e-9))


def count_text(seconds: float) -> str:
    """The big countdown: whole seconds left, rounded up (10, 9, ... 1)."""
    return str(whole_seconds(seconds))


def _switch_headline(before: Phase | None, after: Phase) -> Headline:
    if before is not None and before.exercise.title == after.exercise.title:
        return Headline.SWITCH_SIDES
    return Headline.NEXT_EXERCISE


def _headline(session: Session, phase: Phase) -> Headline:
    if phase.kind is PhaseKind.SWITCH:
        index = session.phase_index
        before = session.timeline.phases[index - 1] if index > 0 else None
        return _switch_headline(before, phase)
    return _PHASE_HEADLINES[phase.kind]


def _coming(phase: Phase | None) -> Coming:
    if phase is None:
        return Coming(None)
    return Coming(phase.kind, phase.exercise, whole_seconds(phase.duration))


def idle_readout(timeline: Timeline) -> Readout:
    """The readout before a workout starts: its length, first exercise and holds."""
    total = timeline.total
    first = timeline.phases[0]
    return Readout(
        SessionState.IDLE,
        clock_text(total),
        Headline.READY,
        first.exercise,
        first.round,
        first.rounds,
        None,
        0.0,
        whole_seconds(total),
        len(timeline.holds),
    )


def read(session: Session) -> Readout:
    """The readout of a session now."""
    timeline = session.timeline
    total = timeline.total
    state = session.state
    phase = session.phase
    progress = min(1.0, session.elapsed() / total) if total > 0 else 0.0
    if state is SessionState.IDLE:
        return idle_readout(timeline)
    holds = len(timeline.holds)
    if phase is None:
        finished = state is SessionState.FINISHED
        return Readout(
            state,
            "✓" if finished else "-",
            Headline.DONE if finished else Headline.STOPPED,
            None,
            0,
            0,
            None,
            1.0 if finished else progress,
            None,
            holds,
        )
    return Readout(
        state,
        count_text(session.remaining()),
        _headline(session, phase),
        phase.exercise,
        phase.round,
        phase.rounds,
        _coming(session.next_phase),
        progress,
        whole_seconds(session.total_remaining()),
        holds,
    )
