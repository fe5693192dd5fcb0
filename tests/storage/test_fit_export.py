"""Workouts written into a folder as FIT files: names, what is left out, and faults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.exercise import PLANK
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.fit_export import FitExportError, write_fit_files
from app.storage.history import History
from app.storage.logged_workouts import workouts_by_id, workouts_since
from tests.history_seed import seed_history
from tests.storage.fit_reading import decode
from tests.storage.workouts import Workout, berlin, record

# sysfs refuses new files even to root, so this folder cannot be written by anyone.
UNWRITABLE = Path("/sys/kernel")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the files go to (the log has a folder of its own beside it)."""
    folder = tmp_path / "fit"
    folder.mkdir()
    return folder


def _three_workouts(log: SessionLog) -> list[int]:
    return [
        record(log, berlin(2025, 3, 20, 18, 0), rounds=1),
        record(log, berlin(2025, 3, 20, 7, 0), rounds=1),  # logged later, done earlier
        record(log, berlin(2025, 3, 21, 0, 30), rounds=1),  # 23:30 UTC on the 20th
    ]


def test_one_file_per_workout_named_to_sort_by_time(log: SessionLog, out: Path) -> None:
    evening, morning, after_midnight = _three_workouts(log)
    result = write_fit_files(workouts_since(log, date(2025, 3, 20)), out)
    names = [path.name for path in result.written]
    assert names == [
        f"plank-timer_2025-03-20_07-00-00_{morning}.fit",
        f"plank-timer_2025-03-20_18-00-00_{evening}.fit",
        f"plank-timer_2025-03-21_00-30-00_{after_midnight}.fit",
    ]
    assert sorted(path.name for path in out.iterdir()) == names
    assert all(decode(path.read_bytes()).intact for path in result.written)
    assert result.summary(out) == f"wrote 3 FIT files to {out}"


def test_since_counts_local_days_and_leaves_deleted_workouts_out(log: SessionLog) -> None:
    evening, morning, after_midnight = _three_workouts(log)
    # 00:30 in Berlin on the 21st is still the 20th in UTC; it counts for the 21st.
    assert [w.session_id for w in workouts_since(log, date(2025, 3, 21))] == [after_midnight]
    History(log).delete(morning)
    assert [w.session_id for w in workouts_since(log, date(2025, 3, 20))] == [
        evening,
        after_midnight,
    ]
    assert workouts_by_id(log, [morning]) == []


def test_two_workouts_in_the_same_second_get_two_files(log: SessionLog, out: Path) -> None:
    first = record(log, berlin(2025, 3, 20, 7, 0), rounds=1, exercises=[PLANK])
    second = record(log, berlin(2025, 3, 20, 7, 0), rounds=1, exercises=[PLANK])
    result = write_fit_files(workouts_by_id(log, [first, second]), out)
    assert len({path.name for path in result.written}) == 2
    assert len(list(out.iterdir())) == 2


def test_workouts_with_no_hold_or_still_running_are_left_out_and_counted(
    log: SessionLog, out: Path
) -> None:
    done = record(log, berlin(2025, 3, 20, 7, 0), rounds=1)
    countdown_only = Workout(log, berlin(2025, 3, 20, 8, 0)).start()
    countdown_only.session.stop()
    running = Workout(log, berlin(2025, 3, 20, 9, 0)).start().until_holds(1)
    assert running.recorder.last_session_id is not None
    result = write_fit_files(workouts_since(log, date(2025, 3, 20)), out)
    assert [path.name for path in result.written] == [f"plank-timer_2025-03-20_07-00-00_{done}.fit"]
    assert result.summary(out) == (
        f"wrote 1 FIT file to {out} (left out 1 with no hold and 1 still in progress)"
    )


def test_exporting_again_rewrites_the_same_file(log: SessionLog, out: Path) -> None:
    record(log, berlin(2025, 3, 20, 7, 0), rounds=1)
    (path,) = write_fit_files(workouts_since(log, date(2025, 3, 20)), out).written
    first = path.read_bytes()
    write_fit_files(workouts_since(log, date(2025, 3, 20)), out)
    assert [p.name for p in out.iterdir()] == [path.name]
    assert path.read_bytes() == first


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        (lambda folder: folder / "missing", "no such folder: {folder}"),
        (lambda folder: folder / "a-file", "{folder} is not a folder"),
        (lambda folder: UNWRITABLE, "cannot write to {folder}: "),
    ],
    ids=["missing", "a file", "unwritable"],
)
def test_a_folder_that_cannot_take_the_files_is_refused_before_anything_is_written(
    log: SessionLog, out: Path, folder: object, message: str
) -> None:
    record(log, berlin(2025, 3, 20, 7, 0), rounds=1)
    (out / "a-file").write_text("not a folder")
    target = folder(out)  # type: ignore[operator]
    with pytest.raises(FitExportError) as raised:
        write_fit_files(workouts_since(log, date(2025, 3, 20)), target)
    assert str(raised.value).startswith(message.format(folder=target))
    assert [p.name for p in out.iterdir()] == ["a-file"]


def test_a_file_that_cannot_be_written_stops_the_export_and_keeps_what_was_written(
    log: SessionLog, out: Path
) -> None:
    first = record(log, berlin(2025, 3, 20, 7, 0), rounds=1)
    second = record(log, berlin(2025, 3, 20, 8, 0), rounds=1)
    record(log, berlin(2025, 3, 20, 9, 0), rounds=1)
    blocked = f"plank-timer_2025-03-20_08-00-00_{second}.fit"
    (out / blocked).mkdir()  # a folder where the second file should go
    result = write_fit_files(workouts_since(log, date(2025, 3, 20)), out)
    assert [path.name for path in result.written] == [
        f"plank-timer_2025-03-20_07-00-00_{first}.fit"
    ]
    assert str(result.failure) == f"could not write {blocked}: Is a directory"
    assert result.summary(out) == (
        f"wrote 1 FIT file to {out}; then could not write {blocked}: Is a directory"
    )
    # No half-written file under any name, and nothing after the failure.
    assert sorted(p.name for p in out.iterdir()) == sorted([result.written[0].name, blocked])


def test_hundreds_of_workouts_read_back_whole_by_id_or_by_date(tmp_path: Path) -> None:
    seeded = seed_history(tmp_path / "seeded" / LOG_FILE_NAME, days=800)
    with open_log(tmp_path / "seeded") as log:
        by_date = workouts_since(log, seeded.first_day)
        by_id = workouts_by_id(log, range(1, seeded.sessions + 1))
    assert len(by_date) == seeded.sessions > 600  # more than one batch of ids
    assert by_id == by_date
    assert sum(len(workout.holds) for workout in by_id) == seeded.sets
    assert sum(hold.held_seconds for w in by_id for hold in w.holds) == pytest.approx(
        seeded.seconds_held
    )
