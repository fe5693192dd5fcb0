"""Spoken words on or off for a language that has no recordings of its own.

A window in a language without voice clips falls back to beeps, plus English words only if
the user asked for them (Settings). The gate passes every beep through and the words only
while ``words`` is on; the voice schedule then finds no clip to say and keeps to the beeps.
"""

from __future__ import annotations

from app.audio.player import CuePlayer
from app.core.cues import CueKind


class WordsGate:
    """``player`` with its words let through only while ``words`` is on (from the next
    workout on: a workout's schedule is made when it starts)."""

    def __init__(self, player: CuePlayer, words: bool) -> None:
        self._player = player
        self.words = words

    @property
    def problem(self) -> str | None:
        return self._player.problem

    @property
    def muted(self) -> bool:
        return self._player.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._player.muted = value

    @property
    def volume(self) -> float:
        return self._player.volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._player.volume = value

    @property
    def scheduler(self) -> object | None:
        """The cue engine behind the player, if any. The gate need not stand in its way: a
        workout's voice schedule is made from ``clip_duration``, so with the words off it
        holds no words for the engine to play."""
        return getattr(self._player, "scheduler", None)

    def play(self, kind: CueKind) -> None:
        self._player.play(kind)

    def duration(self, kind: CueKind) -> float:
        return self._player.duration(kind)

    def play_clip(self, name: str) -> None:
        if self.words:
            self._player.play_clip(name)

    def clip_duration(self, name: str) -> float | None:
        return self._player.clip_duration(name) if self.words else None

    def stop_all(self) -> None:
        self._player.stop_all()
