"""The one suggestion: after three all-complete workouts in a row, one more round.

Never longer holds: the routine caps holds at 10 seconds, so progress means more rounds,
up to the recommended five.
"""

from __future__ import annotations

from typing import Any

from app.core.plan import RECOMMENDED_ROUNDS
from app.storage.database import SessionLog
from app.storage.json_input import parse_json

IN_A_ROW = 3

# The latest finished workouts (one in progress elsewhere is not finished yet).
_LATEST_SQL = """
SELECT s.plan, s.status, s.planned_rounds,
       (SELECT COUNT(*) FROM sets AS t WHERE t.session_id = s.id AND t.completed = 1)
FROM sessions AS s
WHERE s.deleted = 0 AND s.status != 'in_progress'
ORDER BY s.started_at DESC
LIMIT ?
"""


def _rounds(plan_text: str) -> int | None:
    try:
        plan: Any = parse_json(plan_text, "the plan")
        return max(int(block["rounds"]) for block in plan["blocks"])
    except (ValueError, KeyError, TypeError):
        return None


def next_step(log: SessionLog) -> int | None:
    """The rounds per exercise to suggest (one more), or None when there is nothing to suggest.

    A number, not a sentence: the window says it in the user's language.

    Shown when the latest three workouts were all completed with every round done, at the
    same number of rounds per exercise, and that number is below the recommended maximum.
    """
    rows = log.connection().execute(_LATEST_SQL, (IN_A_ROW,)).fetchall()
    if len(rows) < IN_A_ROW:
        return None
    rounds = _rounds(rows[0][0])
    if rounds is None or rounds >= RECOMMENDED_ROUNDS[1]:
        return None
    for plan_text, status, planned, done in rows:
        if status != "completed" or done < planned or _rounds(plan_text) != rounds:
            return None
    return rounds + 1
