"""Shared test fakes: a clock moved by hand and a recorder of session events.

Nothing here sleeps: time passes only when a test moves the clock.
"""

from __future__ import annotations

from typing import TypeVar

from app.core.clock import Clock
from app.core.events import (
    CueDue,
    Event,
    Finished,
    HoldFinished,
    Paused,
    PhaseStarted,
    Resumed,
    Started,
    Stopped,
)
from app.core.session import Session
from app.core.timeline import Timeline

E = TypeVar("E")


class FakeClock:
    """A monotonic clock that stands still until the test moves it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = float(start)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass; a monotonic clock never goes back."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back {seconds} seconds")
        self.now += seconds

    def set(self, t: float) -> None:
        """Jump to clock time ``t``, which must not lie in the past."""
        if t < self.now:
            raise ValueError(f"a monotonic clock cannot go back from {self.now} to {t}")
        self.now = float(t)


class EventRecorder:
    """A session listener that keeps every event it is given, in order."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type[E]) -> list[E]:
        """The recorded events of one type, in order."""
        return [event for event in self.events if isinstance(event, kind)]

    def take(self) -> list[Event]:
        """The events recorded so far; forget them so the next take starts afresh."""
        taken, self.events = self.events, []
        return taken

    def lines(self, origin: float = 0.0) -> list[str]:
        """Every event as a short line with its time relative to ``origin``."""
        return [describe(event, origin) for event in self.events]


def _t(at: float, origin: float) -> str:
    return f"{round(at - origin, 6):g}"


def describe(event: Event, origin: float = 0.0) -> str:
    """One event as a line a person can read in an assertion diff, e.g. ``3 hold plank 1/2``."""
    at = _t(event.at, origin)
    if isinstance(event, Started):
        return f"{at} started"
    if isinstance(event, PhaseStarted):
        phase = event.phase
        return f"{at} {phase.kind.value} {phase.exercise.key} {phase.round}/{phase.rounds}"
    if isinstance(event, CueDue):
        cue = event.cue
        left = f" {cue.seconds_left}" if cue.seconds_left else ""
        return f"{at} cue {cue.kind.value}{left}"
    if isinstance(event, HoldFinished):
        how = "completed" if event.completed else "cut short"
        held = f"{round(event.held, 6):g}"
        return f"{at} held {event.phase.exercise.key} {event.phase.round} {held}s {how}"
    if isinstance(event, Paused):
        return f"{at} paused"
    if isinstance(event, Resumed):
        return f"{at} resumed after {round(event.paused_for, 6):g}s"
    if isinstance(event, Finished):
        return f"{at} finished"
    assert isinstance(event, Stopped)
    return f"{at} stopped"


def recorded_session(timeline: Timeline, clock: Clock) -> tuple[Session, EventRecorder]:
    """A session on ``clock`` with a recorder already subscribed."""
    session = Session(timeline, clock)
    recorder = EventRecorder()
    session.subscribe(recorder)
    return session, recorder


def run_to_end(session: Session, clock: FakeClock, limit: int = 100_000) -> int:
    """Drive a running session the way the app does: wake at each deadline and update.

    Returns how many updates it took; fails if a deadline ever fails to move on.
    """
    updates = 0
    while (deadline := session.next_deadline()) is not None:
        clock.set(max(clock.now, deadline))
        session.update()
        updates += 1
        after = session.next_deadline()
        if after is not None and after <= deadline:
            raise AssertionError(f"update at deadline {deadline} left the session waiting for it")
        if updates > limit:
            raise AssertionError("the session never finished")
    return updates
