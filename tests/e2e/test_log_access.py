"""Which commands may open the log for writing: the ones that write. Through main.py.

``runs list``, ``runs export`` and ``export --format fit`` only read: a mistyped
``--data-dir`` makes nothing, and a workout another copy is recording stays in progress.
``runs add`` and ``runs import`` write: a damaged log is moved aside, and they say so.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.storage.database import open_log
from tests.e2e.plank_command import plank as run_plank
from tests.runs.activity_files import fit_bytes
from tests.storage.damage import flip, real_log
from tests.storage.workouts import Workout, berlin

LOG = "plank-timer.sqlite3"
READERS = [
    ["runs", "list"],
    ["runs", "export"],
    ["export", "--format", "fit", "--since", "2024-05-01", "--output", "{out}"],
]


BERLIN = {"TZ": "Europe/Berlin"}
"""Runs are shown in the local time of their start: a zone with summer time."""


def plank(*args: str) -> subprocess.CompletedProcess[str]:
    return run_plank(*args, extra_env=BERLIN)


def _reader(command: list[str], out: Path) -> list[str]:
    return [part.format(out=out) for part in command]


@pytest.mark.parametrize("command", READERS)
def test_a_mistyped_data_dir_makes_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo"

    result = plank(*_reader(command, tmp_path), "--data-dir", str(missing))

    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"plank-timer: error: there is no folder {missing}"]
    assert not missing.exists()


@pytest.mark.parametrize("command", READERS)
def test_a_workout_another_copy_is_recording_stays_in_progress(
    tmp_path: Path, command: list[str]
) -> None:
    with open_log(tmp_path) as log:
        running = Workout(log, berlin(2024, 5, 1, 7)).start().until_holds(2)
        session_id = running.recorder.last_session_id

        result = plank(*_reader(command, tmp_path), "--data-dir", str(tmp_path))

        assert result.returncode == 0, result.stderr
        (status,) = (
            log.connection()
            .execute("SELECT status FROM sessions WHERE id = ?", (session_id,))
            .fetchone()
        )
        assert status == "in_progress"


@pytest.mark.parametrize(
    "command", [["add", "--date", "2024-05-02", "--minutes", "30"], ["import"]]
)
def test_a_damaged_log_moved_aside_by_a_runs_command_is_said(
    tmp_path: Path, command: list[str]
) -> None:
    data = tmp_path / "log"
    flip(real_log(data), 0, ord("X"))
    run_file = tmp_path / "morning.fit"
    run_file.write_bytes(fit_bytes())
    arguments = [*command, str(run_file)] if command == ["import"] else command

    result = plank("runs", *arguments, "--data-dir", str(data))

    (moved,) = data.glob(f"{LOG}.corrupt-*")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "plank-timer: The workout log was damaged, so a new one was started; the old file is"
        f" {moved}"
    ]
    assert len(plank("runs", "list", "--data-dir", str(data)).stdout.splitlines()) == 1


def test_runs_list_without_a_log_makes_none(tmp_path: Path) -> None:
    result = plank("runs", "list", "--data-dir", str(tmp_path))

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"plank-timer: error: there is no workout log in {tmp_path}"
    ]
    assert list(tmp_path.iterdir()) == []
