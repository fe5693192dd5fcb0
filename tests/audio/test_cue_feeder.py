"""The cue feeder hands each cue to the engine ahead of its deadline and takes pending cues
back when a pause, skip or stop changes the schedule.

Phases last tenths of a second on the real monotonic clock; tests wait on what the
recording scheduler is told, never sleep, and check what was handed over, not punctuality
(the benchmark measures that at the sink).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Iterator

import pytest

from app.audio.cue_feeder import CueFeeder
from app.core.cues import CueKind
from app.core.events import Stopped
from app.core.session import Session

from .recording_player import TIMEOUT, RecordingPlayer
from .test_cue_thread import GET_READY, HOLD, REST, ShiftedClock, timeline


class RecordingScheduler:
    """Stands in for the cue engine: a cue 'starts' once the clock reaches its deadline."""

    def __init__(
        self, clock: Callable[[], float], mixable: bool = True, buffer: float = 0.0
    ) -> None:
        self.clock = clock
        self.mixable = mixable
        self.buffer = buffer
        """A cue counts as started (in the stream's buffer) this long before its deadline."""
        self.opened = 0
        self.pending: dict[Hashable, tuple[str, float]] = {}
        self.handed: list[tuple[str, float, float]] = []
        """(sound name, deadline, clock time when handed over)"""
        self.withdrawn: list[Hashable] = []
        self.silenced = 0
        self.closed = 0
        self.playing_until_silenced = False
        """busy() says a sound plays until silence() (a long last sound)."""
        self.busy_asked = 0
        self._changed = threading.Condition()

    def open(self) -> bool:
        with self._changed:
            self.opened += 1
            self._changed.notify_all()
        return True

    def earliest(self) -> float | None:
        return None

    def heard_at(self, key: Hashable) -> float | None:
        return self.pending[key][1] if self.started(key) else None

    def close(self) -> None:
        with self._changed:
            self.closed += 1
            self._changed.notify_all()

    def prepare(self, names: list[str]) -> None:
        pass

    def wait_ready(self, timeout: float) -> bool:
        return True

    def can_schedule(self, name: str) -> bool:
        return self.mixable

    def schedule(self, name: str, at: float, key: Hashable) -> None:
        with self._changed:
            self.pending[key] = (name, at)
            self.handed.append((name, at, self.clock()))
            self._changed.notify_all()

    def withdraw(self) -> None:
        with self._changed:
            for key in [k for k, (_, at) in self.pending.items() if at > self.clock()]:
                del self.pending[key]
                self.withdrawn.append(key)

    def silence(self) -> None:
        self.withdraw()
        with self._changed:
            self.silenced += 1
            self._changed.notify_all()

    def started(self, key: Hashable) -> bool:
        return key in self.pending and self.pending[key][1] <= self.clock() + self.buffer

    def busy(self) -> bool:
        with self._changed:
            self.busy_asked += 1
            self._changed.notify_all()
            return self.playing_until_silenced and self.silenced == 0

    def wait_for(self, check: Callable[[], bool]) -> None:
        with self._changed:
            assert self._changed.wait_for(check, TIMEOUT)


Start = Callable[..., tuple[Session, RecordingPlayer, RecordingScheduler]]


@pytest.fixture
def start() -> Iterator[Start]:
    feeders: list[CueFeeder] = []

    def run(line, clock=time.monotonic, mixable=True, buffer=0.0, **kwargs):
        session = Session(line, clock)
        player = RecordingPlayer({"plank": 0.3})
        scheduler = RecordingScheduler(clock, mixable, buffer)
        feeders.append(CueFeeder(session, player, scheduler, clock, player.on_played, **kwargs))
        session.start()
        return session, player, scheduler

    yield run
    for feeder in feeders:
        feeder.close()


def test_every_cue_is_handed_over_before_its_deadline_with_that_deadline(start: Start) -> None:
    session, player, scheduler = start(timeline((GET_READY, 0.3), (HOLD, 0.3), (REST, 0.3)))
    player.wait_for_cues(len(session.cues))
    assert [name for name, _, _ in scheduler.handed] == ["hold", "rest", "done"]
    for (_, at, handed_at), cue in zip(scheduler.handed, session.cues, strict=True):
        assert at == pytest.approx(session.clock_time(cue.offset))
        assert handed_at < at
    assert [scheduled.cue for scheduled, _ in player.log] == list(session.cues)


def test_pause_takes_pending_cues_back_and_resume_hands_them_over_at_their_new_time(
    start: Start,
) -> None:
    # A lead of 1.9 s hands the hold over long before it starts, so the pause finds it pending.
    session, _, scheduler = start(timeline((GET_READY, 2.0), (HOLD, 5.0)), lead=1.9)
    hold = next(cue for cue in session.cues if cue.kind is CueKind.HOLD)
    scheduler.wait_for(lambda: hold.index in scheduler.pending)
    first_at = scheduler.pending[hold.index][1]
    session.pause()
    scheduler.wait_for(lambda: scheduler.silenced == 1 and scheduler.closed == 1)
    assert hold.index in scheduler.withdrawn  # and the stream is closed: nothing buffered plays
    session.resume()
    scheduler.wait_for(lambda: hold.index in scheduler.pending)
    name, at = scheduler.pending[hold.index]
    assert name == "hold"
    assert at == pytest.approx(session.clock_time(hold.offset))
    assert at > first_at  # moved on by the time paused


def test_a_pause_just_after_a_cue_does_not_hand_it_over_again_on_resume() -> None:
    # The pause comes after the hold's deadline but before this thread has reported the hold
    # (the clock jumps past it while the thread waits): the hold has played, and must not
    # be handed over again, and heard twice, when the workout resumes.
    clock = ShiftedClock()
    session = Session(timeline((GET_READY, 0.3), (HOLD, 0.6)), clock)
    player = RecordingPlayer()
    scheduler = RecordingScheduler(clock)
    feeder = CueFeeder(session, player, scheduler, clock, player.on_played, lead=3.0)
    try:
        session.start()
        scheduler.wait_for(lambda: len(scheduler.handed) == 2)  # the hold and the done
        clock.shift = 0.5
        session.pause()
        scheduler.wait_for(lambda: scheduler.silenced == 1)
        session.resume()
        player.wait_for_cues(2)
        assert [name for name, _, _ in scheduler.handed] == ["hold", "done", "done"]
        assert [scheduled.cue.kind for scheduled, _ in player.log] == [CueKind.HOLD, CueKind.DONE]
    finally:
        feeder.close()


def test_skip_moves_the_cues_already_handed_over(start: Start) -> None:
    line = timeline((GET_READY, 0.1), (HOLD, 4.0), (REST, 3.0))
    session, player, scheduler = start(line, lead=3.0)
    player.wait_for_cues(1)  # the hold has begun; its rest, 4 s on, is already handed over
    scheduler.wait_for(lambda: 1 in scheduler.pending)
    session.skip()
    scheduler.wait_for(lambda: 1 in scheduler.withdrawn and 1 in scheduler.pending)
    assert scheduler.pending[1] == ("rest", pytest.approx(session.clock_time(line.phases[2].start)))


def test_skip_drops_a_moved_sound_already_buffered_so_it_is_not_heard_twice(
    start: Start,
) -> None:
    line = timeline((GET_READY, 0.1), (HOLD, 4.0), (REST, 3.0))
    # the stream's buffer already holds the rest sound, due 4 s on, when the hold is skipped
    session, player, scheduler = start(line, lead=5.0, buffer=10.0)
    player.wait_for_cues(1)
    scheduler.wait_for(lambda: 1 in scheduler.pending)
    session.skip()
    # the buffer is dropped (silenced, closed, opened again) and the rest handed over anew
    scheduler.wait_for(lambda: scheduler.opened >= 1 and scheduler.closed >= 1)
    scheduler.wait_for(lambda: [name for name, _, _ in scheduler.handed].count("rest") == 2)
    assert scheduler.silenced >= 1
    rest_at = [at for name, at, _ in scheduler.handed if name == "rest"][-1]
    assert rest_at == pytest.approx(session.clock_time(line.phases[2].start))


def test_stop_silences_and_closes_the_stream(start: Start) -> None:
    session, _, scheduler = start(timeline((GET_READY, 0.1), (HOLD, 5.0)))
    scheduler.wait_for(lambda: len(scheduler.handed) >= 1)
    session.stop()
    scheduler.wait_for(lambda: scheduler.silenced >= 1 and scheduler.closed >= 1)


def test_a_stop_whose_news_comes_late_still_silences_the_sound_playing() -> None:
    # The session is stopped under its lock and tells its listeners after: the feeder may
    # find the workout over (and wait for its last sound to play out) before it hears of the
    # stop. It must then still silence at once, not play the sound out (200 ms seen).
    line = timeline((GET_READY, 0.3), (HOLD, 5.0))
    session = Session(line, time.monotonic)
    release = threading.Event()
    session.subscribe(lambda event: release.wait(TIMEOUT) if isinstance(event, Stopped) else None)
    player = RecordingPlayer()
    scheduler = RecordingScheduler(time.monotonic)
    scheduler.playing_until_silenced = True
    feeder = CueFeeder(session, player, scheduler, time.monotonic, player.on_played)
    stopper = threading.Thread(target=session.stop)
    try:
        session.start()
        scheduler.wait_for(lambda: len(scheduler.handed) >= 1)  # the hold, handed over ahead
        stopper.start()  # stopped now; the feeder hears of it once released
        # the hold's moment passes: the feeder finds the workout over, its sound playing
        scheduler.wait_for(lambda: scheduler.busy_asked >= 1)
        assert scheduler.silenced == 0
        release.set()
        scheduler.wait_for(lambda: scheduler.silenced >= 1 and scheduler.closed >= 1)
    finally:
        release.set()
        stopper.join(TIMEOUT)
        feeder.close()


def test_a_stale_tick_is_dropped_and_a_late_hold_still_plays(start: Start) -> None:
    clock = ShiftedClock()
    line = timeline((GET_READY, 2.0), (HOLD, 0.5))
    session = Session(line, clock)
    player = RecordingPlayer()
    scheduler = RecordingScheduler(clock)
    session.start()
    clock.shift = 2.5  # the feeder starts 0.5 s after the hold: its ticks have lost meaning
    feeder = CueFeeder(session, player, scheduler, clock, player.on_played, late_limit=0.3)
    try:
        scheduler.wait_for(lambda: any(name == "hold" for name, _, _ in scheduler.handed))
        assert scheduler.handed[0][0] == "hold"  # both ticks were dropped
    finally:
        feeder.close()


def test_a_word_the_engine_cannot_mix_is_said_at_its_deadline(start: Start) -> None:
    from app.core.cues import Cue

    line = timeline((GET_READY, 0.2), (HOLD, 0.2))
    session = Session(
        line,
        time.monotonic,
        [Cue(0, 0.1, CueKind.VOICE, clip="bird-dog"), Cue(1, 0.2, CueKind.HOLD)],
    )
    player = RecordingPlayer()
    scheduler = RecordingScheduler(time.monotonic)
    scheduler.can_schedule = lambda name: name == "hold"  # type: ignore[method-assign]
    feeder = CueFeeder(session, player, scheduler, time.monotonic, player.on_played)
    try:
        session.start()
        player.wait_for_cues(2)
        assert player.heard == ["bird-dog"]
        assert [name for name, _, _ in scheduler.handed] == ["hold"]
    finally:
        feeder.close()


def test_a_beep_the_engine_cannot_mix_plays_through_the_player_at_its_deadline(
    start: Start,
) -> None:
    # The stream could not open again after a pause (the device unplugged meanwhile): the
    # cues go on through the player's fallback rather than falling silent.
    session, player, scheduler = start(timeline((GET_READY, 0.2), (HOLD, 0.2)), mixable=False)
    player.wait_for_cues(len(session.cues))
    assert player.heard == ["hold", "done"]
    assert scheduler.handed == []
