"""One damaged byte inside one session: that session (or hold) is left out and named; the
rest exports and shows. Each damaged log is a real one with a real byte flipped."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.core.run import Run
from app.storage.damaged_rows import DamagedRows
from app.storage.database import SessionLog, open_log
from app.storage.export import export_csv, write_json
from app.storage.fit_export import write_fit_files
from app.storage.history import History
from app.storage.logged_workouts import workouts_by_id, workouts_since
from app.storage.run_format import export_runs_csv
from app.storage.runs import RunStore
from app.storage.statistics import Statistics
from tests.storage.damage import damaged_log, damaged_runs_log, real_log


@pytest.fixture(params=["note", "plan"])
def session_damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SessionLog]:
    damaged_log(tmp_path, request.param)
    with open_log(tmp_path) as log:
        assert log.moved_aside is None  # SQLite's own check finds nothing wrong
        yield log


def test_json_export_leaves_out_the_unreadable_session_and_names_it(
    session_damaged: SessionLog,
) -> None:
    out = io.StringIO()
    report = write_json(session_damaged, out)
    sessions = json.loads(out.getvalue())["sessions"]
    assert [s["started_at"][:10] for s in sessions] == [
        "2024-05-01",
        "2024-05-02",
        "2024-05-04",
        "2024-05-05",
        "2024-05-06",
    ]
    assert report.damaged.summary() == (
        "left out what could not be read (a damaged byte in the log): session 3 (2024-05-03)"
    )


def test_csv_export_leaves_out_the_unreadable_session_and_names_it(
    session_damaged: SessionLog,
) -> None:
    out = io.StringIO(newline="")
    report = export_csv(session_damaged, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == report.rows == 4 * 9 + 3
    assert not [row for row in rows if row["session_started_at"].startswith("2024-05-03")]
    assert [str(row) for row in report.damaged.rows] == ["session 3 (2024-05-03)"]


def test_the_history_leaves_out_the_unreadable_session_and_names_it(
    session_damaged: SessionLog,
) -> None:
    history = History(session_damaged)
    assert history.count() == 5
    days = [row.started_at.day for row in history.rows(0, 10)]
    assert days == [6, 5, 4, 2, 1]
    assert [str(row) for row in history.damaged.rows] == ["session 3 (2024-05-03)"]


def test_the_statistics_still_count_the_holds_of_the_damaged_session(
    session_damaged: SessionLog,
) -> None:
    stats = Statistics(session_damaged, today=lambda: date(2024, 5, 6))
    summary = stats.summary()
    assert (summary.sessions, summary.seconds_held) == (6, 5 * 90.0 + 30.0)
    assert stats.bests().most_rounds == 9
    assert len(stats.day_totals(7)) == 6


def test_an_unreadable_hold_is_left_out_of_the_export_and_named(tmp_path: Path) -> None:
    damaged_log(tmp_path, "hold")
    with open_log(tmp_path) as log:
        out = io.StringIO()
        report = write_json(log, out)
        daily = Statistics(log, today=lambda: date(2024, 5, 6)).daily_seconds(7)
    sessions = json.loads(out.getvalue())["sessions"]
    assert len(sessions) == 6
    assert [s["exercise"] for s in sessions[-1]["sets"]] == ["bird dog", "bird dog"]
    assert [str(row) for row in report.damaged.rows] == ["1 hold of session 6 (2024-05-06)"]
    assert daily.seconds["bird dog"][-1] == 20.0  # the damaged name counts under no name


def test_a_stored_plan_nested_too_deep_is_left_out_not_a_crash(tmp_path: Path) -> None:
    real_log(tmp_path, workouts=3)
    with open_log(tmp_path) as log:
        deep = "[" * 100_000 + "]" * 100_000
        log.connection().execute("UPDATE sessions SET plan = ? WHERE id = 2", (deep,))
        history = History(log)
        assert history.count() == 2
        assert [str(row) for row in history.damaged.rows] == ["session 2 (2024-05-02)"]
        report = write_json(log, io.StringIO())
    assert [str(row) for row in report.damaged.rows] == ["session 2 (2024-05-02)"]


@pytest.fixture(params=["start", "source"])
def run_damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SessionLog]:
    damaged_runs_log(tmp_path, request.param)
    with open_log(tmp_path) as log:
        assert log.moved_aside is None
        yield log


def test_the_runs_table_leaves_out_the_unreadable_run_and_names_it(
    run_damaged: SessionLog,
) -> None:
    store = RunStore(run_damaged)

    assert store.count() == 2
    assert [stored.run.source_name for stored in store.page(0, 10)] == [
        "last-run.fit",
        "first-run.fit",
    ]
    assert store.damaged.summary() == (
        "left out what could not be read (a damaged byte in the log): run 2 (2025-03-02)"
    )


def test_the_exports_leave_out_the_unreadable_run_and_name_it(run_damaged: SessionLog) -> None:
    out = io.StringIO()
    report = write_json(run_damaged, out)
    damaged = DamagedRows()
    table = io.StringIO(newline="")
    rows = export_runs_csv(run_damaged, table, damaged)

    runs = json.loads(out.getvalue())["runs"]
    assert [run["source_name"] for run in runs] == ["first-run.fit", "last-run.fit"]
    assert [str(row) for row in report.damaged.rows] == ["run 2 (2025-03-02)"]
    assert rows == 2
    assert [str(row) for row in damaged.rows] == ["run 2 (2025-03-02)"]


def test_an_import_beside_an_unreadable_run_goes_on(run_damaged: SessionLog) -> None:
    store = RunStore(run_damaged)
    second = datetime(2025, 3, 2, 6, 30, tzinfo=UTC)

    added, _ = store.add_runs([Run(second + timedelta(seconds=20), 1801.0)])

    assert added == 1
    assert store.count() == 3


@pytest.mark.parametrize(
    ("where", "named", "holds"),
    [
        ("session start", "session 3 (2024-05-03)", [9, 9, 9, 9, 3]),
        ("hold start", "1 hold of session 6 (2024-05-06)", [9, 9, 9, 9, 9, 2]),
    ],
)
def test_fit_export_leaves_out_what_cannot_be_read_and_names_it(
    tmp_path: Path, where: str, named: str, holds: list[int]
) -> None:
    damaged_log(tmp_path / "log", where)
    out = tmp_path / "fit"
    out.mkdir()
    damaged = DamagedRows()
    with open_log(tmp_path / "log") as log:
        workouts = workouts_since(log, date(2024, 5, 1), damaged)
        by_id = workouts_by_id(log, range(1, 7))

    assert [len(workout.holds) for workout in workouts] == holds
    assert [len(workout.holds) for workout in by_id] == holds
    assert [str(row) for row in damaged.rows] == [named]
    assert len(write_fit_files(workouts, out).written) == len(holds)
