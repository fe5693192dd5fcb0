"""A session walks a timeline on a monotonic clock.

It never counts ticks: the planned offset of "now" is
``clock() - started_at - paused_total + skipped_total``, so each phase ends at the session
start plus the planned durations plus the time paused (less the time skipped). Whoever drives
it calls :meth:`Session.update` at or after :meth:`Session.next_deadline`; being late delays
nothing but the report, and every event carries its own deadline.

The GUI thread mutates the session; the cue thread reads the cue schedule through
:meth:`Session.next_cue`. A lock guards the state, and listeners are called outside it so that
a listener may take locks of its own.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.core.clock import Clock
from app.core.cues import SAME_MOMENT, Cue, cue_schedule
from app.core.events import (
    CueDue,
    Event,
    Finished,
    HoldFinished,
    Listener,
    Paused,
    PhaseStarted,
    Resumed,
    Started,
    Stopped,
)
from app.core.session_state import SessionState
from app.core.timeline import Phase, PhaseKind, Timeline


class _Status(enum.Enum):
    IDLE = enum.auto()
    RUNNING = enum.auto()
    PAUSED = enum.auto()
    FINISHED = enum.auto()
    STOPPED = enum.auto()


@dataclass(frozen=True)
class ScheduledCue:
    """A cue placed on the clock: play ``cue`` at clock time ``at``."""

    cue: Cue
    at: float


class Session:
    """One run of a workout timeline: start, pause, resume, skip, stop."""

    def __init__(self, timeline: Timeline, clock: Clock, cues: Sequence[Cue] | None = None) -> None:
        """``cues`` defaults to the beeps of :func:`cue_schedule`; a voice schedule goes here."""
        if not timeline.phases:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self.cues = cue_schedule(timeline) if cues is None else tuple(cues)
        if [cue.index for cue in self.cues] != list(range(len(self.cues))) or any(
            later.offset < earlier.offset for earlier, later in pairwise(self.cues)
        ):
            raise ValueError("cues must be indexed 0 to n-1 in time order")
        # The done cue and whatever is said after it: all that still plays once finished.
        self._closing_cue = next(
            (c.index for c in self.cues if c.offset >= timeline.total - SAME_MOMENT),
            len(self.cues),
        )
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._status = _Status.IDLE
        self._started_at = 0.0
        self._paused_at: float | None = None
        self._stopped_at: float | None = None
        self._paused_total = 0.0
        self._skipped_total = 0.0
        self._phase_index = -1  # the last phase whose start was reported
        self._closed_hold = -1  # the last hold whose end was reported
        self._reported_cue = 0  # next cue to report as CueDue
        self._first_pending_cue = 0  # cues before this were skipped over: never played

    # listeners

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event from now on."""
        self._listeners.append(listener)

    def _emit(self, events: list[Event]) -> None:
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    # commands

    def start(self, lead_in: float = 0.0) -> None:
        """Begin the workout now, or ``lead_in`` seconds from now. Does nothing unless idle.

        With a lead-in the session runs at once, its clock standing at the start of the first
        phase until the lead-in is over: a sound stream that needs that long before anything
        it is given can be heard gets the workout's first cue on time.
        """
        with self._lock:
            if self._status is not _Status.IDLE:
                return
            now = self._clock()
            self._status = _Status.RUNNING
            self._started_at = now + max(0.0, lead_in)
            events: list[Event] = [Started(self._started_at)]
            events += self._advance(now)
        self._emit(events)

    def pause(self) -> None:
        """Freeze the workout; time stands still until :meth:`resume`."""
        with self._lock:
            if self._status is not _Status.RUNNING:
                return
            now = self._clock()
            events = self._advance(now)
            if self._status is _Status.RUNNING:
                self._status = _Status.PAUSED
                self._paused_at = now
                events.append(Paused(now))
        self._emit(events)

    def resume(self) -> None:
        """Go on from where :meth:`pause` froze the workout."""
        with self._lock:
            if self._status is not _Status.PAUSED or self._paused_at is None:
                return
            now = self._clock()
            paused_for = max(0.0, now - self._paused_at)
            self._paused_total += paused_for
            self._paused_at = None
            self._status = _Status.RUNNING
            events: list[Event] = [Resumed(now, paused_for)]
            events += self._advance(now)
        self._emit(events)

    def toggle_pause(self) -> None:
        """Start when idle, pause when running, resume when paused."""
        with self._lock:
            status = self._status
        if status is _Status.IDLE:
            self.start()
        elif status is _Status.RUNNING:
            self.pause()
        elif status is _Status.PAUSED:
            self.resume()

    def skip(self) -> None:
        """End the current phase now; a hold ended this way counts as cut short."""
        with self._lock:
            if self._status not in (_Status.RUNNING, _Status.PAUSED):
                return
            now = self._clock()
            events = self._advance(now)
            if self._status in (_Status.RUNNING, _Status.PAUSED):
                index = self._phase_index
                phase = self.timeline.phases[index]
                offset = self._offset(now)
                if offset < 0.0:
                    # a skip in the lead-in ends it: only the planned phase counts as skipped
                    self._started_at += offset
                    offset = 0.0
                events += self._close_hold(index, offset, completed=False)
                self._skipped_total += max(0.0, phase.end - offset)
                while (
                    self._first_pending_cue < len(self.cues)
                    and self.cues[self._first_pending_cue].offset < phase.end - SAME_MOMENT
                ):
                    self._first_pending_cue += 1
                self._reported_cue = max(self._reported_cue, self._first_pending_cue)
                events += self._advance(now)
        self._emit(events)

    def stop(self) -> None:
        """End the workout early. A hold in progress is reported as cut short."""
        with self._lock:
            if self._status not in (_Status.RUNNING, _Status.PAUSED):
                return
            now = self._clock()
            events = self._advance(now)
            if self._status in (_Status.RUNNING, _Status.PAUSED):
                events += self._close_hold(self._phase_index, self._offset(now), completed=False)
                if self._paused_at is not None:
                    self._paused_total += max(0.0, now - self._paused_at)
                    self._paused_at = None
                self._status = _Status.STOPPED
                self._stopped_at = now
                events.append(Stopped(now))
        self._emit(events)

    def update(self) -> None:
        """Report everything whose deadline has passed. Call it at :meth:`next_deadline`."""
        with self._lock:
            if self._status is not _Status.RUNNING:
                return
            events = self._advance(self._clock())
        self._emit(events)

    # queries

    @property
    def state(self) -> SessionState:
        with self._lock:
            if self._status is _Status.IDLE:
                return SessionState.IDLE
            if self._status is _Status.PAUSED:
                return SessionState.PAUSED
            if self._status is _Status.FINISHED:
                return SessionState.FINISHED
            if self._status is _Status.STOPPED:
                return SessionState.STOPPED
            return SessionState(self.timeline.phases[self._phase_index].kind.value)

    @property
    def is_active(self) -> bool:
        """True while running or paused: the workout has begun and not ended."""
        with self._lock:
            return self._status in (_Status.RUNNING, _Status.PAUSED)

    @property
    def phase_index(self) -> int:
        """Index of the current phase; -1 before the start."""
        with self._lock:
            return self._phase_index

    @property
    def phase(self) -> Phase | None:
        """The current phase (also while paused); None before the start and after the end."""
        with self._lock:
            if self._status in (_Status.RUNNING, _Status.PAUSED):
                return self.timeline.phases[self._phase_index]
            return None

    @property
    def next_phase(self) -> Phase | None:
        """What comes after the current phase (the first phase while idle)."""
        with self._lock:
            if self._status in (_Status.FINISHED, _Status.STOPPED):
                return None
            index = self._phase_index + 1
            phases = self.timeline.phases
            return phases[index] if index < len(phases) else None

    @property
    def paused_total(self) -> float:
        """Seconds spent paused, including a pause still going on."""
        with self._lock:
            ongoing = 0.0
            if self._paused_at is not None:
                ongoing = max(0.0, self._clock() - self._paused_at)
            return self._paused_total + ongoing

    @property
    def skipped_total(self) -> float:
        """Planned seconds cut away by skip."""
        with self._lock:
            return self._skipped_total

    def elapsed(self) -> float:
        """Planned seconds of the workout behind us (pauses excluded, skips included)."""
        with self._lock:
            if self._status is _Status.IDLE:
                return 0.0
            # not below 0 during a lead-in (see start)
            return min(self.timeline.total, max(0.0, self._offset(self._clock())))

    def remaining(self) -> float:
        """Seconds left in the current phase (0 when there is none)."""
        with self._lock:
            phase = self.phase
            if phase is None:
                return 0.0
            # a phase opens up to SAME_MOMENT early; it still shows no more than its length
            return min(phase.duration, max(0.0, phase.end - self._offset(self._clock())))

    def total_remaining(self) -> float:
        """Seconds left in the whole workout."""
        with self._lock:
            if self._status in (_Status.FINISHED, _Status.STOPPED):
                return 0.0
            return max(0.0, self.timeline.total - self.elapsed())

    def clock_time(self, offset: float) -> float:
        """The clock time at which a planned offset falls, given the pauses and skips so far."""
        with self._lock:
            return self._started_at + self._paused_total - self._skipped_total + offset

    def next_deadline(self) -> float | None:
        """Clock time of the next phase change or cue; None unless running."""
        with self._lock:
            if self._status is not _Status.RUNNING:
                return None
            offsets = [self.timeline.phases[self._phase_index].end]
            if self._reported_cue < len(self.cues):
                offsets.append(self.cues[self._reported_cue].offset)
            return self.clock_time(min(offsets))

    def next_cue(self, after_index: int) -> ScheduledCue | None:
        """The first cue still to play with index above ``after_index``.

        None while idle, paused or stopped; once finished, only the done cue and the cues
        after it (a spoken "done").

        The clock time it carries moves with every pause and skip, so the cue thread asks
        again whenever the session tells it something changed.
        """
        with self._lock:
            if self._status not in (_Status.RUNNING, _Status.FINISHED):
                return None
            index = max(after_index + 1, self._first_pending_cue)
            if self._status is _Status.FINISHED:
                # Only the done cue and after: it falls due at the very moment the GUI thread
                # notices the end, which may be before the cue thread got to play it.
                index = max(index, self._closing_cue)
            if index >= len(self.cues):
                return None
            cue = self.cues[index]
            return ScheduledCue(cue, self.clock_time(cue.offset))

    # internals; all called with the lock held

    def _offset(self, now: float) -> float:
        frozen = now
        if self._paused_at is not None:
            frozen = self._paused_at
        elif self._stopped_at is not None:
            frozen = self._stopped_at  # a stopped workout's time done stays where it stopped
        return frozen - self._started_at - self._paused_total + self._skipped_total

    def _close_hold(self, index: int, offset: float, *, completed: bool) -> list[Event]:
        phase = self.timeline.phases[index]
        if phase.kind is not PhaseKind.HOLD or index <= self._closed_hold:
            return []
        self._closed_hold = index
        held = phase.duration if completed else min(phase.duration, max(0.0, offset - phase.start))
        end = phase.end if completed else offset
        return [HoldFinished(phase, held, completed, self.clock_time(end))]

    def _advance(self, now: float) -> list[Event]:
        """Report, in time order, every phase change and cue up to ``now``."""
        offset = self._offset(now)
        phases = self.timeline.phases
        # The same tolerance as for cues: the offset of a deadline, computed back from its clock
        # time, can fall a rounding error short of it, and an update at next_deadline() must
        # still move on (and a phase must not open after its own opening cue).
        target = self.timeline.index_at(offset + SAME_MOMENT)
        if target >= len(phases) and self._paused_at is not None:
            # Only a skip ends a paused workout; the pause ends with it, so that paused_total
            # stops growing and Finished comes at the moment of the skip.
            self._paused_total += max(0.0, now - self._paused_at)
            self._paused_at = None
        # (offset, order within the same moment, event)
        found: list[tuple[float, int, Event]] = []
        for index in range(self._phase_index + 1, min(target, len(phases) - 1) + 1):
            if index > 0:
                previous = phases[index - 1]
                for event in self._close_hold(index - 1, previous.end, completed=True):
                    found.append((previous.end, 0, event))
            phase = phases[index]
            found.append((phase.start, 1, PhaseStarted(phase, index, self.clock_time(phase.start))))
            self._phase_index = index
        while (
            self._reported_cue < len(self.cues)
            and self.cues[self._reported_cue].offset <= offset + SAME_MOMENT
        ):
            cue = self.cues[self._reported_cue]
            found.append((cue.offset, 2, CueDue(cue, self.clock_time(cue.offset))))
            self._reported_cue += 1
        if target >= len(phases):
            last = len(phases) - 1
            for event in self._close_hold(last, phases[last].end, completed=True):
                found.append((phases[last].end, 0, event))
            self._status = _Status.FINISHED
            found.append((self.timeline.total, 3, Finished(self.clock_time(self.timeline.total))))
        found.sort(key=lambda item: (item[0], item[1]))
        return [event for _, _, event in found]
