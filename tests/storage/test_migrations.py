"""Upgrading a log written by an older version of the app keeps every workout in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.plan import Plan
from app.storage.checkin import check_in
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.history import History
from app.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from app.storage.plan_codec import plan_to_json
from app.storage.statistics import Statistics


def _write_version_1_log(path: Path) -> None:
    """A log exactly as version 1 of the schema left it: two workouts, five holds."""
    old = SessionLog(path)
    connection = old.connection()
    migrate(connection, target=1)
    plan = plan_to_json(Plan.simple(rounds=2))
    connection.executemany(
        "INSERT INTO sessions (id, started_at, utc_offset_minutes, local_day, ended_at, plan,"
        " planned_rounds, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "2023-12-31T23:30:00.000+00:00", 60, "2024-01-01", None, plan, 6, "in_progress"),
            (2, "2024-01-02T07:00:00.000+00:00", 60, "2024-01-02", None, plan, 6, "stopped"),
        ],
    )
    connection.executemany(
        "INSERT INTO sets (session_id, exercise, side, round, planned_seconds, held_seconds,"
        " completed, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "plank", None, 1, 10.0, 10.0, 1, "2023-12-31T23:30:05.000+00:00"),
            (1, "plank", None, 2, 10.0, 10.0, 1, "2023-12-31T23:30:20.000+00:00"),
            (1, "side-left", "left", 1, 10.0, 7.5, 0, "2023-12-31T23:30:40.000+00:00"),
            (2, "plank", None, 1, 10.0, 10.0, 1, "2024-01-02T07:00:05.000+00:00"),
            (2, "plank", None, 2, 10.0, 4.0, 0, "2024-01-02T07:00:20.000+00:00"),
        ],
    )
    assert schema_version(connection) == 1
    old.close()


def test_the_migrations_are_numbered_one_after_another() -> None:
    # A gap or a repeat would skip or repeat an upgrade step on someone's log.
    assert [migration.version for migration in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION >= 2


def test_a_version_1_log_is_upgraded_and_keeps_its_workouts(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    _write_version_1_log(data_dir / LOG_FILE_NAME)

    with open_log(data_dir) as log:
        connection = log.connection()
        assert schema_version(connection) == LATEST_VERSION
        assert connection.execute("SELECT COUNT(*) FROM sets").fetchone()[0] == 5
        # The session left in progress by the old app counts as interrupted now.
        assert log.interrupted == 1
        rows = History(log).rows(0, 10)
        assert [
            (row.session_id, row.status, row.rounds_done, row.seconds_held) for row in rows
        ] == [
            (2, "stopped", 1, 14.0),
            (1, "interrupted", 2, 27.5),
        ]
        assert all(row.back_pain is None and row.note is None for row in rows)

        # The new columns work on the old rows: check-in, delete, the per-day index.
        check_in(log, 1, back_pain=4, note="new year")
        assert History(log).rows(0, 10, descending=False)[0].back_pain == 4
        assert History(log).delete(2)
        stats = Statistics(log, today=lambda: date(2024, 1, 2))
        assert stats.summary().sessions == 1
        assert stats.day_totals(7) == {date(2024, 1, 1): 27.5}
        indexes = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"sessions_by_day", "sets_by_session", "sessions_by_start"} <= indexes


def test_opening_an_up_to_date_log_again_changes_nothing(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    _write_version_1_log(data_dir / LOG_FILE_NAME)
    open_log(data_dir).close()
    before = (data_dir / LOG_FILE_NAME).read_bytes()
    with open_log(data_dir) as log:
        assert log.interrupted == 0
        assert History(log).count() == 2
    assert (data_dir / LOG_FILE_NAME).read_bytes() == before


def test_a_version_3_log_gains_an_empty_runs_table_and_keeps_its_workouts(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = SessionLog(data_dir / LOG_FILE_NAME)
    migrate(old.connection(), target=3)
    old.connection().execute(
        "INSERT INTO sessions (started_at, utc_offset_minutes, local_day, plan, planned_rounds,"
        " status) VALUES ('2024-01-02T07:00:00.000+00:00', 60, '2024-01-02', ?, 9, 'stopped')",
        (plan_to_json(Plan.simple()),),
    )
    old.close()

    with open_log(data_dir) as log:
        connection = log.connection()
        assert schema_version(connection) == LATEST_VERSION
        assert History(log).count() == 1
        assert connection.execute("SELECT COUNT(*) FROM runs").fetchone() == (0,)
