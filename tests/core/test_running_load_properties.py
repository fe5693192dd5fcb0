"""Properties of the jump rule and the comparison over any run of weeks (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from app.core.running_load import (
    BASELINE_WEEKS,
    MIN_SCORED_WEEKS,
    Verdict,
    Week,
    compare_pain,
    judge,
)

START = date(2024, 1, 1)  # a Monday

# Whole seconds keep the reference arithmetic below exact.
seconds = st.integers(min_value=0, max_value=12 * 3600)
scores = st.one_of(st.none(), st.integers(min_value=0, max_value=10).map(float))


@st.composite
def week_runs(draw: st.DrawFn) -> list[Week]:
    count = draw(st.integers(min_value=0, max_value=40))
    return [
        Week(
            START + timedelta(weeks=index),
            run_seconds=float(draw(seconds)),
            pain_mean=(pain := draw(scores)),
            pain_scores=0 if pain is None else 1,
        )
        for index in range(count)
    ]


@given(week_runs())
def test_a_week_is_marked_exactly_when_it_beats_130_percent_of_its_four_weeks_before(
    weeks: list[Week],
) -> None:
    judged = judge(weeks, START)
    for index, week in enumerate(judged):
        if index < BASELINE_WEEKS:
            assert week.baseline_seconds is None
            assert not week.jump
            continue
        before = [Fraction(int(w.run_seconds)) for w in weeks[index - BASELINE_WEEKS : index]]
        average = sum(before) / BASELINE_WEEKS
        assert week.jump == (Fraction(int(week.week.run_seconds)) > Fraction(13, 10) * average)


@given(week_runs())
def test_after_a_jump_is_the_jump_week_and_the_one_after(weeks: list[Week]) -> None:
    judged = judge(weeks, START)
    for index, week in enumerate(judged):
        previous = index > 0 and judged[index - 1].jump
        assert week.after_jump == (week.jump or previous)
        assert not (week.jump and week.week.run_seconds == 0)  # no running is never a jump


@given(week_runs(), st.integers(min_value=2, max_value=50))
def test_the_rule_is_about_change_not_size(weeks: list[Week], factor: int) -> None:
    scaled = [Week(w.monday, run_seconds=w.run_seconds * factor) for w in weeks]
    assert [w.jump for w in judge(scaled, START)] == [w.jump for w in judge(weeks, START)]


@given(week_runs())
def test_the_comparison_splits_every_scored_week_once_and_keeps_its_means(
    weeks: list[Week],
) -> None:
    judged = judge(weeks, START)
    comparison = compare_pain(judged, START)
    scored = [w for w in judged if w.week.pain_mean is not None]
    assert comparison.after_weeks + comparison.other_weeks == len(scored)
    assert comparison.jumps == sum(w.jump for w in judged)
    total = sum(w.week.pain_mean or 0.0 for w in scored)
    recombined = (comparison.after_mean or 0.0) * comparison.after_weeks + (
        comparison.other_mean or 0.0
    ) * comparison.other_weeks
    assert abs(recombined - total) < 1e-9
    for mean in (comparison.after_mean, comparison.other_mean):
        assert mean is None or 0 <= mean <= 10
    if comparison.verdict is Verdict.COMPARED:
        assert comparison.after_weeks >= MIN_SCORED_WEEKS
        assert comparison.other_weeks >= MIN_SCORED_WEEKS
    if comparison.after_weeks >= MIN_SCORED_WEEKS and comparison.other_weeks >= MIN_SCORED_WEEKS:
        assert comparison.verdict is Verdict.COMPARED


@given(week_runs())
def test_back_pain_never_changes_which_weeks_are_marked(weeks: list[Week]) -> None:
    unscored = [Week(w.monday, run_seconds=w.run_seconds) for w in weeks]
    assert [w.jump for w in judge(unscored, START)] == [w.jump for w in judge(weeks, START)]
