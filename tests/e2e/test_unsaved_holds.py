"""The whole program when the log stays unwritable to the end of a workout: every hold goes
to a recovery file, stderr says where, and the next start puts them in the log."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from app.storage.database import LOG_FILE_NAME, open_log
from tests.e2e.plank_command import plank_on
from tests.e2e.small_disk import run_on_small_disk

ROOT = Path(__file__).resolve().parents[2]
WORKOUT = ("--start", "--quit-when-done", "--mute", "--hold=1", "--rest=1", "--rounds=2")
WORKOUT_PLAN = ("--get-ready=0", "--exercises=plank")


def plank(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return plank_on(tmp_path / "data", tmp_path, *args)


def test_a_log_locked_by_another_program_to_the_end_loses_no_hold(tmp_path: Path) -> None:
    open_log(tmp_path / "data").close()
    log_file = tmp_path / "data" / LOG_FILE_NAME
    other = sqlite3.connect(log_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # held from before the start until after the end
    try:
        locked = plank(tmp_path, *WORKOUT, *WORKOUT_PLAN)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert locked.returncode == 0, locked.stderr
    (saved,) = (tmp_path / "data").glob("plank-timer-recovery-*.json")
    assert locked.stderr.splitlines()[-1] == (
        f"plank-timer: Could not save to {log_file}: database is locked. 2 holds are saved in"
        f" {saved} instead and will be added to the log when Plank Timer next starts."
    )

    later = plank(tmp_path, *WORKOUT, *WORKOUT_PLAN)  # the next start
    assert later.returncode == 0, later.stderr
    assert not saved.exists()
    sessions = json.loads(plank(tmp_path, "export").stdout)["sessions"]
    assert [(s["status"], len(s["sets"])) for s in sessions] == [("completed", 2)] * 2


def test_a_disk_full_from_start_to_end_loses_no_hold(tmp_path: Path) -> None:
    disk = tmp_path / "small-disk"
    outside = tmp_path / "outside"
    outside.mkdir()
    scenario = ROOT / "tests" / "e2e" / "full_disk_workout.py"
    result = run_on_small_disk(disk, 512 * 1024, scenario, str(disk), str(outside))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)

    code, stderr = report["full"]
    (kept,) = report["kept"]
    # The log's own folder is full: the holds went to the user's state folder.
    assert Path(kept).parent == outside / "state" / "PlankTimer" / "plank-timer"
    assert code == 0
    assert stderr.splitlines()[-1].endswith(
        f"2 holds are saved in {kept} instead and will be added to the log when Plank Timer"
        " next starts."
    )
    assert report["later"][0] == 0, report["later"][1]
    assert report["left"] == []
    code, exported, _ = report["export"]
    assert code == 0
    sessions = json.loads(exported)["sessions"]
    assert [(s["status"], len(s["sets"])) for s in sessions] == [("completed", 2)] * 2
