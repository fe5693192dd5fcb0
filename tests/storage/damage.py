"""Damaged logs made the honest way: a real log written by the app, then real bytes flipped.

Nothing here mocks SQLite: the file is what a bad disk sector or a stray write would leave.
"""

from __future__ import annotations

from pathlib import Path

from app.storage.database import LOG_FILE_NAME, open_log
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
