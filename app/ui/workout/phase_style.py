"""Colours and words for each state, chosen to read from across a room.

The display paints its own background, so it reads the same under light and dark system
palettes. Each pair passes WCAG AA contrast for large text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.core.session_state import SessionState


@dataclass(frozen=True)
class PhaseStyle:
    """How one state looks: background and text colours."""

    background: QColor
    foreground: QColor


_WHITE = QColor("#ffffff")
_BLACK = QColor("#111111")

STYLES: dict[SessionState, PhaseStyle] = {
    SessionState.IDLE: PhaseStyle(QColor("#263238"), _WHITE),
    SessionState.GET_READY: PhaseStyle(QColor("#f4b400"), _BLACK),
    SessionState.HOLD: PhaseStyle(QColor("#c62828"), _WHITE),
    SessionState.REST: PhaseStyle(QColor("#2e7d32"), _WHITE),
    SessionState.SWITCH: PhaseStyle(QColor("#1565c0"), _WHITE),
    SessionState.PAUSED: PhaseStyle(QColor("#546e7a"), _WHITE),
    SessionState.FINISHED: PhaseStyle(QColor("#6a1b9a"), _WHITE),
    SessionState.STOPPED: PhaseStyle(QColor("#37474f"), _WHITE),
}


# For low vision or glare: every pair has a contrast ratio of at least 15:1, and the
# phases still differ by background (yellow, black, cyan, white).
HIGH_CONTRAST: dict[SessionState, PhaseStyle] = {
    SessionState.IDLE: PhaseStyle(QColor("#000000"), _WHITE),
    SessionState.GET_READY: PhaseStyle(QColor("#000000"), QColor("#ffff00")),
    SessionState.HOLD: PhaseStyle(QColor("#ffff00"), QColor("#000000")),
    SessionState.REST: PhaseStyle(QColor("#000000"), _WHITE),
    SessionState.SWITCH: PhaseStyle(QColor("#00ffff"), QColor("#000000")),
    SessionState.PAUSED: PhaseStyle(QColor("#000000"), QColor("#00ffff")),
    SessionState.FINISHED: PhaseStyle(_WHITE, QColor("#000000")),
    SessionState.STOPPED: PhaseStyle(QColor("#000000"), _WHITE),
}


def style_for(state: SessionState, *, high_contrast: bool = False) -> PhaseStyle:
    """The look of a state."""
    return (HIGH_CONTRAST if high_contrast else STYLES)[state]
