"""Whole workouts read back from the log, each with its holds in order, for file exports.

Deleted sessions are never read. A workout still in progress (being recorded by a running
copy of the app) comes back with status ``in_progress``; the caller decides what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.storage.database import SessionLog
from app.storage.timestamps import from_stored

_SESSION_COLUMNS = "id, started_at, utc_offset_minutes, ended_at, status"
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


def _with_holds(
    log: SessionLog, rows: Sequence[tuple[int, str, int, str | None, str]]
) -> list[LoggedWorkout]:
    offsets = {row[0]: row[2] for row in rows}
    holds: dict[int, list[LoggedHold]] = {row[0]: [] for row in rows}
    ids = list(holds)
    connection = log.connection()
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        sql = _SETS_SQL.format(marks=", ".join("?" * len(chunk)))
        for session_id, exercise, side, started, held, completed in connection.execute(sql, chunk):
            holds[session_id].append(
                LoggedHold(
                    exercise=exercise,
                    side=side,
                    started_at=from_stored(started, offsets[session_id]),
                    held_seconds=float(held),
                    completed=bool(completed),
                )
            )
    return [
        LoggedWorkout(
            session_id=id_,
            started_at=from_stored(started, minutes),
            ended_at=from_stored(ended, minutes) if ended else None,
            status=status,
            holds=tuple(holds[id_]),
        )
        for id_, started, minutes, ended, status in rows
    ]


def workouts_by_id(log: SessionLog, session_ids: Iterable[int]) -> list[LoggedWorkout]:
    """The workouts with these ids that are in the log (not deleted), oldest first."""
    wanted = sorted(set(session_ids))
    rows: list[tuple[int, str, int, str | None, str]] = []
    connection = log.connection()
    for first in range(0, len(wanted), _CHUNK):
        chunk = wanted[first : first + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE deleted = 0 AND id IN ({marks})",
            chunk,
        ).fetchall()
    rows.sort(key=lambda row: (row[1], row[0]))
    return _with_holds(log, rows)


def workouts_since(log: SessionLog, first_day: date) -> list[LoggedWorkout]:
    """Every workout on ``first_day`` (a local calendar day) or later, oldest first."""
    rows = log.connection().execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions"
        " WHERE deleted = 0 AND local_day >= ? ORDER BY started_at, id",
        (first_day.isoformat(),),
    )
    return _with_holds(log, rows.fetchall())
