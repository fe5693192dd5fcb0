"""A cue player for tests: it remembers what it was asked to play and lets a test wait for it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from app.core.cues import CueKind
from app.core.session import ScheduledCue

TIMEOUT = 10.0
"""Generous: the machine is shared, and a test waits only as long as the cues take."""


class RecordingPlayer:
    """Records each play and stop; also serves as a cue thread's ``on_played`` callback.

    It can say the clips in ``clip_seconds`` (name to length), and no others.
    """

    def __init__(self, clip_seconds: Mapping[str, float] | None = None) -> None:
        self.problem: str | None = None
        self.muted = False
        self.volume = 1.0
        self.clip_seconds = dict(clip_seconds or {})
        self.kinds: list[CueKind] = []
        """The beeps played, in order."""
        self.heard: list[str] = []
        """Every sound in order: a beep by its kind's value, a clip by its name."""
        self.log: list[tuple[ScheduledCue, float]] = []
        """(scheduled cue, clock time when played), as reported through ``on_played``."""
        self.stops = 0
        self._changed = threading.Condition()

    def play(self, kind: CueKind) -> None:
        with self._changed:
            self.kinds.append(kind)
            self.heard.append(kind.value)
            self._changed.notify_all()

    def duration(self, kind: CueKind) -> float:
        return 0.0

    def play_clip(self, name: str) -> None:
        with self._changed:
            self.heard.append(name)
            self._changed.notify_all()

    def clip_duration(self, name: str) -> float | None:
        return self.clip_seconds.get(name)

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
                raise AssertionError(f"gave up after {timeout} s; played {self.heard}")

    def wait_for_cues(self, count: int) -> list[tuple[ScheduledCue, float]]:
        """Wait until ``count`` cues were played and reported; the log so far."""
        self.wait_until(lambda: len(self.log) >= count)
        with self._changed:
            return list(self.log)
