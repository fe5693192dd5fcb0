"""The session listener that writes each workout to the log as it happens.

Every finished hold is committed at once, so killing the app loses nothing already held. A
write that fails never stops the workout: the recorder keeps what it could not save, shows a
one-line ``problem``, and tries again at the next write and when the workout ends.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import datetime

from app.core.clock import Clock
from app.core.events import Event, Finished, HoldFinished, PhaseStarted, Started, Stopped
from app.core.message import QT_TRANSLATE_NOOP, Message
from app.core.plan import Plan
from app.core.session import Session
from app.core.timeline import Phase, PhaseKind
from app.storage.checkin import CheckInError, valid_back_pain, valid_note
from app.storage.database import SessionLog
from app.storage.set_record import SetRecord
from app.storage.timestamps import WallClock, local_now, wall_time_of
from app.storage.workout_record import WorkoutRecord, save

_log = logging.getLogger(__name__)

ProblemCallback = Callable[[str | None], None]
"""Called with the new one-line problem, or with None once everything is saved again."""


class _Watch:
    """The listener for one session: turns its events into a workout record."""

    def __init__(self, recorder: SessionRecorder, plan: Plan) -> None:
        self.recorder = recorder
        self.plan = plan
        self.record: WorkoutRecord | None = None
        self.hold_starts: dict[Phase, datetime] = {}

    def __call__(self, event: Event) -> None:
        try:
            self.recorder._handle(self, event)
        except Exception as error:  # never raise into the session
            _log.exception("recording a workout event failed")
            self.recorder._set_problem(
                Message(
                    QT_TRANSLATE_NOOP("errors", "Could not record the workout: {reason}"),
                    {"reason": error},
                )
            )


class SessionRecorder:
    """Writes workouts to a SessionLog: the session on start, each hold when it ends.

    ``wall_clock`` and ``monotonic_clock`` turn an event's monotonic time into wall time
    (``wall_now - (monotonic_now - at)``). Use :meth:`watch` for each new session.
    """

    def __init__(
        self,
        log: SessionLog,
        wall_clock: WallClock = local_now,
        monotonic_clock: Clock = time.monotonic,
        *,
        on_problem: ProblemCallback | None = None,
    ) -> None:
        self.log = log
        self.on_problem = on_problem
        self.problem: str | None = None
        """The problem in English, one line (None while everything is saved)."""
        self.problem_message: Message | None = None
        """The same problem as a template and its values, for the window to translate."""
        self._wall_clock = wall_clock
        self._monotonic_clock = monotonic_clock
        self._lock = threading.RLock()
        self._pending: list[WorkoutRecord] = []
        self._last: WorkoutRecord | None = None

    def watch(self, session: Session, plan: Plan) -> None:
        """Record ``session`` (which runs ``plan``) from its start to its end."""
        session.subscribe(_Watch(self, plan))

    @property
    def last_session_id(self) -> int | None:
        """The log id of the latest workout; None before its first successful write."""
        with self._lock:
            return self._last.session_id if self._last else None

    @property
    def pending_sets(self) -> int:
        """Holds finished but not yet in the log."""
        with self._lock:
            return sum(record.pending_sets for record in self._pending)

    def unsaved(self) -> list[WorkoutRecord]:
        """The workouts with something not yet in the log (holds, their end or check-in)."""
        with self._lock:
            return list(self._pending)

    def retry(self) -> bool:
        """Try to write everything pending now; True if nothing is left unsaved."""
        with self._lock:
            return self._flush()

    def check_in(self, *, back_pain: int | None, note: str | None) -> bool:
        """Attach back pain and a note to the latest workout, saved or still pending.

        Raises CheckInError for invalid values; returns whether everything is now saved.
        """
        pain, text = valid_back_pain(back_pain), valid_note(note)
        with self._lock:
            record = self._last
            if record is None:
                raise CheckInError(
                    QT_TRANSLATE_NOOP("errors", "there is no workout to check in yet")
                )
            record.back_pain, record.note = pain, text
            record.session_dirty = True
            self._touch(record)
            return self._flush()

    # internals

    def _wall(self, at: float) -> datetime:
        return wall_time_of(at, self._wall_clock(), self._monotonic_clock())

    def _touch(self, record: WorkoutRecord) -> None:
        if record not in self._pending:
            self._pending.append(record)

    def _handle(self, watch: _Watch, event: Event) -> None:
        with self._lock:
            if isinstance(event, Started):
                watch.record = WorkoutRecord(watch.plan, self._wall(event.at))
                self._last = watch.record
            elif watch.record is None:
                return  # subscribed after the start: nothing to attach the event to
            elif isinstance(event, PhaseStarted):
                if event.phase.kind is PhaseKind.HOLD:
                    watch.hold_starts[event.phase] = self._wall(event.at)
                return
            elif isinstance(event, HoldFinished):
                phase = event.phase
                started = watch.hold_starts.pop(phase, None) or self._wall(event.at - event.held)
                watch.record.sets.append(
                    SetRecord(
                        exercise=phase.exercise.key,
                        side=phase.exercise.side,
                        round=phase.round,
                        planned_seconds=phase.duration,
                        held_seconds=round(event.held, 3),
                        completed=event.completed,
                        started_at=started,
                    )
                )
            elif isinstance(event, Finished | Stopped):
                watch.record.status = "completed" if isinstance(event, Finished) else "stopped"
                watch.record.ended_at = self._wall(event.at)
                watch.record.session_dirty = True
            else:
                return
            self._touch(watch.record)
            self._flush()

    def _flush(self) -> bool:
        # Each workout is tried on its own, so one that cannot be written does not hold back
        # the others; the first error is the one shown.
        problem: Message | None = None
        for record in list(self._pending):
            try:
                save(self.log.connection(), record)
            except (sqlite3.Error, OSError) as error:
                problem = problem or Message(
                    QT_TRANSLATE_NOOP("errors", "Could not save to {file}: {reason}"),
                    {"file": self.log.path, "reason": error},
                )
                continue
            self._pending.remove(record)
        self._set_problem(problem)
        return problem is None

    def _set_problem(self, message: Message | None) -> None:
        problem = None if message is None else " ".join(str(message).split())  # one line
        if problem == self.problem:
            return
        self.problem = problem
        self.problem_message = message
        if self.on_problem is not None:
            try:
                self.on_problem(problem)
            except Exception:
                _log.exception("the on_problem callback failed")
