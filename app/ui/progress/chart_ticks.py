"""Axis ticks for the daily chart: dates a person reads at a glance, round seconds, 0-10.

The chart's x is the day's index in the range shown, so these ticks name the days.
"""

from __future__ import annotations

from datetime import date

from app.ui.progress.progress_text import (
    ProgressText,
    month_text,
    number_text,
    short_day_text,
    two_digits,
    year_text,
)

Ticks = list[list[tuple[float, str]]]
"""pyqtgraph's form: a list of tick levels (major, minor), each of (position, label)."""


def pain_ticks() -> Ticks:
    """The back-pain axis: 0 to 10 in steps of 2."""
    return [[(float(score), number_text(score)) for score in range(0, 11, 2)], []]


def day_ticks(days: tuple[date, ...]) -> Ticks:
    """Major and minor x ticks: Mondays for a month or a quarter, month starts for a year."""
    if len(days) <= 92:
        mondays = [(i, day) for i, day in enumerate(days) if day.weekday() == 0]
        major = [(float(i), short_day_text(day)) for i, day in mondays]
        minor = [(float(i), "") for i in range(len(days))] if len(days) <= 31 else []
        return [major, minor]
    major = []
    for index, day in enumerate(days):
        if day.day == 1:
            major.append((float(index), month_text(day, with_year=day.month == 1)))
    return [major, []]


def seconds_ticks(top: float) -> Ticks:
    """Round steps of seconds up to ``top``: every 30 s for a day or two of workouts."""
    step = next((step for step in (30, 60, 120, 300, 600) if top / step <= 8), 1200)
    return [[(float(value), number_text(value)) for value in range(0, int(top) + 1, step)], []]


def week_ticks(mondays: tuple[date, ...]) -> Ticks:
    """X ticks for weekly bars: each Monday for a quarter, months for a year, else years."""
    if len(mondays) <= 16:
        return [[(float(i), short_day_text(monday)) for i, monday in enumerate(mondays)], []]
    if len(mondays) <= 60:
        major = [
            (float(i), month_text(monday, with_year=monday.month == 1))
            for i, monday in enumerate(mondays)
            if monday.day <= 7  # the first Monday of its month
        ]
        return [major, []]
    years = [
        (float(i), year_text(monday))
        for i, monday in enumerate(mondays)
        if _first_of_year(i, mondays)
    ]
    months = [(float(i), "") for i, monday in enumerate(mondays) if monday.day <= 7]
    return [years, months if len(mondays) <= 160 else []]


def _first_of_year(index: int, mondays: tuple[date, ...]) -> bool:
    return index > 0 and mondays[index - 1].year != mondays[index].year


DURATION_STEPS_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 300, 600, 1200)


def duration_ticks(top_seconds: float, most: int = 6) -> Ticks:
    """Round steps of time up to ``top_seconds``, at most ``most`` of them: "30 min", "1 h 30"."""
    step = next(
        (m * 60 for m in DURATION_STEPS_MINUTES if top_seconds / (m * 60) <= most),
        DURATION_STEPS_MINUTES[-1] * 60,
    )
    return [
        [(float(value), _duration_label(value)) for value in range(0, int(top_seconds) + 1, step)],
        [],
    ]


def _duration_label(seconds: int) -> str:
    """``0``, ``30 min``, ``1 h``, ``1 h 30``: short, for an axis."""
    hours, minutes = divmod(seconds // 60, 60)
    if not seconds:
        return number_text(0)
    if not hours:
        return ProgressText.tr("{minutes} min").format(minutes=number_text(minutes))
    if not minutes:
        return ProgressText.tr("{hours} h").format(hours=number_text(hours))
    return ProgressText.tr("{hours} h {minutes}", "an axis label: hours and minutes, short").format(
        hours=number_text(hours), minutes=two_digits(minutes)
    )


def distance_ticks(top_metres: float, most: int = 6) -> Ticks:
    """Round steps of kilometres up to ``top_metres``, at most ``most`` of them."""
    step = next(
        (km for km in (1, 2, 5, 10, 20, 25, 50, 100, 200) if top_metres / (km * 1000) <= most), 500
    )
    return [
        [(km * 1000.0, number_text(km)) for km in range(0, int(top_metres / 1000) + 1, step)],
        [],
    ]
