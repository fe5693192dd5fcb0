"""Export the log as JSON (the portable backup format) or as CSV (one row per hold).

JSON: ``{"format": "plank-timer-log", "version": 1, "sessions": [...]}``; each session has
``started_at``, ``ended_at`` (ISO 8601 with the user's offset then), ``status``, ``plan``,
``back_pain``, ``note`` and ``sets``, each set ``exercise``, ``round``, ``planned_seconds``,
``held_seconds``, ``completed`` and ``started_at``. Deleted sessions are left out. The
user's routines follow as ``"routines"`` (see routine_format), and the runs as ``"runs"``
(see run_format, since version 2; version 1 files, without runs, still import).

Both are written a session at a time (see json_stream), so memory stays flat however long
the log. A session or hold that cannot be read (a damaged byte) is left out and named in
the report (see damaged_rows). CSV cells a spreadsheet would run as a formula are
neutralised as OWASP recommends (see csv_cells).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from app.storage.backup_format import LOG_FORMAT, LOG_VERSION, READABLE_VERSIONS
from app.storage.csv_cells import safe_cell
from app.storage.damaged_rows import (
    STATUSES,
    DamagedRow,
    DamagedRows,
    day_of,
    session_is_readable,
)
from app.storage.database import SessionLog
from app.storage.json_input import parse_json
from app.storage.json_stream import Section, write_document
from app.storage.routine_format import export_routines
from app.storage.run_format import export_runs
from app.storage.timestamps import local_text
from app.storage.unreadable_text import has_unreadable

__all__ = [
    "CSV_COLUMNS",
    "LOG_FORMAT",
    "LOG_VERSION",
    "READABLE_VERSIONS",
    "ExportReport",
    "export_csv",
    "export_json",
    "export_json_text",
    "json_sections",
    "write_json",
]

CSV_COLUMNS = (
    "session_started_at",
    "session_ended_at",
    "status",
    "back_pain",
    "note",
    "plan",
    "exercise",
    "side",
    "round",
    "planned_seconds",
    "held_seconds",
    "completed",
    "set_started_at",
)

_SESSIONS_SQL = """
SELECT id, started_at, utc_offset_minutes, local_day, ended_at, status, plan, back_pain, note
FROM sessions WHERE deleted = 0 ORDER BY started_at, id
"""
_SETS_SQL = """
SELECT exercise, side, round, planned_seconds, held_seconds, completed, started_at
FROM sets WHERE session_id = ? ORDER BY started_at, id
"""


@dataclass
class ExportReport:
    """What an export wrote, and what it left out because it could not be read."""

    sessions: int = 0
    holds: int = 0
    rows: int = 0
    """CSV rows written (without the header)."""
    damaged: DamagedRows = field(default_factory=DamagedRows)


def _sets(
    log: SessionLog, session_id: int, minutes: int, day: str | None, report: ExportReport
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    unreadable = 0
    for row in log.connection().execute(_SETS_SQL, (session_id,)):
        exercise, side, round_, planned, held, completed, started = row
        try:
            if has_unreadable(row):
                raise ValueError("unreadable text")
            started_text = local_text(started, minutes)
        except (ValueError, TypeError, OverflowError):
            unreadable += 1
            continue
        items.append(
            {
                "exercise": exercise,
                "side": side,
                "round": round_,
                "planned_seconds": planned,
                "held_seconds": held,
                "completed": bool(completed),
                "started_at": started_text,
            }
        )
    if unreadable:
        report.damaged.add(DamagedRow(session_id, day, holds=unreadable))
    report.holds += len(items)
    return items


def _sessions(
    log: SessionLog, report: ExportReport
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each readable session as export data, with its sets also carrying their sides."""
    for row in log.connection().execute(_SESSIONS_SQL):
        id_, started, minutes, local_day, ended, status, plan, pain, note = row
        day = day_of(started, local_day)
        try:
            if not session_is_readable(row, started=1, ended=4, plan=6) or status not in STATUSES:
                raise ValueError("unreadable session")
            session = {
                "started_at": local_text(started, minutes),
                "ended_at": local_text(ended, minutes) if ended else None,
                "status": status,
                "plan": parse_json(plan, "the plan"),
                "back_pain": pain,
                "note": note,
            }
        except (ValueError, TypeError, OverflowError):
            report.damaged.add(DamagedRow(id_, day))
            continue
        report.sessions += 1
        yield session, _sets(log, id_, minutes, day, report)


def _json_sessions(log: SessionLog, report: ExportReport) -> Iterator[dict[str, Any]]:
    for session, items in _sessions(log, report):
        session["sets"] = [
            {key: value for key, value in item.items() if key != "side"} for item in items
        ]
        yield session


def json_sections(log: SessionLog, report: ExportReport) -> list[Section]:
    """The backup's top-level lists in order, each produced as it is written."""
    return [
        ("sessions", _json_sessions(log, report)),
        ("routines", export_routines(log)),
        ("runs", export_runs(log, report.damaged)),
    ]


def write_json(log: SessionLog, out: TextIO) -> ExportReport:
    """Write the whole log (deleted sessions left out), the routines and the runs as the JSON
    backup."""
    report = ExportReport()
    head = {"format": LOG_FORMAT, "version": LOG_VERSION}
    write_document(out, head, json_sections(log, report))
    return report


def export_json(log: SessionLog) -> dict[str, Any]:
    """The JSON backup as data, all in memory: for small logs and tests."""
    data: dict[str, Any] = json.loads(export_json_text(log))
    return data


def export_json_text(log: SessionLog) -> str:
    """The JSON backup as text, indented for people, ending in a newline."""
    out = io.StringIO()
    write_json(log, out)
    return out.getvalue()


def _csv_head(session: dict[str, Any]) -> list[Any]:
    return [
        session["started_at"],
        session["ended_at"] or "",
        session["status"],
        "" if session["back_pain"] is None else session["back_pain"],
        safe_cell(session["note"] or ""),
        json.dumps(session["plan"], separators=(",", ":")),
    ]


def _csv_tails(items: Sequence[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            safe_cell(item["exercise"]),
            item["side"] or "",
            item["round"],
            item["planned_seconds"],
            item["held_seconds"],
            int(item["completed"]),
            item["started_at"],
        ]
        for item in items
    ]


def export_csv(log: SessionLog, out: TextIO) -> ExportReport:
    """Write one CSV row per hold, with its session's columns; open ``out`` with newline="".

    A session with no hold gets one row with the hold columns empty, so none goes missing.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    report = ExportReport()
    for session, items in _sessions(log, report):
        head = _csv_head(session)
        for tail in _csv_tails(items) or [[""] * 7]:
            writer.writerow(head + tail)
            report.rows += 1
    return report
