"""Which thread plays a workout's cues: the cue feeder on an open stream, or the cue thread.

The cue engine's stream opens when the workout starts; when it cannot (no PortAudio, the
device busy or gone) the cue thread plays each cue at its deadline through the engine's
fallback, a new simpleaudio stream per cue, as before the engine existed.
"""

from __future__ import annotations

from collections.abc import Callable

from app.audio.cue_engine import CueScheduler, sound_name
from app.audio.cue_feeder import READY_TIMEOUT_S, CueFeeder
from app.audio.cue_thread import CueThread
from app.audio.player import CuePlayer
from app.core.clock import Clock
from app.core.session import ScheduledCue, Session

PlayedCallback = Callable[[ScheduledCue, float], None]


def start_cue_thread(
    session: Session,
    player: CuePlayer,
    clock: Clock,
    on_played: PlayedCallback | None = None,
) -> CueThread | CueFeeder:
    """The thread for ``session``'s cues; opens the engine's stream when there is one."""
    scheduler: CueScheduler | None = getattr(player, "scheduler", None)
    if scheduler is not None and scheduler.open():
        scheduler.prepare(sorted({sound_name(c.kind, c.clip) for c in session.cues}))
        # A cue due at once (a spoken count-in) is placed best on a settled stream.
        scheduler.wait_ready(READY_TIMEOUT_S)
        return CueFeeder(session, player, scheduler, clock, on_played)
    return CueThread(session, player, clock, on_played)
