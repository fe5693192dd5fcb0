"""Rows of the log that cannot be read (a damaged byte): skipped, counted and named.

A session whose text is not UTF-8 (see unreadable_text), or whose times or plan do not
parse, is left out of the export and the history; so is a hold of it that cannot be read,
and a run whose row does not make a run (see runs). What was left out is named by id and
local day, so the user can find it in the moved-aside file or a backup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.core.message import QT_TRANSLATE_NOOP, Message, listed
from app.storage.database import SessionLog
from app.storage.json_input import parse_json
from app.storage.unreadable_text import UnreadableText, has_unreadable

STATUSES = ("in_progress", "completed", "stopped", "interrupted")
# How many left-out rows a message names before it says "and N more".
NAMED_AT_MOST = 5

_SESSIONS_SQL = """
SELECT id, started_at, local_day, ended_at, status, plan, note
FROM sessions WHERE deleted = 0
"""


@dataclass(frozen=True)
class DamagedRow:
    """A session left out (``holds`` 0), or ``holds`` of its holds left out."""

    session_id: int
    day: str | None
    holds: int = 0

    def __str__(self) -> str:
        return str(self.message)

    @property
    def message(self) -> Message:
        """``session 12 (2025-03-20)``, ``2 holds of session 12 (2025-03-20)``."""
        if self.day:
            where = Message(
                QT_TRANSLATE_NOOP("errors", "session {id} ({day})"),
                {"id": str(self.session_id), "day": self.day},
            )
        else:
            where = Message(
                QT_TRANSLATE_NOOP("errors", "session {id}"), {"id": str(self.session_id)}
            )
        if not self.holds:
            return where
        if self.holds == 1:
            return Message(QT_TRANSLATE_NOOP("errors", "1 hold of {session}"), {"session": where})
        return Message(
            QT_TRANSLATE_NOOP("errors", "{count} holds of {session}"),
            {"count": self.holds, "session": where},
        )


@dataclass(frozen=True)
class DamagedRun:
    """A run left out because its row cannot be read."""

    run_id: int
    day: str | None

    def __str__(self) -> str:
        return str(self.message)

    @property
    def message(self) -> Message:
        """``run 7 (2025-03-02)``."""
        if self.day:
            return Message(
                QT_TRANSLATE_NOOP("errors", "run {id} ({day})"),
                {"id": str(self.run_id), "day": self.day},
            )
        return Message(QT_TRANSLATE_NOOP("errors", "run {id}"), {"id": str(self.run_id)})


def day_of(started_at: object, local_day: object) -> str | None:
    """The day to name a damaged session by: its local day, else its start's date, if readable."""
    for text in (local_day, started_at):
        if isinstance(text, str) and not isinstance(text, UnreadableText) and len(text) >= 10:
            try:
                return datetime.fromisoformat(text[:10]).date().isoformat()
            except ValueError:
                continue
    return None


def session_is_readable(row: tuple[object, ...], started: int, ended: int, plan: int) -> bool:
    """True if no text of ``row`` is damaged and its times and plan (at those indexes) parse."""
    if has_unreadable(row):
        return False
    try:
        datetime.fromisoformat(str(row[started]))
        if row[ended] is not None:
            datetime.fromisoformat(str(row[ended]))
        blocks = parse_json(str(row[plan]), "the plan")["blocks"]
        return isinstance(blocks, list)
    except (ValueError, KeyError, TypeError):
        return False


@dataclass
class DamagedRows:
    """What a reader of the log left out because it could not be read."""

    rows: list[DamagedRow | DamagedRun] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def add(self, row: DamagedRow | DamagedRun) -> None:
        self.rows.append(row)

    def session_ids(self) -> list[int]:
        return [
            row.session_id for row in self.rows if isinstance(row, DamagedRow) and not row.holds
        ]

    def run_ids(self) -> list[int]:
        return [row.run_id for row in self.rows if isinstance(row, DamagedRun)]

    def summary(self) -> str | None:
        """One line naming what was left out, or None if nothing was."""
        message = self.summary_message()
        return None if message is None else str(message)

    def summary_message(self) -> Message | None:
        """The same line, to show in the user's language."""
        if not self.rows:
            return None
        named = listed([row.message for row in self.rows[:NAMED_AT_MOST]])
        more = len(self.rows) - NAMED_AT_MOST
        if more > 0:
            named = Message(
                QT_TRANSLATE_NOOP("errors", "{rows} and {count} more"),
                {"rows": named, "count": more},
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "errors", "left out what could not be read (a damaged byte in the log): {rows}"
            ),
            {"rows": named},
        )


def find_damaged_sessions(log: SessionLog) -> DamagedRows:
    """Every session (not deleted) whose own row cannot be read; its holds are not read."""
    found = DamagedRows()
    for row in log.connection().execute(_SESSIONS_SQL):
        readable = session_is_readable(row, started=1, ended=3, plan=5) and row[4] in STATUSES
        if not readable:
            found.add(DamagedRow(int(row[0]), day_of(row[1], row[2])))
    return found
