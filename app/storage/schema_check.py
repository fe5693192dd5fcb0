"""Does the log's schema match the version it claims? If not, it is treated as damaged.

A log whose tables do not match its ``user_version`` (a migration cut off by a tool that
did not use a transaction, a header byte flipped, another program's tables) would make the
next migration fail on every start ("table sessions already exists"). Its shape is compared
with the shape the migrations build: table and index names and each table's columns, not
the SQL text, which SQLite versions may write differently.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from app.storage.corrupt_file import CorruptLogError
from app.storage.migrations import migrate

Shape = frozenset[tuple[str, str, tuple[tuple[str, str], ...]]]
"""(type, name, columns) for every table and index; columns as (name, declared type)."""


def _shape(connection: sqlite3.Connection) -> Shape:
    found = []
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master"
        " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    for kind, name in objects:
        quoted = '"' + str(name).replace('"', '""') + '"'
        if kind == "table":
            rows = connection.execute(f"PRAGMA table_info({quoted})").fetchall()
            columns = tuple((str(row[1]), str(row[2]).upper()) for row in rows)
        else:
            rows = connection.execute(f"PRAGMA index_info({quoted})").fetchall()
            columns = tuple((str(row[2]), "") for row in rows)
        found.append((str(kind), str(name), columns))
    return frozenset(found)


@cache
def expected_shape(version: int) -> Shape:
    """The shape the migrations give a new log at ``version``."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(connection, target=version)
        return _shape(connection)
    finally:
        connection.close()


def check_schema(connection: sqlite3.Connection, version: int) -> None:
    """Raise CorruptLogError unless the open log has exactly the shape of ``version``.

    Run it inside a read transaction together with reading the version, so a migration
    committed by another copy of the app in between is never mistaken for damage.
    """
    found = _shape(connection)
    wanted = expected_shape(version)
    if found != wanted:
        extra = sorted(name for _, name, _ in found - wanted)
        missing = sorted(name for _, name, _ in wanted - found)
        raise CorruptLogError(
            f"its tables do not match schema version {version}"
            f" (unexpected: {', '.join(extra) or 'none'}; missing: {', '.join(missing) or 'none'})"
        )
