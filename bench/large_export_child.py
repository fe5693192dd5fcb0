"""Child process: the naive JSON export, as ``app/storage/export.py`` was before issue 11.

Every hold is grouped into a dict by session, every session built as a dict, the whole
document dumped at once with ``json.dumps``: memory grows with the log.
Usage: python -m bench.large_export_child DATA_DIR OUT_FILE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.storage.database import open_log
from app.storage.routine_format import export_routines
from app.storage.timestamps import local_text

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


def main(data_dir: str, out: str) -> None:
    with open_log(data_dir, read_only=True) as log:
        grouped: dict[int, list[tuple[Any, ...]]] = {}
        for row in log.connection().execute(_SETS_SQL):
            grouped.setdefault(row[0], []).append(row)
        sessions = []
        for id_, started, minutes, ended, status, plan, pain, note in log.connection().execute(
            _SESSIONS_SQL
        ):
            sessions.append(
                {
                    "started_at": local_text(started, minutes),
                    "ended_at": local_text(ended, minutes) if ended else None,
                    "status": status,
                    "plan": json.loads(plan),
                    "back_pain": pain,
                    "note": note,
                    "sets": [
                        {
                            "exercise": exercise,
                            "round": round_,
                            "planned_seconds": planned,
                            "held_seconds": held,
                            "completed": bool(completed),
                            "started_at": local_text(set_started, minutes),
                        }
                        for _, exercise, _side, round_, planned, held, completed, set_started in (
                            grouped.get(id_, [])
                        )
                    ],
                }
            )
        data = {
            "format": "plank-timer-log",
            "version": 1,
            "sessions": sessions,
            "routines": export_routines(log),
        }
        Path(out).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
