"""A daily reminder at a chosen local time, while the app sits in the tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.reminder import next_reminder

WallClock = Callable[[], datetime]
# Wake at least this often: a long single timer would miss a changed clock or a suspend.
MAX_WAIT_MS = 15 * 60 * 1000


class DailyReminder(QObject):
    """Emits ``due`` once a day at ``at`` (local wall-clock time)."""

    due = Signal()

    def __init__(self, wall_clock: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall_clock = wall_clock
        self._at: time | None = None
        self._next: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._wake)

    @property
    def next_due(self) -> datetime | None:
        return self._next

    def set_time(self, at: time | None) -> None:
        """Remind daily at ``at``; None turns the reminder off."""
        self._at = at
        self._next = None if at is None else next_reminder(self._wall_clock(), at)
        self._arm()

    def _arm(self) -> None:
        if self._next is None:
            self.timer.stop()
            return
        wait = (self._next - self._wall_clock()).total_seconds() * 1000
        self.timer.start(int(min(MAX_WAIT_MS, max(0.0, wait))))

    def _wake(self) -> None:
        if self._next is None or self._at is None:
            return
        now = self._wall_clock()
        if now >= self._next:
            self._next = next_reminder(now, self._at)
            self.due.emit()
        self._arm()
