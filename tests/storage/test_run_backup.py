"""Runs travel in the JSON backup (version 2); version 1 backups, without runs, still import."""

from __future__ import annotations

import json
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from app.core.run import Run, Sport
from app.storage.database import SessionLog, open_log
from app.storage.export import export_json, export_json_text
from app.storage.importer import import_data, import_json
from app.storage.log_format import LogImportError
from app.storage.run_format import export_runs_csv
from app.storage.runs import RunStore
from tests.runs.activity_files import START

CET = timezone(timedelta(hours=1))
RUNS = [
    Run(START.astimezone(CET), 2712.5, Sport.TRAIL_RUN, 2650.0, 8012.5, 148, 6,
        "morning.fit", "ab" * 32),
    Run((START + timedelta(days=2)).astimezone(timezone(timedelta(hours=-4))), 1800.0,
        Sport.TREADMILL),
]  # fmt: skip


@pytest.fixture
def with_runs(log: SessionLog) -> SessionLog:
    RunStore(log).add_runs(RUNS)
    return log


def test_the_backup_round_trips_every_run_value(with_runs: SessionLog, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text(export_json_text(with_runs))

    with open_log(tmp_path / "other") as other:
        first = import_json(other, backup)
        again = import_json(other, backup)

        assert (first.runs_added, first.runs_skipped) == (2, 0)
        assert (again.runs_added, again.runs_skipped) == (0, 2)
        assert sorted(RunStore(other).runs(), key=lambda run: run.started_at) == RUNS
        assert export_json(other)["runs"] == export_json(with_runs)["runs"]


def test_the_backup_says_version_2_and_lists_runs_in_the_documented_shape(
    with_runs: SessionLog,
) -> None:
    data = export_json(with_runs)

    assert data["version"] == 2
    assert data["runs"][0] == {
        "started_at": "2025-03-01T07:30:00.000+01:00",
        "elapsed_seconds": 2712.5,
        "moving_seconds": 2650.0,
        "distance_m": 8012.5,
        "sport": "trail_run",
        "avg_heart_rate": 148,
        "effort": 6,
        "source_name": "morning.fit",
        "source_hash": "ab" * 32,
    }


def test_a_version_1_backup_still_imports(log: SessionLog) -> None:
    version_1 = {
        "format": "plank-timer-log",
        "version": 1,
        "sessions": [],
        "routines": [],
    }

    result = import_data(log, version_1)

    assert (result.added, result.runs_added) == (0, 0)


def test_a_bad_run_changes_nothing_and_says_where(with_runs: SessionLog) -> None:
    data = export_json(with_runs)
    data["runs"].append({**data["runs"][0], "started_at": "2024-01-01T08:00:00.000+01:00"})
    data["runs"][-1]["effort"] = 12
    data["sessions"] = []
    before = export_json(with_runs)

    with pytest.raises(LogImportError) as raised:
        import_data(with_runs, json.loads(json.dumps(data)))

    assert str(raised.value) == (
        "runs[2] (started 2024-01-01T08:00:00.000+01:00): effort must be a whole number"
        " from 1 to 10, got 12"
    )
    assert export_json(with_runs) == before


@pytest.mark.parametrize(
    "start", ["1900-06-01T07:00:00.000+00:00", "9999-06-01T07:00:00.000+00:00"]
)
def test_a_run_from_a_year_no_run_has_is_refused(with_runs: SessionLog, start: str) -> None:
    data = export_json(with_runs)
    data["runs"] = [{**data["runs"][0], "started_at": start}]
    before = export_json(with_runs)

    with pytest.raises(LogImportError) as raised:
        import_data(with_runs, data)

    assert str(raised.value).startswith(
        f"runs[0] (started {start}): a run must start from 1990-01-01 to "
    )
    assert export_json(with_runs) == before


def test_csv_has_one_row_per_run(with_runs: SessionLog, tmp_path: Path) -> None:
    out = tmp_path / "runs.csv"
    with out.open("w", newline="") as handle:
        rows = export_runs_csv(with_runs, handle)

    lines = out.read_text().splitlines()
    assert rows == 2
    assert lines[0].startswith("started_at,sport,elapsed_seconds")
    assert lines[2] == "2025-03-03T02:30:00.000-04:00,treadmill,1800.0,,,,,added by hand,"


def test_a_backup_run_matching_a_kept_one_changes_nothing_and_counts_as_there(
    log: SessionLog,
) -> None:
    kept = Run(START.astimezone(CET), 2700.0, Sport.RUN, source_name="watch.fit")
    RunStore(log).add(kept)
    # The same run as another service has it: 40 s later, with distance, heart rate, effort.
    other = Run(
        (START + timedelta(seconds=40)).astimezone(CET), 2710.0, Sport.TRAIL_RUN, 2650.0,
        8000.0, 150, 7, "strava.gpx", "cd" * 32,
    )  # fmt: skip
    with open_log(log.path.parent / "other") as elsewhere:
        RunStore(elsewhere).add(other)
        backup = export_json(elsewhere)
    backup["sessions"] = []

    result = import_data(log, backup)

    assert (result.runs_added, result.runs_skipped) == (0, 1)
    assert list(RunStore(log).runs()) == [kept]
