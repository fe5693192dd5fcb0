"""Which activities are runs: each format's sport names mapped to the log's three kinds.

Anything else (rides, swims, walks, hikes) is another sport: skipped and counted. Names are
compared lower-case with ``_`` and ``-`` read as spaces, so ``trail_running``, ``Trail
Run`` and ``trail-running`` agree.
"""

from __future__ import annotations

from app.core.run import Sport

_BY_NAME = {
    "run": Sport.RUN,
    "running": Sport.RUN,
    "street running": Sport.RUN,
    "track running": Sport.RUN,
    "road running": Sport.RUN,
    "trail run": Sport.TRAIL_RUN,
    "trail running": Sport.TRAIL_RUN,
    "treadmill": Sport.TREADMILL,
    "treadmill running": Sport.TREADMILL,
    "indoor running": Sport.TREADMILL,
    "virtual run": Sport.TREADMILL,
    "virtual running": Sport.TREADMILL,
}
# FIT says "running" and refines it with a sub-sport.
_FIT_SUB_SPORTS = {
    "trail": Sport.TRAIL_RUN,
    "treadmill": Sport.TREADMILL,
    "indoor_running": Sport.TREADMILL,
    "virtual_activity": Sport.TREADMILL,
}


def _plain(name: str) -> str:
    return " ".join(name.lower().replace("_", " ").replace("-", " ").split())


def sport_named(name: str) -> Sport | None:
    """The kind of run a name (GPX ``<type>``, TCX ``Sport``, Strava's type) means, or None."""
    return _BY_NAME.get(_plain(name))


def fit_sport(sport: object, sub_sport: object) -> Sport | None:
    """The kind of run of a FIT session's ``sport`` and ``sub_sport``, or None for others."""
    if sport != "running":
        return None
    return _FIT_SUB_SPORTS.get(str(sub_sport), Sport.RUN)


def shown_sport(name: object) -> str:
    """How a skipped sport is named in the summary: ``cycling``, ``sport 254``."""
    if isinstance(name, int):
        return f"sport {name}"
    text = _plain(str(name)) if name is not None else ""
    return text or "an unnamed sport"
