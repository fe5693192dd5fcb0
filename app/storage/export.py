"""Export the log as JSON (the portable backup format) or as CSV (one row per hold).

JSON: ``{"format": "plank-timer-log", "version": 1, "sessions": [...]}``; each session has
``started_at``, ``ended_at`` (ISO 8601 with the user's offset then), ``status``, ``plan``,
``back_pain``, ``note`` and ``sets``, each set ``exercise``, ``round``, ``planned_seconds``,
``held_seconds``, ``completed`` and ``started_at``. Deleted sessions are left out. The
user's routines follow as ``"routines"`` (see routine_format), and the runs as ``"runs"``
(see run_format, since version 2; version 1 files, without runs, still import).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from app.storage.database import SessionLog
from app.storage.routine_format import export_routines
from app.storage.run_format import export_runs
from app.storage.timestamps import local_text

LOG_FORMAT = "plank-timer-log"
LOG_VERSION = 2
READABLE_VERSIONS = (1, 2)

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
SELECT id, started_at, utc_offset_minutes, ended_at, status, plan, back_pain, note
FROM sessions WHERE deleted = 0 ORDER BY started_at, id
"""
_SETS_SQL = """
SELECT t.session_id, t.exercise, t.side, t.round, t.planned_seconds, t.held_seconds,
       t.completed, t.started_at
FROM sets AS t JOIN sessions AS s ON s.id = t.session_id
WHERE s.deleted = 0 ORDER BY t.session_id, t.started_at, t.id
"""


def _sets_by_session(log: SessionLog) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for row in log.connection().execute(_SETS_SQL):
        grouped.setdefault(row[0], []).append(row)
    return grouped


def _sessions(log: SessionLog) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each session as export data, with its sets also carrying their sides (for CSV)."""
    sets = _sets_by_session(log)
    for id_, started, minutes, ended, status, plan, pain, note in log.connection().execute(
        _SESSIONS_SQL
    ):
        items = [
            {
                "exercise": exercise,
                "side": side,
                "round": round_,
                "planned_seconds": planned,
                "held_seconds": held,
                "completed": bool(completed),
                "started_at": local_text(set_started, minutes),
            }
            for _, exercise, side, round_, planned, held, completed, set_started in sets.get(
                id_, []
            )
        ]
        session = {
            "started_at": local_text(started, minutes),
            "ended_at": local_text(ended, minutes) if ended else None,
            "status": status,
            "plan": json.loads(plan),
            "back_pain": pain,
            "note": note,
        }
        yield session, items


def export_json(log: SessionLog) -> dict[str, Any]:
    """The whole log (deleted sessions left out) and the user's routines as JSON-ready data."""
    sessions = []
    for session, items in _sessions(log):
        session["sets"] = [
            {key: value for key, value in item.items() if key != "side"} for item in items
        ]
        sessions.append(session)
    return {
        "format": LOG_FORMAT,
        "version": LOG_VERSION,
        "sessions": sessions,
        "routines": export_routines(log),
        "runs": export_runs(log),
    }


def export_json_text(log: SessionLog) -> str:
    """The JSON export as text, indented for people, ending in a newline."""
    return json.dumps(export_json(log), indent=2, ensure_ascii=False) + "\n"


def export_csv(log: SessionLog, out: TextIO) -> int:
    """Write one CSV row per hold, with its session's columns; return the rows written.

    A session with no hold gets one row with the hold columns empty, so none goes missing.
    Open ``out`` with ``newline=""``.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for session, items in _sessions(log):
        head = [
            session["started_at"],
            session["ended_at"] or "",
            session["status"],
            "" if session["back_pain"] is None else session["back_pain"],
            session["note"] or "",
            json.dumps(session["plan"], separators=(",", ":")),
        ]
        tails: list[list[Any]] = [
            [
                item["exercise"],
                item["side"] or "",
                item["round"],
                item["planned_seconds"],
                item["held_seconds"],
                int(item["completed"]),
                item["started_at"],
            ]
            for item in items
        ]
        for tail in tails or [[""] * 7]:
            writer.writerow(head + tail)
            rows += 1
    return rows
