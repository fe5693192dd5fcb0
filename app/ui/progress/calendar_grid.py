"""Where each day sits in the year calendar: 53 week columns by 7 weekday rows.

Pure date arithmetic, kept apart from the painting so it can be reasoned about alone.
Weeks start on Monday (as streaks and "this week" do); the last column holds today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core.streaks import week_start
from app.ui.progress.progress_text import month_text

WEEKS = 53
WEEKDAYS = 7
LEVEL_LIMITS = (60.0, 120.0, 180.0)
"""Seconds held that start levels 2, 3 and 4: one minute, two, three. Any hold is level 1.

Fixed limits, not quantiles, so a cell's shade means the same next year as this one: a
3-round workout of plank and both sides (90 s) is level 2, five rounds (150 s) level 3.
"""


def level(seconds: float) -> int:
    """The shade of a day: 0 for nothing held, 1 to 4 as the minutes add up."""
    if seconds <= 0:
        return 0
    return 1 + sum(seconds >= limit for limit in LEVEL_LIMITS)


@dataclass(frozen=True)
class CalendarGrid:
    """The 53 weeks ending with ``today``'s week; days after today are left empty."""

    today: date

    @property
    def first(self) -> date:
        """The Monday of the first column."""
        return week_start(self.today) - timedelta(weeks=WEEKS - 1)

    @property
    def day_count(self) -> int:
        """Days from the first cell to today inclusive: what to ask day_totals() for."""
        return (self.today - self.first).days + 1

    def cell_of(self, day: date) -> tuple[int, int] | None:
        """(column, row) of ``day``, or None if it is not on the grid."""
        offset = (day - self.first).days
        if offset < 0 or day > self.today:
            return None
        return divmod(offset, WEEKDAYS)

    def day_at(self, column: int, row: int) -> date | None:
        """The day in a cell, or None for a cell off the grid or after today."""
        if not (0 <= column < WEEKS and 0 <= row < WEEKDAYS):
            return None
        day = self.first + timedelta(days=column * WEEKDAYS + row)
        return day if day <= self.today else None

    def month_labels(self) -> list[tuple[int, str]]:
        """(column, "Mar") for each column whose week holds the first of a month.

        The month of the first column is labelled only if its label would not crowd the
        next one (at least three columns before the next month starts).
        """
        labels: list[tuple[int, str]] = []
        for column in range(WEEKS):
            monday = self.first + timedelta(weeks=column)
            sunday = monday + timedelta(days=WEEKDAYS - 1)
            first_of_month = sunday.replace(day=1)
            if first_of_month > self.today:
                break  # next month has not begun: its label would sit over empty squares
            if monday.day == 1 or sunday.day < monday.day:
                text = month_text(first_of_month, with_year=first_of_month.month == 1)
                labels.append((column, text))
        if not labels or labels[0][0] >= 3:
            labels.insert(0, (0, month_text(self.first)))
        return labels
