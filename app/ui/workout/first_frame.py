"""The window's first frame: the workout display alone, before anything else is built.

Start-up paints this first, so the window shows the plan's count as soon as a bare window
would; the wiring then imports and builds the rest (the plan form, the buttons, the sound,
the log, the tray) and the workout page takes this very display over, so nothing the user
is reading changes under their eyes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.plan import Plan
from app.core.readout import idle_readout
from app.core.timeline import build_timeline
from app.ui.workout.workout_display import WorkoutDisplay

# The height the plan form and the buttons will take below the display, held free from the
# start so the display keeps its size when they arrive: the form's four rows and the message
# line, in lines of text with their spacing, and the 64 px buttons with their margins.
RESERVED_LINES = 5
LINE_SPACING = 1.6
RESERVED_PIXELS = 94


class FirstFrame(QWidget):
    """The display showing the idle plan, and room below it for what comes next."""

    painted = Signal()
    """Emitted once, just after the first paint: the moment to build the rest."""

    def __init__(self, plan: Plan, *, high_contrast: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = WorkoutDisplay(self)
        self.display.set_high_contrast(high_contrast)
        self.display.show_readout(idle_readout(build_timeline(plan)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.display, 1)
        lines = RESERVED_LINES * LINE_SPACING * self.fontMetrics().height()
        layout.addSpacing(round(lines) + RESERVED_PIXELS)
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._told:
            self._told = True
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self.painted.emit)
