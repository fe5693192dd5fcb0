"""Streak arithmetic on local days (app/core/streaks.py), as the progress view shows it."""

from __future__ import annotations

from datetime import date

from app.core.streaks import Streak, current_streak, longest_streak, runs, week_start

MAY = [date(2024, 5, day) for day in (1, 2, 3, 5, 6, 9)]


def test_runs_split_at_every_missed_day_whatever_the_order() -> None:
    shuffled = [MAY[4], MAY[0], MAY[5], MAY[2], MAY[1], MAY[3], MAY[0]]
    assert runs(shuffled) == [
        Streak(3, date(2024, 5, 1), date(2024, 5, 3)),
        Streak(2, date(2024, 5, 5), date(2024, 5, 6)),
        Streak(1, date(2024, 5, 9), date(2024, 5, 9)),
    ]


def test_the_current_streak_holds_through_today_and_breaks_after_a_missed_day() -> None:
    assert current_streak(MAY[:5], date(2024, 5, 6)) == Streak(
        2, date(2024, 5, 5), date(2024, 5, 6)
    )
    assert current_streak(MAY[:5], date(2024, 5, 7)).length == 2  # today is not over yet
    assert current_streak(MAY[:5], date(2024, 5, 8)) == Streak(0)


def test_workouts_dated_after_today_do_not_count_yet() -> None:
    assert current_streak(MAY, date(2024, 5, 3)) == Streak(3, date(2024, 5, 1), date(2024, 5, 3))


def test_the_longest_streak_prefers_the_most_recent_of_equal_runs() -> None:
    days = [date(2024, 1, 1), date(2024, 1, 2), date(2024, 3, 1), date(2024, 3, 2)]
    assert longest_streak(days) == Streak(2, date(2024, 3, 1), date(2024, 3, 2))
    assert longest_streak([]) == Streak(0)


def test_a_streak_runs_over_month_year_and_leap_day() -> None:
    days = [
        date(2023, 12, 31),
        date(2024, 1, 1),
        date(2024, 2, 28),
        date(2024, 2, 29),
        date(2024, 3, 1),
    ]
    assert longest_streak(days) == Streak(3, date(2024, 2, 28), date(2024, 3, 1))
    assert runs(days)[0].length == 2


def test_weeks_start_on_monday() -> None:
    assert week_start(date(2024, 5, 15)) == date(2024, 5, 13)
    assert week_start(date(2024, 5, 13)) == date(2024, 5, 13)
    assert week_start(date(2024, 5, 19)) == date(2024, 5, 13)
