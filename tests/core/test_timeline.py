"""The plan unrolled into phases: what the user does, for which exercise, from when."""

from __future__ import annotations

import pytest

from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT
from app.core.plan import Block, Plan
from app.core.timeline import Phase, PhaseKind, Timeline, build_timeline

GET_READY = PhaseKind.GET_READY
HOLD = PhaseKind.HOLD
REST = PhaseKind.REST
SWITCH = PhaseKind.SWITCH


def rows(timeline: Timeline) -> list[tuple[PhaseKind, str, int, int, float, float]]:
    """Each phase as (kind, exercise key, round, rounds, start, duration)."""
    return [
        (p.kind, p.exercise.key, p.round, p.rounds, p.start, p.duration) for p in timeline.phases
    ]


def test_default_plan_unrolls_to_the_exact_timeline() -> None:
    timeline = build_timeline(Plan.simple())

    assert rows(timeline) == [
        (GET_READY, "plank", 1, 3, 0, 5),
        (HOLD, "plank", 1, 3, 5, 10),
        (REST, "plank", 2, 3, 15, 5),
        (HOLD, "plank", 2, 3, 20, 10),
        (REST, "plank", 3, 3, 30, 5),
        (HOLD, "plank", 3, 3, 35, 10),
        (SWITCH, "side-left", 1, 3, 45, 10),
        (HOLD, "side-left", 1, 3, 55, 10),
        (REST, "side-left", 2, 3, 65, 5),
        (HOLD, "side-left", 2, 3, 70, 10),
        (REST, "side-left", 3, 3, 80, 5),
        (HOLD, "side-left", 3, 3, 85, 10),
        (SWITCH, "side-right", 1, 3, 95, 10),
        (HOLD, "side-right", 1, 3, 105, 10),
        (REST, "side-right", 2, 3, 115, 5),
        (HOLD, "side-right", 2, 3, 120, 10),
        (REST, "side-right", 3, 3, 130, 5),
        (HOLD, "side-right", 3, 3, 135, 10),
    ]
    # 5 get ready + 3 exercises * (3 holds of 10 + 2 rests of 5) + 2 switches of 10
    assert timeline.total == 5 + 3 * (3 * 10 + 2 * 5) + 2 * 10 == 145


def test_default_plan_has_nine_holds_and_ends_on_a_hold() -> None:
    timeline = build_timeline(Plan.simple())

    assert len(timeline.holds) == 9
    assert [(h.exercise, h.round) for h in timeline.holds] == [
        (exercise, round_) for exercise in (PLANK, SIDE_LEFT, SIDE_RIGHT) for round_ in (1, 2, 3)
    ]
    assert timeline.phases[-1].kind is HOLD
    assert timeline.phases[-1].end == timeline.total


def test_phases_follow_each_other_without_gaps() -> None:
    timeline = build_timeline(Plan.simple(hold=7.5, rest=2.25, get_ready=1.5, switch=3.75))

    for before, after in zip(timeline.phases, timeline.phases[1:], strict=False):
        assert after.start == pytest.approx(before.end, abs=1e-9)
    assert timeline.starts == tuple(phase.start for phase in timeline.phases)
    assert timeline.total == pytest.approx(1.5 + 3 * (3 * 7.5 + 2 * 2.25) + 2 * 3.75)


def test_no_rest_after_the_last_hold_of_an_exercise() -> None:
    timeline = build_timeline(Plan.simple())

    kinds_after_last_holds = [
        timeline.phases[i + 1].kind
        for i, phase in enumerate(timeline.phases[:-1])
        if phase.kind is HOLD and phase.round == phase.rounds
    ]
    assert kinds_after_last_holds == [SWITCH, SWITCH]


def test_zero_get_ready_starts_with_the_first_hold() -> None:
    timeline = build_timeline(Plan.simple(get_ready=0))

    assert timeline.phases[0] == Phase(HOLD, 10.0, PLANK, 1, 3, 0.0)
    assert all(phase.kind is not GET_READY for phase in timeline.phases)
    assert timeline.total == 140


def test_zero_switch_goes_straight_to_the_next_exercise() -> None:
    timeline = build_timeline(Plan.simple(switch=0))

    assert all(phase.kind is not SWITCH for phase in timeline.phases)
    last_plank, first_side = timeline.phases[5], timeline.phases[6]
    assert (last_plank.kind, last_plank.exercise, last_plank.round) == (HOLD, PLANK, 3)
    assert (first_side.kind, first_side.exercise, first_side.round) == (HOLD, SIDE_LEFT, 1)
    assert first_side.start == last_plank.end == 45
    assert timeline.total == 125


def test_zero_get_ready_and_switch_leave_only_holds_and_rests() -> None:
    timeline = build_timeline(Plan.simple(get_ready=0, switch=0))

    assert {phase.kind for phase in timeline.phases} == {HOLD, REST}
    assert len(timeline.phases) == 9 + 6
    assert timeline.total == 3 * (3 * 10 + 2 * 5)


def test_one_round_has_no_rest_and_one_exercise_no_switch() -> None:
    one_round = build_timeline(Plan.simple(rounds=1))
    one_exercise = build_timeline(Plan.simple([SIDE_RIGHT], rounds=2))

    assert [p.kind for p in one_round.phases] == [GET_READY, HOLD, SWITCH, HOLD, SWITCH, HOLD]
    assert one_round.total == 5 + 3 * 10 + 2 * 10
    assert [p.kind for p in one_exercise.phases] == [GET_READY, HOLD, REST, HOLD]
    assert one_exercise.total == 5 + 10 + 5 + 10


def test_rest_and_switch_name_the_hold_they_lead_up_to() -> None:
    timeline = build_timeline(Plan.simple([PLANK, SIDE_LEFT], rounds=2))

    leading = [(p.kind, p.exercise, p.round) for p in timeline.phases if p.kind is not HOLD]
    assert leading == [
        (GET_READY, PLANK, 1),
        (REST, PLANK, 2),
        (SWITCH, SIDE_LEFT, 1),
        (REST, SIDE_LEFT, 2),
    ]


def test_blocks_with_their_own_durations() -> None:
    plan = Plan((Block(PLANK, 20, 10, 2), Block(SIDE_LEFT, 5, 3, 1)), get_ready=3, switch=6)
    timeline = build_timeline(plan)

    assert rows(timeline) == [
        (GET_READY, "plank", 1, 2, 0, 3),
        (HOLD, "plank", 1, 2, 3, 20),
        (REST, "plank", 2, 2, 23, 10),
        (HOLD, "plank", 2, 2, 33, 20),
        (SWITCH, "side-left", 1, 1, 53, 6),
        (HOLD, "side-left", 1, 1, 59, 5),
    ]
    assert timeline.total == 64


def test_durations_are_floats_even_from_whole_numbers() -> None:
    timeline = build_timeline(Plan.simple())

    assert all(type(phase.duration) is float for phase in timeline.phases)


@pytest.mark.parametrize(
    ("offset", "index"),
    [
        (-3.0, 0),
        (0.0, 0),
        (4.999, 0),
        (5.0, 1),
        (14.999, 1),
        (15.0, 2),
        (45.0, 6),
        (54.999, 6),
        (55.0, 7),
        (144.999, 17),
        (145.0, 18),
        (10_000.0, 18),
    ],
)
def test_index_at_names_the_phase_running_at_an_offset(offset: float, index: int) -> None:
    timeline = build_timeline(Plan.simple())

    assert timeline.index_at(offset) == index


def test_index_at_every_phase_start_is_that_phase() -> None:
    timeline = build_timeline(Plan.simple(hold=3.3, rest=1.1, get_ready=0.7, switch=2.9))

    assert [timeline.index_at(p.start) for p in timeline.phases] == list(
        range(len(timeline.phases))
    )
    assert timeline.index_at(timeline.total) == len(timeline.phases)
