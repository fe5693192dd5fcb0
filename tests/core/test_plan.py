"""The plan a user sets up: its defaults and the one-line messages for values out of range."""

from __future__ import annotations

import math

import pytest

from app.core.exercise import BUILT_IN, PLANK, SIDE_LEFT, SIDE_RIGHT, Exercise, exercise_for
from app.core.plan import Block, Plan
from app.core.plan_error import PlanError


def test_default_plan_is_the_articles_workout() -> None:
    plan = Plan.simple()

    assert [block.exercise for block in plan.blocks] == [PLANK, SIDE_LEFT, SIDE_RIGHT]
    assert all(block.hold == 10 for block in plan.blocks)
    assert all(block.rest == 5 for block in plan.blocks)
    assert all(block.rounds == 3 for block in plan.blocks)
    assert plan.get_ready == 5
    assert plan.switch == 10
    assert plan.total_rounds == 9


def test_built_in_exercises_in_order_with_their_labels() -> None:
    assert BUILT_IN == (PLANK, SIDE_LEFT, SIDE_RIGHT)
    assert [exercise.key for exercise in BUILT_IN] == ["plank", "side-left", "side-right"]
    assert [exercise.label for exercise in BUILT_IN] == [
        "Plank",
        "Side plank, left side",
        "Side plank, right side",
    ]


def test_blocks_keep_their_own_hold_rest_and_rounds() -> None:
    plan = Plan((Block(PLANK, 30, 15, 2), Block(SIDE_RIGHT, 12.5, 7.5, 4)), get_ready=0, switch=0)

    assert [(b.exercise, b.hold, b.rest, b.rounds) for b in plan.blocks] == [
        (PLANK, 30, 15, 2),
        (SIDE_RIGHT, 12.5, 7.5, 4),
    ]
    assert plan.total_rounds == 6
    assert (plan.get_ready, plan.switch) == (0, 0)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hold", 1),
        ("hold", 120),
        ("hold", 2.5),
        ("rest", 1),
        ("rest", 60),
        ("rounds", 1),
        ("rounds", 50),
        ("get_ready", 0),
        ("get_ready", 60),
        ("switch", 0),
        ("switch", 120),
    ],
)
def test_values_at_the_bounds_are_accepted(field: str, value: float) -> None:
    plan = Plan.simple(**{field: value})  # type: ignore[arg-type]

    shown = {
        "hold": plan.blocks[0].hold,
        "rest": plan.blocks[0].rest,
        "rounds": plan.blocks[0].rounds,
        "get_ready": plan.get_ready,
        "switch": plan.switch,
    }
    assert shown[field] == value


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hold", 0, "hold must be 1 to 120 seconds, got 0"),
        ("hold", 0.0, "hold must be 1 to 120 seconds, got 0"),
        ("hold", 0.5, "hold must be 1 to 120 seconds, got 0.5"),
        ("hold", 121, "hold must be 1 to 120 seconds, got 121"),
        ("hold", 120.5, "hold must be 1 to 120 seconds, got 120.5"),
        ("hold", -10, "hold must be 1 to 120 seconds, got -10"),
        ("rest", 0, "rest must be 1 to 60 seconds, got 0"),
        ("rest", 61, "rest must be 1 to 60 seconds, got 61"),
        ("rounds", 0, "rounds must be 1 to 50, got 0"),
        ("rounds", 51, "rounds must be 1 to 50, got 51"),
        ("get_ready", -1, "get-ready must be 0 to 60 seconds, got -1"),
        ("get_ready", 61, "get-ready must be 0 to 60 seconds, got 61"),
        ("switch", -0.5, "switch must be 0 to 120 seconds, got -0.5"),
        ("switch", 121, "switch must be 0 to 120 seconds, got 121"),
    ],
)
def test_each_bound_has_its_one_line_message(field: str, value: float, message: str) -> None:
    with pytest.raises(PlanError) as caught:
        Plan.simple(**{field: value})  # type: ignore[arg-type]

    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hold", "10", "hold must be 1 to 120 seconds, got '10'"),
        ("hold", None, "hold must be 1 to 120 seconds, got None"),
        ("hold", True, "hold must be 1 to 120 seconds, got True"),
        ("hold", math.nan, "hold must be 1 to 120 seconds, got nan"),
        ("rest", math.inf, "rest must be 1 to 60 seconds, got inf"),
        ("get_ready", "5", "get-ready must be 0 to 60 seconds, got '5'"),
        ("switch", [10], "switch must be 0 to 120 seconds, got [10]"),
        ("rounds", 2.5, "rounds must be a whole number, got 2.5"),
        ("rounds", 3.0, "rounds must be a whole number, got 3.0"),
        ("rounds", "3", "rounds must be a whole number, got '3'"),
        ("rounds", None, "rounds must be a whole number, got None"),
        ("rounds", True, "rounds must be 1 to 50, got True"),
    ],
)
def test_wrong_types_are_refused_with_a_message_that_shows_them(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(PlanError) as caught:
        Plan.simple(**{field: value})  # type: ignore[arg-type]

    assert str(caught.value) == message


def test_plan_errors_are_value_errors_on_one_line() -> None:
    with pytest.raises(ValueError, match=r"^hold must be 1 to 120 seconds, got 500$") as caught:
        Plan.simple(hold=500)

    assert isinstance(caught.value, PlanError)
    assert "\n" not in str(caught.value)


def test_the_first_bad_value_is_the_one_reported() -> None:
    with pytest.raises(PlanError, match=r"^hold must be"):
        Plan.simple(hold=0, rest=0, rounds=0)


@pytest.mark.parametrize("exercises", [[], ()])
def test_an_empty_exercise_list_is_refused(exercises: list[Exercise]) -> None:
    with pytest.raises(PlanError) as caught:
        Plan.simple(exercises)

    assert str(caught.value) == "choose at least one exercise"


def test_a_plan_without_blocks_is_refused() -> None:
    with pytest.raises(PlanError, match=r"^choose at least one exercise$"):
        Plan(())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plank", PLANK),
        ("Plank", PLANK),
        ("side-left", SIDE_LEFT),
        ("  SIDE-RIGHT  ", SIDE_RIGHT),
    ],
)
def test_exercise_for_finds_built_in_exercises_by_key(name: str, expected: Exercise) -> None:
    assert exercise_for(name) is expected


def test_exercise_for_makes_a_custom_exercise_from_a_name() -> None:
    wall_sit = exercise_for("  wall sit ")

    assert wall_sit == Exercise("wall sit", "Wall sit")
    assert wall_sit.label == "Wall sit"
    assert wall_sit.side is None


def test_a_custom_exercise_keeps_the_users_capitals_after_the_first() -> None:
    assert exercise_for("hollow HOLD").label == "Hollow HOLD"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_exercise_for_refuses_an_empty_name(name: str) -> None:
    with pytest.raises(PlanError) as caught:
        exercise_for(name)

    assert str(caught.value) == "an exercise name cannot be empty"


def test_a_plan_of_custom_exercises_is_valid() -> None:
    plan = Plan.simple([exercise_for("wall sit"), exercise_for("plank")], rounds=4)

    assert [block.exercise.label for block in plan.blocks] == ["Wall sit", "Plank"]
    assert plan.total_rounds == 8
