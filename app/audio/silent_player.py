"""A cue player that makes no sound."""

from __future__ import annotations

from app.core.cues import CueKind


class SilentPlayer:
    """Plays nothing: for a machine without sound, a user who wants silence, and UI tests.

    ``problem`` carries the reason sound is unavailable (None when silence was chosen), so
    the window can tell the user why they hear nothing.
    """

    def __init__(self, problem: str | None = None) -> None:
        self._problem = problem
        self.muted = False
        self.volume = 1.0

    @property
    def problem(self) -> str | None:
        return self._problem

    def play(self, kind: CueKind) -> None:
        pass

    def duration(self, kind: CueKind) -> float:
        return 0.0

    def play_clip(self, name: str) -> None:
        pass

    def clip_duration(self, name: str) -> float | None:
        return None  # nothing to say: the workout keeps to its beeps' schedule

    def stop_all(self) -> None:
        pass
