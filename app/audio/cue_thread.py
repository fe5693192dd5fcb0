"""The thread that plays each cue at its deadline, however busy the window is.

It sleeps on a condition until the next cue's clock time, as the session schedules it, and
every session event (start, pause, resume, skip, stop, each phase and cue) wakes it to read
the schedule again, so a pause or a skip takes effect at once.

Late cues. A cue found after its deadline normally plays at once. A cue more than
``late_limit`` seconds late (the thread was starved, or the audio device took long to open
for the cue before) is *stale*:

* a stale countdown tick is dropped: it would count the wrong second;
* a stale voice cue (a word, or a spoken number) is dropped like a tick;
* a stale opening cue (hold, rest, switch) or done cue is dropped only when a newer cue is
  already due, since the newest one says what to do now; otherwise it plays late, because
  a user with eyes closed must hear that the hold (or the workout) is over. A word due
  after it (a name, "rest", "done") is no newer news: it never displaces the beep.

A voice cue is also dropped, however little late, when it would still be speaking as the
next cue starts: the voice schedule never lets a word talk over a beep, and a late start
must not either.

Dropped cues are logged, never played later.

The done cue plays even when the session finished before this thread read it (an update at
the last deadline, or a skip of the last phase), at the moment the session reports.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from app.audio.player import CuePlayer
from app.core.clock import Clock
from app.core.cues import CueKind
from app.core.events import Event, Stopped
from app.core.session import ScheduledCue, Session
from app.core.waiter import ClockWaiter, Waiter

LATE_LIMIT = 0.5
"""Seconds after its deadline at which a cue turns stale: half the spacing of the ticks."""
JOIN_TIMEOUT = 2.0
GIL_SWITCH_INTERVAL = 0.001
"""Seconds; see docs/benchmarks.md, benchmark 1."""

PlayedCallback = Callable[[ScheduledCue, float], None]

log = logging.getLogger(__name__)


class CueThread:
    """A daemon thread that plays the session's cues on ``player`` at their deadlines.

    It starts at once. ``on_played(scheduled, played_at)`` runs on this thread after each
    cue, with ``played_at`` the clock time at which ``player.play`` returned. When the
    session is stopped, sound still playing is stopped too. ``close()`` ends the thread.
    It sleeps through ``waiter`` (by default the one for a clock whose time passes by
    itself), so that a test's fake clock can wake it.
    """

    lead_in = 0.0
    """Seconds the session should wait before it starts: none, each cue plays when due."""

    def __init__(
        self,
        session: Session,
        player: CuePlayer,
        clock: Clock,
        on_played: PlayedCallback | None = None,
        *,
        late_limit: float = LATE_LIMIT,
        waiter: Waiter | None = None,
    ) -> None:
        self._session = session
        self._player = player
        self._clock = clock
        self._on_played = on_played
        self._late_limit = late_limit
        self._waiter = waiter or ClockWaiter(clock)
        self._wake = self._waiter.condition()
        self._changed = False
        self._stopped = False
        self._closing = False
        self._last_index = -1
        session.subscribe(self._on_event)
        # To play at its deadline this thread needs the GIL, which a busy GUI thread holds
        # for up to the switch interval (5 ms by default): 1 ms keeps cues within 5 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL))
        self._thread = threading.Thread(target=self._run, name="cue-thread", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the thread and wait for it; a sound already started plays on."""
        with self._wake:
            self._closing = True
            self._wake.notify()
        if self._thread is not threading.current_thread():
            self._thread.join(JOIN_TIMEOUT)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _on_event(self, event: Event) -> None:
        # Runs on whichever thread changed the session, outside the session's lock; it only
        # takes this thread's lock, and never calls back into the session.
        with self._wake:
            self._changed = True
            if isinstance(event, Stopped):
                self._stopped = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                if self._closing:
                    return
                self._changed = False
                stopped, self._stopped = self._stopped, False
            if stopped:
                self._silence()
            # Read the schedule without holding our lock, so that no thread ever holds ours
            # while it waits for the session's (the GUI thread may be in a session command).
            # A finished session still offers its done cue: the window's timer may notice the
            # end before this thread gets to play it.
            due = self._session.next_cue(self._last_index)
            now = self._clock()
            if due is None or due.at > now:
                self._sleep(None if due is None else due.at)
                continue
            chosen = self._choose(due, now)
            if chosen is not None:
                self._play(chosen)

    def _sleep(self, until: float | None) -> None:
        with self._wake:
            # An event between clearing _changed and here has set it: do not sleep past it.
            if not self._changed and not self._closing:
                self._waiter.wait_until(self._wake, until)

    def _choose(self, due: ScheduledCue, now: float) -> ScheduledCue | None:
        """The cue to play among those due now; stale ones that lost their meaning are dropped."""
        while True:
            following = self._session.next_cue(due.cue.index)
            newer = following if following is not None and following.at <= now else None
            stale = now - due.at > self._late_limit or self._runs_into(due, following, now)
            droppable = due.cue.kind in (CueKind.TICK, CueKind.VOICE)
            if not stale or (not droppable and not self._news_due_after(due, now)):
                return due
            log.warning(
                "dropped the %s cue #%d, %.2f s late",
                _name(due),
                due.cue.index,
                now - due.at,
            )
            self._last_index = due.cue.index
            if newer is None:
                return None
            due = newer

    def _news_due_after(self, due: ScheduledCue, now: float) -> bool:
        """True when a cue after ``due`` that says what to do now (a beep, a number) is due."""
        following = self._session.next_cue(due.cue.index)
        while following is not None and following.at <= now:
            if following.cue.kind is not CueKind.VOICE or following.cue.seconds_left:
                return True
            following = self._session.next_cue(following.cue.index)
        return False

    def _runs_into(self, due: ScheduledCue, following: ScheduledCue | None, now: float) -> bool:
        """True for a word that, started now, would still be speaking when the next cue starts."""
        if due.cue.clip is None or following is None:
            return False
        return now + (self._player.clip_duration(due.cue.clip) or 0.0) > following.at

    def _silence(self) -> None:
        try:
            self._player.stop_all()
        except Exception:
            log.exception("stopping the sound failed")

    def _play(self, due: ScheduledCue) -> None:
        self._last_index = due.cue.index
        try:
            if due.cue.clip is not None:
                self._player.play_clip(due.cue.clip)
            else:
                self._player.play(due.cue.kind)
            played_at = self._clock()
            if self._on_played is not None:
                self._on_played(due, played_at)
        except Exception:
            # A broken player or listener must not silence the rest of the workout.
            log.exception("cue %s failed", _name(due))


def _name(due: ScheduledCue) -> str:
    return due.cue.clip or due.cue.kind.value
