"""What the rest of the app needs from something that plays cues."""

from __future__ import annotations

from typing import Protocol

from app.core.cues import CueKind


class CuePlayer(Protocol):
    """Plays a cue's sound, or says a voice clip, without waiting for it to finish.

    ``play`` and ``play_clip`` must return at once and never raise: a player that cannot make
    sound says so through ``problem`` (a one-line reason for the user) and stays silent.
    """

    @property
    def problem(self) -> str | None:
        """Why sound is unavailable, or None while sound works."""
        ...

    muted: bool
    volume: float
    """0.0 to 1.0."""

    def play(self, kind: CueKind) -> None: ...

    def duration(self, kind: CueKind) -> float:
        """Seconds the cue's sound lasts (0.0 for a player that makes no sound)."""
        ...

    def play_clip(self, name: str) -> None:
        """Say a voice clip (see :mod:`app.core.voice_clips`); like ``play``, never waits."""
        ...

    def clip_duration(self, name: str) -> float | None:
        """Seconds the clip lasts, or None when this player cannot say it.

        The voice schedule leaves out every clip this answers None for.
        """
        ...

    def stop_all(self) -> None:
        """Stop whatever is playing; called before the program exits."""
        ...
