"""Routines: a named plan with sensible names, the three presets, and names for copies."""

from __future__ import annotations

import pytest

from app.core.exercise import BUILT_IN, PLANK, exercise_for
from app.core.plan import Block, Plan
from app.core.plan_error import PlanError
from app.core.routine import (
    NAME_MAX_CHARS,
    PRESETS,
    Routine,
    RoutineError,
    check_unique,
    copy_name,
    find_in,
)
from app.core.timeline import build_timeline


def test_the_presets_are_gentle_standard_and_strong_at_ten_seconds_and_five() -> None:
    assert [(r.name, r.built_in) for r in PRESETS] == [
        ("Gentle", True),
        ("Standard", True),
        ("Strong", True),
    ]
    for routine, rounds in zip(PRESETS, (2, 3, 5), strict=True):
        plan = routine.to_plan()
        assert [b.exercise for b in plan.blocks] == list(BUILT_IN)
        assert {(b.hold, b.rest, b.rounds) for b in plan.blocks} == {(10, 5, rounds)}
        assert not plan.alternate_sides
    # The Standard preset is the workout the app has always run by default.
    assert PRESETS[1].to_plan() == Plan.simple()


def test_a_routine_runs_its_own_per_exercise_timings() -> None:
    bird_dog = exercise_for("bird dog")
    plan = Plan((Block(PLANK, 20, 10, 2), Block(bird_dog, 8, 4, 4)), get_ready=3, switch=0)
    routine = Routine("Morning", plan)

    timeline = build_timeline(routine.to_plan())
    assert [(h.exercise.label, h.duration) for h in timeline.holds] == [
        ("Plank", 20),
        ("Plank", 20),
        ("Bird dog", 8),
        ("Bird dog", 8),
        ("Bird dog", 8),
        ("Bird dog", 8),
    ]


def test_a_name_is_trimmed_and_may_be_forty_characters() -> None:
    assert Routine("  Evening  ", Plan.simple()).name == "Evening"
    assert Routine("x" * NAME_MAX_CHARS, Plan.simple()).name == "x" * 40


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "a routine needs a name"),
        ("   ", "a routine needs a name"),
        ("x" * 41, "a routine name must be at most 40 characters, got 41"),
        (
            "two\nlines",
            "a routine name must be one line of printable text;"
            " it has a line break (U+000A) at character 4",
        ),
        (7, "a routine name must be text, got 7"),
    ],
)
def test_a_bad_name_is_refused_in_one_line(name: object, message: str) -> None:
    with pytest.raises(RoutineError) as caught:
        Routine(name, Plan.simple())  # type: ignore[arg-type]
    assert str(caught.value) == message
    # The app shows any PlanError as a message, so routine errors are PlanErrors too.
    assert isinstance(caught.value, PlanError)


def test_a_routine_needs_at_least_one_exercise() -> None:
    with pytest.raises(PlanError, match="choose at least one exercise"):
        Routine("Empty", Plan(()))


def test_names_are_found_whatever_their_case() -> None:
    assert find_in(PRESETS, " standard ") is PRESETS[1]
    assert find_in(PRESETS, "STRONG") is PRESETS[2]
    assert find_in(PRESETS, "Medium") is None


def test_a_name_taken_in_another_case_is_refused_but_a_routine_keeps_its_own() -> None:
    taken = ["Gentle", "Standard", "Strong", "Evening"]

    with pytest.raises(RoutineError, match="another routine is already called 'Evening'"):
        check_unique("EVENING", taken)
    with pytest.raises(RoutineError, match="a built-in routine is already called 'Gentle'"):
        check_unique("gentle", taken)
    assert check_unique(" evening ", taken, allowed="Evening") == "evening"
    assert check_unique("Lunch", taken) == "Lunch"


def test_a_copy_gets_the_next_free_name_and_still_fits() -> None:
    assert copy_name("Standard", ["Standard"]) == "Standard copy"
    assert copy_name("Standard", ["Standard", "standard COPY"]) == "Standard copy 2"
    assert copy_name("Standard", ["Standard copy", "Standard copy 2"]) == "Standard copy 3"
    long_name = "A very long routine name of forty chars"
    copied = copy_name(long_name, [long_name])
    assert len(copied) <= NAME_MAX_CHARS
    assert copied == "A very long routine name of forty c copy"


def test_a_copy_is_named_the_way_the_users_language_says_it() -> None:
    first, more = "{name} (Kopie)", "{name} (Kopie {number})"
    assert copy_name("Sanft", ["Gentle"], first, more) == "Sanft (Kopie)"
    assert copy_name("Sanft", ["sanft (kopie)"], first, more) == "Sanft (Kopie 2)"
    long_name = "Ein sehr langer Routinenname mit vierzig"
    copied = copy_name(long_name, [], first, more)
    assert copied == "Ein sehr langer Routinenname mit (Kopie)"
    assert len(copied) <= NAME_MAX_CHARS


def test_renaming_a_preset_gives_an_editable_routine_with_the_same_plan() -> None:
    copy = PRESETS[0].renamed("Mine")

    assert (copy.name, copy.built_in, copy.plan) == ("Mine", False, PRESETS[0].plan)


def test_alternate_sides_must_be_true_or_false() -> None:
    with pytest.raises(PlanError, match="alternate sides must be true or false, got 1"):
        Plan.simple(alternate_sides=1)  # type: ignore[arg-type]
