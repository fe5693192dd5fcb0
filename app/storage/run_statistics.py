"""Weekly running load, core work and back pain, each summed per week by one SQL aggregate.

Weeks are Monday to Sunday on the local days stored with each run and session
(``local_day``): SQLite's ``date(day, 'weekday 0', '-6 days')`` names a day's Monday. The
queries filter on ``(deleted, local_day)``, which the ``runs_by_day`` and ``sessions_by_day``
indexes hold, so a week range reads only its own rows, and never more than one row per week
comes back. Deleted runs and sessions count nowhere, nor does a day made unreadable by a
damaged byte (SQLite's ``date()`` of it is NULL).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from app.core.running_load import LEAD_IN_WEEKS, LoadReport, Week, fill_weeks, load_report
from app.core.streaks import week_start
from app.storage.database import SessionLog
from app.storage.timestamps import local_today

_MONDAY = "date({day}, 'weekday 0', '-6 days')"

# Running time is moving time where the file gives it: standing at a crossing is not load.
RUN_WEEKS_SQL = f"""
SELECT {_MONDAY.format(day="r.local_day")} AS monday,
       COUNT(*),
       COUNT(DISTINCT r.local_day),
       SUM(COALESCE(r.moving_seconds, r.elapsed_seconds)),
       COALESCE(SUM(r.distance_m), 0),
       SUM(r.distance_m IS NULL),
       COALESCE(SUM(CASE WHEN r.distance_m IS NULL
                    THEN COALESCE(r.moving_seconds, r.elapsed_seconds) END), 0)
FROM runs AS r
WHERE r.deleted = 0 AND r.local_day BETWEEN ? AND ?
GROUP BY monday HAVING monday IS NOT NULL
"""
# A core session counts when it has a hold actually held, as the progress cards count them.
# Each session's holds are summed by a correlated subquery on the covering sets_by_session
# index, so the week's Monday is worked out once per session rather than once per hold.
CORE_WEEKS_SQL = f"""
SELECT {_MONDAY.format(day="s.local_day")} AS monday,
       COUNT(*),
       SUM((SELECT SUM(t.held_seconds) FROM sets AS t WHERE t.session_id = s.id))
FROM sessions AS s
WHERE s.deleted = 0 AND s.local_day BETWEEN ? AND ?
  AND EXISTS (SELECT 1 FROM sets AS t WHERE t.session_id = s.id AND t.held_seconds > 0)
GROUP BY monday HAVING monday IS NOT NULL
"""
PAIN_WEEKS_SQL = f"""
SELECT {_MONDAY.format(day="s.local_day")} AS monday, COUNT(s.back_pain), AVG(s.back_pain)
FROM sessions AS s
WHERE s.deleted = 0 AND s.local_day BETWEEN ? AND ? AND s.back_pain IS NOT NULL
GROUP BY monday HAVING monday IS NOT NULL
"""
# In day order off the runs_by_day index: the first day that reads is the first run's (a
# damaged byte in one run's day must not hide the chart).
FIRST_RUN_SQL = "SELECT local_day FROM runs WHERE deleted = 0 ORDER BY local_day"


class RunStatistics:
    """The queries behind "Running and your back". ``today`` is injectable for tests."""

    def __init__(self, log: SessionLog, today: Callable[[], date] = local_today) -> None:
        self.log = log
        self.today = today

    def first_run_day(self) -> date | None:
        """The local day of the first run in the log (deleted ones left out), or None."""
        for (day,) in self.log.connection().execute(FIRST_RUN_SQL):
            try:
                return date.fromisoformat(day)
            except (TypeError, ValueError):
                continue
        return None

    def weeks(self, first: date, last: date) -> list[Week]:
        """Every week from ``first``'s to ``last``'s, oldest first, empty weeks included."""
        first, last = week_start(first), week_start(last) + timedelta(days=6)
        span = (first.isoformat(), last.isoformat())
        connection = self.log.connection()
        # Each week's fields gathered from the three queries, then one Week made per week.
        found: dict[str, dict[str, Any]] = {}
        for (
            monday,
            runs,
            days,
            seconds,
            metres,
            unmeasured,
            unmeasured_seconds,
        ) in connection.execute(RUN_WEEKS_SQL, span):
            found.setdefault(monday, {}).update(
                runs=runs,
                run_days=days,
                run_seconds=float(seconds),
                distance_m=float(metres),
                runs_without_distance=unmeasured,
                seconds_without_distance=float(unmeasured_seconds),
            )
        for monday, sessions, held in connection.execute(CORE_WEEKS_SQL, span):
            found.setdefault(monday, {}).update(core_sessions=sessions, held_seconds=float(held))
        for monday, scores, pain in connection.execute(PAIN_WEEKS_SQL, span):
            found.setdefault(monday, {}).update(pain_scores=scores, pain_mean=float(pain))
        return fill_weeks(
            first,
            last,
            (Week(date.fromisoformat(monday), **fields) for monday, fields in found.items()),
        )

    def report(self, weeks: int | None) -> LoadReport:
        """The last ``weeks`` weeks up to this one, judged; None: from the first run's week.

        With no runs at all, ``weeks=None`` gives this week alone.
        """
        if weeks is not None and weeks < 1:
            raise ValueError(f"a report covers at least one week, got {weeks}")
        today = self.today()
        since = self.first_run_day()
        this_week = week_start(today)
        if weeks is None:
            shown_from = week_start(min(since, today)) if since is not None else this_week
        else:
            shown_from = this_week - timedelta(weeks=weeks - 1)
        lead_in = shown_from - timedelta(weeks=LEAD_IN_WEEKS)
        if since is not None:
            # Nothing before the first run can change a judgement: fetch no further back.
            lead_in = max(lead_in, week_start(since) - timedelta(weeks=LEAD_IN_WEEKS))
        return load_report(self.weeks(min(lead_in, shown_from), today), shown_from, since)
