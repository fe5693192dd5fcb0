"""A workout killed with SIGKILL keeps every hold it finished."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.database import open_log
from app.storage.history import History

CHILD = Path(__file__).with_name("crash_child.py")


def test_holds_finished_before_a_sigkill_are_kept_and_the_workout_marked_interrupted(
    data_dir: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), "4"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip() for _ in range(5)]
        expected = [f"saved {n} problem=None" for n in range(1, 5)] + ["waiting"]
        if lines != expected:
            child.kill()
            child.wait()
            assert child.stderr is not None
            pytest.fail(f"the child said {lines}: {child.stderr.read()}")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    with open_log(data_dir) as log:
        assert log.interrupted == 1
        [row] = History(log).rows(0, 10)
        assert row.status == "interrupted"
        assert row.rounds_done == 4
        assert row.rounds_planned == 9
        assert row.seconds_held == 40.0
        holds = log.connection().execute("SELECT exercise, round FROM sets ORDER BY id").fetchall()
        assert holds == [("plank", 1), ("plank", 2), ("plank", 3), ("side-left", 1)]
