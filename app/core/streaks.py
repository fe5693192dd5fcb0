"""Streaks of workout days, counted on local calendar days.

Pure arithmetic on dates, so the storage layer can fetch the distinct days with one indexed
query and the rules live here, testable without a database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Streak:
    """A run of consecutive workout days; ``length`` 0 (and no dates) when there is none."""

    length: int
    first: date | None = None
    last: date | None = None


def runs(days: Iterable[date]) -> list[Streak]:
    """Every run of consecutive days, oldest first. Duplicates and order do not matter."""
    found: list[Streak] = []
    first: date | None = None
    previous: date | None = None
    for day in sorted(set(days)):
        if previous is None or first is None or day - previous != _ONE_DAY:
            if previous is not None and first is not None:
                found.append(Streak((previous - first).days + 1, first, previous))
            first = day
        previous = day
    if previous is not None and first is not None:
        found.append(Streak((previous - first).days + 1, first, previous))
    return found


def longest_streak(days: Iterable[date]) -> Streak:
    """The longest run of consecutive days; of equal runs, the most recent."""
    best = Streak(0)
    for run in runs(days):
        if run.length >= best.length:
            best = run
    return best


def current_streak(days: Iterable[date], today: date) -> Streak:
    """The run that ends today, or yesterday (today's workout may still be to come).

    Days after ``today`` (a clock set back, an imported log) are ignored.
    """
    past = [day for day in days if day <= today]
    found = runs(past)
    if found:
        last = found[-1]
        if last.last is not None and today - last.last <= _ONE_DAY:
            return last
    return Streak(0)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())
