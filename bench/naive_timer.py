"""The reference: an interval timer that counts ticks, the way most timers are written.

A plain repeating QTimer (coarse, as QTimer is by default) ticks every 100 ms and each
tick takes one off the phase's counter; at zero the next phase starts and its cue plays,
right there on the GUI thread. It is the 1-second-tick timer scaled to phases of 0.2 to
0.5 s. Every late tick delays everything after it, and a tick missed while the thread was
blocked is never made up: after an overrun Qt fires a repeating timer once, not once per
interval missed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

TICK_MS = 100


class NaiveTimer(QObject):
    """Counts ticks through phases of the given durations (each a multiple of the tick)."""

    def __init__(
        self,
        durations: Sequence[float],
        clock: Callable[[], float],
        on_finished: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ticks = [round(duration * 1000 / TICK_MS) for duration in durations]
        self._clock = clock
        self._on_finished = on_finished
        self._index = 0
        self._left = self._ticks[0]
        self.started_at = 0.0
        self.changes: list[float] = []
        """Clock time at which each phase after the first began; the last entry is the end."""
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def finished(self) -> bool:
        return self._index >= len(self._ticks)

    def start(self) -> None:
        self.started_at = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            return
        # The phase change and its cue happen here; a naive timer plays the cue in this slot.
        self.changes.append(self._clock())
        self._index += 1
        if self.finished:
            self._timer.stop()
            self._on_finished()
            return
        self._left = self._ticks[self._index]
