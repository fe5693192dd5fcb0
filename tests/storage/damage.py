"""Damaged logs made the honest way: a real log written by the app, then real bytes flipped.

Nothing here mocks SQLite: the file is what a bad disk sector or a stray write would leave.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.exercise import exercise_for
from app.core.run import Run
from app.storage.checkin import check_in
from app.storage.database import LOG_FILE_NAME, open_log
from app.storage.runs import RunStore
from tests.storage.workouts import berlin, record

# The 4-byte big-endian "user version" in SQLite's file header: the schema version.
USER_VERSION_OFFSET = 60


def real_log(data_dir: Path, workouts: int = 5) -> Path:
    """A log with ``workouts`` complete workouts on 1, 2, 3... May 2024, all in the main file."""
    with open_log(data_dir) as log:
        for day in range(1, workouts + 1):
            record(log, berlin(2024, 5, day, 7))
    # Closing the last connection checkpoints the WAL into the file and removes it.
    path = data_dir / LOG_FILE_NAME
    assert not Path(f"{path}-wal").exists()
    return path


def offsets_of(path: Path, needle: bytes) -> list[int]:
    """Every offset in the file where ``needle`` starts."""
    data = path.read_bytes()
    found, start = [], data.find(needle)
    while start >= 0:
        found.append(start)
        start = data.find(needle, start + 1)
    return found


def flip(path: Path, offset: int, value: int) -> bytes:
    """Write the byte ``value`` at ``offset``; return the whole damaged file."""
    data = bytearray(path.read_bytes())
    assert data[offset] != value, "flipping a byte to itself damages nothing"
    data[offset] = value
    path.write_bytes(bytes(data))
    return bytes(data)


_CHECKS = {
    "note": ("stiff back today", "SELECT note FROM sessions WHERE id = 3"),
    "plan": ('{"blocks"', "SELECT plan FROM sessions WHERE id = 3"),
    "hold": ("bird dog", "SELECT exercise FROM sets WHERE session_id = 6"),
    "session start": ("2024-05-03T05:00:00.000", "SELECT started_at FROM sessions WHERE id = 3"),
    "hold start": ("2024-05-06T05:00:20.000", "SELECT started_at FROM sets WHERE session_id = 6"),
}


def _stored_texts(path: Path, sql: str) -> list[bytes]:
    connection = sqlite3.connect(path)
    connection.text_factory = bytes
    try:
        return [value for (value,) in connection.execute(sql)]
    finally:
        connection.close()


def damaged_log(data_dir: Path, where: str) -> Path:
    """Five workouts (1 to 5 May 2024), a check-in on the third and a sixth of "bird dog";
    then one byte of the third's note, plan or start, or of one bird dog hold's exercise or
    start, made invalid UTF-8.

    The text also sits in an index or a free page; the byte flipped is the first one that
    changes what the table holds. A start is damaged in every copy, index included: SQLite
    reads it from the index when it sorts by it, and every reader should meet the damage.
    """
    path = real_log(data_dir, workouts=5)
    with open_log(data_dir) as log:
        check_in(log, 3, back_pain=4, note="stiff back today")
        record(log, berlin(2024, 5, 6, 7), exercises=[exercise_for("bird dog")])
    needle, sql = _CHECKS[where]
    if where.endswith("start"):
        for at in offsets_of(path, needle.encode()):
            flip(path, at + 2, 0xFF)
        return path
    pristine, before = path.read_bytes(), _stored_texts(path, sql)
    for at in offsets_of(path, needle.encode()):
        flip(path, at + 2, 0xFF)  # 0xFF never appears in UTF-8
        if _stored_texts(path, sql) != before:
            return path
        path.write_bytes(pristine)
    raise AssertionError(f"no copy of {needle!r} in the file is the table's")


RUN_SOURCES = ("first-run.fit", "middle-run.fit", "last-run.fit")
_RUN_CHECKS = {
    "source": (RUN_SOURCES[1], "SELECT source_name FROM runs WHERE id = 2"),
    "start": ("2025-03-02T06:30", "SELECT started_at FROM runs WHERE id = 2"),
}


def damaged_runs_log(data_dir: Path, where: str = "start") -> Path:
    """Three runs on 1, 2 and 3 March 2025 (from ``RUN_SOURCES``); then one byte of the
    second's start or source name made invalid UTF-8, as a bad sector would leave it."""
    start = datetime(2025, 3, 1, 6, 30, tzinfo=UTC)
    runs = [
        Run(start + timedelta(days=day), 1800.0 + day, source_name=name, source_hash=f"{day}" * 64)
        for day, name in enumerate(RUN_SOURCES)
    ]
    with open_log(data_dir) as log:
        RunStore(log).add_runs(runs)
    path = data_dir / LOG_FILE_NAME
    needle, sql = _RUN_CHECKS[where]
    if where == "start":
        # The start is also kept in an index, which SQLite reads it from when it sorts by
        # it: damage every copy, so that every reader meets the damage.
        for at in offsets_of(path, needle.encode()):
            flip(path, at + 2, 0xFF)
        return path
    pristine, before = path.read_bytes(), _stored_texts(path, sql)
    for at in offsets_of(path, needle.encode()):
        flip(path, at + 2, 0xFF)
        if _stored_texts(path, sql) != before:
            return path
        path.write_bytes(pristine)
    raise AssertionError(f"no copy of {needle!r} in the file is the table's")
