"""Weekly running, core work and back pain from SQL: local weeks across daylight-saving changes
and the new year, deleted runs and sessions left out, moving time before elapsed time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.running_load import Verdict
from app.storage import run_statistics
from app.storage.checkin import check_in
from app.storage.database import SessionLog
from app.storage.history import History
from app.storage.run_statistics import RunStatistics
from tests.run_seed import add_run
from tests.storage.workouts import berlin, record


def _stats(log: SessionLog, today: date) -> RunStatistics:
    return RunStatistics(log, today=lambda: today)


def _runs_per_week(log: SessionLog, first: date, last: date) -> dict[date, int]:
    return {week.monday: week.runs for week in _stats(log, last).weeks(first, last) if week.runs}


def test_runs_count_for_their_local_week_across_the_spring_change(log: SessionLog) -> None:
    # Europe/Berlin skips 02:00-03:00 on Sunday 30 March 2025.
    add_run(log, berlin(2025, 3, 30, 1, 30), 40)  # +01:00, Sunday: the week of 24 March
    add_run(log, berlin(2025, 3, 30, 23, 30), 40)  # +02:00, still Sunday
    add_run(log, berlin(2025, 3, 31, 0, 30), 40)  # Monday 00:30, Sunday 22:30 in UTC
    assert _runs_per_week(log, date(2025, 3, 24), date(2025, 3, 31)) == {
        date(2025, 3, 24): 2,
        date(2025, 3, 31): 1,
    }


def test_runs_count_for_their_local_week_across_the_autumn_change(log: SessionLog) -> None:
    add_run(log, berlin(2025, 10, 26, 2, 30, fold=1), 40)  # the second 02:30, Sunday
    add_run(log, berlin(2025, 10, 27, 0, 15), 40)  # Monday 00:15 +01:00, Sunday in UTC
    assert _runs_per_week(log, date(2025, 10, 20), date(2025, 10, 27)) == {
        date(2025, 10, 20): 1,
        date(2025, 10, 27): 1,
    }


def test_a_week_across_the_new_year_is_one_week(log: SessionLog) -> None:
    add_run(log, berlin(2025, 12, 28, 10), 40)  # Sunday
    add_run(log, berlin(2025, 12, 31, 18), 40)  # Wednesday
    add_run(log, berlin(2026, 1, 2, 7), 40)  # Friday
    assert _runs_per_week(log, date(2025, 12, 22), date(2026, 1, 4)) == {
        date(2025, 12, 22): 1,
        date(2025, 12, 29): 2,
    }


def test_a_weeks_running_core_work_and_back_pain_add_up(log: SessionLog) -> None:
    # The week of Monday 12 May 2025.
    add_run(log, berlin(2025, 5, 12, 7), 50, 9.0, moving_minutes=45)  # 45 min count
    add_run(log, berlin(2025, 5, 12, 19), 20, 4.0)  # a second run the same day
    add_run(log, berlin(2025, 5, 14, 7), 40, sport="treadmill")  # no distance
    add_run(log, berlin(2025, 5, 17, 9), 90, 16.0, sport="trail_run")
    add_run(log, berlin(2025, 5, 15, 7), 60, 12.0, deleted=True)  # counts nowhere
    check_in(log, record(log, berlin(2025, 5, 13, 7)), back_pain=4, note=None)  # 90 s held
    check_in(log, record(log, berlin(2025, 5, 15, 7), holds=4), back_pain=2, note=None)
    record(log, berlin(2025, 5, 16, 7))  # no score
    record(log, berlin(2025, 5, 17, 7), holds=0)  # stopped before a hold: not a session
    History(log).delete(record(log, berlin(2025, 5, 18, 7)))  # deleted
    check_in(log, record(log, berlin(2025, 5, 19, 7)), back_pain=9, note=None)  # next week

    (week,) = _stats(log, date(2025, 5, 18)).weeks(date(2025, 5, 12), date(2025, 5, 18))
    assert week.monday == date(2025, 5, 12)
    assert week.runs == 4
    assert week.run_days == 3
    assert week.run_seconds == (45 + 20 + 40 + 90) * 60
    assert week.distance_m == 29_000
    assert week.runs_without_distance == 1
    assert week.seconds_without_distance == 40 * 60
    assert week.core_sessions == 3
    assert week.held_seconds == 90 + 40 + 90
    assert week.pain_scores == 2
    assert week.pain_mean == 3.0


def test_a_report_shows_the_chosen_weeks_up_to_this_one(log: SessionLog) -> None:
    today = date(2025, 3, 20)  # Thursday; this week began on Monday 17 March
    for weeks_back in range(10):
        add_run(log, berlin(2025, 3, 18, 7) - timedelta(weeks=weeks_back), 40, 8.0)
    add_run(log, berlin(2025, 3, 19, 7), 80, 16.0)  # this week doubles: a jump
    stats = _stats(log, today)
    assert stats.first_run_day() == date(2025, 1, 14)
    quarter = stats.report(13)
    assert len(quarter.weeks) == 13
    assert quarter.weeks[-1].week.monday == date(2025, 3, 17)
    assert quarter.weeks[0].week.monday == date(2024, 12, 23)
    assert quarter.running_since == date(2025, 1, 13)
    assert [w.week.monday for w in quarter.weeks if w.jump] == [date(2025, 3, 17)]
    everything = stats.report(None)
    assert everything.weeks[0].week.monday == date(2025, 1, 13)
    assert len(everything.weeks) == 10
    with pytest.raises(ValueError, match="at least one week"):
        stats.report(0)


def test_with_no_runs_a_report_says_so(log: SessionLog) -> None:
    record(log, berlin(2025, 3, 18, 7))
    report = _stats(log, date(2025, 3, 20)).report(None)
    assert report.running_since is None
    assert [w.week.monday for w in report.weeks] == [date(2025, 3, 17)]
    assert report.comparison.verdict is Verdict.NO_RUNS


def test_deleting_every_run_leaves_no_running(log: SessionLog) -> None:
    add_run(log, berlin(2025, 3, 18, 7), 40, 8.0, deleted=True)
    stats = _stats(log, date(2025, 3, 20))
    assert stats.first_run_day() is None
    assert stats.report(13).comparison.verdict is Verdict.NO_RUNS


SPAN = ("2025-01-06", "2025-12-28")


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        pytest.param(run_statistics.RUN_WEEKS_SQL, "r", id="runs"),
        pytest.param(run_statistics.CORE_WEEKS_SQL, "s", id="core"),
        pytest.param(run_statistics.PAIN_WEEKS_SQL, "s", id="back pain"),
    ],
)
def test_weekly_queries_read_only_their_weeks_through_an_index(
    log: SessionLog, sql: str, table: str
) -> None:
    explained = log.connection().execute(f"EXPLAIN QUERY PLAN {sql}", SPAN)
    plan = [row[3] for row in explained]
    assert not [line for line in plan if line.startswith("SCAN")], plan
    index = "runs_by_day" if table == "r" else "sessions_by_day"
    assert any(line.startswith(f"SEARCH {table} USING") and index in line for line in plan), plan
    if "sets" in sql:
        assert "SEARCH t USING COVERING INDEX sets_by_session (session_id=?)" in plan, plan


def test_a_run_whose_day_a_damaged_byte_made_unreadable_counts_in_no_week(
    log: SessionLog,
) -> None:
    for day in (3, 4, 5):
        add_run(log, berlin(2025, 3, day, 7), 40)
    # The stored day of the second run, "2025-03-04", with a byte made invalid UTF-8: it
    # still sorts within the year to come, so the weekly queries meet it.
    log.connection().execute(
        "UPDATE runs SET local_day = CAST(? AS TEXT) WHERE id = 2", (b"2025-0\xff-04",)
    )

    report = _stats(log, date(2026, 3, 9)).report(None)

    assert [(j.week.monday, j.week.runs) for j in report.weeks if j.week.runs] == [
        (date(2025, 3, 3), 2)
    ]
