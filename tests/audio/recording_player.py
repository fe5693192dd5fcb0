"""A cue player for tests: it remembers what it was asked to play and lets a test wait for it."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.core.cues import CueKind
from app.core.session import ScheduledCue

TIMEOUT = 10.0
"""Generous: the machine is shared, and a test waits only as long as the cues take."""


class RecordingPlayer:
    """Records each play and stop; also serves as a cue thread's ``on_played`` callback."""

    def __init__(self) -> None:
        self.problem: str | None = None
        self.muted = False
        self.volume = 1.0
        self.kinds: list[CueKind] = []
        self.log: list[tuple[ScheduledCue, float]] = []
        """(scheduled cue, clock time when played), as reported through ``on_played``."""
        self.stops = 0
        self._changed = threading.Condition()

    def play(self, kind: CueKind) -> None:
        with self._changed:
            self.kinds.append(kind)
            self._changed.notify_all()

    def duration(self, kind: CueKind) -> float:
        return 0.0

    def stop_all(self) -> None:
        with self._changed:
            self.stops += 1
            self._changed.notify_all()

    def on_played(self, scheduled: ScheduledCue, played_at: float) -> None:
        with self._changed:
            self.log.append((scheduled, played_at))
            self._changed.notify_all()

    def wait_until(self, condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
        """Wait until ``condition()`` holds (checked after every play); fail after ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(condition, timeout):
                raise AssertionError(f"gave up after {timeout} s; played {self.kinds}")

    def wait_for_cues(self, count: int) -> list[tuple[ScheduledCue, float]]:
        """Wait until ``count`` cues were played and reported; the log so far."""
        self.wait_until(lambda: len(self.log) >= count)
        with self._changed:
            return list(self.log)
