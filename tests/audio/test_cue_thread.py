"""The cue thread plays the session's cues at their deadlines, through pauses, skips and stops.

Phases last tenths of a second on the real monotonic clock. Tests wait for cues the
recording player reports, never sleep, and check order and kinds, not punctuality
(benchmarks measure that). Where a cue must be late, the clock is moved forward by hand.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

import pytest

from app.audio.cue_thread import GIL_SWITCH_INTERVAL, LATE_LIMIT, CueThread
from app.audio.silent_player import SilentPlayer
from app.core.clock import monotonic
from app.core.cues import CueKind
from app.core.events import Event, Resumed
from app.core.exercise import PLANK
from app.core.session import ScheduledCue, Session
from app.core.timeline import Phase, PhaseKind, Timeline

from .recording_player import RecordingPlayer

GET_READY, HOLD, REST, SWITCH = (
    PhaseKind.GET_READY,
    PhaseKind.HOLD,
    PhaseKind.REST,
    PhaseKind.SWITCH,
)
# Tests of order must not lose a cue to a stall of the shared machine.
NEVER_STALE = 60.0
GENEROUS = 2.0


def timeline(*spec: tuple[PhaseKind, float]) -> Timeline:
    phases = []
    start = 0.0
    for kind, duration in spec:
        phases.append(Phase(kind, duration, PLANK, 1, 1, start))
        start += duration
    return Timeline(tuple(phases))


class ShiftedClock:
    """The monotonic clock plus a shift a test adds to, to make cues late without waiting."""

    def __init__(self) -> None:
        self.shift = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.shift


Runner = Callable[..., tuple[Session, RecordingPlayer, CueThread]]


@pytest.fixture
def run() -> Iterator[Runner]:
    """Starts a cue thread with a recording player on a session; closes every thread after."""
    threads: list[CueThread] = []

    def start(
        line: Timeline,
        clock: Callable[[], float] = time.monotonic,
        late_limit: float = NEVER_STALE,
        session: Session | None = None,
    ) -> tuple[Session, RecordingPlayer, CueThread]:
        session = session or Session(line, clock)
        player = RecordingPlayer()
        thread = CueThread(session, player, clock, player.on_played, late_limit=late_limit)
        threads.append(thread)
        return session, player, thread

    yield start
    for thread in threads:
        thread.close()


@pytest.fixture
def wait_past(run: Runner) -> Callable[[float], None]:
    """Waits until the clock passes a moment, marked by a second workout's done cue.

    Checking that nothing plays during a pause or after a stop needs time to pass; a cue
    on the same clock marks the moment without a sleep.
    """

    def wait(moment: float) -> None:
        witness, player, _ = run(timeline((HOLD, max(0.01, moment - time.monotonic()))))
        witness.start()
        player.wait_until(lambda: CueKind.DONE in player.kinds)

    return wait


def test_cues_play_in_schedule_order_never_early(run: Runner) -> None:
    line = timeline((GET_READY, 1.1), (HOLD, 0.1), (REST, 0.1), (HOLD, 0.1), (SWITCH, 0.1))
    session, player, _ = run(line)
    session.start()
    log = player.wait_for_cues(len(session.cues))
    assert [cue.kind for cue in session.cues] == [
        CueKind.TICK,
        CueKind.HOLD,
        CueKind.REST,
        CueKind.HOLD,
        CueKind.SWITCH,
        CueKind.DONE,
    ]
    assert player.kinds == [cue.kind for cue in session.cues]
    assert [scheduled.cue for scheduled, _ in log] == list(session.cues)
    for scheduled, played_at in log:
        assert scheduled.at <= played_at < scheduled.at + GENEROUS


def test_pause_holds_cues_back_and_resume_shifts_them_by_the_pause(
    run: Runner, wait_past: Callable[[float], None]
) -> None:
    session, player, _ = run(timeline((HOLD, 0.1), (REST, 0.1), (HOLD, 0.1)))
    resumed: list[Resumed] = []

    def note(event: Event) -> None:
        if isinstance(event, Resumed):
            resumed.append(event)

    session.subscribe(note)
    session.start()
    player.wait_for_cues(1)
    session.pause()
    rest_cue = session.cues[1]
    planned_rest_at = session.clock_time(rest_cue.offset)
    wait_past(planned_rest_at + 0.05)
    assert player.kinds == [CueKind.HOLD]

    session.resume()
    log = player.wait_for_cues(4)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.HOLD, CueKind.DONE]
    rest, played_at = log[1]
    assert rest.at == pytest.approx(planned_rest_at + resumed[0].paused_for)
    assert played_at >= resumed[0].at


def test_skip_drops_the_skipped_ticks_but_plays_the_next_opening_cue(run: Runner) -> None:
    session, player, _ = run(timeline((HOLD, 0.1), (REST, 2.5), (HOLD, 0.1)))
    assert CueKind.TICK in [cue.kind for cue in session.cues]
    session.start()
    player.wait_for_cues(2)
    session.skip()
    player.wait_for_cues(4)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.HOLD, CueKind.DONE]


def test_stop_silences_what_plays_and_everything_after(
    run: Runner, wait_past: Callable[[float], None]
) -> None:
    session, player, _ = run(timeline((HOLD, 0.1), (REST, 0.1), (HOLD, 0.1)))
    session.start()
    player.wait_for_cues(1)
    session.stop()
    player.wait_until(lambda: player.stops > 0)
    wait_past(session.clock_time(session.timeline.total) + 0.05)
    assert player.kinds == [CueKind.HOLD]


def test_skipping_the_last_phase_still_plays_done(run: Runner) -> None:
    session, player, _ = run(timeline((HOLD, 0.1), (REST, 60.0)))
    session.start()
    player.wait_for_cues(2)
    session.skip()
    player.wait_for_cues(3)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]


def test_done_plays_when_the_window_finishes_the_session_first(run: Runner) -> None:
    clock = ShiftedClock()
    session, player, _ = run(timeline((HOLD, 60.0)), clock)
    session.start()
    player.wait_for_cues(1)
    clock.shift += 60.0
    session.update()  # the window's timer reaches the last deadline before the cue thread
    log = player.wait_for_cues(2)
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]
    assert log[1][0].cue == session.cues[-1]


@pytest.mark.parametrize("started", [False, True], ids=["idle", "waiting-for-a-cue"])
def test_close_ends_the_thread(run: Runner, started: bool) -> None:
    session, player, thread = run(timeline((HOLD, 60.0)))
    if started:
        session.start()
        player.wait_for_cues(1)
    thread.close()
    assert not thread.alive


def test_a_failing_listener_does_not_silence_the_rest(run: Runner) -> None:
    session = Session(timeline((HOLD, 0.1), (REST, 0.1)), time.monotonic)
    player = RecordingPlayer()

    def broken(scheduled: ScheduledCue, played_at: float) -> None:
        player.on_played(scheduled, played_at)
        raise RuntimeError("listener bug")

    thread = CueThread(session, player, time.monotonic, broken)
    try:
        session.start()
        player.wait_for_cues(3)
        assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]
    finally:
        thread.close()


def test_stale_ticks_are_dropped_but_the_hold_cue_plays(run: Runner) -> None:
    clock = ShiftedClock()
    session = Session(timeline((GET_READY, 3.5), (HOLD, 0.1)), clock)
    session.start()
    clock.shift += 3.5 - 0.25  # all three ticks are late, the last by 0.75 s
    _, player, _ = run(session.timeline, clock, LATE_LIMIT, session)
    player.wait_for_cues(2)
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]


def test_a_late_opening_cue_still_plays_when_nothing_newer_is_due(run: Runner) -> None:
    clock = ShiftedClock()
    session = Session(timeline((HOLD, 1.3), (REST, 0.1)), clock)
    session.start()
    clock.shift += 0.8  # the hold cue is stale; the rest cue is due 0.5 s from now
    _, player, _ = run(session.timeline, clock, LATE_LIMIT, session)
    log = player.wait_for_cues(3)
    assert player.kinds == [CueKind.HOLD, CueKind.REST, CueKind.DONE]
    hold, played_at = log[0]
    assert played_at - hold.at > LATE_LIMIT


def test_of_several_overdue_cues_only_the_newest_plays(run: Runner) -> None:
    clock = ShiftedClock()
    session = Session(timeline((HOLD, 0.5), (REST, 0.5), (HOLD, 0.6)), clock)
    session.start()
    clock.shift += 1.1  # the first hold and the rest are stale, the second hold is due
    _, player, _ = run(session.timeline, clock, LATE_LIMIT, session)
    log = player.wait_for_cues(2)
    assert player.kinds == [CueKind.HOLD, CueKind.DONE]
    assert log[0][0].cue == session.cues[2]


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
