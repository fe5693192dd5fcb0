"""``plank-timer export`` and ``import`` from the command line, with no window."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.plank_command import plank
from tests.history_seed import seed_history

LOG = "plank-timer.sqlite3"


def test_export_import_round_trip_through_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    seed_history(source / LOG, days=60)
    backup = tmp_path / "backup.json"
    assert (
        plank(
            "export", "--format", "json", "--output", str(backup), "--data-dir", str(source)
        ).returncode
        == 0
    )
    sessions = json.loads(backup.read_text())["sessions"]
    assert sessions

    target = tmp_path / "target"
    first = plank("import", str(backup), "--data-dir", str(target))
    assert first.returncode == 0
    assert first.stdout.strip() == f"imported {len(sessions)} sessions (0 already in the log)"
    second = plank("import", str(backup), "--data-dir", str(target))
    assert second.stdout.strip() == f"imported 0 sessions ({len(sessions)} already in the log)"
    again = plank("export", "--data-dir", str(target))
    assert json.loads(again.stdout)["sessions"] == sessions


def test_csv_export_has_one_row_per_set(tmp_path: Path) -> None:
    seeded = seed_history(tmp_path / LOG, days=30)
    result = plank("export", "--format", "csv", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("session_started_at,")
    assert len(lines) - 1 == seeded.sets


def test_a_bad_import_says_where_and_changes_nothing(tmp_path: Path) -> None:
    seed_history(tmp_path / LOG, days=30)
    before = plank("export", "--data-dir", str(tmp_path)).stdout
    bad = json.loads(before)
    bad["sessions"].append({**bad["sessions"][0], "started_at": "2020-01-01T08:00:00+01:00"})
    bad["sessions"][-1]["sets"] = [{**bad["sessions"][0]["sets"][0], "held_seconds": -3}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    result = plank("import", str(path), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "held_seconds" in result.stderr
    assert plank("export", "--data-dir", str(tmp_path)).stdout == before


def test_export_to_an_unwritable_place_fails_cleanly(tmp_path: Path) -> None:
    seed_history(tmp_path / LOG, days=10)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = plank("export", "--output", str(blocker / "out.json"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("plank-timer: error: cannot write")
    assert not list(tmp_path.glob("**/*.partial"))


def test_routines_travel_with_the_backup(tmp_path: Path) -> None:
    from app.core.routine import PRESETS, Routine
    from app.storage.database import open_log
    from app.storage.routines import RoutineStore

    source = tmp_path / "source"
    with open_log(source) as log:
        RoutineStore(log).add(Routine("Evening", PRESETS[0].to_plan()))
    backup = tmp_path / "backup.json"
    plank("export", "--output", str(backup), "--data-dir", str(source))
    target = tmp_path / "target"
    first = plank("import", str(backup), "--data-dir", str(target))
    assert first.stdout.strip() == (
        "imported 0 sessions (0 already in the log), 1 routines (0 already there)"
    )
    with open_log(target) as log:
        assert [routine.name for routine in RoutineStore(log).user_routines()] == ["Evening"]
