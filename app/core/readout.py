"""What the screen says about a session, as plain text: the count, the words, the progress.

Kept free of Qt so the wording can be tested on a fake clock and reused by any front end
(the window, the tray, the title bar).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.session_state import SessionState
from app.core.timeline import Phase, PhaseKind, Timeline

if TYPE_CHECKING:
    # Only read() takes a session: the window's first frame shows the idle readout of a
    # plan without loading the session's machinery.
    from app.core.session import Session

_PHASE_WORDS = {
    PhaseKind.GET_READY: "Get ready",
    PhaseKind.HOLD: "Hold",
    PhaseKind.REST: "Rest",
    PhaseKind.SWITCH: "Switch",
}


@dataclass(frozen=True)
class Readout:
    """Everything the display shows at one moment."""

    state: SessionState
    count: str
    headline: str
    exercise: str
    round: str
    coming: str
    progress: float
    time_left: str


def clock_text(seconds: float) -> str:
    """Whole seconds as m:ss, rounding up so 0:00 shows only at the very end."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def count_text(seconds: float) -> str:
    """The big countdown: whole seconds left, rounded up (10, 9, ... 1)."""
    return str(max(0, math.ceil(seconds - 1e-9)))


def _switch_word(before: Phase | None, after: Phase) -> str:
    if before is not None and before.exercise.title == after.exercise.title:
        return "Switch sides"
    return "Next exercise"


def _headline(session: Session, phase: Phase) -> str:
    if phase.kind is PhaseKind.SWITCH:
        index = session.phase_index
        before = session.timeline.phases[index - 1] if index > 0 else None
        return _switch_word(before, phase)
    return _PHASE_WORDS[phase.kind]


def _coming(phase: Phase | None) -> str:
    if phase is None:
        return "Next: done"
    if phase.kind is PhaseKind.HOLD:
        return f"Next: hold {phase.exercise.label.lower()} {count_text(phase.duration)} s"
    return f"Next: {_PHASE_WORDS[phase.kind].lower()} {count_text(phase.duration)} s"


def _round(phase: Phase) -> str:
    return f"Round {phase.round} of {phase.rounds}"


def idle_readout(timeline: Timeline) -> Readout:
    """The readout before a workout starts: its length, first exercise and holds."""
    total = timeline.total
    first = timeline.phases[0]
    return Readout(
        SessionState.IDLE,
        clock_text(total),
        "Ready",
        first.exercise.label,
        _round(first),
        f"{len(timeline.holds)} holds · press Space to start",
        0.0,
        f"Workout {clock_text(total)}",
    )


def read(session: Session) -> Readout:
    """The readout of a session now."""
    total = session.timeline.total
    state = session.state
    phase = session.phase
    progress = min(1.0, session.elapsed() / total) if total > 0 else 0.0
    if state is SessionState.IDLE:
        return idle_readout(session.timeline)
    if phase is None:
        finished = state is SessionState.FINISHED
        return Readout(
            state,
            "✓" if finished else "-",
            "Done!" if finished else "Stopped",
            "Well done. Workout complete." if finished else "Workout stopped.",
            "",
            "Press Space for another workout",
            1.0 if finished else progress,
            "",
        )
    headline = _headline(session, phase)
    if state is SessionState.PAUSED:
        headline = f"Paused · {headline}"
    return Readout(
        state,
        count_text(session.remaining()),
        headline,
        phase.exercise.label,
        _round(phase),
        _coming(session.next_phase),
        progress,
        f"Workout left {clock_text(session.total_remaining())}",
    )
