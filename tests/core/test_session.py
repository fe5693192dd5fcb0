"""A session on a fake clock: what the user sees happen, and when, as they train."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.cues import CueKind
from app.core.events import CueDue, Finished, HoldFinished, PhaseStarted, Stopped
from app.core.exercise import PLANK, SIDE_LEFT
from app.core.plan import Plan
from app.core.session import ScheduledCue, Session
from app.core.session_state import SessionState
from app.core.timeline import PhaseKind, Timeline, build_timeline
from tests.fakes import EventRecorder, FakeClock, recorded_session, run_to_end

T0 = 1000.0
# get-ready 3 | plank: hold 3-7, rest 7-9, hold 9-13 | switch 13-16 | side-left: hold 16-20,
# rest 20-22, hold 22-26 | done at 26
EXAMPLE = build_timeline(
    Plan.simple([PLANK, SIDE_LEFT], get_ready=3, hold=4, rest=2, rounds=2, switch=3)
)

FULL_WORKOUT = [
    "0 started",
    "0 get-ready plank 1/2",
    "0 cue tick 3",
    "1 cue tick 2",
    "2 cue tick 1",
    "3 hold plank 1/2",
    "3 cue hold",
    "7 held plank 1 4s completed",
    "7 rest plank 2/2",
    "7 cue rest",
    "8 cue tick 1",
    "9 hold plank 2/2",
    "9 cue hold",
    "13 held plank 2 4s completed",
    "13 switch side-left 1/2",
    "13 cue switch",
    "14 cue tick 2",
    "15 cue tick 1",
    "16 hold side-left 1/2",
    "16 cue hold",
    "20 held side-left 1 4s completed",
    "20 rest side-left 2/2",
    "20 cue rest",
    "21 cue tick 1",
    "22 hold side-left 2/2",
    "22 cue hold",
    "26 held side-left 2 4s completed",
    "26 cue done",
    "26 finished",
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def run(clock: FakeClock) -> tuple[Session, EventRecorder]:
    """The example workout, started at T0."""
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()
    return session, recorder


def at(clock: FakeClock, session: Session, offset: float) -> None:
    """Move the clock to ``offset`` seconds after T0 and let the session catch up."""
    clock.set(T0 + offset)
    session.update()


# a whole workout


def test_a_full_workout_reports_every_event_in_order_at_its_deadline(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)

    session.start()
    run_to_end(session, clock)

    assert recorder.lines(T0) == FULL_WORKOUT
    assert session.state is SessionState.FINISHED


def test_one_late_update_reports_everything_with_each_events_own_deadline(
    clock: FakeClock,
) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()

    clock.advance(500)
    session.update()

    assert recorder.lines(T0) == FULL_WORKOUT


def test_a_late_update_in_the_middle_catches_up_in_order(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    recorder.take()

    at(clock, session, 14.5)  # jumped over the end of the first exercise

    assert recorder.lines(T0) == FULL_WORKOUT[3:17]
    assert session.state is SessionState.SWITCH
    assert session.remaining() == pytest.approx(1.5)


def test_updating_often_changes_nothing_but_when_events_are_noticed(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()

    while session.is_active:
        clock.advance(1 / 60)  # a repaint timer; deadlines never drift by counting these
        session.update()

    assert recorder.lines(T0) == FULL_WORKOUT


def test_a_long_workout_ends_exactly_on_time_however_it_is_polled(clock: FakeClock) -> None:
    timeline = build_timeline(Plan.simple(hold=117.3, rest=59.9, rounds=50, switch=119.7))
    session, recorder = recorded_session(timeline, clock)
    session.start()

    while session.is_active:
        clock.advance(0.37)
        session.update()

    starts = recorder.of(PhaseStarted)
    assert [event.index for event in starts] == list(range(len(timeline.phases)))
    for event in starts:
        assert event.at == pytest.approx(T0 + event.phase.start, abs=1e-9)
    assert recorder.of(Finished)[0].at == pytest.approx(T0 + timeline.total, abs=1e-9)
    assert timeline.total > 7 * 3600


@pytest.mark.parametrize(
    "plan",
    [
        Plan.simple(hold=1.1, rest=1.3, rounds=3, get_ready=0.7, switch=2.9),
        Plan.simple(hold=7.77, rest=3.33, rounds=5, get_ready=4.44, switch=0.1),
    ],
)
def test_updating_exactly_at_each_deadline_always_moves_on(plan: Plan) -> None:
    # the app wakes at next_deadline(); if that moment did not count as reached, the timer
    # would hang on the same deadline
    timeline = build_timeline(plan)
    clock = FakeClock(777.123)
    session, recorder = recorded_session(timeline, clock)
    session.start()

    run_to_end(session, clock)

    assert [event.index for event in recorder.of(PhaseStarted)] == list(range(len(timeline.phases)))
    assert recorder.of(Finished)[0].at == pytest.approx(777.123 + timeline.total, abs=1e-9)


def test_a_deadline_a_rounding_error_away_counts_as_reached(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    recorder.take()

    at(clock, session, 3 - 1e-7)

    assert recorder.lines(T0)[-2:] == ["3 hold plank 1/2", "3 cue hold"]
    assert session.remaining() == 4  # never more than the hold's own length
    assert session.next_deadline() == T0 + 7


# state names and queries


def test_state_names_follow_the_workout(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    seen = []
    for offset in (0, 3, 7, 9, 13, 16):
        at(clock, session, offset)
        seen.append(session.state.value)
    session.pause()
    seen.append(session.state.value)
    session.resume()
    at(clock, session, 26)
    seen.append(session.state.value)

    assert seen == ["get-ready", "hold", "rest", "hold", "switch", "hold", "paused", "finished"]


def test_state_values_are_the_names_the_user_sees() -> None:
    assert [state.value for state in SessionState] == [
        "idle",
        "get-ready",
        "hold",
        "rest",
        "switch",
        "paused",
        "finished",
        "stopped",
    ]


def test_a_new_session_is_idle_and_shows_the_whole_workout_ahead(clock: FakeClock) -> None:
    session = Session(EXAMPLE, clock)

    assert session.state is SessionState.IDLE
    assert not session.is_active
    assert session.phase is None
    assert session.phase_index == -1
    assert session.next_phase == EXAMPLE.phases[0]
    assert session.elapsed() == 0
    assert session.remaining() == 0
    assert session.total_remaining() == 26
    assert session.next_deadline() is None
    assert session.next_cue(-1) is None


def test_remaining_total_remaining_and_elapsed_as_time_passes(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    assert (session.remaining(), session.total_remaining(), session.elapsed()) == (3, 26, 0)

    at(clock, session, 4.5)
    assert session.remaining() == pytest.approx(2.5)
    assert session.total_remaining() == pytest.approx(21.5)
    assert session.elapsed() == pytest.approx(4.5)
    assert session.phase == EXAMPLE.phases[1]
    assert session.next_phase == EXAMPLE.phases[2]

    at(clock, session, 100)
    assert (session.remaining(), session.total_remaining(), session.elapsed()) == (0, 0, 26)
    assert session.phase is None
    assert session.next_phase is None


def test_remaining_counts_down_between_updates(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    clock.set(T0 + 1.25)  # no update: the screen still reads the live time

    assert session.remaining() == pytest.approx(1.75)
    assert session.total_remaining() == pytest.approx(24.75)


def test_next_deadline_is_the_next_cue_or_phase_end(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    assert session.next_deadline() == T0 + 1  # the "2" tick

    at(clock, session, 3.5)
    assert session.next_deadline() == T0 + 7  # end of the hold and the rest cue

    at(clock, session, 7.2)
    assert session.next_deadline() == T0 + 8  # the tick in the rest

    session.pause()
    assert session.next_deadline() is None
    clock.advance(10)
    session.resume()
    assert session.next_deadline() == pytest.approx(T0 + 18)

    session.stop()
    assert session.next_deadline() is None


def test_next_deadline_in_a_default_hold_is_its_end(clock: FakeClock) -> None:
    session = Session(build_timeline(Plan.simple()), clock)
    session.start()
    at(clock, session, 6)

    assert session.state is SessionState.HOLD
    assert session.next_deadline() == T0 + 15


def test_next_cue_walks_the_schedule_for_the_cue_thread(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run

    first = session.next_cue(-1)
    assert first == ScheduledCue(session.cues[0], T0)
    played: list[tuple[float, CueKind]] = []
    last = -1
    while (scheduled := session.next_cue(last)) is not None:
        played.append((scheduled.at - T0, scheduled.cue.kind))
        last = scheduled.cue.index
    assert [kind for _, kind in played] == [cue.kind for cue in session.cues]
    assert [offset for offset, _ in played] == [0, 1, 2, 3, 7, 8, 9, 13, 14, 15, 16, 20, 21, 22, 26]


def test_toggle_pause_starts_pauses_and_resumes(clock: FakeClock) -> None:
    session = Session(EXAMPLE, clock)

    states = []
    for _ in range(3):
        session.toggle_pause()
        states.append(session.state)

    assert states == [SessionState.GET_READY, SessionState.PAUSED, SessionState.GET_READY]


# pause and resume


def test_pause_and_resume_shift_every_later_deadline_by_the_pause(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 5)
    session.pause()
    clock.advance(10)
    session.update()  # a paused session lets deadlines pass by
    session.resume()
    run_to_end(session, clock)

    shifted = [f"{int(line.split()[0]) + 10} {line.split(' ', 1)[1]}" for line in FULL_WORKOUT[7:]]
    assert recorder.lines(T0) == [
        *FULL_WORKOUT[:7],
        "5 paused",
        "15 resumed after 10s",
        *shifted,
    ]
    assert session.paused_total == 10


def test_while_paused_the_clock_on_screen_stands_still(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 5)
    session.pause()
    recorder.take()

    clock.advance(60)
    session.update()

    assert recorder.events == []
    assert session.state is SessionState.PAUSED
    assert session.phase == EXAMPLE.phases[1]
    assert session.remaining() == 2
    assert session.elapsed() == 5
    assert session.total_remaining() == 21
    assert session.paused_total == 60
    assert session.next_cue(-1) is None


def test_a_pause_reports_what_was_due_before_it(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()
    clock.set(T0 + 3.5)  # no update since the start

    session.pause()

    assert recorder.lines(T0)[-5:] == [
        "1 cue tick 2",
        "2 cue tick 1",
        "3 hold plank 1/2",
        "3 cue hold",
        "3.5 paused",
    ]


def test_after_resume_the_cue_schedule_is_the_rest_shifted_by_the_pause(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    at(clock, session, 7.5)
    before = [session.next_cue(i) for i in range(-1, len(session.cues))]

    session.pause()
    clock.advance(12.25)
    session.resume()

    after = [session.next_cue(i) for i in range(-1, len(session.cues))]
    assert [s.cue if s else None for s in after] == [s.cue if s else None for s in before]
    for old, new in zip(before, after, strict=True):
        if old is not None and new is not None:
            assert new.at == pytest.approx(old.at + 12.25, abs=1e-9)


def test_many_pauses_add_up(run: tuple[Session, EventRecorder], clock: FakeClock) -> None:
    session, recorder = run
    for offset in (1, 5, 8.5, 5):
        clock.advance(offset)
        session.pause()
        clock.advance(2.5)
        session.resume()
    run_to_end(session, clock)

    assert session.paused_total == 10
    assert recorder.of(Finished)[0].at == T0 + 26 + 10


# skip


def test_skip_in_get_ready_starts_the_hold_at_once(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 1.5)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == ["1.5 hold plank 1/2", "1.5 cue hold"]
    assert session.state is SessionState.HOLD
    assert session.remaining() == 4
    assert session.skipped_total == 1.5
    assert session.next_cue(0) == ScheduledCue(session.cues[3], T0 + 1.5)
    run_to_end(session, clock)
    # the "1" tick at 2 s was skipped over: never reported; later ones come 1.5 s early
    assert [line for line in recorder.lines(T0) if "tick" in line] == [
        "6.5 cue tick 1",
        "12.5 cue tick 2",
        "13.5 cue tick 1",
        "19.5 cue tick 1",
    ]
    assert recorder.lines(T0)[-1] == "24.5 finished"


def test_skip_in_a_hold_reports_the_seconds_held_and_opens_the_rest(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 5)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == [
        "5 held plank 1 2s cut short",
        "5 rest plank 2/2",
        "5 cue rest",
    ]
    finished = recorder.of(HoldFinished)[0]
    assert (finished.held, finished.completed, finished.phase) == (2, False, EXAMPLE.phases[1])
    assert session.state is SessionState.REST
    run_to_end(session, clock)
    assert recorder.lines(T0)[3:5] == ["6 cue tick 1", "7 hold plank 2/2"]
    # the skipped hold is reported once, not again as completed
    assert [(e.phase.round, e.completed) for e in recorder.of(HoldFinished)] == [
        (1, False),
        (2, True),
        (1, True),
        (2, True),
    ]


def test_skip_in_a_rest_skips_its_ticks(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 7.5)
    recorder.take()

    session.skip()
    run_to_end(session, clock)

    lines = recorder.lines(T0)
    assert lines[:3] == ["7.5 hold plank 2/2", "7.5 cue hold", "11.5 held plank 2 4s completed"]
    # the rest's tick at 8 never sounds; the later ones come 1.5 s early
    assert [line for line in lines if "tick" in line] == [
        "12.5 cue tick 2",
        "13.5 cue tick 1",
        "19.5 cue tick 1",
    ]
    assert lines[-1] == "24.5 finished"


def test_skip_in_a_switch_skips_its_ticks(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 13.5)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == ["13.5 hold side-left 1/2", "13.5 cue hold"]
    assert session.skipped_total == 2.5
    run_to_end(session, clock)
    assert all(event.cue.offset not in (14, 15) for event in recorder.of(CueDue))


def test_skip_of_the_last_hold_finishes_the_workout(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 23)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == [
        "23 held side-left 2 1s cut short",
        "23 cue done",
        "23 finished",
    ]
    assert session.state is SessionState.FINISHED
    assert (session.elapsed(), session.total_remaining()) == (26, 0)


def test_skip_right_at_a_phase_start_skips_the_whole_phase(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 3)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == [
        "3 held plank 1 0s cut short",
        "3 rest plank 2/2",
        "3 cue rest",
    ]


def test_skipping_every_phase_walks_the_plan_in_order(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()

    while session.is_active:
        session.skip()

    assert [event.index for event in recorder.of(PhaseStarted)] == list(range(8))
    assert [event.held for event in recorder.of(HoldFinished)] == [0, 0, 0, 0]
    assert [e.cue.kind for e in recorder.of(CueDue)] == [
        CueKind.TICK,  # the get-ready "3" was due at the start
        CueKind.HOLD,
        CueKind.REST,
        CueKind.HOLD,
        CueKind.SWITCH,
        CueKind.HOLD,
        CueKind.REST,
        CueKind.HOLD,
        CueKind.DONE,
    ]
    assert session.skipped_total == 26


def test_skip_while_paused_moves_on_but_stays_paused(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 5)
    session.pause()
    clock.advance(10)
    recorder.take()

    session.skip()

    assert recorder.lines(T0) == [
        "5 held plank 1 2s cut short",
        "5 rest plank 2/2",
        "5 cue rest",
    ]
    recorder.take()
    assert session.state is SessionState.PAUSED
    assert session.phase == EXAMPLE.phases[2]
    assert session.remaining() == 2
    assert session.next_cue(-1) is None
    clock.advance(5)
    session.update()
    assert recorder.take() == []

    session.resume()  # at 20: the rest runs from here
    run_to_end(session, clock)

    assert recorder.lines(T0)[:4] == [
        "20 resumed after 15s",
        "21 cue tick 1",
        "22 hold plank 2/2",
        "22 cue hold",
    ]
    assert recorder.lines(T0)[-1] == "39 finished"


def test_skip_while_paused_in_the_last_hold_ends_the_workout_and_the_pause(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 24)
    session.pause()
    clock.advance(6)
    recorder.take()

    session.skip()
    clock.advance(100)

    assert session.state is SessionState.FINISHED
    assert [type(e).__name__ for e in recorder.events] == ["HoldFinished", "CueDue", "Finished"]
    assert recorder.of(HoldFinished)[0].held == 2
    assert recorder.of(Finished)[0].at == T0 + 30  # the moment the user skipped
    assert session.paused_total == 6  # the pause ended with the workout


# stop


def test_stop_during_a_hold_reports_the_partial_hold(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 11.5)
    recorder.take()

    session.stop()

    assert recorder.lines(T0) == ["11.5 held plank 2 2.5s cut short", "11.5 stopped"]
    assert session.state is SessionState.STOPPED
    assert not session.is_active
    assert session.phase is None
    assert session.next_phase is None
    assert (session.remaining(), session.total_remaining()) == (0, 0)


def test_stop_while_paused_in_a_hold_counts_the_hold_up_to_the_pause(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 4)
    session.pause()
    clock.advance(30)
    recorder.take()

    session.stop()

    assert recorder.lines(T0) == ["4 held plank 1 1s cut short", "34 stopped"]
    assert session.paused_total == 30
    clock.advance(30)
    assert session.paused_total == 30


def test_stop_in_a_rest_reports_no_hold(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    at(clock, session, 8)
    recorder.take()

    session.stop()

    assert recorder.lines(T0) == ["8 stopped"]


def test_stop_reports_what_was_due_first(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start()
    clock.set(T0 + 8.5)

    session.stop()

    assert recorder.lines(T0) == [*FULL_WORKOUT[:11], "8.5 stopped"]


def test_after_stop_the_time_done_stands_still(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    at(clock, session, 10)
    session.stop()

    clock.advance(60)

    assert session.elapsed() == 10
    assert session.total_remaining() == 0


def test_after_the_end_updates_and_time_change_nothing(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, recorder = run
    run_to_end(session, clock)
    recorder.take()

    clock.advance(1000)
    session.update()

    assert recorder.events == []
    assert session.elapsed() == 26
    assert session.paused_total == 0


# commands in the wrong state


Command = Callable[[Session], None]
COMMANDS: dict[str, Command] = {
    "start": Session.start,
    "pause": Session.pause,
    "resume": Session.resume,
    "skip": Session.skip,
    "stop": Session.stop,
    "update": Session.update,
}


def reach(state: str, session: Session, clock: FakeClock) -> None:
    if state == "idle":
        return
    session.start()
    at(clock, session, 5)
    if state == "paused":
        session.pause()
    elif state == "finished":
        at(clock, session, 30)
    elif state == "stopped":
        session.stop()


@pytest.mark.parametrize(
    ("state", "command"),
    [
        ("idle", "pause"),
        ("idle", "resume"),
        ("idle", "skip"),
        ("idle", "stop"),
        ("idle", "update"),
        ("running", "start"),
        ("running", "resume"),
        ("paused", "start"),
        ("paused", "pause"),
        ("paused", "update"),
        *[("finished", name) for name in COMMANDS],
        *[("stopped", name) for name in COMMANDS],
    ],
)
def test_commands_in_the_wrong_state_are_ignored(
    state: str, command: str, clock: FakeClock
) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    reach(state, session, clock)
    recorder.take()
    clock.advance(0.5)
    before = (session.state, session.phase_index, session.paused_total, session.skipped_total)

    COMMANDS[command](session)

    assert recorder.events == []
    assert (session.state, session.phase_index, session.paused_total, session.skipped_total) == (
        before
    )


def test_a_second_start_does_not_restart_the_clock(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    at(clock, session, 5)

    session.start()

    assert session.elapsed() == 5
    assert session.phase == EXAMPLE.phases[1]


def test_every_listener_hears_every_event(clock: FakeClock) -> None:
    session = Session(EXAMPLE, clock)
    first, second = EventRecorder(), EventRecorder()
    session.subscribe(first)
    session.subscribe(second)

    session.start()
    clock.advance(30)
    session.update()

    assert first.events == second.events
    assert len(first.events) == len(FULL_WORKOUT)


def test_a_listener_may_query_the_session_while_it_reports(clock: FakeClock) -> None:
    session = Session(EXAMPLE, clock)
    states: list[SessionState] = []
    session.subscribe(lambda event: states.append(session.state))

    session.start()
    session.stop()

    assert states == [SessionState.GET_READY] * 3 + [SessionState.STOPPED]


def test_a_session_needs_a_phase(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="at least one phase"):
        Session(Timeline(()), clock)


def test_stopped_event_and_held_time_on_a_default_plan(clock: FakeClock) -> None:
    session, recorder = recorded_session(build_timeline(Plan.simple()), clock)
    session.start()
    at(clock, session, 5 + 10 + 5 + 7.25)  # 7.25 s into the second plank

    session.stop()

    holds = recorder.of(HoldFinished)
    assert [(h.phase.round, h.held, h.completed) for h in holds] == [
        (1, 10, True),
        (2, 7.25, False),
    ]
    assert recorder.of(Stopped) == [Stopped(T0 + 27.25)]
    assert all(e.phase.kind is PhaseKind.HOLD for e in holds)


def test_the_done_cue_is_still_offered_when_the_end_was_noticed_first(
    run: tuple[Session, EventRecorder], clock: FakeClock
) -> None:
    session, _ = run
    before_done = len(session.cues) - 2
    # The GUI thread notices the end before the cue thread has played the done cue.
    run_to_end(session, clock)
    assert session.state is SessionState.FINISHED
    done = session.next_cue(before_done)
    assert done == ScheduledCue(session.cues[-1], T0 + 26)
    assert done.cue.kind is CueKind.DONE
    assert session.next_cue(done.cue.index) is None
    # Nothing before the done cue is offered again.
    assert session.next_cue(-1) == done


# a lead-in: the sound stream needs a moment before the first cue can be heard


def test_a_lead_in_delays_the_whole_workout_and_its_first_cue(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start(lead_in=0.25)
    # the get-ready shows at once, whole; its first tick is not due yet
    assert session.phase is not None
    assert session.phase.kind is PhaseKind.GET_READY
    assert session.remaining() == pytest.approx(3.0)
    assert session.elapsed() == 0.0
    assert recorder.of(CueDue) == []
    assert session.next_deadline() == pytest.approx(T0 + 0.25)
    clock.set(T0 + 0.2499)
    session.update()
    assert recorder.of(CueDue) == []
    clock.set(T0 + 0.25)
    session.update()
    first = recorder.of(CueDue)
    assert [cue.cue.kind for cue in first] == [CueKind.TICK]
    assert first[0].at == pytest.approx(T0 + 0.25)
    # every later deadline moves by the same lead-in
    clock.set(T0 + 0.25 + 3.0)
    session.update()
    holds = [e for e in recorder.of(PhaseStarted) if e.phase.kind is PhaseKind.HOLD]
    assert holds[0].at == pytest.approx(T0 + 3.25)


def test_a_skip_during_the_lead_in_skips_the_phase_and_not_the_lead_in(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start(lead_in=0.25)
    clock.set(T0 + 0.1)
    session.skip()
    # the time skipped is the get-ready's 3 s, not the lead-in too; the next phase begins now
    assert session.skipped_total == pytest.approx(3.0)
    assert session.phase is not None
    assert session.phase.kind is PhaseKind.HOLD
    assert session.remaining() == pytest.approx(EXAMPLE.phases[1].duration)
    assert recorder.of(PhaseStarted)[-1].at == pytest.approx(T0 + 0.1)


def test_a_stop_during_the_lead_in_counts_no_time_held(clock: FakeClock) -> None:
    session, recorder = recorded_session(EXAMPLE, clock)
    session.start(lead_in=0.25)
    clock.set(T0 + 0.1)
    session.stop()
    assert recorder.of(HoldFinished) == []
    assert recorder.of(CueDue) == []
    assert len(recorder.of(Stopped)) == 1
    assert session.elapsed() == 0.0
