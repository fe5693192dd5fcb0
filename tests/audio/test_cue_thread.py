"""The cue thread plays the session's cues at their deadlines, through pauses, skips and stops.

The thread sleeps on a fake clock (tests.fake_waiter): phases last what a workout's do (10 s
holds, 5 s rests) and no real time passes. Moving the clock wakes the thread at each
deadline and returns once it sleeps again, so what it played is there to check; after a
pause, skip or stop the test waits for the thread to sleep again before it looks. Where a
cue must be late, the clock jumps on while the thread is not looking, as a starved thread
would find it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from app.audio.cue_thread import GIL_SWITCH_INTERVAL, LATE_LIMIT, CueThread
from app.audio.silent_player import SilentPlayer
from app.core.clock import monotonic
from app.core.cues import CueKind
from app.core.events import Event, Resumed
from app.core.exercise import PLANK
from app.core.session import ScheduledCue, Session
from app.core.timeline import Phase, PhaseKind, Timeline
from tests.fake_waiter import FakeWaiter

from .recording_player import RecordingPlayer

GET_READY, HOLD, REST, SWITCH = (
    PhaseKind.GET_READY,
    PhaseKind.HOLD,
    PhaseKind.REST,
    PhaseKind.SWITCH,
)
TICK = CueKind.TICK
NEVER_STALE = 60.0


def timeline(*spec: tuple[PhaseKind, float]) -> Timeline:
    phases = []
    start = 0.0
    for kind, duration in spec:
        phases.append(Phase(kind, duration, PLANK, 1, 1, start))
        start += duration
    return Timeline(tuple(phases))


class Runner:
    """Starts cue threads with a recording player on the fake clock; closes them after."""

    def __init__(self, clock: FakeWaiter) -> None:
        self.clock = clock
        self.threads: list[CueThread] = []

    def __call__(
        self, what: Timeline | Session, late_limit: float = LATE_LIMIT
    ) -> tuple[Session, RecordingPlayer, CueThread]:
        session = what if isinstance(what, Session) else Session(what, self.clock)
        player = RecordingPlayer()
        thread = CueThread(
            session, player, self.clock, player.on_played, late_limit=late_limit, waiter=self.clock
        )
        self.threads.append(thread)
        return session, player, thread


@pytest.fixture
def run(clock: FakeWaiter) -> Iterator[Runner]:
    runner = Runner(clock)
    yield runner
    for thread in runner.threads:
        thread.close()


def test_every_cue_plays_at_its_deadline_not_a_moment_before(
    clock: FakeWaiter, run: Runner
) -> None:
    line = timeline((GET_READY, 5.0), (HOLD, 10.0), (REST, 5.0), (HOLD, 10.0), (SWITCH, 5.0))
    session, player, _ = run(line)
    session.start()
    assert [cue.kind for cue in session.cues] == [
        *(TICK, TICK, TICK, CueKind.HOLD, CueKind.REST),
        *(TICK, TICK, TICK, CueKind.HOLD, CueKind.SWITCH, CueKind.DONE),
    ]
    for count, cue in enumerate(session.cues):
        at = session.clock_time(cue.offset)
        clock.advance_to(at - 0.001)
        assert len(player.log) == count, f"{cue} played early"
        clock.advance_to(at)
        assert len(player.log) == count + 1, f"{cue} not played at its deadline"
    assert player.kinds == [cue.kind for cue in session.cues]
    assert [scheduled.cue for scheduled, _ in player.log] == list(session.cues)
    for scheduled, played_at in player.log:
        assert played_at == scheduled.at


def test_pause_holds_cues_back_and_resume_shifts_them_by_the_pause(
    clock: FakeWaiter, run: Runner
) -> None:
    session, player, _ = run(timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0)))
    resumed: list[Resumed] = []

    def note(event: Event) -> None:
        if isinstance(event, Resumed):
            resumed.append(event)

    session.subscribe(note)
    session.start()
    clock.advance(3.0)
    assert player.kinds == [CueKind.HOLD]
    session.pause()
    rest_cue = session.cues[1]
    planned_rest_at = session.clock_time(rest_cue.offset)
    clock.advance(60.0)  # far past the rest's planned moment
    assert player.kinds == [CueKind.HOLD]

    session.resume()
    clock.advance(15.0)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, TICK, TICK, TICK, CueKind.HOLD]
    clock.advance(30.0)
    assert player.kinds[-1] is CueKind.DONE
    rest, played_at = player.log[1]
    assert resumed[0].paused_for == 60.0
    assert rest.at == pytest.approx(planned_rest_at + 60.0)
    assert played_at == rest.at


def test_skip_drops_the_skipped_ticks_but_plays_the_next_opening_cue(
    clock: FakeWaiter, run: Runner
) -> None:
    # Skipped, the ticks would be late: a late limit none reaches leaves their dropping to
    # the skip alone.
    session, player, _ = run(timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0)), NEVER_STALE)
    session.start()
    clock.advance(12.5)  # the rest's first tick has played, two are to come
    assert player.kinds == [CueKind.HOLD, CueKind.REST, TICK]
    session.skip()
    clock.wait_idle()
    assert player.kinds == [CueKind.HOLD, CueKind.REST, TICK, CueKind.HOLD]
    clock.advance(30.0)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, TICK, CueKind.HOLD, CueKind.DONE]


def test_stop_silences_what_plays_and_everything_after(clock: FakeWaiter, run: Runner) -> None:
    session, player, _ = run(timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0)))
    session.start()
    clock.advance(2.0)
    assert player.stops == 0
    session.stop()
    clock.wait_idle()
    assert player.stops == 1
    clock.advance(60.0)  # past the whole workout
    assert player.kinds == [CueKind.HOLD]


def test_skipping_the_last_phase_still_plays_done(clock: FakeWaiter, run: Runner) -> None:
    session, player, _ = run(timeline((HOLD, 10.0), (REST, 60.0)))
    session.start()
    clock.advance(15.0)
    assert player.kinds == [CueKind.HOLD, CueKind.REST]
    session.skip()
    clock.wait_idle()
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]


def test_done_plays_when_the_window_finishes_the_session_first(
    clock: FakeWaiter, run: Runner
) -> None:
    session, player, _ = run(timeline((HOLD, 60.0)))
    session.start()
    clock.wait_idle()
    clock.jump(60.0)  # the cue thread has not woken for the end yet...
    session.update()  # ...when the window's timer reaches it
    clock.wait_idle()
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]
    assert player.log[1][0].cue == session.cues[-1]


@pytest.mark.parametrize("started", [False, True], ids=["idle", "waiting-for-a-cue"])
def test_close_ends_the_thread(clock: FakeWaiter, run: Runner, started: bool) -> None:
    session, player, thread = run(timeline((HOLD, 60.0)))
    if started:
        session.start()
        clock.wait_idle()
        assert player.kinds == [CueKind.HOLD]
    thread.close()
    assert not thread.alive


def test_a_failing_listener_does_not_silence_the_rest(clock: FakeWaiter) -> None:
    session = Session(timeline((HOLD, 10.0), (REST, 5.0)), clock)
    player = RecordingPlayer()

    def broken(scheduled: ScheduledCue, played_at: float) -> None:
        player.on_played(scheduled, played_at)
        raise RuntimeError("listener bug")

    thread = CueThread(session, player, clock, broken, waiter=clock)
    try:
        session.start()
        clock.advance(20.0)
        assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]
    finally:
        thread.close()


def test_stale_ticks_are_dropped_but_the_hold_cue_plays(clock: FakeWaiter, run: Runner) -> None:
    session = Session(timeline((GET_READY, 3.5), (HOLD, 10.0)), clock)
    session.start()
    clock.jump(3.5 - 0.25)  # the thread starts late: all three ticks are, the last by 0.75 s
    _, player, _ = run(session)
    clock.wait_idle()
    assert player.kinds == []
    clock.advance(0.25)
    assert player.kinds == [CueKind.HOLD]
    clock.advance(10.0)
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]


def test_a_late_opening_cue_still_plays_when_nothing_newer_is_due(
    clock: FakeWaiter, run: Runner
) -> None:
    session = Session(timeline((HOLD, 10.0), (REST, 5.0)), clock)
    session.start()
    clock.jump(0.8)  # the hold cue is stale; the rest cue is far off
    _, player, _ = run(session)
    clock.wait_idle()
    assert player.kinds == [CueKind.HOLD]
    hold, played_at = player.log[0]
    assert played_at - hold.at == pytest.approx(0.8)
    assert played_at - hold.at > LATE_LIMIT
    clock.advance(20.0)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]


def test_of_several_overdue_cues_only_the_newest_plays(clock: FakeWaiter, run: Runner) -> None:
    session = Session(timeline((HOLD, 10.0), (REST, 5.0), (HOLD, 10.0)), clock)
    session.start()
    clock.jump(15.2)  # the first hold, the rest and its ticks are stale, the second hold due
    _, player, _ = run(session)
    clock.wait_idle()
    second_hold = session.cues[-2]
    assert second_hold.kind is CueKind.HOLD
    assert [scheduled.cue for scheduled, _ in player.log] == [second_hold]
    clock.advance(20.0)
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]


def test_a_cue_thread_asks_for_the_gil_often_enough_to_be_on_time() -> None:
    # A GUI thread running Python keeps the GIL for up to the switch interval: with the
    # default 5 ms a cue due then would be that late (benchmark 1 in docs/benchmarks.md).
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        session = Session(Timeline((Phase(PhaseKind.HOLD, 1.0, PLANK, 1, 1, 0.0),)), monotonic)
        thread = CueThread(session, SilentPlayer(), monotonic)
        thread.close()
        assert sys.getswitchinterval() <= GIL_SWITCH_INTERVAL
    finally:
        sys.setswitchinterval(previous)
