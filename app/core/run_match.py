"""When two records are the same run: a watch's file and Strava's copy of it, say.

Two runs match when they started within two minutes of each other and their distances are
within 2 % (of the longer); when either has no distance (a treadmill, a run added by
hand), their elapsed times must be within 2 % instead. Of two that match, the log keeps
the richer record (the one that knows more of moving time, distance, heart rate and
effort; the one already kept on a tie) and fills its gaps from the other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from app.core.run import Run

START_WINDOW = timedelta(minutes=2)
_T = TypeVar("_T")
TOLERANCE = 0.02


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(a, b)


def same_run(a: Run, b: Run) -> bool:
    """Whether ``a`` and ``b`` are one run recorded twice."""
    if abs(a.started_at - b.started_at) > START_WINDOW:
        return False
    if a.distance_m is not None and b.distance_m is not None:
        return _close(a.distance_m, b.distance_m)
    return _close(a.elapsed_seconds, b.elapsed_seconds)


def merged(kept: Run, other: Run) -> Run:
    """The record to keep of two copies of one run: the richer, its gaps filled."""
    richer, poorer = (other, kept) if other.known_fields > kept.known_fields else (kept, other)
    moving = richer.moving_seconds
    if moving is None and poorer.moving_seconds is not None:
        # The other copy's moving time, unless it is longer than this copy's elapsed time.
        moving = poorer.moving_seconds if poorer.moving_seconds <= richer.elapsed_seconds else None
    return replace(
        richer,
        moving_seconds=moving,
        distance_m=_either(richer.distance_m, poorer.distance_m),
        avg_heart_rate=_either(richer.avg_heart_rate, poorer.avg_heart_rate),
        effort=_either(richer.effort, poorer.effort),
    )


def _either(first: _T | None, second: _T | None) -> _T | None:
    return first if first is not None else second
