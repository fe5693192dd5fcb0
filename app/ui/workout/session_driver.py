"""Feeds a session the time from Qt's event loop.

Transitions happen at deadlines: a precise single-shot timer wakes at the session's next
deadline and calls ``update``. A second one asks the screen to repaint when what it shows
changes: the count and the time left are whole seconds, rounded up, counted down to the
phase's deadline, so they change when the time to that deadline crosses a whole second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.events import Event
from app.core.session import Session

# Just after the count changes, so the new number is read (readout rounds up), at the most
# a second apart. A fixed 10 Hz refresh cost 1.4 % of a core on the GUI thread for one new
# number a second; a phase change repaints at once (WorkoutPage refreshes on PhaseStarted).
AFTER_CHANGE_S = 0.002


class SessionDriver(QObject):
    """Wakes a session at each deadline and re-emits its events as a Qt signal."""

    event = Signal(object)
    """Every session event, on the GUI thread, in order."""
    refresh = Signal()
    """Time to repaint the countdown: each time its whole seconds change, while running."""

    def __init__(self, session: Session, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self.poll)
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setTimerType(Qt.TimerType.PreciseTimer)
        self._repaint.timeout.connect(self._tick)
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
        self._deadline.start(max(0, math.ceil((deadline - self._clock()) * 1000)))
        # The count is the phase's time left, whatever the next deadline is (a cue's, say:
        # a countdown tick falls on the very moment the count changes). A repaint already
        # due sooner stays: moving it on would skip the number it was about to show.
        wanted = next_change_ms(self.session.remaining())
        if not self._repaint.isActive() or wanted < self._repaint.remainingTime():
            self._repaint.start(wanted)

    def _tick(self) -> None:
        self.refresh.emit()
        if self.session.next_deadline() is not None:
            self._repaint.start(next_change_ms(self.session.remaining()))

    def shut_down(self) -> None:
        """Stop both timers; the session keeps its state."""
        self._deadline.stop()
        self._repaint.stop()


def next_change_ms(left: float) -> int:
    """Milliseconds until a count of ``left`` seconds, rounded up, shows its next number."""
    return math.ceil((left % 1.0 + AFTER_CHANGE_S) * 1000)
