"""The schema of the log, as an ordered list of forward migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a log applies the
missing ones in order, each in its own write transaction, so an older file is upgraded in
place and keeps its data. Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.storage.transaction import write_transaction


@dataclass(frozen=True)
class Migration:
    """One step of the schema: the statements that take version ``version - 1`` to ``version``."""

    version: int
    summary: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "sessions and the holds done in them",
        (
            """
            CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,            -- UTC, ISO 8601, milliseconds
                utc_offset_minutes INTEGER NOT NULL, -- the user's offset at the start
                local_day TEXT NOT NULL,             -- YYYY-MM-DD, local, counts for streaks
                ended_at TEXT,                       -- UTC; NULL while in progress
                plan TEXT NOT NULL,                  -- JSON, see plan_codec
                planned_rounds INTEGER NOT NULL,     -- holds in the plan, for "3 of 9"
                status TEXT NOT NULL
                    CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted'))
            )
            """,
            """
            CREATE TABLE sets (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES sessions (id),
                exercise TEXT NOT NULL,              -- plank, side-left, side-right or custom
                side TEXT,                           -- left, right or NULL
                round INTEGER NOT NULL,
                planned_seconds REAL NOT NULL,
                held_seconds REAL NOT NULL,
                completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
                started_at TEXT NOT NULL             -- UTC, ISO 8601, milliseconds
            )
            """,
            "CREATE INDEX sets_by_session ON sets (session_id)",
        ),
    ),
    Migration(
        2,
        "check-in (back pain, note), undo-able delete, indexes for the progress view",
        (
            "ALTER TABLE sessions ADD COLUMN back_pain INTEGER"
            " CHECK (back_pain IS NULL OR back_pain BETWEEN 0 AND 10)",
            "ALTER TABLE sessions ADD COLUMN note TEXT",
            "ALTER TABLE sessions ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0",
            # Per-day statistics filter on (deleted, local_day) and then sum a session's sets:
            # with these two indexes neither table is read beyond the index.
            "CREATE INDEX sessions_by_day ON sessions (deleted, local_day)",
            "DROP INDEX sets_by_session",
            "CREATE INDEX sets_by_session ON sets (session_id, exercise, held_seconds, completed)",
            # History pages walk the sessions in order of their start, and import
            # recognises a session by its start.
            "CREATE INDEX sessions_by_start ON sessions (deleted, started_at)",
        ),
    ),
    Migration(
        3,
        "the user's named routines, in the user's order",
        (
            """
            CREATE TABLE routines (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,                  -- trimmed, 1 to 40 characters
                position INTEGER NOT NULL,           -- the user's order, lowest first
                plan TEXT NOT NULL                   -- JSON, see plan_codec
            )
            """,
            # NOCASE folds ASCII only; the store also compares names case-folded in Python.
            "CREATE UNIQUE INDEX routines_by_name ON routines (name COLLATE NOCASE)",
        ),
    ),
    Migration(
        4,
        "runs: one summary per run (no GPS track), imported or added by hand",
        (
            """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,            -- UTC, ISO 8601, milliseconds
                utc_offset_minutes INTEGER NOT NULL, -- the runner's offset at the start
                local_day TEXT NOT NULL,             -- YYYY-MM-DD, local
                elapsed_seconds REAL NOT NULL CHECK (elapsed_seconds > 0),
                moving_seconds REAL,
                distance_m REAL,                     -- NULL when unknown (treadmill, by hand)
                sport TEXT NOT NULL CHECK (sport IN ('run', 'trail_run', 'treadmill')),
                avg_heart_rate INTEGER,
                effort INTEGER CHECK (effort IS NULL OR effort BETWEEN 1 AND 10),
                source_name TEXT NOT NULL,           -- the file's name, or "added by hand"
                source_hash TEXT,                    -- SHA-256 of the file; NULL by hand
                deleted INTEGER NOT NULL DEFAULT 0
            )
            """,
            # Duplicates are found by start (within minutes) and weeks are summed by day.
            "CREATE INDEX runs_by_start ON runs (deleted, started_at)",
            "CREATE INDEX runs_by_day ON runs (deleted, local_day)",
            "CREATE INDEX runs_by_source ON runs (source_hash)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


class NewerSchemaError(MessageError):
    """The log was written by a newer version of the app; this one must not touch it."""


def schema_version(connection: sqlite3.Connection) -> int:
    """The number of migrations applied to the open database."""
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(connection: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply the migrations up to ``target``; return the version found before.

    The connection must be in autocommit mode (``isolation_level=None``). Each step re-reads
    the version inside its write transaction, so two copies of the app opening an old log at
    once do not both upgrade it.
    """
    found = schema_version(connection)
    if found > LATEST_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "errors", "it has schema version {version}, newer than this app knows ({latest})"
            ),
            version=str(found),
            latest=str(LATEST_VERSION),
        )
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        if migration.version <= found:
            # Applied already: no write lock, so a log another program holds locked still
            # opens for writing later, instead of falling back to read-only at start.
            continue
        with write_transaction(connection):
            if schema_version(connection) < migration.version:
                for statement in migration.statements:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {migration.version:d}")
    return found
