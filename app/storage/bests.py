"""Personal bests: the records a user is proud of and would notice going missing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.core.streaks import Streak, longest_streak
from app.storage.database import SessionLog

_MOST_ROUNDS_SQL = """
SELECT s.local_day, SUM(t.completed) AS done
FROM sessions AS s JOIN sets AS t ON t.session_id = s.id
WHERE s.deleted = 0
GROUP BY s.id
ORDER BY done DESC, s.started_at
LIMIT 1
"""
# The Monday of a local day: strftime('%w') is 0 on Sunday, so (w + 6) % 7 days back.
_BEST_WEEK_SQL = """
SELECT date(s.local_day, printf('-%d days', (CAST(strftime('%w', s.local_day) AS INTEGER) + 6) % 7))
           AS week,
       SUM(t.held_seconds) AS held
FROM sessions AS s JOIN sets AS t ON t.session_id = s.id
WHERE s.deleted = 0
GROUP BY week
ORDER BY held DESC, week
LIMIT 1
"""


@dataclass(frozen=True)
class PersonalBests:
    """Records so far; zeros and None while the log is empty."""

    most_rounds: int
    most_rounds_day: date | None
    """The first day the record was set."""
    longest_streak: Streak
    best_week_seconds: float
    best_week_start: date | None
    """The Monday of that week."""


def _day(text: object) -> date | None:
    # A day made unreadable by a damaged byte shows as no day, not as a crash.
    try:
        return date.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None


def personal_bests(log: SessionLog, workout_days: Iterable[date]) -> PersonalBests:
    """The bests over every non-deleted session; ``workout_days`` feed the streak."""
    connection = log.connection()
    rounds_row = connection.execute(_MOST_ROUNDS_SQL).fetchone()
    week_row = connection.execute(_BEST_WEEK_SQL).fetchone()
    most_rounds, rounds_day = (0, None) if rounds_row is None else (rounds_row[1], rounds_row[0])
    week_seconds, week = (0.0, None) if week_row is None else (week_row[1], week_row[0])
    return PersonalBests(
        most_rounds=int(most_rounds),
        most_rounds_day=_day(rounds_day),
        longest_streak=longest_streak(workout_days),
        best_week_seconds=float(week_seconds),
        best_week_start=_day(week),
    )
