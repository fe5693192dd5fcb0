"""Property: however a workout is paused, every boundary lands exactly where the plan says.

A boundary is the session start, plus the planned durations before it, plus the pauses taken
before it; nothing is counted by ticks, so nothing drifts, however long the workout.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.cues import SAME_MOMENT
from app.core.events import Finished, HoldFinished, Paused, PhaseStarted
from app.core.exercise import BUILT_IN
from app.core.plan import (
    GET_READY_RANGE,
    HOLD_RANGE,
    REST_RANGE,
    ROUNDS_RANGE,
    SWITCH_RANGE,
    Plan,
)
from app.core.timeline import build_timeline
from tests.fakes import FakeClock, recorded_session

TOLERANCE = 1e-9


def seconds(bounds: tuple[int, int]) -> st.SearchStrategy[float]:
    """Whole or fractional seconds within a plan range."""
    low, high = bounds
    return st.one_of(
        st.integers(low, high).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


@st.composite
def plans(draw: st.DrawFn, max_rounds: int = ROUNDS_RANGE[1]) -> Plan:
    """Any valid plan: a subset of the exercises in any order, every value in range."""
    return Plan.simple(
        draw(st.lists(st.sampled_from(BUILT_IN), min_size=1, max_size=3, unique=True)),
        hold=draw(seconds(HOLD_RANGE)),
        rest=draw(seconds(REST_RANGE)),
        rounds=draw(st.integers(ROUNDS_RANGE[0], max_rounds)),
        get_ready=draw(seconds(GET_READY_RANGE)),
        switch=draw(seconds(SWITCH_RANGE)),
    )


# (seconds to run before pausing, seconds paused, update before pausing?)
pause_steps = st.lists(
    st.tuples(
        st.floats(0, 600, allow_nan=False, allow_infinity=False),
        st.floats(0, 3600, allow_nan=False, allow_infinity=False),
        st.booleans(),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(plan=plans(), start=st.floats(0, 1e5), steps=pause_steps)
def test_boundaries_are_start_plus_plan_plus_pauses_before_them(
    plan: Plan, start: float, steps: list[tuple[float, float, bool]]
) -> None:
    timeline = build_timeline(plan)
    clock = FakeClock(start)
    session, recorder = recorded_session(timeline, clock)
    session.start()

    pauses: list[tuple[float, float]] = []  # (planned offset when paused, seconds paused)
    offset = 0.0
    for run, paused_for, update_first in steps:
        clock.advance(run)
        offset += run
        if update_first:
            session.update()
        count = len(recorder.of(Paused))
        session.pause()
        if len(recorder.of(Paused)) == count:
            break  # the workout was already over
        clock.advance(paused_for)
        session.resume()
        pauses.append((offset, paused_for))
    clock.advance(timeline.total + 1)
    session.update()

    starts = recorder.of(PhaseStarted)
    assert [event.index for event in starts] == list(range(len(timeline.phases)))
    for event in starts:
        # a boundary less than SAME_MOMENT ahead counts as reached when the pause comes
        reached = event.phase.start - SAME_MOMENT
        before = sum(p for o, p in pauses if o < reached - 1e-7)
        unsure = sum(p for o, p in pauses if abs(o - reached) <= 1e-7)
        planned = start + event.phase.start + before
        assert (
            abs(event.at - planned) <= TOLERANCE or abs(event.at - planned - unsure) <= TOLERANCE
        ), (event, planned)
        assert event.phase == timeline.phases[event.index]

    total_paused = sum(p for _, p in pauses)
    assert recorder.of(Finished) == [recorder.events[-1]]
    assert abs(recorder.events[-1].at - (start + timeline.total + total_paused)) <= TOLERANCE
    assert abs(session.paused_total - total_paused) <= TOLERANCE
    holds = recorder.of(HoldFinished)
    assert [event.phase for event in holds] == list(timeline.holds)
    assert all(event.completed and event.held == event.phase.duration for event in holds)


@settings(max_examples=60, deadline=None)
@given(plan=plans(max_rounds=10), start=st.floats(0, 1e5), poll=st.floats(0.25, 7.0))
def test_polling_at_any_rate_reports_the_exact_boundaries(
    plan: Plan, start: float, poll: float
) -> None:
    timeline = build_timeline(plan)
    clock = FakeClock(start)
    session, recorder = recorded_session(timeline, clock)
    session.start()

    while session.is_active:
        # wake at the next deadline or the next repaint, whichever is first, as the app does
        deadline = session.next_deadline()
        assert deadline is not None
        clock.set(min(clock.now + poll, max(clock.now, deadline)))
        session.update()
        after = session.next_deadline()
        assert after is None or after > clock.now, "an update left a deadline pending"

    starts = recorder.of(PhaseStarted)
    assert [event.index for event in starts] == list(range(len(timeline.phases)))
    assert all(abs(e.at - (start + e.phase.start)) <= TOLERANCE for e in starts)
    assert abs(recorder.events[-1].at - (start + timeline.total)) <= TOLERANCE
    assert isinstance(recorder.events[-1], Finished)
