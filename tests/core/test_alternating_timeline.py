"""Side planks taking turns: left 1, rest, right 1, rest, left 2, ... when the plan asks."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.cues import CueKind, cue_schedule
from app.core.events import HoldFinished
from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT, Exercise, exercise_for
from app.core.plan import Block, Plan
from app.core.readout import Headline, read
from app.core.timeline import PhaseKind, Timeline, build_timeline
from tests.core.test_timeline import rows
from tests.fakes import FakeClock, recorded_session, run_to_end

GET_READY = PhaseKind.GET_READY
HOLD = PhaseKind.HOLD
REST = PhaseKind.REST
SWITCH = PhaseKind.SWITCH


def holds(timeline: Timeline) -> list[tuple[str, int, int]]:
    """Each hold as (exercise key, round, rounds), in the order they are done."""
    return [(p.exercise.key, p.round, p.rounds) for p in timeline.holds]


def test_the_standard_routine_alternating_unrolls_to_the_exact_timeline() -> None:
    timeline = build_timeline(Plan.simple(rounds=3, alternate_sides=True))

    assert rows(timeline) == [
        (GET_READY, "plank", 1, 3, 0, 5),
        (HOLD, "plank", 1, 3, 5, 10),
        (REST, "plank", 2, 3, 15, 5),
        (HOLD, "plank", 2, 3, 20, 10),
        (REST, "plank", 3, 3, 30, 5),
        (HOLD, "plank", 3, 3, 35, 10),
        (SWITCH, "side-left", 1, 3, 45, 10),
        (HOLD, "side-left", 1, 3, 55, 10),
        (REST, "side-right", 1, 3, 65, 5),
        (HOLD, "side-right", 1, 3, 70, 10),
        (REST, "side-left", 2, 3, 80, 5),
        (HOLD, "side-left", 2, 3, 85, 10),
        (REST, "side-right", 2, 3, 95, 5),
        (HOLD, "side-right", 2, 3, 100, 10),
        (REST, "side-left", 3, 3, 110, 5),
        (HOLD, "side-left", 3, 3, 115, 10),
        (REST, "side-right", 3, 3, 125, 5),
        (HOLD, "side-right", 3, 3, 130, 10),
    ]
    # One switch pause fewer than one side after the other, one rest more: 5 s shorter.
    assert timeline.total == 140 == build_timeline(Plan.simple()).total - 5


def test_without_the_option_one_sides_rounds_come_before_the_others() -> None:
    plan = Plan.simple([SIDE_LEFT, SIDE_RIGHT], rounds=2)

    assert holds(build_timeline(plan)) == [
        ("side-left", 1, 2),
        ("side-left", 2, 2),
        ("side-right", 1, 2),
        ("side-right", 2, 2),
    ]


def test_right_then_left_alternates_too_starting_on_the_right() -> None:
    plan = Plan.simple([SIDE_RIGHT, SIDE_LEFT], rounds=2, alternate_sides=True)

    assert holds(build_timeline(plan)) == [
        ("side-right", 1, 2),
        ("side-left", 1, 2),
        ("side-right", 2, 2),
        ("side-left", 2, 2),
    ]


def test_sides_with_their_own_timings_keep_them_and_the_longer_side_finishes_alone() -> None:
    plan = Plan(
        (Block(SIDE_LEFT, 10, 5, 3), Block(SIDE_RIGHT, 12, 8, 2)),
        get_ready=0,
        switch=10,
        alternate_sides=True,
    )

    assert rows(build_timeline(plan)) == [
        (HOLD, "side-left", 1, 3, 0, 10),
        (REST, "side-right", 1, 2, 10, 5),  # the rest of the side just held
        (HOLD, "side-right", 1, 2, 15, 12),
        (REST, "side-left", 2, 3, 27, 8),
        (HOLD, "side-left", 2, 3, 35, 10),
        (REST, "side-right", 2, 2, 45, 5),
        (HOLD, "side-right", 2, 2, 50, 12),
        (REST, "side-left", 3, 3, 62, 8),
        (HOLD, "side-left", 3, 3, 70, 10),  # Round 3 of 3: the right side had only 2
    ]


def test_only_a_left_and_right_pair_next_to_each_other_alternates() -> None:
    plan = Plan.simple(
        [SIDE_LEFT, PLANK, SIDE_RIGHT, SIDE_LEFT, SIDE_RIGHT], rounds=2, alternate_sides=True
    )
    timeline = build_timeline(plan)

    # Pairs are taken from the start: the right/left in the middle pair up, the last right is alone.
    assert holds(timeline) == [
        ("side-left", 1, 2),
        ("side-left", 2, 2),
        ("plank", 1, 2),
        ("plank", 2, 2),
        ("side-right", 1, 2),
        ("side-left", 1, 2),
        ("side-right", 2, 2),
        ("side-left", 2, 2),
        ("side-right", 1, 2),
        ("side-right", 2, 2),
    ]
    assert [p.kind for p in timeline.phases].count(SWITCH) == 3


def test_a_plan_without_a_side_pair_is_the_same_whether_it_alternates_or_not() -> None:
    bird_dog = exercise_for("bird dog")
    exercises = [PLANK, SIDE_LEFT, bird_dog, SIDE_RIGHT]

    assert build_timeline(Plan.simple(exercises, alternate_sides=True)) == build_timeline(
        Plan.simple(exercises)
    )
    assert not Plan.simple(exercises, alternate_sides=True).alternates
    assert Plan.simple(alternate_sides=True).alternates


def test_each_boundary_still_gets_its_one_cue_and_ticks_lead_into_each_hold() -> None:
    timeline = build_timeline(Plan.simple([SIDE_LEFT, SIDE_RIGHT], rounds=2, alternate_sides=True))
    kinds = Counter(cue.kind for cue in cue_schedule(timeline))

    assert kinds[CueKind.HOLD] == 4
    assert kinds[CueKind.REST] == 3
    assert kinds[CueKind.SWITCH] == 0
    assert kinds[CueKind.TICK] == 4 * 3
    assert kinds[CueKind.DONE] == 1


def test_the_rest_after_a_left_hold_tells_the_user_the_right_side_is_next() -> None:
    clock = FakeClock(0)
    plan = Plan.simple([SIDE_LEFT, SIDE_RIGHT], rounds=2, get_ready=0, alternate_sides=True)
    session, recorder = recorded_session(build_timeline(plan), clock)
    session.start()
    clock.advance(10.5)
    session.update()

    readout = read(session)
    assert (readout.headline, readout.exercise, readout.round, readout.rounds) == (
        Headline.REST,
        SIDE_RIGHT,
        1,
        2,
    )
    run_to_end(session, clock)
    logged = [(e.phase.exercise.key, e.phase.round) for e in recorder.of(HoldFinished)]
    assert logged == [("side-left", 1), ("side-right", 1), ("side-left", 2), ("side-right", 2)]


sides = st.sampled_from([PLANK, SIDE_LEFT, SIDE_RIGHT, exercise_for("bird dog")])


@st.composite
def alternating_plans(draw: st.DrawFn) -> Plan:
    exercises: list[Exercise] = draw(st.lists(sides, min_size=1, max_size=6))
    blocks = tuple(
        Block(
            exercise,
            draw(st.integers(1, 120)),
            draw(st.integers(1, 60)),
            draw(st.integers(1, 8)),
        )
        for exercise in exercises
    )
    return Plan(blocks, get_ready=draw(st.integers(0, 60)), switch=draw(st.integers(0, 120)))


@given(alternating_plans())
def test_alternating_reorders_the_holds_and_never_adds_or_loses_one(plan: Plan) -> None:
    straight = build_timeline(plan)
    alternating = build_timeline(Plan(plan.blocks, plan.get_ready, plan.switch, True))

    assert Counter(holds(alternating)) == Counter(holds(straight))
    assert len(alternating.holds) == plan.total_rounds
    assert alternating.phases[0] == straight.phases[0]
    for before, after in zip(alternating.phases, alternating.phases[1:], strict=False):
        assert after.start == pytest.approx(before.end)
        # A rest (1 s at least) or a switch separates two holds; only a zero switch leaves none.
        if before.kind is HOLD and after.kind is HOLD:
            assert plan.switch == 0
