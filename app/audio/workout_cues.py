"""A workout's cue schedule, with words or without, from what the player can actually play."""

from __future__ import annotations

from collections.abc import Sequence

from app.audio.player import CuePlayer
from app.core.cues import BEEPS, Cue, cue_schedule
from app.core.timeline import Timeline
from app.core.voice import voice_schedule
from app.core.voice_clips import clips_for


def workout_cues(timeline: Timeline, player: CuePlayer, *, voice: bool) -> tuple[Cue, ...]:
    """The cues for a session of ``timeline``: beeps, plus the words ``player`` can say.

    Each sound's length comes from the player, so words are placed between the sounds it
    really plays; a word it cannot say (no recording, no speech engine) is left out.
    """
    beeps = cue_schedule(timeline)
    if not voice:
        return beeps
    clip_seconds: dict[str, float] = {}
    for name in clips_for(timeline):
        seconds = player.clip_duration(name)
        if seconds is not None and seconds > 0:
            clip_seconds[name] = seconds
    if not clip_seconds:
        return beeps
    beep_seconds = {kind: player.duration(kind) for kind in BEEPS}
    return voice_schedule(timeline, beeps, beep_seconds, clip_seconds)


def sound_seconds(cue: Cue, player: CuePlayer) -> float:
    """How long the cue's sound lasts on ``player``."""
    if cue.clip is not None:
        return player.clip_duration(cue.clip) or 0.0
    return player.duration(cue.kind)


def quiet_after(cue: Cue, cues: Sequence[Cue], player: CuePlayer) -> float:
    """Seconds from the start of ``cue`` until every sound scheduled from it on has ended.

    After the done cue that includes the spoken "done", so the program does not end (or
    quit, with --quit-when-done) in the middle of it.
    """
    ends = (
        later.offset - cue.offset + sound_seconds(later, player)
        for later in cues
        if later.index >= cue.index
    )
    return max(ends, default=0.0)
