"""Nothing lost when the log stays unwritable to the end: a recovery file at close, added
back (and only once) at the next start."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from app.storage.closing_report import save_unsaved
from app.storage.database import LOG_FILE_NAME, open_log
from app.storage.export import export_json
from app.storage.recovery import recover
from app.storage.recovery_file import recovery_files
from tests.storage.workouts import Workout, berlin

CHILD = Path(__file__).with_name("lock_child.py")
CLOSED_AT = datetime(2024, 5, 1, 7, 5)


@contextmanager
def another_program(log_file: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process on the log, ready to take its write lock when told."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(log_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()


def take_lock(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write("lock\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "locked"


def let_go(child: subprocess.Popen[str]) -> None:
    child.communicate("done\n", timeout=30)
    assert child.returncode == 0


def sets_of(data_dir: Path) -> list[tuple[str, int, str]]:
    with open_log(data_dir) as log:
        (session,) = export_json(log)["sessions"]
    return [(s["exercise"], s["round"], session["status"]) for s in session["sets"]]


def test_a_lock_held_from_hold_3_to_after_the_end_loses_nothing(tmp_path: Path) -> None:
    data_dir, elsewhere = tmp_path / "data", tmp_path / "state"
    log = open_log(data_dir, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start().until_holds(2)
    with another_program(log.path) as other:
        take_lock(other)
        workout.finish()  # holds 3 to 9 and the end cannot be written
        assert workout.recorder.pending_sets == 7
        report = save_unsaved(workout.recorder, [data_dir, elsewhere], CLOSED_AT)
        log.close()
        let_go(other)
    assert report is not None
    assert not report.lost
    (saved,) = recovery_files(data_dir / LOG_FILE_NAME, [data_dir, elsewhere])
    assert saved.parent == data_dir  # next to the log: its folder could be written
    assert report.message == (
        f"Could not save to {data_dir / LOG_FILE_NAME}: database is locked. 7 holds are saved"
        f" in {saved} instead and will be added to the log when Plank Timer next starts."
    )

    with open_log(data_dir) as reopened:  # the next start
        assert reopened.interrupted == 1  # the log alone says cut off...
        recovered = recover(reopened, [data_dir, elsewhere])
        assert (recovered.files, recovered.holds, recovered.problems) == ([saved], 7, [])
        assert reopened.interrupted == 0  # ...but the recovery file says how it ended
    assert not saved.exists()
    expected = [
        (e, r, "completed") for e in ("plank", "side-left", "side-right") for r in (1, 2, 3)
    ]
    assert sets_of(data_dir) == expected


def test_a_recovery_file_read_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start().until_holds(4)
    with another_program(log.path) as other:
        take_lock(other)
        workout.finish()
        report = save_unsaved(workout.recorder, [data_dir], CLOSED_AT)
        log.close()
        let_go(other)
    assert report is not None
    (saved,) = recovery_files(data_dir / LOG_FILE_NAME, [data_dir])
    copy = tmp_path / "copy.json"
    shutil.copy(saved, copy)
    with open_log(data_dir) as reopened:
        assert recover(reopened, [data_dir]).holds == 5
    shutil.copy(copy, saved)  # say the app died before it could delete the file
    with open_log(data_dir) as again:
        assert recover(again, [data_dir]).holds == 0
    assert len(sets_of(data_dir)) == 9


def test_when_the_log_folder_takes_nothing_the_next_folder_does(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start().until_holds(8)
    blocked = tmp_path / "a-file"
    blocked.write_text("a folder cannot be made inside a file")
    with another_program(log.path) as other:
        take_lock(other)
        workout.finish()
        report = save_unsaved(
            workout.recorder, [blocked / "x", tmp_path / "state", tmp_path / "tmp"], CLOSED_AT
        )
        log.close()
        let_go(other)
    assert report is not None
    (saved,) = (tmp_path / "state").glob("plank-timer-recovery-*.json")
    assert str(saved) in report.message
    assert not (tmp_path / "tmp").exists()
    assert json.loads(saved.read_text())["sessions"][0]["status"] == "completed"
    assert "1 hold is saved in" in report.message


def test_a_check_in_the_log_would_not_take_is_kept_too(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start().finish()
    with another_program(log.path) as other:
        take_lock(other)
        assert not workout.recorder.check_in(back_pain=3, note="easy today")
        report = save_unsaved(workout.recorder, [data_dir], CLOSED_AT)
        log.close()
        let_go(other)
    assert report is not None
    assert "How the last workout ended is saved in" in report.message
    with open_log(data_dir) as reopened:
        recover(reopened, [data_dir])
        (session,) = export_json(reopened)["sessions"]
    assert (session["back_pain"], session["note"], len(session["sets"])) == (3, "easy today", 9)


def test_with_no_folder_to_take_them_the_holds_are_said_to_be_lost(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start()
    blocked = tmp_path / "a-file"
    blocked.write_text("no folder inside")
    with another_program(log.path) as other:
        take_lock(other)
        workout.finish()
        report = save_unsaved(workout.recorder, [blocked / "a", blocked / "b"], CLOSED_AT)
        log.close()
        let_go(other)
    assert report is not None
    assert report.lost
    assert "9 holds could not be saved anywhere: no folder would take them" in report.message
    assert f"{blocked / 'a'}: Not a directory" in report.message


def test_a_recovery_file_of_another_log_is_left_alone(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    log = open_log(first, busy_timeout_ms=20)
    workout = Workout(log, berlin(2024, 5, 1, 7)).start()
    with another_program(log.path) as other:
        take_lock(other)
        workout.finish()
        save_unsaved(workout.recorder, [tmp_path / "shared"], CLOSED_AT)
        log.close()
        let_go(other)
    with open_log(second) as unrelated:
        assert recover(unrelated, [tmp_path / "shared"]).files == []
    assert len(list((tmp_path / "shared").iterdir())) == 1
    with open_log(first) as owner:
        assert recover(owner, [tmp_path / "shared"]).holds == 9


def test_a_damaged_recovery_file_is_named_and_kept(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with open_log(data_dir) as log:
        fake = data_dir / "plank-timer-recovery-20240501-070500-1.json"
        fake.write_text(
            json.dumps(
                {
                    "format": "plank-timer-log",
                    "version": 1,
                    "recovery_for": str(log.path.resolve()),
                    "sessions": [{"started_at": "not a time"}],
                }
            )
        )
        recovered = recover(log, [data_dir])
    assert recovered.files == []
    (problem,) = recovered.problems
    assert str(problem).startswith(f"{fake}: sessions[0]: started_at must be an ISO 8601 time")
    assert fake.exists()
