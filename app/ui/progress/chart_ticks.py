"""Axis ticks for the daily chart: dates a person reads at a glance, round seconds, 0-10.

The chart's x is the day's index in the range shown, so these ticks name the days.
"""

from __future__ import annotations

from datetime import date

from app.ui.progress.progress_text import month_text, number_text, short_day_text

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
