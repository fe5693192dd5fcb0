"""Colours and words for each state, chosen to read from across a room.

The display paints its own background, so it reads the same under light and dark system
palettes. Each pair passes WCAG AA contrast for large text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.core.session import SessionState


@dataclass(frozen=True)
class PhaseStyle:
    """How one state looks: the word shown, background and text colours."""

    word: str
    background: QColor
    foreground: QColor


_WHITE = QColor("#ffffff")
_BLACK = QColor("#111111")

STYLES: dict[SessionState, PhaseStyle] = {
    SessionState.IDLE: PhaseStyle("Ready", QColor("#263238"), _WHITE),
    SessionState.GET_READY: PhaseStyle("Get ready", QColor("#f4b400"), _BLACK),
    SessionState.HOLD: PhaseStyle("HOLD", QColor("#c62828"), _WHITE),
    SessionState.REST: PhaseStyle("Rest", QColor("#2e7d32"), _WHITE),
    SessionState.SWITCH: PhaseStyle("Switch", QColor("#1565c0"), _WHITE),
    SessionState.PAUSED: PhaseStyle("Paused", QColor("#546e7a"), _WHITE),
    SessionState.FINISHED: PhaseStyle("Done!", QColor("#6a1b9a"), _WHITE),
    SessionState.STOPPED: PhaseStyle("Stopped", QColor("#37474f"), _WHITE),
}


def style_for(state: SessionState) -> PhaseStyle:
    """The look of a state."""
    return STYLES[state]
