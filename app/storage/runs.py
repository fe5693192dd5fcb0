"""The runs in the log: added without duplicates, listed a page at a time, deleted with undo.

A run is recognised twice over. The same file's content again (its SHA-256 and start) adds
nothing; the same run from another service (see :mod:`app.core.run_match`) adds nothing
either, but may make the kept record richer. A deleted run counts too, so an import never
brings back what the user deleted.

A row that no longer makes a run (a damaged byte in its text, a value out of range) is left
out of the list, the table and the exports, and named (see damaged_rows), the way a damaged
session is: the rest still shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.run import Run, Sport
from app.core.run_match import START_WINDOW, merged, same_run
from app.storage.damaged_rows import DamagedRows, DamagedRun, day_of
from app.storage.database import SessionLog
from app.storage.timestamps import from_stored, local_day_text, offset_minutes, to_utc_text
from app.storage.transaction import write_transaction
from app.storage.unreadable_text import has_unreadable

_COLUMNS = (
    "id, started_at, utc_offset_minutes, elapsed_seconds, moving_seconds, distance_m, sport,"
    " avg_heart_rate, effort, source_name, source_hash"
)
_VALUES = (
    "started_at, utc_offset_minutes, local_day, elapsed_seconds, moving_seconds, distance_m,"
    " sport, avg_heart_rate, effort, source_name, source_hash"
)


@dataclass(frozen=True)
class StoredRun:
    """A run and its row id in the log."""

    run_id: int
    run: Run


def _stored(row: Any) -> StoredRun:
    id_, started, minutes, elapsed, moving, distance, sport, heart, effort, name, digest = row
    started_at = from_stored(started, minutes)
    run = Run(
        started_at=started_at,
        elapsed_seconds=float(elapsed),
        sport=Sport(sport),
        moving_seconds=None if moving is None else float(moving),
        distance_m=None if distance is None else float(distance),
        avg_heart_rate=heart,
        effort=effort,
        source_name=name,
        source_hash=digest,
        # It was no later than a day past the clock when it was stored: a clock set back
        # since must not make it unreadable.
        now=started_at,
    )
    return StoredRun(id_, run)


def _readable(row: Any) -> StoredRun | None:
    """The run a row holds, or None if it cannot be read."""
    if has_unreadable(row):
        return None
    try:
        return _stored(row)
    except (ValueError, TypeError, OverflowError):  # RunError is a ValueError
        return None


def _values(run: Run) -> tuple[object, ...]:
    return (
        to_utc_text(run.started_at),
        offset_minutes(run.started_at),
        local_day_text(run.started_at),
        run.elapsed_seconds,
        run.moving_seconds,
        run.distance_m,
        run.sport.value,
        run.avg_heart_rate,
        run.effort,
        run.source_name,
        run.source_hash,
    )


def add_run(connection: sqlite3.Connection, run: Run, *, merge: bool = True) -> bool:
    """Add ``run`` inside the caller's write transaction; False if the log has it already.

    With ``merge`` a copy of a run the log has (from another service) may make the kept
    record richer; without it (a backup's runs) the kept record is left exactly as it is.
    """
    started = to_utc_text(run.started_at)
    if (
        run.source_hash is not None
        and connection.execute(
            "SELECT 1 FROM runs WHERE source_hash = ? AND started_at = ?",
            (run.source_hash, started),
        ).fetchone()
    ):
        return False
    # "deleted IN (0, 1)" lets the lookup use runs_by_start; a deleted run counts too.
    nearby = connection.execute(
        f"SELECT {_COLUMNS} FROM runs WHERE deleted IN (0, 1) AND started_at BETWEEN ? AND ?",
        (to_utc_text(run.started_at - START_WINDOW), to_utc_text(run.started_at + START_WINDOW)),
    ).fetchall()
    for row in nearby:
        kept = _readable(row)
        if kept is None:
            continue  # a damaged row is left as it is
        if same_run(kept.run, run):
            better = merged(kept.run, run) if merge else kept.run
            if better != kept.run:
                connection.execute(
                    "UPDATE runs SET ("
                    + _VALUES
                    + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
                    (*_values(better), kept.run_id),
                )
            return False
    connection.execute(
        f"INSERT INTO runs ({_VALUES}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _values(run)
    )
    return True


class RunStore:
    """The log's runs. Every method uses the calling thread's connection to the log."""

    def __init__(self, log: SessionLog) -> None:
        self.log = log
        self.damaged = DamagedRows()
        """The runs left out because they cannot be read, as of the last count()."""

    def find_damaged(self) -> DamagedRows:
        """Every run (not deleted) whose row cannot be read."""
        found = DamagedRows()
        rows = self.log.connection().execute(
            f"SELECT {_COLUMNS}, local_day FROM runs WHERE deleted = 0"
        )
        for row in rows:
            if _readable(row[:-1]) is None:
                found.add(DamagedRun(int(row[0]), day_of(row[1], row[-1])))
        return found

    def _excluded(self) -> tuple[str, list[int]]:
        ids = self.damaged.run_ids()
        if not ids:
            return "", []
        return f" AND id NOT IN ({', '.join('?' * len(ids))})", ids

    def knows_content(self, digest: str) -> bool:
        """Whether a run read from a file with this SHA-256 is in the log (deleted or not)."""
        found = self.log.connection().execute(
            "SELECT 1 FROM runs WHERE source_hash = ? LIMIT 1", (digest,)
        )
        return found.fetchone() is not None

    def add_runs(self, runs: Sequence[Run]) -> tuple[int, int]:
        """Add in one transaction; (added, matched as duplicates). Raises sqlite3.Error."""
        connection = self.log.connection()
        with write_transaction(connection):
            added = sum(add_run(connection, run) for run in runs)
        return added, len(runs) - added

    def fill_efforts(self, efforts: Sequence[tuple[str, int]]) -> None:
        """Give the runs read from these files (by SHA-256) this effort where they lack one."""
        connection = self.log.connection()
        with write_transaction(connection):
            connection.executemany(
                "UPDATE runs SET effort = ? WHERE source_hash = ? AND effort IS NULL",
                [(effort, digest) for digest, effort in efforts],
            )

    def add(self, run: Run) -> bool:
        """Add one run; False when the log has it already."""
        return self.add_runs([run])[0] == 1

    def count(self) -> int:
        """Runs the table shows: deleted and unreadable ones left out.

        Looks for unreadable runs afresh (``damaged``), so call it before page().
        """
        self.damaged = self.find_damaged()
        excluded, ids = self._excluded()
        row = self.log.connection().execute(
            f"SELECT COUNT(*) FROM runs WHERE deleted = 0{excluded}", ids
        )
        count: int = row.fetchone()[0]
        return count

    def page(self, offset: int, limit: int) -> list[StoredRun]:
        """Runs ``offset`` to ``offset + limit``, newest first, as of the last count()."""
        excluded, ids = self._excluded()
        rows = self.log.connection().execute(
            f"SELECT {_COLUMNS} FROM runs WHERE deleted = 0{excluded}"
            " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
            (*ids, limit, offset),
        )
        # A row damaged since count() is left out too, rather than break the table.
        return [stored for stored in map(_readable, rows) if stored is not None]

    def runs(self, damaged: DamagedRows | None = None) -> Iterator[Run]:
        """Every run, oldest first, deleted ones left out (for export); a run that cannot be
        read is left out and added to ``damaged``."""
        rows = self.log.connection().execute(
            f"SELECT {_COLUMNS}, local_day FROM runs WHERE deleted = 0 ORDER BY started_at, id"
        )
        for row in rows:
            stored = _readable(row[:-1])
            if stored is not None:
                yield stored.run
            elif damaged is not None:
                damaged.add(DamagedRun(int(row[0]), day_of(row[1], row[-1])))

    def _set_deleted(self, run_id: int, deleted: bool) -> bool:
        connection = self.log.connection()
        with write_transaction(connection):
            changed = connection.execute(
                "UPDATE runs SET deleted = ? WHERE id = ? AND deleted = ?",
                (int(deleted), run_id, int(not deleted)),
            ).rowcount
        return bool(changed)

    def delete(self, run_id: int) -> bool:
        """Hide a run everywhere (list, charts, export); undo with restore()."""
        return self._set_deleted(run_id, True)

    def restore(self, run_id: int) -> bool:
        """Undo delete()."""
        return self._set_deleted(run_id, False)
