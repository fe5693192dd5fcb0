"""The jump rule, the weeks after a jump, and the pain comparison with its minimum of data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.running_load import (
    LEAD_IN_WEEKS,
    MIN_SCORED_WEEKS,
    Verdict,
    Week,
    fill_weeks,
    is_jump,
    judge,
    load_report,
    mondays,
)

START = date(2025, 1, 6)  # a Monday
HOUR = 3600.0


def weeks_of(hours: list[float], pain: list[float | None] | None = None) -> list[Week]:
    """Consecutive weeks from START with these running hours (and weekly pain means)."""
    scores = pain if pain is not None else [None] * len(hours)
    return [
        Week(
            START + timedelta(weeks=index),
            runs=3 if hour else 0,
            run_seconds=hour * HOUR,
            pain_mean=score,
            pain_scores=0 if score is None else 2,
        )
        for index, (hour, score) in enumerate(zip(hours, scores, strict=True))
    ]


def test_weeks_run_monday_to_sunday_across_the_new_year() -> None:
    # Wed 31 Dec 2025 and Fri 2 Jan 2026 fall in one week, Monday 29 December's.
    assert mondays(date(2025, 12, 31), date(2026, 1, 2)) == [date(2025, 12, 29)]
    assert mondays(date(2025, 12, 28), date(2026, 1, 5)) == [
        date(2025, 12, 22),
        date(2025, 12, 29),
        date(2026, 1, 5),
    ]
    filled = fill_weeks(date(2025, 12, 20), date(2026, 1, 10), [Week(date(2025, 12, 29), runs=2)])
    assert [(week.monday, week.runs) for week in filled] == [
        (date(2025, 12, 15), 0),
        (date(2025, 12, 22), 0),
        (date(2025, 12, 29), 2),
        (date(2026, 1, 5), 0),
    ]


def test_a_jump_is_more_than_30_percent_over_the_four_weeks_before() -> None:
    before = [3 * HOUR, 3 * HOUR, 4 * HOUR, 2 * HOUR]  # average 3 h
    assert not is_jump(14_040.0, before)  # 3 h 54 min, exactly 30 % more: not more than 30 %
    assert is_jump(14_041.0, before)
    assert not is_jump(0.0, before)


def test_after_four_weeks_without_running_any_running_is_a_jump() -> None:
    assert is_jump(600.0, [0.0, 0.0, 0.0, 0.0])
    assert not is_jump(0.0, [0.0, 0.0, 0.0, 0.0])
    judged = judge(weeks_of([3, 3, 3, 3, 0, 0, 0, 0, 0.5, 1]), START)
    assert [week.jump for week in judged] == [False] * 8 + [True, True]
    assert judged[8].baseline_seconds == 0
    assert judged[8].rise_percent is None  # no percentage of nothing


def test_the_jump_week_and_the_week_after_count_as_after_a_jump() -> None:
    #                    judged from here:  v
    judged = judge(weeks_of([2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2.7, 3.6]), START)
    assert [week.jump for week in judged] == [
        *[False] * 5,
        True,  # 3 h against 2 h: +50 %
        *[False] * 4,  # 2 h against 2.25 h ... 2 h
        True,  # 2.7 h against 2 h: +35 %
        True,  # 3.6 h against 2.175 h
    ]
    assert [week.after_jump for week in judged] == [
        *[False] * 5,
        True,
        True,  # the week after the jump
        *[False] * 3,
        True,
        True,
    ]
    assert judged[5].rise_percent == pytest.approx(50.0)
    assert judged[5].baseline_seconds == 2 * HOUR


def test_only_weeks_with_four_logged_weeks_of_running_before_them_are_judged() -> None:
    # The log's first run is in the third week: what came before it is not known.
    weeks = weeks_of([0, 0, 1, 1, 1, 1, 1, 3])
    judged = judge(weeks, running_since=START + timedelta(weeks=2, days=3))
    assert [week.baseline_seconds is not None for week in judged] == [False] * 6 + [True, True]
    assert [week.jump for week in judged] == [False] * 7 + [True]
    # With no runs in the log nothing is judged at all.
    assert not any(week.baseline_seconds is not None for week in judge(weeks, None))


def test_weeks_must_follow_on_from_each_other() -> None:
    weeks = weeks_of([1, 1])
    with pytest.raises(ValueError, match="consecutive"):
        judge([weeks[0], Week(weeks[1].monday + timedelta(weeks=1))], START)


def test_the_comparison_follows_the_scored_weeks_with_its_counts() -> None:
    hours = [2, 2, 2, 2] + [2, 3, 2, 2] * 4 + [2]
    pain: list[float | None] = [None] * 4 + [2, 5, 4, 2] * 4 + [1]
    report = load_report(weeks_of(hours, pain), START + timedelta(weeks=4), START)
    comparison = report.comparison
    assert comparison.verdict is Verdict.COMPARED
    assert comparison.weeks == 17
    assert comparison.jumps == 4
    # Each jump week scored 5 and the week after 4; the other weeks 2, 2 and the last 1.
    assert comparison.after_weeks == 8
    assert comparison.after_mean == pytest.approx(4.5)
    assert comparison.other_weeks == 9
    assert comparison.other_mean == pytest.approx((8 * 2 + 1) / 9)


def test_below_the_minimum_of_scored_weeks_there_is_not_enough_data() -> None:
    hours = [2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 2]
    pain: list[float | None] = [None] * 5 + [5, 4, 2, 2, 2, 5, None]
    comparison = load_report(weeks_of(hours, pain), START, START).comparison
    assert comparison.after_weeks == 3 < MIN_SCORED_WEEKS
    assert comparison.other_weeks == 3
    assert comparison.verdict is Verdict.TOO_FEW
    assert comparison.after_mean == pytest.approx(14 / 3)  # still counted, not claimed


def test_without_jumps_or_scores_or_runs_the_comparison_says_so() -> None:
    steady = weeks_of([2] * 10, [3.0] * 10)
    assert load_report(steady, START, START).comparison.verdict is Verdict.NO_JUMPS
    assert load_report(steady[:7], START, START).comparison.verdict is Verdict.NO_JUMPS
    assert load_report(steady[:3], START, START).comparison.verdict is Verdict.TOO_FEW
    unscored = weeks_of([2, 2, 2, 2, 5, 2])
    assert load_report(unscored, START, START).comparison.verdict is Verdict.NO_SCORES
    resting = weeks_of([0] * 6, [3.0] * 6)
    assert load_report(resting, START, START).comparison.verdict is Verdict.NO_RUNS
    assert load_report(resting, START, None).comparison.verdict is Verdict.NO_RUNS


def test_weeks_before_the_first_run_are_left_out_of_the_comparison() -> None:
    # Planks and pain scores for months before any run was logged.
    hours = [0] * 8 + [2] * 6
    pain: list[float | None] = [6.0] * 8 + [2.0] * 6
    since = START + timedelta(weeks=8)
    comparison = load_report(weeks_of(hours, pain), START, since).comparison
    assert comparison.weeks == 6
    assert comparison.other_weeks == 6
    assert comparison.other_mean == 2.0


def test_a_jump_just_before_the_range_makes_its_first_week_one_after_a_jump() -> None:
    weeks = weeks_of([2, 2, 2, 2, 4, 2, 2], [None, None, None, None, 7.0, 6.0, 1.0])
    shown_from = START + timedelta(weeks=5)
    report = load_report(weeks, shown_from, START)
    assert LEAD_IN_WEEKS == 5  # four to judge the week before the range, and that week
    assert [week.week.monday for week in report.weeks] == [shown_from, START + timedelta(weeks=6)]
    assert [week.after_jump for week in report.weeks] == [True, False]
    assert report.comparison.jumps == 0  # the jump itself is not shown
    assert report.comparison.after_weeks == 1
