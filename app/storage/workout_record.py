"""A workout as the recorder holds it in memory, and writing what is not yet saved.

The record remembers how much of it is already in the log, so a failed write can simply be
tried again later: every write is one transaction that saves everything still pending.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from app.core.plan import Plan
from app.storage.plan_codec import plan_to_json
from app.storage.set_record import SetRecord, insert_sets
from app.storage.timestamps import local_day_text, offset_minutes, to_utc_text
from app.storage.transaction import write_transaction


@dataclass(eq=False)  # compared by identity: two workouts are never "the same"
class WorkoutRecord:
    """One workout being recorded, and how much of it the log already holds."""

    plan: Plan
    started_at: datetime
    status: str = "in_progress"
    ended_at: datetime | None = None
    back_pain: int | None = None
    note: str | None = None
    sets: list[SetRecord] = field(default_factory=list)
    session_id: int | None = None  # known once the session row is committed
    saved_sets: int = 0
    session_dirty: bool = True  # status, end or check-in changed since the last save

    @property
    def pending(self) -> bool:
        """True while something of this workout is not in the log."""
        return self.session_id is None or self.session_dirty or self.saved_sets < len(self.sets)

    @property
    def pending_sets(self) -> int:
        return len(self.sets) - self.saved_sets


def _insert_session(connection: sqlite3.Connection, record: WorkoutRecord) -> int:
    cursor = connection.execute(
        "INSERT INTO sessions (started_at, utc_offset_minutes, local_day, ended_at, plan,"
        " planned_rounds, status, back_pain, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            to_utc_text(record.started_at),
            offset_minutes(record.started_at),
            local_day_text(record.started_at),
            to_utc_text(record.ended_at) if record.ended_at else None,
            plan_to_json(record.plan),
            record.plan.total_rounds,
            record.status,
            record.back_pain,
            record.note,
        ),
    )
    if cursor.lastrowid is None:
        raise sqlite3.DatabaseError("the new session row got no id")
    return cursor.lastrowid


def _update_session(connection: sqlite3.Connection, record: WorkoutRecord, id_: int) -> None:
    # Another copy of the app opening the log mid-workout marks this session interrupted;
    # writing its state again puts that right.
    connection.execute(
        "UPDATE sessions SET status = ?, ended_at = ?, back_pain = ?, note = ? WHERE id = ?",
        (
            record.status,
            to_utc_text(record.ended_at) if record.ended_at else None,
            record.back_pain,
            record.note,
            id_,
        ),
    )


def save(connection: sqlite3.Connection, record: WorkoutRecord) -> None:
    """Write everything of ``record`` not yet in the log, in one transaction.

    The record is marked saved only after the commit, so if anything fails nothing is marked
    and the next call writes it all again.
    """
    new_sets = record.sets[record.saved_sets :]
    with write_transaction(connection):
        session_id = record.session_id
        if session_id is None:
            session_id = _insert_session(connection, record)
        else:
            _update_session(connection, record, session_id)
        insert_sets(connection, session_id, new_sets)
    record.session_id = session_id
    record.saved_sets += len(new_sets)
    record.session_dirty = False
