"""Import a JSON export: the whole file is checked first, then written in one transaction.

A session is recognised by its start: one already in the log (even if deleted) is skipped,
so importing the same file twice adds nothing the second time. A routine is recognised by
its name (any case) the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.message import QT_TRANSLATE_NOOP, within
from app.storage.database import SessionLog
from app.storage.json_input import JsonInputError, load_json_file
from app.storage.log_format import ImportedSession, LogImportError, parse_log
from app.storage.plan_codec import plan_to_json
from app.storage.routine_format import RoutineFormatError, parse_routines, write_routines
from app.storage.run_format import RunFormatError, parse_runs, write_runs
from app.storage.set_record import insert_sets
from app.storage.timestamps import local_day_text, offset_minutes, to_utc_text
from app.storage.transaction import write_transaction


@dataclass(frozen=True)
class ImportResult:
    """How many sessions (and routines) the import added, and how many the log already had."""

    added: int
    skipped: int
    routines_added: int = 0
    routines_skipped: int = 0
    runs_added: int = 0
    runs_skipped: int = 0


def find_session(connection: sqlite3.Connection, started_at: datetime) -> int | None:
    """The id of the session that started at this moment (even if deleted), or None."""
    # "deleted IN (0, 1)" lets the lookup use sessions_by_start; a deleted session counts too.
    found = connection.execute(
        "SELECT id FROM sessions WHERE deleted IN (0, 1) AND started_at = ?",
        (to_utc_text(started_at),),
    ).fetchone()
    return None if found is None else int(found[0])


def insert_session(connection: sqlite3.Connection, session: ImportedSession) -> None:
    """Add a session and its holds, inside the caller's write transaction."""
    started = to_utc_text(session.started_at)
    cursor = connection.execute(
        "INSERT INTO sessions (started_at, utc_offset_minutes, local_day, ended_at, plan,"
        " planned_rounds, status, back_pain, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            started,
            offset_minutes(session.started_at),
            local_day_text(session.started_at),
            to_utc_text(session.ended_at) if session.ended_at else None,
            plan_to_json(session.plan),
            session.plan.total_rounds,
            session.status,
            session.back_pain,
            session.note,
        ),
    )
    if cursor.lastrowid is None:
        raise sqlite3.DatabaseError("the imported session row got no id")
    insert_sets(connection, cursor.lastrowid, session.sets)


def _write(connection: sqlite3.Connection, session: ImportedSession) -> bool:
    if find_session(connection, session.started_at) is not None:
        return False
    insert_session(connection, session)
    return True


def import_data(log: SessionLog, data: object) -> ImportResult:
    """Import already-parsed JSON data; LogImportError (one line) if anything is wrong."""
    sessions = parse_log(data)
    assert isinstance(data, dict)  # parse_log has checked the top level
    try:
        routines = parse_routines(data)
    except RoutineFormatError as error:
        raise LogImportError(error.message) from None
    try:
        runs = parse_runs(data)
    except RunFormatError as error:
        raise LogImportError(error.message) from None
    connection = log.connection()
    try:
        with write_transaction(connection):
            added = sum(_write(connection, session) for session in sessions)
            counts = write_routines(connection, routines)
            run_counts = write_runs(connection, runs)
    except sqlite3.Error as error:
        raise LogImportError(
            QT_TRANSLATE_NOOP("errors", "Could not write to the workout log {file}: {reason}"),
            file=log.path,
            reason=error,
        ) from error
    return ImportResult(
        added=added,
        skipped=len(sessions) - added,
        routines_added=counts.added,
        routines_skipped=counts.skipped,
        runs_added=run_counts.added,
        runs_skipped=run_counts.skipped,
    )


def import_json(log: SessionLog, path: Path | str) -> ImportResult:
    """Import a file written by export; nothing is written unless all of it is valid.

    The file is read within the limits of json_input (size, nesting, digits, a pipe or a
    folder named as such); any problem is one LogImportError line.
    """
    try:
        data = load_json_file(Path(path))
    except JsonInputError as error:
        raise LogImportError(error.message) from None
    try:
        return import_data(log, data)
    except LogImportError as error:
        raise LogImportError(within(path, error.message)) from None
