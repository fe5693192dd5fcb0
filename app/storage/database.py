"""The log file: opening it safely, one connection per thread, and recovery on open.

Two copies of the app may log into the same file: WAL lets readers go on while one writes,
and the busy timeout makes a writer wait its turn instead of failing at once.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType

from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.storage.corrupt_file import CorruptLogError, is_corruption, move_aside
from app.storage.folder_lock import folder_lock
from app.storage.migrations import LATEST_VERSION, NewerSchemaError, migrate, schema_version
from app.storage.schema_check import check_schema
from app.storage.timestamps import WallClock, local_now
from app.storage.unreadable_text import decode_text

LOG_FILE_NAME = "plank-timer.sqlite3"
DEFAULT_BUSY_TIMEOUT_MS = 3000

# A session still in progress when the log is opened was cut off by a crash or a kill. Its
# end is taken as the end of its last saved hold (NULL if it saved none). A workout running
# in another copy of the app looks the same; that copy's next write marks it in progress
# again (see workout_record.save), so at worst it shows as interrupted for one hold.
_ANY_IN_PROGRESS = "SELECT 1 FROM sessions WHERE status = 'in_progress' LIMIT 1"
_MARK_INTERRUPTED = """
UPDATE sessions SET status = 'interrupted', ended_at = COALESCE(ended_at, (
    SELECT strftime('%Y-%m-%dT%H:%M:%f+00:00', started_at, printf('%+.3f seconds', held_seconds))
    FROM sets WHERE sets.session_id = sessions.id ORDER BY started_at DESC LIMIT 1))
WHERE status = 'in_progress'
"""


class LogOpenError(MessageError):
    """The log cannot be opened at all; the message is one line, fit to show the user."""


class DamagedLogError(LogOpenError):
    """Opening for reading only found the log damaged; a normal open would move it aside."""


class SessionLog:
    """The workout log file, with one SQLite connection per thread.

    Use :func:`open_log` to get one: it upgrades the schema, marks sessions cut off by a
    crash as interrupted (``interrupted``), and moves a damaged file aside (``moved_aside``,
    with a one-line ``notice`` for the user).
    """

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only
        self.moved_aside: Path | None = None
        self.notice: str | None = None
        self.interrupted = 0
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, in autocommit mode: use write_transaction to write."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
        return connection

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            target, uri = f"{self.path.resolve().as_uri()}?mode=ro", True
        else:
            target, uri = str(self.path), False
        # check_same_thread=False only so that close() may close every thread's connection;
        # each connection is still used by the thread that made it.
        connection = sqlite3.connect(
            target,
            uri=uri,
            timeout=self.busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        # A damaged byte in a text value must not stop every reader of the log for good.
        connection.text_factory = decode_text
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            connection.execute("PRAGMA foreign_keys = ON")
            if not self.read_only:
                connection.execute("PRAGMA journal_mode = WAL")
        except BaseException:
            connection.close()
            raise
        with self._lock:
            self._connections.append(connection)
        return connection

    def close_thread_connection(self) -> None:
        """Close the calling thread's connection, if it has one: for a worker thread that is
        done with the log (its connection would otherwise stay open until close())."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            return
        self._local.connection = None
        with self._lock:
            if connection in self._connections:
                self._connections.remove(connection)
        connection.close()

    def close(self) -> None:
        """Close every thread's connection. The log must not be used afterwards."""
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()
        self._local = threading.local()

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _check(connection: sqlite3.Connection) -> int:
    """The log's schema version, once its header, tables and pages are found sound.

    Raises CorruptLogError (or whatever SQLite raises on damage, see is_corruption) for a
    damaged file, NewerSchemaError for one written by a newer app.
    """
    # One read transaction: a migration another copy commits meanwhile is seen whole or not
    # at all, never as a version that does not match its tables.
    connection.execute("BEGIN")
    try:
        version = schema_version(connection)
        if version > LATEST_VERSION:
            raise NewerSchemaError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "it has schema version {version}, newer than this app knows ({latest})",
                ),
                version=str(version),
                latest=str(LATEST_VERSION),
            )
        if version < 0:
            raise CorruptLogError(f"its schema version is {version}")
        check_schema(connection, version)
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(1)")]
        if problems != ["ok"]:
            raise CorruptLogError(problems[0] if problems else "integrity check failed")
    finally:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")  # it only read
    return version


def _prepare(log: SessionLog) -> None:
    connection = log.connection()
    _check(connection)
    migrate(connection)
    # Looked for first: with nothing to mark, opening takes no write lock, so a log another
    # copy of the app is writing to opens at once instead of waiting or failing.
    if connection.execute(_ANY_IN_PROGRESS).fetchone() is not None:
        log.interrupted = connection.execute(_MARK_INTERRUPTED).rowcount


def _newer(path: Path, error: NewerSchemaError) -> LogOpenError:
    """The one line for a log written by a newer version of the app."""
    return LogOpenError(
        QT_TRANSLATE_NOOP(
            "errors", "The workout log {file} was written by a newer Plank Timer ({reason})"
        ),
        file=path,
        reason=error.message,
    )


def _open_read_only(path: Path, busy_timeout_ms: int) -> SessionLog:
    if not path.is_file():
        raise LogOpenError(
            QT_TRANSLATE_NOOP("errors", "There is no workout log at {file}"), file=path
        )
    log = SessionLog(path, busy_timeout_ms=busy_timeout_ms, read_only=True)
    try:
        version = _check(log.connection())
    except NewerSchemaError as error:
        log.close()
        raise _newer(path, error) from error
    except (sqlite3.Error, UnicodeDecodeError) as error:
        log.close()
        if is_corruption(error):
            raise DamagedLogError(
                QT_TRANSLATE_NOOP("errors", "The workout log {file} is damaged: {reason}"),
                file=path,
                reason=error,
            ) from error
        raise LogOpenError(
            QT_TRANSLATE_NOOP("errors", "Could not read the workout log {file}: {reason}"),
            file=path,
            reason=error,
        ) from error
    if version != LATEST_VERSION:
        log.close()
        raise LogOpenError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workout log {file} has schema version {version}, this app reads {latest}:"
                " open it once in this version of Plank Timer",
            ),
            file=path,
            version=version,
            latest=LATEST_VERSION,
        )
    return log


def _open_writable(path: Path, busy_timeout_ms: int) -> SessionLog:
    log = SessionLog(path, busy_timeout_ms=busy_timeout_ms)
    try:
        _prepare(log)
    except BaseException:
        log.close()
        raise
    return log


def _try_open(path: Path, busy_timeout_ms: int) -> SessionLog | None:
    """The log opened for writing, or None if it is damaged; LogOpenError if unusable."""
    try:
        return _open_writable(path, busy_timeout_ms)
    except NewerSchemaError as error:
        raise _newer(path, error) from error
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if not is_corruption(error):
            raise LogOpenError(
                QT_TRANSLATE_NOOP("errors", "Could not open the workout log {file}: {reason}"),
                file=path,
                reason=error,
            ) from error
    return None


def _replace_damaged(path: Path, busy_timeout_ms: int, when: datetime) -> SessionLog:
    """Move the damaged log aside and start a new one, holding the folder's lock."""
    with folder_lock(path.parent):
        # Another copy of the app may have replaced it while we waited: check what is there
        # now, so we never move aside the new log (and the workout) it started.
        log = _try_open(path, busy_timeout_ms)
        if log is not None:
            return log
        try:
            moved = move_aside(path, when)
        except OSError as error:
            raise LogOpenError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The workout log {file} is damaged and could not be moved aside: {reason}",
                ),
                file=path,
                reason=error,
            ) from error
        try:
            log = _open_writable(path, busy_timeout_ms)
        except (sqlite3.Error, UnicodeDecodeError) as error:
            raise LogOpenError(
                QT_TRANSLATE_NOOP("errors", "Could not start a new workout log {file}: {reason}"),
                file=path,
                reason=error,
            ) from error
    log.moved_aside = moved
    log.notice = f"The workout log was damaged, so a new one was started; the old file is {moved}"
    return log


def open_log(
    data_dir: Path | str,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    read_only: bool = False,
    wall_clock: WallClock = local_now,
) -> SessionLog:
    """Open (creating if need be) ``<data_dir>/plank-timer.sqlite3``.

    A file that is damaged or not a database is moved aside and a new log started; the log's
    ``notice`` then says where the old file went. Raises LogOpenError, with a one-line
    message, when there is no way to open a log there. ``read_only`` opens an existing,
    up-to-date log for reading only (for export): nothing is upgraded or marked.
    """
    path = Path(data_dir) / LOG_FILE_NAME
    if read_only:
        return _open_read_only(path, busy_timeout_ms)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise LogOpenError(
            QT_TRANSLATE_NOOP("errors", "Could not create the folder {folder}: {reason}"),
            folder=path.parent,
            reason=reason,
        ) from error
    log = _try_open(path, busy_timeout_ms)
    if log is not None:
        return log
    # Read the clock before waiting for the lock: the name says when the damage was found.
    return _replace_damaged(path, busy_timeout_ms, wall_clock())
