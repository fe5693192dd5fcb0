"""Blocks the GUI thread for 150 ms at random moments, as a slow repaint or query would."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QObject, QTimer

BLOCK_S = 0.150
# A block every 0.5 to 2 s: the window is stuck for about an eighth of the time.
GAP_S = (0.5, 2.0)


class GuiBlocker(QObject):
    """A single-shot timer that busy-waits ``block`` seconds, then re-arms at a random gap.

    The wait spins in Python on purpose: it holds the GIL the way slow Python code on the GUI
    thread would, so the cue thread has to win the interpreter back to play on time.
    """

    def __init__(self, rng: random.Random, block: float = BLOCK_S, parent: QObject | None = None):
        super().__init__(parent)
        self._rng = rng
        self._block = block
        self.blocks: list[tuple[float, float]] = []
        """(start, end) on the monotonic clock of every block so far."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._busy_wait)

    def start(self) -> None:
        self._arm()

    def stop(self) -> None:
        self._timer.stop()

    def _arm(self) -> None:
        self._timer.start(round(self._rng.uniform(*GAP_S) * 1000))

    def _busy_wait(self) -> None:
        began = time.monotonic()
        end = began + self._block
        while time.monotonic() < end:
            pass
        self.blocks.append((began, time.monotonic()))
        self._arm()
