"""Progress numbers for the progress view, each from one SQL aggregate over indexed columns.

Days are the user's local calendar days (``sessions.local_day``), so a workout at 00:30
counts for the new day. Deleted sessions count nowhere. A *workout day* is a day with at
least one hold actually held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.exercise import BUILT_IN
from app.core.streaks import Streak, current_streak, longest_streak, week_start
from app.storage.bests import PersonalBests, personal_bests
from app.storage.database import SessionLog
from app.storage.suggestion import next_step
from app.storage.timestamps import local_today
from app.storage.unreadable_text import UnreadableText

# Sets of sessions that are not deleted; "s" is the session, "t" the set.
ACTIVE_SETS = "sessions AS s JOIN sets AS t ON t.session_id = s.id WHERE s.deleted = 0"

WORKOUT_DAYS_SQL = """
SELECT DISTINCT s.local_day FROM sessions AS s
WHERE s.deleted = 0
  AND EXISTS (SELECT 1 FROM sets AS t WHERE t.session_id = s.id AND t.held_seconds > 0)
ORDER BY s.local_day
"""
DAILY_SECONDS_SQL = f"""
SELECT s.local_day, t.exercise, SUM(t.held_seconds) FROM {ACTIVE_SETS}
  AND s.local_day BETWEEN ? AND ?
GROUP BY s.local_day, t.exercise
"""
DAY_TOTALS_SQL = f"""
SELECT s.local_day, SUM(t.held_seconds) FROM {ACTIVE_SETS}
  AND s.local_day BETWEEN ? AND ?
GROUP BY s.local_day
"""
BACK_PAIN_SQL = """
SELECT s.local_day, AVG(s.back_pain) FROM sessions AS s
WHERE s.deleted = 0 AND s.local_day BETWEEN ? AND ? AND s.back_pain IS NOT NULL
GROUP BY s.local_day ORDER BY s.local_day
"""
TOTALS_SQL = f"""
SELECT COUNT(DISTINCT s.id), COALESCE(SUM(t.held_seconds), 0) FROM {ACTIVE_SETS}
  AND t.held_seconds > 0
"""
WEEKS_SQL = f"""
SELECT COALESCE(SUM(CASE WHEN s.local_day >= :this THEN t.held_seconds END), 0),
       COALESCE(SUM(CASE WHEN s.local_day < :this THEN t.held_seconds END), 0)
FROM {ACTIVE_SETS} AND s.local_day BETWEEN :last AND :today
"""
_BUILT_IN_ORDER = {exercise.key: index for index, exercise in enumerate(BUILT_IN)}


def readable_day(text: object) -> date | None:
    """The local day a row names, or None if a damaged byte made it unreadable: its holds
    then count in the totals but on no day (see damaged_rows)."""
    if not isinstance(text, str) or isinstance(text, UnreadableText):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Summary:
    """The headline numbers: workouts, time held, streaks, and this week against the last."""

    sessions: int
    seconds_held: float
    current_streak: Streak
    longest_streak: Streak
    this_week_seconds: float
    last_week_seconds: float


@dataclass(frozen=True)
class DailySeries:
    """Seconds held per exercise for every day of a period, oldest first, zeros included."""

    days: tuple[date, ...]
    seconds: dict[str, tuple[float, ...]]
    """Per exercise key (built-ins first, then custom names A-Z), one value per day."""


class Statistics:
    """The queries behind the progress view. ``today`` is injectable for tests."""

    def __init__(self, log: SessionLog, today: Callable[[], date] = local_today) -> None:
        self.log = log
        self.today = today

    def workout_days(self) -> list[date]:
        """Every local day with a hold held, oldest first."""
        rows = self.log.connection().execute(WORKOUT_DAYS_SQL)
        return [day for (text,) in rows if (day := readable_day(text)) is not None]

    def summary(self) -> Summary:
        """Sessions, seconds held, current and longest streak, this and last week."""
        connection = self.log.connection()
        today = self.today()
        sessions, held = connection.execute(TOTALS_SQL).fetchone()
        days = self.workout_days()
        monday = week_start(today)
        this_week, last_week = connection.execute(
            WEEKS_SQL,
            {
                "this": monday.isoformat(),
                "last": (monday - timedelta(days=7)).isoformat(),
                "today": today.isoformat(),
            },
        ).fetchone()
        return Summary(
            sessions=sessions,
            seconds_held=float(held),
            current_streak=current_streak(days, today),
            longest_streak=longest_streak(days),
            this_week_seconds=float(this_week),
            last_week_seconds=float(last_week),
        )

    def _period(self, days: int) -> tuple[date, date]:
        if days < 1:
            raise ValueError(f"a period has at least one day, got {days}")
        today = self.today()
        return today - timedelta(days=days - 1), today

    def daily_seconds(self, days: int = 30) -> DailySeries:
        """Seconds held per local day and exercise over the last ``days`` days (30/90/365)."""
        first, last = self._period(days)
        span = tuple(first + timedelta(days=offset) for offset in range(days))
        found: dict[str, list[float]] = {}
        rows = self.log.connection().execute(
            DAILY_SECONDS_SQL, (first.isoformat(), last.isoformat())
        )
        for text, exercise, seconds in rows:
            day = readable_day(text)
            if day is None or isinstance(exercise, UnreadableText):
                continue
            series = found.setdefault(exercise, [0.0] * days)
            series[(day - first).days] = float(seconds)
        order = sorted(found, key=lambda key: (_BUILT_IN_ORDER.get(key, len(BUILT_IN)), key))
        return DailySeries(span, {key: tuple(found[key]) for key in order})

    def day_totals(self, days: int = 365) -> dict[date, float]:
        """Seconds held per local day with any workout over the last ``days`` (the heat map)."""
        first, last = self._period(days)
        rows = self.log.connection().execute(DAY_TOTALS_SQL, (first.isoformat(), last.isoformat()))
        return {
            day: float(seconds) for text, seconds in rows if (day := readable_day(text)) is not None
        }

    def back_pain(self, days: int = 90) -> list[tuple[date, float]]:
        """The mean back-pain score per local day that has one, oldest first."""
        first, last = self._period(days)
        rows = self.log.connection().execute(BACK_PAIN_SQL, (first.isoformat(), last.isoformat()))
        return [
            (day, float(pain)) for text, pain in rows if (day := readable_day(text)) is not None
        ]

    def bests(self) -> PersonalBests:
        """Most rounds completed in a session, longest streak, most time held in a week."""
        return personal_bests(self.log, self.workout_days())

    def suggestion(self) -> int | None:
        """The rounds to suggest for the next workout, or None (see suggestion.next_step)."""
        return next_step(self.log)
