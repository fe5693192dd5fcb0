"""The cue feeder hands each cue to the engine ahead of its deadline and takes pending cues
back when a pause, skip or stop changes the schedule.

The feeder sleeps on a fake clock (tests.fake_waiter), so phases last what a workout's do and
no real time passes: moving the clock wakes it at each moment it asked for and returns once
it sleeps again; after a pause, skip or stop the test waits for it to sleep again before it
looks at what the recording scheduler was told.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator

import pytest

from app.audio.cue_feeder import DRAIN_S, LEAD, CueFeeder
from app.core.cues import Cue, CueKind
from app.core.events import Event, Stopped
from app.core.session import Session
from app.core.timeline import Timeline
from tests.fake_waiter import FakeWaiter

from .recording_player import TIMEOUT, RecordingPlayer
from .test_cue_thread import GET_READY, HOLD, REST, timeline

TICK = CueKind.TICK


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
def feeders() -> Iterator[list[CueFeeder]]:
    started: list[CueFeeder] = []
    yield started
    for feeder in started:
        feeder.close()


@pytest.fixture
def start(clock: FakeWaiter, feeders: list[CueFeeder]) -> Start:
    """Starts a session of a timeline with a feeder on the fake clock."""

    def run(
        line: Timeline, mixable: bool = True, buffer: float = 0.0, **kwargs: float
    ) -> tuple[Session, RecordingPlayer, RecordingScheduler]:
        session = Session(line, clock)
        player = RecordingPlayer({"plank": 0.3})
        scheduler = RecordingScheduler(clock, mixable, buffer)
        feeders.append(
            CueFeeder(session, player, scheduler, clock, player.on_played, waiter=clock, **kwargs)
        )
        session.start()
        clock.wait_idle()
        return session, player, scheduler

    return run


def names(scheduler: RecordingScheduler) -> list[str]:
    return [name for name, _, _ in scheduler.handed]


def test_every_cue_is_handed_over_lead_seconds_before_its_deadline_with_that_deadline(
    clock: FakeWaiter, start: Start
) -> None:
    session, player, scheduler = start(timeline((GET_READY, 5.0), (HOLD, 10.0), (REST, 5.0)))
    clock.advance(30.0)
    assert names(scheduler) == ["tick", "tick", "tick", "hold", "rest", "done"]
    for (_, at, handed_at), cue in zip(scheduler.handed, session.cues, strict=True):
        assert at == session.clock_time(cue.offset)
        assert handed_at == pytest.approx(at - LEAD)
    assert [scheduled.cue for scheduled, _ in player.log] == list(session.cues)
    for scheduled, reported_at in player.log:
        assert reported_at == scheduled.at
    assert player.heard == []  # the engine plays them: the player would play them twice


def test_pause_takes_pending_cues_back_and_resume_hands_them_over_at_their_new_time(
    clock: FakeWaiter, start: Start
) -> None:
    session, _, scheduler = start(timeline((GET_READY, 5.0), (HOLD, 10.0)))
    hold = next(cue for cue in session.cues if cue.kind is CueKind.HOLD)
    clock.advance(4.7)
    assert hold.index in scheduler.pending
    first_at = scheduler.pending[hold.index][1]
    session.pause()
    clock.wait_idle()
    assert (scheduler.silenced, scheduler.closed) == (1, 1)
    assert hold.index in scheduler.withdrawn  # and the stream is closed: nothing buffered plays
    assert hold.index not in scheduler.pending
    clock.advance(60.0)
    assert names(scheduler) == ["tick", "tick", "tick", "hold"]  # nothing while paused
    session.resume()
    clock.wait_idle()
    assert scheduler.opened == 1
    name, at = scheduler.pending[hold.index]
    assert name == "hold"
    assert at == session.clock_time(hold.offset)
    assert at == pytest.approx(first_at + 60.0)  # moved on by the time paused


def test_a_pause_just_after_a_cue_does_not_hand_it_over_again_on_resume(
    clock: FakeWaiter, start: Start
) -> None:
    # The pause comes after the hold's deadline but before this thread has reported the hold
    # (the clock jumps past it while the thread waits): the hold has played, and must not
    # be handed over again, and heard twice, when the workout resumes.
    session, player, scheduler = start(timeline((GET_READY, 5.0), (HOLD, 10.0)))
    clock.advance(4.8)
    assert names(scheduler) == ["tick", "tick", "tick", "hold"]
    clock.jump(0.3)
    session.pause()
    clock.wait_idle()
    assert scheduler.silenced == 1
    session.resume()
    clock.advance(20.0)
    assert names(scheduler) == ["tick", "tick", "tick", "hold", "done"]
    assert [scheduled.cue.kind for scheduled, _ in player.log] == [
        *(TICK, TICK, TICK, CueKind.HOLD, CueKind.DONE)
    ]


def test_skip_moves_the_cues_already_handed_over(clock: FakeWaiter, start: Start) -> None:
    line = timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0))
    session, _, scheduler = start(line)
    clock.advance(9.7)  # the rest, due in 0.3 s, is handed over; not in the stream yet
    assert scheduler.pending[1] == ("rest", session.clock_time(line.phases[1].start))
    session.skip()
    clock.wait_idle()
    assert 1 in scheduler.withdrawn
    assert scheduler.pending[1] == ("rest", pytest.approx(session.clock_time(line.phases[1].start)))
    assert scheduler.pending[1][1] == pytest.approx(clock())  # the rest starts now
    assert names(scheduler) == ["hold", "rest", "rest"]
    assert scheduler.closed == 0  # nothing was in the stream: no need to drop its buffer


def test_skip_drops_a_moved_sound_already_buffered_so_it_is_not_heard_twice(
    clock: FakeWaiter, start: Start
) -> None:
    line = timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0))
    # the stream's buffer already holds the rest sound, due in 0.3 s, when the hold is skipped
    session, _, scheduler = start(line, buffer=1.0)
    clock.advance(9.7)
    assert scheduler.started(1)
    session.skip()
    clock.wait_idle()
    # the buffer is dropped (silenced, closed, opened again) and the rest handed over anew
    assert (scheduler.silenced, scheduler.closed, scheduler.opened) == (1, 1, 1)
    assert names(scheduler) == ["hold", "rest", "rest"]
    rest_at = scheduler.handed[-1][1]
    assert rest_at == pytest.approx(session.clock_time(line.phases[1].start))


def test_stop_silences_and_closes_the_stream(clock: FakeWaiter, start: Start) -> None:
    session, player, scheduler = start(timeline((GET_READY, 5.0), (HOLD, 10.0)))
    clock.advance(4.8)
    assert names(scheduler) == ["tick", "tick", "tick", "hold"]
    session.stop()
    clock.wait_idle()
    assert (scheduler.silenced, scheduler.closed) == (1, 1)
    clock.advance(60.0)
    assert names(scheduler) == ["tick", "tick", "tick", "hold"]
    assert [scheduled.cue.kind for scheduled, _ in player.log] == [TICK, TICK, TICK]


def test_the_stream_closes_once_the_last_sound_has_played_out(
    clock: FakeWaiter, start: Start
) -> None:
    line = timeline((GET_READY, 5.0), (HOLD, 10.0))
    session, _, scheduler = start(line)
    end = session.clock_time(line.total)
    clock.advance_to(end)
    assert names(scheduler)[-1] == "done"
    session.update()  # the window's timer finds the workout finished
    clock.advance_to(end + DRAIN_S - 0.01)
    assert scheduler.closed == 0  # the done sound may still be in the stream's buffer
    clock.advance_to(end + DRAIN_S)
    assert scheduler.closed == 1


def test_a_stop_whose_news_comes_late_still_silences_the_sound_playing(
    clock: FakeWaiter, feeders: list[CueFeeder]
) -> None:
    # The session is stopped under its lock and tells its listeners after: the feeder may
    # find the workout over (and wait for its last sound to play out) before it hears of the
    # stop. It must then still silence at once, not play the sound out (200 ms seen).
    session = Session(timeline((GET_READY, 5.0), (HOLD, 10.0)), clock)
    stopping, release = threading.Event(), threading.Event()

    def hold_back(event: Event) -> None:
        if isinstance(event, Stopped):
            stopping.set()
            release.wait(TIMEOUT)

    session.subscribe(hold_back)
    player = RecordingPlayer()
    scheduler = RecordingScheduler(clock)
    scheduler.playing_until_silenced = True
    feeders.append(CueFeeder(session, player, scheduler, clock, player.on_played, waiter=clock))
    stopper = threading.Thread(target=session.stop)
    try:
        session.start()
        clock.advance(4.8)
        assert names(scheduler)[-1] == "hold"  # handed over ahead
        stopper.start()
        assert stopping.wait(TIMEOUT)  # stopped now; the feeder hears of it once released
        # the hold's moment passes: the feeder finds the workout over, its sound playing
        clock.advance(1.0)
        assert scheduler.busy_asked >= 1
        assert scheduler.silenced == 0
        release.set()
        stopper.join(TIMEOUT)
        clock.wait_idle()
        assert scheduler.silenced >= 1
        assert scheduler.closed >= 1
    finally:
        release.set()
        stopper.join(TIMEOUT)


def test_a_stale_tick_is_dropped_and_a_late_hold_still_plays(
    clock: FakeWaiter, feeders: list[CueFeeder]
) -> None:
    session = Session(timeline((GET_READY, 5.0), (HOLD, 10.0)), clock)
    player = RecordingPlayer()
    scheduler = RecordingScheduler(clock)
    session.start()
    clock.jump(5.8)  # the feeder starts 0.8 s after the hold: its ticks have lost meaning
    feeders.append(CueFeeder(session, player, scheduler, clock, player.on_played, waiter=clock))
    clock.wait_idle()
    assert names(scheduler) == ["hold"]  # the three ticks were dropped
    clock.advance(20.0)
    assert names(scheduler) == ["hold", "done"]
    assert [scheduled.cue.kind for scheduled, _ in player.log] == [CueKind.HOLD, CueKind.DONE]


def test_a_word_the_engine_cannot_mix_is_said_at_its_deadline(
    clock: FakeWaiter, feeders: list[CueFeeder]
) -> None:
    line = timeline((GET_READY, 5.0), (HOLD, 10.0))
    session = Session(
        line, clock, [Cue(0, 1.0, CueKind.VOICE, clip="bird-dog"), Cue(1, 5.0, CueKind.HOLD)]
    )
    player = RecordingPlayer()
    scheduler = RecordingScheduler(clock)
    scheduler.can_schedule = lambda name: name == "hold"  # type: ignore[method-assign]
    feeders.append(CueFeeder(session, player, scheduler, clock, player.on_played, waiter=clock))
    session.start()
    word_at = session.clock_time(1.0)
    clock.advance_to(word_at - 0.001)
    assert player.heard == []
    clock.advance_to(word_at)
    assert player.heard == ["bird-dog"]
    clock.advance(10.0)
    assert player.heard == ["bird-dog"]
    assert names(scheduler) == ["hold"]
    assert [scheduled.cue.index for scheduled, _ in player.log] == [0, 1]


def test_a_beep_the_engine_cannot_mix_plays_through_the_player_at_its_deadline(
    clock: FakeWaiter, start: Start
) -> None:
    # The stream could not open again after a pause (the device unplugged meanwhile): the
    # cues go on through the player's fallback rather than falling silent.
    _, player, scheduler = start(timeline((GET_READY, 5.0), (HOLD, 10.0)), mixable=False)
    clock.advance(20.0)
    assert player.heard == ["tick", "tick", "tick", "hold", "done"]
    for scheduled, played_at in player.log:
        assert played_at == scheduled.at
    assert scheduler.handed == []
