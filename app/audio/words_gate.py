"""Spoken words on or off for a language that has no recordings of its own.

A window in a language without voice clips falls back to beeps, plus English words only if
the user asked for them (Settings). The gate passes every beep through and the words only
while ``words`` is on; the voice schedule then finds no clip to say and keeps to the beeps.
"""

from __future__ import annotations

from app.audio.passing_player import PassingPlayer
from app.audio.player import CuePlayer


class WordsGate(PassingPlayer):
    """``player`` with its words let through only while ``words`` is on (from the next
    workout on: a workout's schedule is made when it starts). The cue engine behind it is
    passed on too: a workout's voice schedule is made from ``clip_duration``, so with the
    words off it holds no words for the engine to play."""

    def __init__(self, player: CuePlayer, words: bool) -> None:
        super().__init__(player)
        self.words = words

    def play_clip(self, name: str) -> None:
        if self.words:
            self._player.play_clip(name)

    def clip_duration(self, name: str) -> float | None:
        return self._player.clip_duration(name) if self.words else None
