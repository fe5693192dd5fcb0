"""Where a session is, as the user would name it: kept apart so the display can name states
without importing the session's machinery."""

from __future__ import annotations

import enum


class SessionState(enum.Enum):
    """Where the session is, as the user would name it."""

    IDLE = "idle"
    GET_READY = "get-ready"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"
