"""A cue player that says what has no recording (a custom exercise's name) with a speech engine."""

from __future__ import annotations

from typing import Protocol

from app.audio.passing_player import PassingPlayer
from app.audio.player import CuePlayer
from app.core.voice_clips import spoken_text

START_SECONDS = 0.4
"""An engine's delay before the first word, guessed generously."""
SECONDS_PER_CHARACTER = 0.09
"""About 170 words a minute, a speech engine's usual pace, with a margin."""


def estimated_seconds(text: str) -> float:
    """How long an engine takes to say ``text``: a guess that errs long.

    The voice schedule fits words between beeps by their length, and an engine tells no
    length in advance; a guess too short would let the name run into the next beep, one
    too long only leaves the name out where room is tight.
    """
    return START_SECONDS + SECONDS_PER_CHARACTER * len(text)


class Speaker(Protocol):
    """Something that speaks text aloud, called from any thread, never waiting."""

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class SpeakingPlayer(PassingPlayer):
    """Plays everything through ``player``, except clips meant to be spoken: ``speaker`` says those.

    Mute and volume apply to both. ``problem`` is the player's: a speech engine that is
    missing is no problem, the schedule simply has no word for it.
    """

    def __init__(self, player: CuePlayer, speaker: Speaker) -> None:
        super().__init__(player)
        self._speaker = speaker
        speaker.set_volume(player.volume)

    def _volume_changed(self) -> None:
        self._speaker.set_volume(self._player.volume)

    def play_clip(self, name: str) -> None:
        text = spoken_text(name)
        if text is None:
            self._player.play_clip(name)
        elif not self._player.muted:
            self._speaker.say(text)

    def clip_duration(self, name: str) -> float | None:
        text = spoken_text(name)
        if text is None:
            return self._player.clip_duration(name)
        return estimated_seconds(text)

    def stop_all(self) -> None:
        self._player.stop_all()
        self._speaker.stop()
