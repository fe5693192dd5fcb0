"""One hold as the log keeps it, and the one statement that writes holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.storage.timestamps import to_utc_text

_INSERT = (
    "INSERT INTO sets (session_id, exercise, side, round, planned_seconds, held_seconds,"
    " completed, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class SetRecord:
    """One hold as it ended: which exercise and round, planned and held seconds."""

    exercise: str
    side: str | None
    round: int
    planned_seconds: float
    held_seconds: float
    completed: bool
    started_at: datetime


def insert_sets(connection: sqlite3.Connection, session_id: int, sets: Iterable[SetRecord]) -> None:
    """Add holds to a session, inside the caller's transaction."""
    connection.executemany(
        _INSERT,
        [
            (
                session_id,
                item.exercise,
                item.side,
                item.round,
                item.planned_seconds,
                item.held_seconds,
                int(item.completed),
                to_utc_text(item.started_at),
            )
            for item in sets
        ],
    )
