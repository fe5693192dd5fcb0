"""The history table: one page of sessions at a time, sorted in SQL, and undo-able delete.

A lazy table model asks :meth:`History.count` once and :meth:`History.rows` for the rows it
shows; nothing loads the whole log. A session whose row cannot be read (a damaged byte) is
left out of both and named in :attr:`History.damaged`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from app.storage.damaged_rows import DamagedRows, find_damaged_sessions
from app.storage.database import SessionLog
from app.storage.json_input import parse_json
from app.storage.timestamps import from_stored
from app.storage.transaction import write_transaction


class SortColumn(enum.Enum):
    """The columns the history can be sorted by."""

    DATE = "s.started_at"
    EXERCISES = "s.plan"  # the plan's JSON starts with its first exercise
    ROUNDS = "rounds_done"
    HELD = "seconds_held"
    STATUS = "s.status"
    BACK_PAIN = "s.back_pain"
    NOTE = "s.note"


@dataclass(frozen=True)
class HistoryRow:
    """One session as the history table shows it."""

    session_id: int
    started_at: datetime
    """Aware, in the offset the user had then."""
    exercises: tuple[str, ...]
    """Exercise keys in plan order: plank, side-left, side-right or custom names."""
    rounds_done: int
    rounds_planned: int
    seconds_held: float
    status: str
    back_pain: int | None
    note: str | None


_PAGE_SQL = """
SELECT s.id, s.started_at, s.utc_offset_minutes, s.plan, s.planned_rounds, s.status,
       s.back_pain, s.note,
       (SELECT COUNT(*) FROM sets AS t WHERE t.session_id = s.id AND t.completed = 1)
           AS rounds_done,
       (SELECT COALESCE(SUM(t.held_seconds), 0) FROM sets AS t WHERE t.session_id = s.id)
           AS seconds_held
FROM sessions AS s
WHERE s.deleted = 0{excluded}
ORDER BY {order}
LIMIT ? OFFSET ?
"""


def _exercises(plan_text: str) -> tuple[str, ...]:
    try:
        return tuple(
            str(block["exercise"]) for block in parse_json(plan_text, "the plan")["blocks"]
        )
    except (ValueError, KeyError, TypeError):
        return ()


class History:
    """Pages of the session history, newest first by default, and soft delete with undo."""

    def __init__(self, log: SessionLog) -> None:
        self.log = log
        self.damaged = DamagedRows()
        """The sessions left out because they cannot be read, as of the last count()."""

    def _excluded(self) -> tuple[str, list[int]]:
        ids = self.damaged.session_ids()
        if not ids:
            return "", []
        return f" AND s.id NOT IN ({', '.join('?' * len(ids))})", ids

    def count(self) -> int:
        """How many sessions the history shows (deleted and unreadable ones excluded).

        Looks for unreadable sessions afresh (see damaged_rows), so call it first.
        """
        self.damaged = find_damaged_sessions(self.log)
        excluded, ids = self._excluded()
        row = self.log.connection().execute(
            f"SELECT COUNT(*) FROM sessions AS s WHERE s.deleted = 0{excluded}", ids
        )
        count: int = row.fetchone()[0]
        return count

    def rows(
        self,
        offset: int,
        limit: int,
        sort: SortColumn = SortColumn.DATE,
        descending: bool = True,
    ) -> list[HistoryRow]:
        """Rows ``offset`` to ``offset + limit`` of the history in the chosen order."""
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit cannot be negative, got {offset}, {limit}")
        # The order is built from the enum and a bool, never from the caller's text. Ties go
        # by start; sorted by start alone, the page is read straight off sessions_by_start.
        direction = "DESC" if descending else "ASC"
        keys = [sort.value] if sort is SortColumn.DATE else [sort.value, SortColumn.DATE.value]
        order = ", ".join(f"{key} {direction}" for key in [*keys, "s.id"])
        excluded, ids = self._excluded()
        sql = _PAGE_SQL.format(order=order, excluded=excluded)
        rows = self.log.connection().execute(sql, (*ids, limit, offset))
        return [
            HistoryRow(
                session_id=id_,
                started_at=from_stored(started, minutes),
                exercises=_exercises(plan),
                rounds_done=done,
                rounds_planned=planned,
                seconds_held=float(held),
                status=status,
                back_pain=pain,
                note=note,
            )
            for id_, started, minutes, plan, planned, status, pain, note, done, held in rows
        ]

    def _set_deleted(self, session_id: int, deleted: bool) -> bool:
        connection = self.log.connection()
        with write_transaction(connection):
            changed = connection.execute(
                "UPDATE sessions SET deleted = ? WHERE id = ? AND deleted = ?",
                (int(deleted), session_id, int(not deleted)),
            ).rowcount
        return bool(changed)

    def delete(self, session_id: int) -> bool:
        """Hide a session everywhere (history, statistics, export); undo with restore()."""
        return self._set_deleted(session_id, True)

    def restore(self, session_id: int) -> bool:
        """Undo delete(): the session counts again everywhere."""
        return self._set_deleted(session_id, False)
