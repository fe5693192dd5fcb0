"""The progress numbers on fixed workouts: streaks in local days (across midnight and
daylight-saving changes), weeks, personal bests, the suggestion, and deleted sessions."""

from __future__ import annotations

from datetime import date

from app.core.exercise import PLANK, exercise_for
from app.core.streaks import Streak
from app.storage.checkin import check_in
from app.storage.database import SessionLog
from app.storage.export import export_json
from app.storage.history import History
from app.storage.statistics import Statistics
from tests.storage.workouts import berlin, record


def _stats(log: SessionLog, today: date) -> Statistics:
    return Statistics(log, today=lambda: today)


def _stored(log: SessionLog) -> list[tuple[str, str, int]]:
    rows = log.connection().execute(
        "SELECT started_at, local_day, utc_offset_minutes FROM sessions ORDER BY started_at"
    )
    return rows.fetchall()


def test_a_workout_just_after_midnight_counts_for_the_new_day(log: SessionLog) -> None:
    record(log, berlin(2024, 5, 13, 21, 0))  # Monday evening
    record(log, berlin(2024, 5, 15, 0, 30))  # 00:30 Wednesday: still Tuesday 22:30 in UTC
    record(log, berlin(2024, 5, 15, 20, 0))  # Wednesday evening
    summary = _stats(log, date(2024, 5, 15)).summary()
    # Counted by UTC days this would be Monday, Tuesday, Wednesday; it is Mon, Wed, Wed.
    assert summary.current_streak == Streak(1, date(2024, 5, 15), date(2024, 5, 15))
    record(log, berlin(2024, 5, 14, 0, 10))  # 00:10 Tuesday closes the gap
    summary = _stats(log, date(2024, 5, 15)).summary()
    assert summary.current_streak == Streak(3, date(2024, 5, 13), date(2024, 5, 15))


def test_streaks_run_across_the_spring_daylight_saving_change(log: SessionLog) -> None:
    # Europe/Berlin skips 02:00-03:00 on Sunday 31 March 2024.
    record(log, berlin(2024, 3, 29, 21, 0))
    record(log, berlin(2024, 3, 30, 0, 30))
    record(log, berlin(2024, 3, 31, 0, 30))  # +01:00, before the change
    record(log, berlin(2024, 3, 31, 1, 58))  # a workout that runs through the missing hour
    record(log, berlin(2024, 4, 1, 0, 30))  # +02:00, after it
    assert _stored(log) == [
        ("2024-03-29T20:00:00.000+00:00", "2024-03-29", 60),
        ("2024-03-29T23:30:00.000+00:00", "2024-03-30", 60),
        ("2024-03-30T23:30:00.000+00:00", "2024-03-31", 60),
        ("2024-03-31T00:58:00.000+00:00", "2024-03-31", 60),
        ("2024-03-31T22:30:00.000+00:00", "2024-04-01", 120),
    ]
    summary = _stats(log, date(2024, 4, 1)).summary()
    assert summary.current_streak == Streak(4, date(2024, 3, 29), date(2024, 4, 1))
    # The workout through the missing hour: its holds follow on in real seconds.
    last_hold = log.connection().execute("SELECT MAX(started_at) FROM sets WHERE session_id = 4")
    assert last_hold.fetchone()[0] == "2024-03-31T01:00:15.000+00:00"
    exported = export_json(log)["sessions"][3]
    assert exported["started_at"] == "2024-03-31T01:58:00.000+01:00"
    assert exported["ended_at"] == "2024-03-31T02:00:25.000+01:00"  # = 03:00:25 CEST


def test_streaks_run_across_the_autumn_change_and_its_hour_that_happens_twice(
    log: SessionLog,
) -> None:
    # Europe/Berlin goes from 03:00 CEST back to 02:00 CET on Sunday 27 October 2024.
    record(log, berlin(2024, 10, 26, 23, 30))
    record(log, berlin(2024, 10, 27, 2, 30, fold=0))  # the first 02:30, summer time
    record(log, berlin(2024, 10, 27, 2, 30, fold=1))  # an hour later, the second 02:30
    record(log, berlin(2024, 10, 28, 0, 15))
    assert _stored(log) == [
        ("2024-10-26T21:30:00.000+00:00", "2024-10-26", 120),
        ("2024-10-27T00:30:00.000+00:00", "2024-10-27", 120),
        ("2024-10-27T01:30:00.000+00:00", "2024-10-27", 60),
        ("2024-10-27T23:15:00.000+00:00", "2024-10-28", 60),
    ]
    stats = _stats(log, date(2024, 10, 29))
    assert stats.summary().current_streak == Streak(3, date(2024, 10, 26), date(2024, 10, 28))
    assert stats.day_totals(7) == {
        date(2024, 10, 26): 90.0,
        date(2024, 10, 27): 180.0,
        date(2024, 10, 28): 90.0,
    }


def test_the_current_streak_survives_until_today_is_over_then_breaks(log: SessionLog) -> None:
    for day in (6, 7, 8):
        record(log, berlin(2024, 5, day, 7, 0))
    assert _stats(log, date(2024, 5, 9)).summary().current_streak.length == 3
    assert _stats(log, date(2024, 5, 10)).summary().current_streak.length == 0
    assert _stats(log, date(2024, 5, 10)).summary().longest_streak.length == 3


def test_this_week_and_last_week_are_monday_to_sunday_in_local_days(log: SessionLog) -> None:
    record(log, berlin(2024, 5, 5, 20, 0))  # Sunday the week before last
    record(log, berlin(2024, 5, 6, 7, 0))  # Monday of last week
    record(log, berlin(2024, 5, 12, 23, 50))  # Sunday night, last week
    record(log, berlin(2024, 5, 13, 0, 20), holds=4)  # just after midnight: this week
    record(log, berlin(2024, 5, 15, 7, 0))  # today, Wednesday
    summary = _stats(log, date(2024, 5, 15)).summary()
    assert summary.this_week_seconds == 40.0 + 90.0
    assert summary.last_week_seconds == 90.0 + 90.0
    assert summary.sessions == 5
    assert summary.seconds_held == 4 * 90.0 + 40.0


def test_personal_bests_name_the_record_and_when_it_was_set(log: SessionLog) -> None:
    record(log, berlin(2024, 5, 1, 7, 0), rounds=2)
    record(log, berlin(2024, 5, 2, 7, 0), rounds=4)  # 12 rounds: the record
    record(log, berlin(2024, 5, 3, 7, 0), rounds=4, holds=11)  # 11 done: not a record
    record(log, berlin(2024, 5, 20, 7, 0), rounds=4)  # equals it later
    for day in (22, 23):
        record(log, berlin(2024, 5, day, 7, 0), rounds=3)
    bests = _stats(log, date(2024, 5, 31)).bests()
    assert (bests.most_rounds, bests.most_rounds_day) == (12, date(2024, 5, 2))
    assert bests.longest_streak == Streak(3, date(2024, 5, 1), date(2024, 5, 3))
    # Week of 29 April: 60 + 120 + 110; week of 20 May: 120 + 90 + 90.
    assert (bests.best_week_seconds, bests.best_week_start) == (300.0, date(2024, 5, 20))


def test_one_more_round_is_suggested_only_after_three_complete_workouts_in_a_row(
    log: SessionLog,
) -> None:
    stats = _stats(log, date(2024, 5, 31))
    record(log, berlin(2024, 5, 1, 7, 0), rounds=3, holds=5)  # stopped: starts no run
    record(log, berlin(2024, 5, 2, 7, 0), rounds=3)
    record(log, berlin(2024, 5, 3, 7, 0), rounds=3)
    assert stats.suggestion() is None  # two in a row
    record(log, berlin(2024, 5, 4, 7, 0), rounds=3)
    assert stats.suggestion() == 4  # every round done three times in a row: one more
    record(log, berlin(2024, 5, 5, 7, 0), rounds=4)  # took the advice: a new run starts
    assert stats.suggestion() is None
    record(log, berlin(2024, 5, 6, 7, 0), rounds=4)
    record(log, berlin(2024, 5, 7, 7, 0), rounds=4, holds=11)  # one hold short
    record(log, berlin(2024, 5, 8, 7, 0), rounds=4)
    assert stats.suggestion() is None


def test_no_round_beyond_five_is_suggested(log: SessionLog) -> None:
    for day in (1, 2, 3):
        record(log, berlin(2024, 5, day, 7, 0), rounds=5, exercises=[PLANK])
    assert _stats(log, date(2024, 5, 3)).suggestion() is None


def test_daily_series_have_every_day_and_every_exercise_done(log: SessionLog) -> None:
    record(log, berlin(2024, 5, 29, 7, 0), rounds=2)
    record(log, berlin(2024, 5, 31, 0, 30), rounds=2, exercises=[PLANK, exercise_for("bird dog")])
    record(log, berlin(2024, 5, 31, 19, 0), rounds=3, exercises=[PLANK])
    series = _stats(log, date(2024, 5, 31)).daily_seconds(3)
    assert series.days == (date(2024, 5, 29), date(2024, 5, 30), date(2024, 5, 31))
    assert series.seconds == {
        "plank": (20.0, 0.0, 50.0),
        "side-left": (20.0, 0.0, 0.0),
        "side-right": (20.0, 0.0, 0.0),
        "bird dog": (0.0, 0.0, 20.0),
    }
    assert len(_stats(log, date(2024, 5, 31)).daily_seconds(90).days) == 90


def test_back_pain_is_averaged_per_local_day(log: SessionLog) -> None:
    check_in(log, record(log, berlin(2024, 5, 1, 7, 0)), back_pain=6, note=None)
    check_in(log, record(log, berlin(2024, 5, 1, 19, 0)), back_pain=3, note=None)
    record(log, berlin(2024, 5, 2, 7, 0))  # no answer: no point
    check_in(log, record(log, berlin(2024, 5, 3, 0, 30)), back_pain=2, note=None)
    assert _stats(log, date(2024, 5, 3)).back_pain(30) == [
        (date(2024, 5, 1), 4.5),
        (date(2024, 5, 3), 2.0),
    ]


def test_a_deleted_workout_counts_nowhere_until_it_is_restored(log: SessionLog) -> None:
    for day in (1, 2, 3):
        record(log, berlin(2024, 5, day, 7, 0), rounds=3)
    best = record(log, berlin(2024, 5, 4, 7, 0), rounds=5)
    check_in(log, best, back_pain=7, note="overdid it")
    stats = _stats(log, date(2024, 5, 4))
    history = History(log)

    def everything() -> tuple[object, ...]:
        summary, bests = stats.summary(), stats.bests()
        return (
            summary.sessions,
            summary.seconds_held,
            summary.current_streak.length,
            bests.most_rounds,
            stats.day_totals(7).get(date(2024, 5, 4)),
            stats.back_pain(7),
            stats.suggestion() is not None,
            history.count(),
            len(export_json(log)["sessions"]),
        )

    before = everything()
    assert before == (4, 420.0, 4, 15, 150.0, [(date(2024, 5, 4), 7.0)], False, 4, 4)
    assert history.delete(best)
    assert everything() == (3, 270.0, 3, 9, None, [], True, 3, 3)
    assert not history.delete(best)  # already deleted
    assert history.restore(best)
    assert everything() == before


def test_an_empty_log_gives_zeros_not_errors(log: SessionLog) -> None:
    stats = _stats(log, date(2024, 5, 4))
    summary = stats.summary()
    assert (summary.sessions, summary.seconds_held, summary.current_streak.length) == (0, 0.0, 0)
    bests = stats.bests()
    assert (bests.most_rounds, bests.most_rounds_day, bests.best_week_start) == (0, None, None)
    assert stats.suggestion() is None
    assert stats.day_totals() == {}
    assert stats.daily_seconds(30).seconds == {}
