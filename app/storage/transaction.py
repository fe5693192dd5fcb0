"""One write transaction on an autocommit connection: all of it is saved, or none of it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back if anything inside raises.

    IMMEDIATE takes the write lock up front, so waiting for another copy of the app happens
    at the start (under the busy timeout) instead of failing half-way through.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back by itself (e.g. on a full disk).
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
