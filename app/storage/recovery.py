"""Holds that could not be written when the app closed, added back at the next start.

:func:`recover` finds this log's recovery files (see recovery_file) and adds them to the
log, session by session and hold by hold, so a workout of which the log kept 7 holds of 9
gets the other 2; a file read twice adds nothing the second time, and one imported is
deleted. What was added, or could not be, is in :class:`Recovered` (the window says it in
the user's words, see ``app/ui/log/recovery_text.py``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.message import Message, message_of, within
from app.storage.database import SessionLog
from app.storage.importer import find_session, insert_session
from app.storage.log_format import ImportedSession, LogImportError, parse_log
from app.storage.recovery_file import recovery_data, recovery_files
from app.storage.set_record import insert_sets
from app.storage.timestamps import to_utc_text
from app.storage.transaction import write_transaction

_FINISHED = ("completed", "stopped")


@dataclass
class Recovered:
    """What :func:`recover` added from recovery files, and the files it could not use."""

    files: list[Path] = field(default_factory=list)
    holds: int = 0
    problems: list[Message] = field(default_factory=list)


def _merge(connection: sqlite3.Connection, session: ImportedSession) -> tuple[int, bool]:
    """Add what the log lacks of ``session``: its holds added, and whether the log had it
    as cut off (marked interrupted at this start) while the file says how it ended."""
    id_ = find_session(connection, session.started_at)
    if id_ is None:
        insert_session(connection, session)
        return len(session.sets), False
    have = {
        text
        for (text,) in connection.execute(
            "SELECT started_at FROM sets WHERE session_id = ?", (id_,)
        )
    }
    new = [item for item in session.sets if to_utc_text(item.started_at) not in have]
    insert_sets(connection, id_, new)
    (status,) = connection.execute("SELECT status FROM sessions WHERE id = ?", (id_,)).fetchone()
    connection.execute(
        "UPDATE sessions SET status = ?, ended_at = COALESCE(?, ended_at),"
        " back_pain = COALESCE(?, back_pain), note = COALESCE(?, note) WHERE id = ?",
        (
            session.status,
            to_utc_text(session.ended_at) if session.ended_at else None,
            session.back_pain,
            session.note,
            id_,
        ),
    )
    return len(new), status == "interrupted" and session.status in _FINISHED


def recover(log: SessionLog, folders: Sequence[Path]) -> Recovered:
    """Add every recovery file of this log found in ``folders``, then delete it.

    A workout the file finishes no longer counts as cut off (``log.interrupted``). A file
    that cannot be read or written stays where it is and is named in ``problems``.
    """
    result = Recovered()
    connection = log.connection()
    for path in recovery_files(log.path, folders):
        try:
            sessions = parse_log(recovery_data(path, log.path))
            with write_transaction(connection):
                merged = [_merge(connection, session) for session in sessions]
        except (LogImportError, sqlite3.Error) as error:
            result.problems.append(within(path, message_of(error)))
            continue
        result.files.append(path)
        result.holds += sum(holds for holds, _ in merged)
        log.interrupted = max(0, log.interrupted - sum(finished for _, finished in merged))
        with contextlib.suppress(OSError):
            path.unlink()
    return result
