"""The one validator for names and notes: one line of printable text of a stated length."""

from __future__ import annotations

import pytest

from app.core.exercise import PLANK, SIDE_LEFT, close_built_in, exercise_for
from app.core.names import (
    EXERCISE_NAME_MAX_CHARS,
    NOTE_MAX_CHARS,
    InvalidNameError,
    clean_text,
    printable_name,
)
from app.core.plan import MAX_EXERCISES, Block, Plan
from app.core.plan_error import PlanError
from app.core.quoting import quoted
from app.core.routine import RoutineError, clean_name
from app.storage.checkin import CheckInError, valid_note


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("bird\ndog", "a line break (U+000A) at character 5"),
        ("bird\u2028dog", "a line break (U+2028) at character 5"),
        ("bird\tdog", "a control character (U+0009) at character 5"),
        ("\x1b[31mred", "a control character (U+001B) at character 1"),
        ("plank\u202e", "a bidi control (U+202E) at character 6"),
        ("\u2066plank\u2069", "a bidi control (U+2066) at character 1"),
        ("pl\ud800ank", "a lone surrogate (U+D800) at character 3"),
        ("zero\u200bwidth", "an unprintable character (U+200B) at character 5"),
    ],
)
def test_hidden_characters_are_refused_in_every_kind_of_name(name: str, problem: str) -> None:
    with pytest.raises(PlanError) as exercise:
        exercise_for(name)
    assert str(exercise.value) == (
        f"an exercise name must be one line of printable text; it has {problem}"
    )
    with pytest.raises(RoutineError) as routine:
        clean_name(name)
    assert str(routine.value).endswith(problem)
    with pytest.raises(CheckInError) as note:
        valid_note(name)
    assert str(note.value) == f"the note must be one line of printable text; it has {problem}"


def test_names_are_trimmed_and_may_be_any_printable_text() -> None:
    assert exercise_for("  Käferhaltung  ").key == "Käferhaltung"
    assert exercise_for("鳥犬").title == "鳥犬"
    assert exercise_for("x" * EXERCISE_NAME_MAX_CHARS).key == "x" * EXERCISE_NAME_MAX_CHARS
    assert valid_note("n" * NOTE_MAX_CHARS) == "n" * NOTE_MAX_CHARS
    assert valid_note("   ") is None


def test_a_name_too_long_says_how_long_it_is_not_what_it_is() -> None:
    with pytest.raises(InvalidNameError) as caught:
        clean_text("y" * 100_000, "an exercise name", EXERCISE_NAME_MAX_CHARS)
    assert str(caught.value) == "an exercise name must be at most 40 characters, got 100,000"


def test_a_bad_value_is_quoted_by_a_short_prefix() -> None:
    assert str(quoted("z" * 10_000_000)) == repr("z" * 40) + "… (10,000,000 characters)"
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert quoted(deep) == "[[[...]]]"
    assert len(str(quoted(list(range(10_000))))) < 60


def test_a_plan_has_at_most_20_exercises() -> None:
    blocks = tuple(Block(exercise_for(f"move {n}"), 10, 5, 50) for n in range(MAX_EXERCISES))
    assert Plan(blocks).total_rounds == 1000
    with pytest.raises(PlanError, match="a plan has at most 20 exercises, got 21"):
        Plan((*blocks, Block(PLANK, 10, 5, 1)))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("plnk", PLANK), ("Planks", PLANK), ("side lft", SIDE_LEFT), ("side_left", SIDE_LEFT)],
)
def test_a_typo_of_a_built_in_name_is_recognised(typed: str, meant: object) -> None:
    assert close_built_in(typed) == meant


@pytest.mark.parametrize("name", ["bird dog", "dead bug", "glute bridge", "lunge"])
def test_a_custom_name_is_no_typo(name: str) -> None:
    assert close_built_in(name) is None


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("morning run.fit", "morning run.fit"),
        ("two\nlines.fit", "two\ufffdlines.fit"),
        ("\x1b[31mred\x1b[0m.gpx", "\ufffd[31mred\ufffd[0m.gpx"),
        ("evil\u202egpx.fit", "evil\ufffdgpx.fit"),
        ("no\u00a0break.tcx", "no break.tcx"),
        ("bad\udcffbyte.fit", "bad\ufffdbyte.fit"),
        ("  trimmed.fit\t", "trimmed.fit"),
    ],
)
def test_a_name_from_elsewhere_is_made_one_printable_line(name: str, shown: str) -> None:
    assert printable_name(name, 200) == shown


def test_a_long_name_from_elsewhere_keeps_its_end() -> None:
    name = "export.zip:" + "a" * 300 + "/morning.fit"

    shown = printable_name(name, 200)

    assert len(shown) == 200
    assert shown.startswith("…a")
    assert shown.endswith("/morning.fit")
