"""Recognising a damaged log, and moving it out of the way without losing a byte of it."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

# SQLite's primary result codes for "this is damaged" and "this is not a database at all".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

# The files SQLite keeps beside a database in WAL mode; they belong to it.
SIDECARS = ("-wal", "-shm", "-journal")


class CorruptLogError(sqlite3.DatabaseError):
    """The integrity or schema check found damage that SQLite itself did not raise on."""


def is_corruption(error: BaseException) -> bool:
    """True if ``error`` says the file is damaged or is not a database (not merely busy).

    Python's sqlite3 raises UnicodeDecodeError instead of SQLite's own error when the
    message it would carry quotes a damaged table definition: one bad byte inside
    ``sqlite_master`` does that, so it counts as damage too.
    """
    if isinstance(error, CorruptLogError | UnicodeDecodeError):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _free_name(path: Path, when: datetime) -> Path:
    base = f"{path.name}.corrupt-{when.strftime('%Y%m%d-%H%M%S')}"
    candidate = path.with_name(base)
    number = 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *SIDECARS)):
        number += 1
        candidate = path.with_name(f"{base}-{number}")
    return candidate


def move_aside(path: Path, when: datetime) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<YYYYMMDD-HHMMSS>`` (and its WAL files with it).

    Nothing is deleted: the user, or a recovery tool, can still read the old file. Returns
    where it went. The caller holds the folder's lock (see folder_lock), so a second copy
    of the app cannot move aside the new log this one starts.
    """
    target = _free_name(path, when)
    os.rename(path, target)
    for suffix in SIDECARS:
        sidecar = Path(f"{path}{suffix}")
        if sidecar.exists():
            os.rename(sidecar, Path(f"{target}{suffix}"))
    return target
