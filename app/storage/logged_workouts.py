"""Whole workouts read back from the log, each with its holds in order, for file exports.

Deleted sessions are never read. A workout still in progress (being recorded by a running
copy of the app) comes back with status ``in_progress``; the caller decides what to do. A
session or hold that cannot be read (a damaged byte) is left out and named in the caller's
``damaged``, as the CSV and JSON exports do (see damaged_rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.storage.damaged_rows import STATUSES, DamagedRow, DamagedRows, day_of
from app.storage.database import SessionLog
from app.storage.timestamps import from_stored
from app.storage.unreadable_text import has_unreadable

_SESSION_COLUMNS = "id, started_at, utc_offset_minutes, ended_at, status, local_day"
_SETS_SQL = """
SELECT session_id, exercise, side, started_at, held_seconds, completed
FROM sets WHERE session_id IN ({marks}) ORDER BY session_id, started_at, id
"""
# SQLite allows 32,766 parameters; a few hundred per query keeps each statement small.
_CHUNK = 500


@dataclass(frozen=True)
class LoggedHold:
    """One hold as it was logged."""

    exercise: str
    """plank, side-left, side-right or a custom name."""
    side: str | None
    started_at: datetime
    """Aware, in the offset the user had when the workout started."""
    held_seconds: float
    completed: bool


@dataclass(frozen=True)
class LoggedWorkout:
    """One session of the log and its holds, oldest hold first."""

    session_id: int
    started_at: datetime
    """Aware, in the offset the user had then."""
    ended_at: datetime | None
    """None while in progress, or when a workout cut off before its first hold."""
    status: str
    holds: tuple[LoggedHold, ...]

    @property
    def utc_offset_minutes(self) -> int:
        offset = self.started_at.utcoffset()
        return 0 if offset is None else round(offset.total_seconds() / 60)


_SessionRow = tuple[int, str, int, str | None, str, str]


def _hold(row: tuple[object, ...], minutes: int) -> LoggedHold | None:
    """The hold a row of sets holds, or None if it cannot be read."""
    _, exercise, side, started, held, completed = row
    if has_unreadable(row):
        return None
    try:
        return LoggedHold(
            exercise=str(exercise),
            side=None if side is None else str(side),
            started_at=from_stored(str(started), minutes),
            held_seconds=float(held),  # type: ignore[arg-type]
            completed=bool(completed),
        )
    except (ValueError, TypeError, OverflowError):
        return None


def _workout(row: _SessionRow, holds: list[LoggedHold]) -> LoggedWorkout | None:
    """The workout a session row holds, or None if it cannot be read."""
    id_, started, minutes, ended, status, _ = row
    if has_unreadable(row) or status not in STATUSES:
        return None
    try:
        return LoggedWorkout(
            session_id=id_,
            started_at=from_stored(started, minutes),
            ended_at=from_stored(ended, minutes) if ended else None,
            status=status,
            holds=tuple(holds),
        )
    except (ValueError, TypeError, OverflowError):
        return None


def _with_holds(
    log: SessionLog, rows: Sequence[_SessionRow], damaged: DamagedRows | None
) -> list[LoggedWorkout]:
    damaged = DamagedRows() if damaged is None else damaged
    holds: dict[int, list[LoggedHold]] = {row[0]: [] for row in rows}
    unreadable = dict.fromkeys(holds, 0)
    ids = list(holds)
    offsets = {row[0]: row[2] for row in rows}
    connection = log.connection()
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        sql = _SETS_SQL.format(marks=", ".join("?" * len(chunk)))
        for row in connection.execute(sql, chunk):
            session_id = row[0]
            hold = _hold(row, offsets[session_id])
            if hold is None:
                unreadable[session_id] += 1
            else:
                holds[session_id].append(hold)
    workouts = []
    for row in rows:
        day = day_of(row[1], row[5])
        workout = _workout(row, holds[row[0]])
        if workout is None:
            damaged.add(DamagedRow(row[0], day))
            continue
        if unreadable[row[0]]:
            damaged.add(DamagedRow(row[0], day, holds=unreadable[row[0]]))
        workouts.append(workout)
    return workouts


def workouts_by_id(
    log: SessionLog, session_ids: Iterable[int], damaged: DamagedRows | None = None
) -> list[LoggedWorkout]:
    """The workouts with these ids that are in the log (not deleted), oldest first; what
    cannot be read is left out and added to ``damaged``."""
    wanted = sorted(set(session_ids))
    rows: list[_SessionRow] = []
    connection = log.connection()
    for first in range(0, len(wanted), _CHUNK):
        chunk = wanted[first : first + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE deleted = 0 AND id IN ({marks})",
            chunk,
        ).fetchall()
    rows.sort(key=lambda row: (str(row[1]), row[0]))
    return _with_holds(log, rows, damaged)


def workouts_since(
    log: SessionLog, first_day: date, damaged: DamagedRows | None = None
) -> list[LoggedWorkout]:
    """Every workout on ``first_day`` (a local calendar day) or later, oldest first; what
    cannot be read is left out and added to ``damaged``."""
    rows = log.connection().execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions"
        " WHERE deleted = 0 AND local_day >= ? ORDER BY started_at, id",
        (first_day.isoformat(),),
    )
    return _with_holds(log, rows.fetchall(), damaged)
