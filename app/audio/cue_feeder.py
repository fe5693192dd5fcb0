"""The thread that hands the session's cues to the cue engine ahead of their deadlines.

It wakes ``LEAD`` seconds before each cue and hands it over (:meth:`CueScheduler.schedule`)
with its deadline; the engine's stream mixes it in at the frame heard at that moment. So the
cue is on time however late this thread or the GUI runs, as long as the hand-over is not
later than the lead minus the stream's delay (85-130 ms with its 2048-frame blocks).

Every session event wakes it to compare what it handed over with the schedule as it stands:
a skip moves or removes cues, and then every cue not yet started is taken back
(:meth:`CueScheduler.withdraw`) and the right ones handed over again. A pause or a stop
closes the stream at once, dropping what it has buffered (so a stop is silent within a few
milliseconds, not after the buffer and the server's graph have played out); a resume opens
a new one. Once the workout is over and its
last sound has played, the stream is closed too, so the device can sleep.

The late rules of :mod:`app.audio.cue_thread` hold here too: a tick or a word handed over
more than ``late_limit`` after its deadline is dropped, any other cue plays late but whole.
``on_played(scheduled, at)`` runs on this thread once a cue's deadline has passed. A word
the engine cannot mix (a typed exercise name, for the desktop's speech engine) is passed
to ``player.play_clip`` at its deadline instead.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from app.audio.cue_engine import CueScheduler, sound_name
from app.audio.cue_thread import GIL_SWITCH_INTERVAL, JOIN_TIMEOUT, LATE_LIMIT
from app.audio.player import CuePlayer
from app.core.clock import Clock
from app.core.cues import CueKind
from app.core.events import Event, Paused, Resumed, Stopped
from app.core.session import ScheduledCue, Session
from app.core.session_state import SessionState
from app.core.waiter import ClockWaiter, Waiter

READY_TIMEOUT_S = 0.5
"""How long a new stream may take to settle before cues are handed to it (about 150 ms: the
open, then three 43 ms buffers whose delay reports agree)."""
HEARD_ALREADY_S = 0.01
"""A sound placed to start within this much of now is (as good as) heard: a skip leaves it."""
LEAD = 0.5
"""Seconds ahead of its deadline that a cue is handed to the engine. The stream renders a
cue's buffer up to 130 ms before it is heard (its delay and one 43 ms block), so this thread
may wake up to 370 ms late and the cue is still on time (at 200 ms the slack was 70 ms). The
engine counts cues it had to start late: none in the benchmark's 10-minute loaded runs."""
SAME_TIME = 1e-6
SETTLE_CHECK_S = 0.1
"""After the last cue, how often to look whether the sound has played out."""
DRAIN_S = 0.25
"""Once the mixer is idle, what the stream still holds is heard within its delay (two
2048-frame blocks and the server's cycle: 130 ms or so); the stream is closed after this much
more, so the last sound is never cut."""

PlayedCallback = Callable[[ScheduledCue, float], None]

log = logging.getLogger(__name__)


class CueFeeder:
    """A daemon thread feeding ``scheduler`` the cues of ``session``; ``close()`` ends it.

    It sleeps through ``waiter`` (by default the one for a clock whose time passes by
    itself), so that a test's fake clock can wake it.
    """

    def __init__(
        self,
        session: Session,
        player: CuePlayer,
        scheduler: CueScheduler,
        clock: Clock,
        on_played: PlayedCallback | None = None,
        *,
        lead: float = LEAD,
        late_limit: float = LATE_LIMIT,
        waiter: Waiter | None = None,
    ) -> None:
        self._session = session
        self._player = player
        self._scheduler = scheduler
        self._clock = clock
        self._on_played = on_played
        self._lead = lead
        self._late_limit = late_limit
        self._waiter = waiter or ClockWaiter(clock)
        self._wake = self._waiter.condition()
        self._changed = False
        self._silence = False
        self._silence_at: float | None = None
        """When the pause or stop that asks for silence came."""
        self._reopen = False
        self._closing = False
        self._handed: dict[int, ScheduledCue] = {}
        """Cues given to the engine (or kept to say at their deadline), not yet reported."""
        self._mixed: set[int] = set()
        """Of those, the ones in the stream (the others are played at their deadline)."""
        self._reported = -1
        """Index of the last cue whose deadline has passed."""
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL))
        session.subscribe(self._on_event)
        self.lead_in = 0.0
        """Seconds from now until a cue handed over now can be heard on time: the session
        should start no sooner (a cue due at the start would be late by the stream's delay)."""
        earliest = scheduler.earliest()
        if earliest is not None:
            self.lead_in = max(0.0, earliest - clock())
        self._thread = threading.Thread(target=self._run, name="cue-feeder", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """End the thread and close the stream (what is buffered is dropped)."""
        with self._wake:
            self._closing = True
            self._wake.notify()
        if self._thread is not threading.current_thread():
            self._thread.join(JOIN_TIMEOUT)
        self._scheduler.close()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _on_event(self, event: Event) -> None:
        with self._wake:
            self._changed = True
            if isinstance(event, Paused | Stopped):
                self._silence = True
                self._silence_at = event.at
                self._reopen = False
            elif isinstance(event, Resumed):
                self._reopen = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                if self._closing:
                    return
                changed, self._changed = self._changed, False
                silence, self._silence = self._silence, False
                silence_at, self._silence_at = self._silence_at, None
                reopen, self._reopen = self._reopen, False
            if silence:
                if silence_at is not None:
                    # cues due before the pause have played: handed over again on resume,
                    # they would be heard twice
                    self._report_due(silence_at)
                self._scheduler.silence()
                self._scheduler.close()
                self._handed = {}
            if reopen and self._scheduler.open():
                self._scheduler.wait_ready(READY_TIMEOUT_S)
            now = self._clock()
            if changed:
                self._resync(now)
                now = self._clock()  # a resync may have opened the stream again meanwhile
            wake_at = self._step(now)
            if wake_at is None and self._over():
                self._finish()
                wake_at = None
            with self._wake:
                if not self._changed and not self._closing:
                    self._waiter.wait_until(self._wake, wake_at)

    def _step(self, now: float) -> float | None:
        """Report what is due, hand over what is near; the next moment to wake, if any."""
        self._report_due(now)
        after = max([self._reported, *self._handed])
        due = self._session.next_cue(after)
        while due is not None and due.at - self._lead <= now:
            self._hand_over(due, now)
            due = self._session.next_cue(due.cue.index)
        moments = [c.at for c in self._handed.values()]
        if due is not None:
            moments.append(due.at - self._lead)
        return min(moments, default=None)

    def _report_due(self, now: float) -> None:
        for index in sorted(self._handed):
            scheduled = self._handed[index]
            if scheduled.at > now:
                break
            del self._handed[index]
            self._reported = index
            self._report(scheduled, now)

    def _hand_over(self, due: ScheduledCue, now: float) -> None:
        cue = due.cue
        late = now - due.at
        if late > self._late_limit and cue.kind in (CueKind.TICK, CueKind.VOICE):
            log.warning("dropped the %s cue #%d, %.2f s late", _name(due), cue.index, late)
            self._reported = max(self._reported, cue.index)
            return
        name = sound_name(cue.kind, cue.clip)
        if self._scheduler.can_schedule(name):
            self._scheduler.schedule(name, due.at, cue.index)
            self._mixed.add(cue.index)
            # --verbose shows these: with the sink's timing, they tell how late a cue was heard
            log.info("cue %s #%d due at %.6f on CLOCK_MONOTONIC", name, cue.index, due.at)
        else:
            self._mixed.discard(cue.index)
        self._handed[cue.index] = due

    def _report(self, scheduled: ScheduledCue, now: float) -> None:
        cue = scheduled.cue
        try:
            if cue.index not in self._mixed:
                # Not in the stream: a word without a clip (the desktop's speech engine says
                # it), or any cue while the stream is gone (it failed to open again after a
                # pause or a skip): the player's fallback plays it now, at its deadline.
                if cue.clip is not None:
                    self._player.play_clip(cue.clip)
                else:
                    self._player.play(cue.kind)
            self._mixed.discard(cue.index)
            if self._on_played is not None:
                self._on_played(scheduled, now)
        except Exception:
            log.exception("cue %s failed", _name(scheduled))

    def _resync(self, now: float) -> None:
        """Take everything back if the schedule no longer matches what was handed over.

        A sound already placed in the stream's buffer cannot be taken out of it; if a skip
        moved one that is not heard yet, the buffer is dropped (the stream closed and opened
        again), so that it is not heard beside its moved self.
        """
        stale = False
        buffered = False
        for index, handed in self._handed.items():
            current = self._session.next_cue(index - 1)
            unchanged = (
                current is not None
                and current.cue.index == index
                and abs(current.at - handed.at) <= SAME_TIME
            )
            if unchanged:
                continue
            if not self._started(handed):
                stale = True
                continue
            heard_at = self._scheduler.heard_at(index)
            if heard_at is not None and heard_at > now + HEARD_ALREADY_S:
                buffered = True
        if buffered:
            self._scheduler.silence()
            self._scheduler.close()
            self._handed = {}
            if self._scheduler.open():
                self._scheduler.wait_ready(READY_TIMEOUT_S)
            return
        if not stale:
            return
        self._scheduler.withdraw()
        self._handed = {i: c for i, c in self._handed.items() if self._started(c)}

    def _started(self, scheduled: ScheduledCue) -> bool:
        return self._scheduler.started(scheduled.cue.index)

    def _over(self) -> bool:
        state = self._session.state
        return state in (SessionState.FINISHED, SessionState.STOPPED) and not self._handed

    def _finish(self) -> None:
        # The last sound may still be playing: close once it has played out. A stop or pause
        # that comes meanwhile goes back to the loop, which silences at once: the session
        # is already stopped when its Stopped event is still on its way here, and waiting
        # for the sound here played a stopped hold out whole (200 ms after the stop).
        while self._scheduler.busy():
            with self._wake:
                if self._closing or self._changed:
                    return
                self._waiter.wait_until(self._wake, self._clock() + SETTLE_CHECK_S)
        with self._wake:
            if self._closing or self._changed:
                return
            self._waiter.wait_until(self._wake, self._clock() + DRAIN_S)
        self._scheduler.close()


def _name(due: ScheduledCue) -> str:
    return due.cue.clip or due.cue.kind.value
