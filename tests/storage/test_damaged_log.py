"""Damaged logs never stop the app: each is recognised, moved aside whole, and said so.

Every damaged file here is a real log written by the app with real bytes flipped.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.storage.database import (
    LOG_FILE_NAME,
    DamagedLogError,
    SessionLog,
    open_log,
)
from app.storage.history import History
from app.storage.migrations import LATEST_VERSION
from tests.storage.damage import USER_VERSION_OFFSET, flip, offsets_of, real_log
from tests.storage.workouts import berlin, record

MOVED_AT = datetime(2024, 5, 1, 8, 30, 0)
CHILD = Path(__file__).with_name("open_child.py")


def assert_moved_aside_whole(log: SessionLog, damaged: bytes) -> None:
    assert log.moved_aside is not None
    assert log.moved_aside.read_bytes() == damaged
    assert log.notice is not None
    assert str(log.moved_aside) in log.notice
    assert History(log).count() == 0
    record(log, berlin(2024, 5, 9, 7))
    assert History(log).count() == 1


def test_a_bad_byte_in_a_table_definition_is_damage_not_a_crash(data_dir: Path) -> None:
    path = real_log(data_dir)
    # Inside sqlite_master: Python's sqlite3 fails to decode SQLite's own error message.
    (at,) = offsets_of(path, b"CREATE TABLE sessions")
    damaged = flip(path, at + 7, 0xFF)

    with pytest.raises(DamagedLogError) as caught:
        open_log(data_dir, read_only=True)
    assert "damaged" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == damaged  # reading only never moves anything

    with open_log(data_dir, wall_clock=lambda: MOVED_AT) as log:
        assert log.moved_aside == data_dir / f"{LOG_FILE_NAME}.corrupt-20240501-083000"
        assert_moved_aside_whole(log, damaged)


@pytest.mark.parametrize("version", [0, 2])
def test_a_log_whose_tables_match_no_schema_version_is_moved_aside(
    data_dir: Path, version: int
) -> None:
    path = real_log(data_dir)
    # The low byte of the header's schema version: the tables are version 4's, the header
    # says an older one, so the next migration would fail ("table ... already exists").
    assert path.read_bytes()[USER_VERSION_OFFSET + 3] == LATEST_VERSION
    damaged = flip(path, USER_VERSION_OFFSET + 3, version)

    with open_log(data_dir) as log:
        assert_moved_aside_whole(log, damaged)
    with open_log(data_dir) as again:  # and it stays fixed: the next start is a plain one
        assert again.moved_aside is None
        assert History(again).count() == 1


def test_any_bad_byte_in_the_table_definitions_opens_the_log_or_moves_it_aside(
    tmp_path: Path,
) -> None:
    pristine = real_log(tmp_path / "pristine").read_bytes()
    outcomes = []
    # Page 1 holds, after the 100-byte header, every table's and index's definition.
    for offset in range(100, 4096, 31):
        if pristine[offset] == 0xFF:
            continue
        data_dir = tmp_path / f"at-{offset}"
        data_dir.mkdir()
        (data_dir / LOG_FILE_NAME).write_bytes(pristine)
        damaged = flip(data_dir / LOG_FILE_NAME, offset, 0xFF)
        with open_log(data_dir) as log:  # never a LogOpenError that would come back forever
            assert log.connection().execute("SELECT COUNT(*) FROM sessions").fetchone()[0] >= 0
            if log.moved_aside is not None:
                assert log.moved_aside.read_bytes() == damaged
            outcomes.append("moved aside" if log.moved_aside else "opened")
    assert outcomes.count("moved aside") > len(outcomes) / 2


def test_two_copies_opening_the_same_damaged_log_at_once_lose_no_workout(
    data_dir: Path,
) -> None:
    path = real_log(data_dir)
    damaged = flip(path, 0, ord("X"))  # "SQLite format 3" becomes "XQLite...": not a database

    def start(hour: int, *extra: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir), str(hour), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    # The slow copy has found the damage and is about to move the file aside...
    slow = start(8, "--pause")
    try:
        assert slow.stdout is not None
        assert slow.stdout.readline().strip() == "found damage"
        # ...when the fast one moves it aside, starts a new log and records a workout in it.
        fast = start(7)
        fast_out, fast_err = fast.communicate(timeout=60)
        assert fast.returncode == 0, fast_err
        assert "corrupt" in fast_out  # it moved the damaged file aside
        # Now the slow one goes on: it must keep the fast one's new log, not move it aside.
        slow_out, slow_err = slow.communicate("\n", timeout=60)
        assert slow.returncode == 0, slow_err
        assert slow_out.splitlines()[-1] == "recorded None"
    finally:
        if slow.poll() is None:
            slow.kill()
            slow.communicate()

    with open_log(data_dir) as log:
        starts = [row.started_at.hour for row in History(log).rows(0, 10, descending=False)]
        assert starts == [7, 8]
    (moved,) = data_dir.glob(f"{LOG_FILE_NAME}.corrupt-*")
    assert moved.read_bytes() == damaged
