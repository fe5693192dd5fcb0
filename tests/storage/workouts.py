"""Recording real workouts into a log for the storage tests: a real Session, a real
SessionRecorder, a FakeClock, and a wall clock that moves with it. Nothing sleeps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.events import Event, HoldFinished
from app.core.exercise import BUILT_IN, Exercise
from app.core.plan import Plan
from app.core.session import Session
from app.core.timeline import build_timeline
from app.storage.database import SessionLog
from app.storage.recorder import ProblemCallback, SessionRecorder
from tests.fakes import FakeClock, run_to_end

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, fold: int = 0
) -> datetime:
    """A local time in Berlin; ``fold=1`` picks the second 02:30 of an autumn night."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def wall_clock_for(clock: FakeClock, start: datetime) -> Callable[[], datetime]:
    """A wall clock that reads ``start`` now and moves with ``clock`` (in UTC, so DST is right)."""
    origin, zone, start_utc = clock.now, start.tzinfo, start.astimezone(UTC)

    def wall() -> datetime:
        return (start_utc + timedelta(seconds=clock.now - origin)).astimezone(zone)

    return wall


class Workout:
    """One workout on a fake clock, recorded into ``log`` as the app would record it."""

    def __init__(
        self,
        log: SessionLog,
        start: datetime,
        *,
        rounds: int = 3,
        exercises: Sequence[Exercise] = BUILT_IN,
        on_problem: ProblemCallback | None = None,
    ) -> None:
        self.clock = FakeClock()
        self.plan = Plan.simple(exercises, rounds=rounds)
        self.session = Session(build_timeline(self.plan), self.clock)
        self.recorder = SessionRecorder(
            log, wall_clock_for(self.clock, start), self.clock, on_problem=on_problem
        )
        self.recorder.watch(self.session, self.plan)
        self.events: list[Event] = []
        self.session.subscribe(self.events.append)

    @property
    def holds(self) -> int:
        return sum(isinstance(event, HoldFinished) for event in self.events)

    def start(self) -> Workout:
        self.session.start()
        return self

    def until_holds(self, count: int) -> Workout:
        """Let time pass until ``count`` holds have ended."""
        while self.holds < count:
            deadline = self.session.next_deadline()
            if deadline is None:
                raise AssertionError(f"the workout ended after {self.holds} holds")
            self.clock.set(deadline)
            self.session.update()
        return self

    def finish(self) -> Workout:
        run_to_end(self.session, self.clock)
        return self


def record(
    log: SessionLog,
    start: datetime,
    *,
    holds: int | None = None,
    rounds: int = 3,
    exercises: Sequence[Exercise] = BUILT_IN,
) -> int:
    """Record a whole workout (or stop it after ``holds`` holds); return its session id."""
    workout = Workout(log, start, rounds=rounds, exercises=exercises).start()
    if holds is None:
        workout.finish()
    else:
        workout.until_holds(holds)
        workout.session.stop()
    assert workout.recorder.problem is None
    session_id = workout.recorder.last_session_id
    assert session_id is not None
    return session_id
