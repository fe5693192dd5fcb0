"""A cue player that passes everything on to another: the base of the players that wrap one
to change a part of what it does (which words it says, or who says them)."""

from __future__ import annotations

from app.audio.player import CuePlayer
from app.core.cues import CueKind


class PassingPlayer:
    """Plays, times, mutes and stops through ``player``; a subclass overrides what it
    changes. ``scheduler`` is the wrapped player's cue engine, if it has one (see
    app.audio.cue_threads), so a wrapper never stands between a workout and its stream."""

    def __init__(self, player: CuePlayer) -> None:
        self._player = player

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
        self._volume_changed()

    def _volume_changed(self) -> None:
        """Called after the volume changed: for a wrapper with a sound of its own."""

    @property
    def scheduler(self) -> object | None:
        return getattr(self._player, "scheduler", None)

    def play(self, kind: CueKind) -> None:
        self._player.play(kind)

    def duration(self, kind: CueKind) -> float:
        return self._player.duration(kind)

    def play_clip(self, name: str) -> None:
        self._player.play_clip(name)

    def clip_duration(self, name: str) -> float | None:
        return self._player.clip_duration(name)

    def stop_all(self) -> None:
        self._player.stop_all()
