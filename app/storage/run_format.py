"""Runs in the JSON backup (a top-level ``"runs"`` list, format version 2) and in CSV.

Each run is ``{"started_at": "2025-03-20T07:05:00.000+01:00", "elapsed_seconds": 2712.0,
"moving_seconds": 2650.0, "distance_m": 8012.5, "sport": "run", "avg_heart_rate": 148,
"effort": 6, "source_name": "morning.fit", "source_hash": "<sha-256 hex>"}``; the optional
values may be null. Version 1 files have no ``runs`` key and still import. A run is checked
by the same :class:`~app.core.run.Run` as every other way runs enter, and an error names it
by index and start, then the field, in one line. Importing adds only runs the log lacks
(by the same matching as a file import), so importing twice adds nothing; a run the log
already has is left exactly as it is, never merged with the backup's copy.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError, message_of, within
from app.core.run import MANUAL_SOURCE, Run, RunError, Sport
from app.storage.csv_cells import safe_cell
from app.storage.damaged_rows import DamagedRows
from app.storage.database import SessionLog
from app.storage.field_messages import (
    A_LIST,
    AN_ISO_TIME,
    FieldError,
    missing,
    started_label,
    wrong,
)
from app.storage.runs import RunStore, add_run
from app.storage.timestamps import parse_aware

CSV_COLUMNS = (
    "started_at",
    "sport",
    "elapsed_seconds",
    "moving_seconds",
    "distance_m",
    "avg_heart_rate",
    "effort",
    "source_name",
    "source_hash",
)
_OPTIONAL = ("moving_seconds", "distance_m", "avg_heart_rate", "effort", "source_hash")


class RunFormatError(MessageError, ValueError):
    """A run in the file is wrong; the message names it and the field, in one line."""


@dataclass(frozen=True)
class RunCounts:
    """How many runs an import added, and how many the log already had."""

    added: int
    skipped: int


def run_to_dict(run: Run) -> dict[str, Any]:
    return {
        "started_at": run.started_at.isoformat(timespec="milliseconds"),
        "elapsed_seconds": run.elapsed_seconds,
        "moving_seconds": run.moving_seconds,
        "distance_m": run.distance_m,
        "sport": run.sport.value,
        "avg_heart_rate": run.avg_heart_rate,
        "effort": run.effort,
        "source_name": run.source_name,
        "source_hash": run.source_hash,
    }


def export_runs(log: SessionLog, damaged: DamagedRows | None = None) -> Iterator[dict[str, Any]]:
    """Every run (deleted ones left out), oldest first, as JSON-ready data, one at a time;
    a run that cannot be read is left out and added to ``damaged``."""
    return (run_to_dict(run) for run in RunStore(log).runs(damaged))


def _cell(value: object) -> object:
    return safe_cell(value) if isinstance(value, str) else value


def export_runs_csv(log: SessionLog, out: TextIO, damaged: DamagedRows | None = None) -> int:
    """One CSV row per run, oldest first; returns the rows written. Open ``out`` with newline="".

    A run that cannot be read is left out and added to ``damaged``."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for run in RunStore(log).runs(damaged):
        values = run_to_dict(run)
        writer.writerow(
            # A file's name may begin like a formula: the same OWASP rule as the log's CSV.
            ["" if values[name] is None else _cell(values[name]) for name in CSV_COLUMNS]
        )
        rows += 1
    return rows


def run_from_dict(item: object) -> Run:
    """A run from its JSON form; ValueError (one line) names the field that is wrong."""
    if not isinstance(item, dict):
        raise FieldError(
            QT_TRANSLATE_NOOP("errors", "must be an object, got {kind}"), kind=type(item).__name__
        )
    for name in ("started_at", "elapsed_seconds", "sport"):
        if name not in item:
            raise FieldError(missing(name))
    started = item["started_at"]
    try:
        if not isinstance(started, str):
            raise ValueError
        moment = parse_aware(started)
    except ValueError:
        raise FieldError(wrong("started_at", AN_ISO_TIME, started)) from None
    try:
        sport = Sport(item["sport"])
    except ValueError:
        choices = ", ".join(s.value for s in Sport)
        one_of = Message(QT_TRANSLATE_NOOP("errors", "one of {choices}"), {"choices": choices})
        raise FieldError(wrong("sport", one_of, item["sport"])) from None
    source = item.get("source_name", MANUAL_SOURCE)
    digest = item.get("source_hash")
    if digest is not None and not (isinstance(digest, str) and len(digest) == 64):
        hex_digits = Message(QT_TRANSLATE_NOOP("errors", "64 hex digits or null"))
        raise FieldError(wrong("source_hash", hex_digits, digest)) from None
    try:
        return Run(
            started_at=moment,
            elapsed_seconds=item["elapsed_seconds"],
            sport=sport,
            source_name=source if isinstance(source, str) else "",
            **{name: item.get(name) for name in _OPTIONAL},
        )
    except RunError as error:
        raise FieldError(error.message) from None


def parse_runs(top: dict[str, Any]) -> list[Run]:
    """The runs of an exported log's top-level object; RunFormatError if one is wrong."""
    items = top.get("runs", [])
    if not isinstance(items, list):
        raise RunFormatError(wrong("runs", A_LIST, items))
    parsed = []
    for index, item in enumerate(items):
        label: str | Message = f"runs[{index}]"
        if isinstance(item, dict) and isinstance(item.get("started_at"), str):
            label = started_label(f"runs[{index}]", f"{item['started_at']:.40}")
        try:
            parsed.append(run_from_dict(item))
        except ValueError as error:
            raise RunFormatError(within(label, message_of(error))) from None
    return parsed


def write_runs(connection: sqlite3.Connection, runs: list[Run]) -> RunCounts:
    """Add the runs the log lacks, inside the caller's write transaction.

    A run that matches one the log has changes nothing there, and counts as already there:
    a backup restores what is missing, it never rewrites what the log keeps.
    """
    added = sum(add_run(connection, run, merge=False) for run in runs)
    return RunCounts(added=added, skipped=len(runs) - added)
