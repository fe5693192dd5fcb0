"""Feeds a session the time from Qt's event loop.

Transitions happen at deadlines: a precise single-shot timer wakes at the session's next
deadline and calls ``update``. A separate refresh timer only asks the screen to repaint.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.events import Event
from app.core.session import Session

# 10 Hz: the count changes once a second, so 10 repaints show it within 0.1 s, and a phase
# change repaints at once (WorkoutPage refreshes on PhaseStarted). 20 Hz cost 2.4% of a core.
REFRESH_HZ = 10


class SessionDriver(QObject):
    """Wakes a session at each deadline and re-emits its events as a Qt signal."""

    event = Signal(object)
    """Every session event, on the GUI thread, in order."""
    refresh = Signal()
    """Time to repaint the countdown (REFRESH_HZ while running)."""

    def __init__(self, session: Session, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self.poll)
        self._repaint = QTimer(self)
        self._repaint.setInterval(1000 // REFRESH_HZ)
        self._repaint.timeout.connect(self.refresh)
        session.subscribe(self._forward)

    def poll(self) -> None:
        """Let the session report what is due, then sleep until its next deadline."""
        self.session.update()
        self._schedule()

    def _forward(self, event: Event) -> None:
        self.event.emit(event)
        self._schedule()

    def _schedule(self) -> None:
        deadline = self.session.next_deadline()
        if deadline is None:
            self._deadline.stop()
            self._repaint.stop()
            self.refresh.emit()
            return
        wait_ms = max(0, math.ceil((deadline - self._clock()) * 1000))
        self._deadline.start(wait_ms)
        if not self._repaint.isActive():
            self._repaint.start()

    def shut_down(self) -> None:
        """Stop both timers; the session keeps its state."""
        self._deadline.stop()
        self._repaint.stop()
