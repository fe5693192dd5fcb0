"""A routine in words: the plan form's summary, and the presets' names."""

from __future__ import annotations

from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT
from app.core.plan import Block, Plan
from app.core.routine import PRESETS
from app.ui.plan.routine_words import routine_label, summary_lines


def test_the_summary_says_what_each_exercise_does_and_whether_sides_alternate() -> None:
    plan = Plan(
        (Block(PLANK, 10, 5, 1), Block(SIDE_LEFT, 12.5, 5, 3), Block(SIDE_RIGHT, 12.5, 5, 3)),
        alternate_sides=True,
    )

    assert summary_lines(plan) == [
        "Plank: 1 round of 10 s, 5 s rest",
        "Side plank, left side: 3 rounds of 12.5 s, 5 s rest",
        "Side plank, right side: 3 rounds of 12.5 s, 5 s rest",
        "Sides alternate every round",
    ]
    # Alternating means nothing without a left/right pair, so the summary does not claim it.
    assert summary_lines(Plan.simple([PLANK], alternate_sides=True)) == [
        "Plank: 3 rounds of 10 s, 5 s rest"
    ]


def test_the_presets_are_named_in_words_and_a_users_routine_as_typed() -> None:
    assert [routine_label(preset) for preset in PRESETS] == ["Gentle", "Standard", "Strong"]
    assert routine_label(PRESETS[0].renamed("mine")) == "mine"
