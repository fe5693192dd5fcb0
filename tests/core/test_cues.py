"""The cue schedule: which sound plays when, so the user can train with their eyes closed."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.core.cues import SAME_MOMENT, Cue, CueKind, cue_schedule
from app.core.exercise import PLANK, SIDE_LEFT
from app.core.plan import Plan
from app.core.timeline import PhaseKind, build_timeline

TICK = CueKind.TICK
HOLD = CueKind.HOLD
REST = CueKind.REST
SWITCH = CueKind.SWITCH
DONE = CueKind.DONE


def schedule(**plan: float) -> tuple[Cue, ...]:
    """The cues of a plank-only plan with the given settings."""
    exercises = [PLANK, SIDE_LEFT] if "switch" in plan else [PLANK]
    return cue_schedule(build_timeline(Plan.simple(exercises, **plan)))  # type: ignore[arg-type]


def pairs(cues: tuple[Cue, ...]) -> list[tuple[float, CueKind]]:
    return [(round(cue.offset, 9), cue.kind) for cue in cues]


def test_the_example_from_the_issue() -> None:
    plan = Plan.simple([PLANK, SIDE_LEFT], get_ready=3, hold=4, rest=2, rounds=2, switch=3)

    cues = cue_schedule(build_timeline(plan))

    assert [(cue.offset, cue.kind, cue.seconds_left) for cue in cues] == [
        (0, TICK, 3),
        (1, TICK, 2),
        (2, TICK, 1),
        (3, HOLD, 0),
        (7, REST, 0),
        (8, TICK, 1),
        (9, HOLD, 0),
        (13, SWITCH, 0),
        (14, TICK, 2),
        (15, TICK, 1),
        (16, HOLD, 0),
        (20, REST, 0),
        (21, TICK, 1),
        (22, HOLD, 0),
        (26, DONE, 0),
    ]
    assert [cue.index for cue in cues] == list(range(15))


def test_default_plan_has_one_cue_at_each_boundary_and_three_ticks_before_each_hold() -> None:
    timeline = build_timeline(Plan.simple())
    cues = cue_schedule(timeline)
    opening = {PhaseKind.HOLD: HOLD, PhaseKind.REST: REST, PhaseKind.SWITCH: SWITCH}

    for phase in timeline.phases:
        at_start = [cue.kind for cue in cues if abs(cue.offset - phase.start) <= SAME_MOMENT]
        if phase.kind is PhaseKind.GET_READY:
            assert at_start == []  # a 5 s get-ready opens silently
        else:
            assert at_start == [opening[phase.kind]]
    for hold in timeline.holds:
        countdown = [
            (c.offset, c.seconds_left)
            for c in cues
            if c.kind is TICK and hold.start - 3 - SAME_MOMENT <= c.offset < hold.start
        ]
        assert countdown == [(hold.start - 3, 3), (hold.start - 2, 2), (hold.start - 1, 1)]
    assert cues[-1] == Cue(len(cues) - 1, 145, DONE)
    # 9 holds, 6 rests, 2 switches, 1 done; 3 ticks before each of the 9 holds
    assert len(cues) == 9 + 6 + 2 + 1 + 9 * 3


def test_cues_are_in_time_order_and_never_two_at_once() -> None:
    cues = cue_schedule(build_timeline(Plan.simple(hold=7.3, rest=2.6, get_ready=2.2, switch=3.1)))

    offsets = [cue.offset for cue in cues]
    assert all(later - earlier > SAME_MOMENT for earlier, later in pairwise(offsets))
    assert [cue.index for cue in cues] == list(range(len(cues)))


def test_get_ready_shorter_than_three_seconds_ticks_only_inside_it() -> None:
    assert pairs(schedule(get_ready=2, hold=10, rest=5, rounds=1)) == [
        (0, TICK),
        (1, TICK),
        (2, HOLD),
        (12, DONE),
    ]
    assert [c.seconds_left for c in schedule(get_ready=2, hold=10, rest=5, rounds=1)[:2]] == [2, 1]


def test_get_ready_of_a_second_and_a_half_ticks_once() -> None:
    cues = schedule(get_ready=1.5, hold=10, rest=5, rounds=1)

    assert [(c.offset, c.kind, c.seconds_left) for c in cues] == [
        (0.5, TICK, 1),
        (1.5, HOLD, 0),
        (11.5, DONE, 0),
    ]


def test_get_ready_under_a_second_is_silent() -> None:
    assert pairs(schedule(get_ready=0.5, hold=10, rest=5, rounds=1)) == [(0.5, HOLD), (10.5, DONE)]


def test_get_ready_of_exactly_three_seconds_ticks_at_its_start() -> None:
    # get-ready has no opening cue, so its first moment carries the "3" tick
    assert pairs(schedule(get_ready=3, hold=10, rest=5, rounds=1)) == [
        (0, TICK),
        (1, TICK),
        (2, TICK),
        (3, HOLD),
        (13, DONE),
    ]


def test_get_ready_zero_opens_with_the_hold_cue_and_no_countdown() -> None:
    cues = schedule(get_ready=0, hold=10, rest=5, rounds=2)

    assert pairs(cues) == [
        (0, HOLD),
        (10, REST),
        (12, TICK),
        (13, TICK),
        (14, TICK),
        (15, HOLD),
        (25, DONE),
    ]


def test_rest_of_two_seconds_gets_one_tick_after_the_rest_cue() -> None:
    cues = schedule(get_ready=0, hold=10, rest=2, rounds=2)

    assert [(c.offset, c.kind, c.seconds_left) for c in cues] == [
        (0, HOLD, 0),
        (10, REST, 0),
        (11, TICK, 1),
        (12, HOLD, 0),
        (22, DONE, 0),
    ]


def test_rest_of_one_second_has_no_tick() -> None:
    assert pairs(schedule(get_ready=0, hold=10, rest=1, rounds=2)) == [
        (0, HOLD),
        (10, REST),
        (11, HOLD),
        (21, DONE),
    ]


@pytest.mark.parametrize("kind", ["rest", "switch"])
def test_a_phase_of_exactly_three_seconds_opens_with_its_cue_not_the_three_tick(
    kind: str,
) -> None:
    timeline = build_timeline(
        Plan.simple(
            [PLANK, SIDE_LEFT],
            get_ready=0,
            hold=5,
            rounds=2,
            rest=3 if kind == "rest" else 1,
            switch=3 if kind == "switch" else 1,
        )
    )
    cues = cue_schedule(timeline)
    before = next(p for p in timeline.phases if p.kind.value == kind)

    inside = [
        (c.offset - before.start, c.kind, c.seconds_left)
        for c in cues
        if before.start <= c.offset <= before.end
    ]
    opening = REST if kind == "rest" else SWITCH
    assert inside == [(0, opening, 0), (1, TICK, 2), (2, TICK, 1), (3, HOLD, 0)]


def test_with_no_switch_pause_the_countdown_ticks_during_the_previous_hold() -> None:
    timeline = build_timeline(
        Plan.simple([PLANK, SIDE_LEFT], get_ready=0, hold=5, rounds=1, switch=0)
    )

    assert pairs(cue_schedule(timeline)) == [
        (0, HOLD),
        (2, TICK),
        (3, TICK),
        (4, TICK),
        (5, HOLD),
        (10, DONE),
    ]


def test_a_hold_shorter_than_three_seconds_before_the_next_hold_ticks_after_its_cue() -> None:
    timeline = build_timeline(
        Plan.simple([PLANK, SIDE_LEFT], get_ready=0, hold=2, rounds=1, switch=0)
    )

    assert [(c.offset, c.kind, c.seconds_left) for c in cue_schedule(timeline)] == [
        (0, HOLD, 0),
        (1, TICK, 1),
        (2, HOLD, 0),
        (4, DONE, 0),
    ]


def test_fractional_durations_count_down_to_the_hold_not_to_whole_seconds() -> None:
    cues = schedule(get_ready=2.5, hold=4.25, rest=2.5, rounds=2)

    assert [(c.offset, c.kind, c.seconds_left) for c in cues] == [
        (0.5, TICK, 2),
        (1.5, TICK, 1),
        (2.5, HOLD, 0),
        (6.75, REST, 0),
        (7.25, TICK, 2),
        (8.25, TICK, 1),
        (9.25, HOLD, 0),
        (13.5, DONE, 0),
    ]


@pytest.mark.parametrize(("get_ready", "hold"), [(0.1, 1.3), (0.2, 1.1)])
def test_a_three_second_rest_after_rounded_sums_still_opens_with_only_the_rest_cue(
    get_ready: float, hold: float
) -> None:
    timeline = build_timeline(
        Plan.simple([PLANK], get_ready=get_ready, hold=hold, rest=3, rounds=2)
    )
    rest, next_hold = timeline.phases[2], timeline.phases[3]
    # the sums do not cancel exactly: 3 s before the hold is not bit-for-bit the rest start
    assert next_hold.start - 3 != rest.start

    cues = cue_schedule(timeline)
    near_rest_start = [c for c in cues if abs(c.offset - rest.start) < 0.5]
    assert [c.kind for c in near_rest_start] == [REST]
    ticks = [(round(c.offset - rest.start, 9), c.seconds_left) for c in cues if c.kind is TICK]
    assert ticks[-2:] == [(1, 2), (2, 1)]


def test_a_get_ready_a_hair_under_three_seconds_still_ticks_three_at_the_start() -> None:
    get_ready = 3 - 4e-16
    cues = schedule(get_ready=get_ready, hold=10, rest=5, rounds=1)

    assert (cues[0].offset, cues[0].kind, cues[0].seconds_left) == (0.0, TICK, 3)
    assert [c.kind for c in cues] == [TICK, TICK, TICK, HOLD, DONE]


def test_the_done_cue_is_at_the_very_end() -> None:
    timeline = build_timeline(Plan.simple(hold=12.5))
    cues = cue_schedule(timeline)

    assert [c.kind for c in cues].count(DONE) == 1
    assert cues[-1].kind is DONE
    assert cues[-1].offset == timeline.total
