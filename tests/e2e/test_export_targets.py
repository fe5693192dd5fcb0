"""``plank-timer export --output``: never over the log, never replacing a link or a pipe,
one line on a full disk, and quiet when the reader of its output goes away."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.plank_command import plank
from tests.e2e.small_disk import run_on_small_disk
from tests.history_seed import seed_history
from tests.storage.damage import real_log

ROOT = Path(__file__).resolve().parents[2]
LOG = "plank-timer.sqlite3"


@pytest.mark.parametrize("part", ["", "-wal", "-shm"])
def test_export_refuses_to_write_over_the_log_or_its_wal_files(tmp_path: Path, part: str) -> None:
    log = real_log(tmp_path)
    before = log.read_bytes()
    result = plank("export", "--output", f"{log}{part}", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"plank-timer: error: cannot export into {log}{part}: it is the workout log itself"
        " (or part of it)"
    ]
    assert log.read_bytes() == before
    assert json_sessions(plank("export", "--data-dir", str(tmp_path)).stdout) == 5


def json_sessions(text: str) -> int:
    sessions: list[object] = json.loads(text)["sessions"]
    return len(sessions)


def test_export_through_a_symlink_writes_the_file_it_names_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    real_log(tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir()
    target = backups / "latest.json"
    target.write_text("last week's backup")
    link = tmp_path / "backup.json"
    link.symlink_to(target)
    result = plank("export", "--output", str(link), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert json_sessions(target.read_text()) == 5


def test_export_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    real_log(tmp_path)
    fifo = tmp_path / "to-another-program"
    os.mkfifo(fifo)
    # The other program's end, opened first so the export's open does not wait.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = plank("export", "--output", str(fifo), "--data-dir", str(tmp_path))
        received = b""
        while chunk := os.read(reader, 1 << 16):
            received += chunk
    except BlockingIOError:  # nothing was ever written into the pipe
        pass
    finally:
        os.close(reader)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json_sessions(received.decode()) == 5


def test_export_to_a_link_to_standard_output_writes_there(tmp_path: Path) -> None:
    # What /dev/stdout is: a link to the process's own descriptor 1 (here a pipe).
    real_log(tmp_path)
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = plank("export", "--output", str(link), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert json_sessions(result.stdout) == 5


def test_export_onto_a_full_disk_says_so_in_one_line_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    seed_history(tmp_path / LOG, days=400)  # a backup of some 500 kB: it cannot fit
    disk = tmp_path / "small-disk"
    result = run_on_small_disk(
        disk, 1024 * 1024, ROOT / "tests" / "e2e" / "full_disk_export.py", str(disk), str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2",
        f"plank-timer: error: cannot write {disk / 'b.json'}: No space left on device",
        "filler",  # no half-written backup, no temporary file
    ]


def test_export_to_standard_output_on_a_full_device_says_so_in_one_line(tmp_path: Path) -> None:
    real_log(tmp_path)
    with open("/dev/full", "w") as full:  # every write to it fails: "No space left on device"
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "export", "--data-dir", str(tmp_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: error: cannot write to standard output: No space left on device"
    ]


@pytest.mark.parametrize("format_", ["json", "csv"])
def test_export_into_a_pipe_closed_early_stops_quietly(tmp_path: Path, format_: str) -> None:
    # plank-timer export | head -1: far more than a pipe holds, and the reader leaves.
    seed_history(tmp_path / LOG, days=400)
    command = [sys.executable, str(ROOT / "main.py"), "export", "--data-dir", str(tmp_path)]
    child = subprocess.Popen(
        [*command, "--format", format_],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.readline()
    child.stdout.close()
    errors = child.stderr.read().decode()
    child.wait(timeout=120)
    assert errors == ""
    assert child.returncode == 141  # 128 + SIGPIPE, as any Unix tool the pipe killed


def test_runs_export_follows_the_same_rules(tmp_path: Path) -> None:
    log = real_log(tmp_path)
    assert (
        plank(
            "runs", "add", "--date", "2025-03-20", "--minutes", "42", "--data-dir", str(tmp_path)
        ).returncode
        == 0
    )
    before = log.read_bytes()
    refused = plank("runs", "export", "--output", str(log), "--data-dir", str(tmp_path))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        f"plank-timer: error: cannot export into {log}: it is the workout log itself"
        " (or part of it)"
    ]
    assert log.read_bytes() == before
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    through = plank("runs", "export", "--output", str(link), "--data-dir", str(tmp_path))
    assert through.returncode == 0, through.stderr
    assert link.is_symlink()
    assert through.stdout.splitlines()[0].startswith("started_at,sport,")
