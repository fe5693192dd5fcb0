"""Which cue player the app uses: the cue engine on one open stream, or simpleaudio.

The engine needs sounddevice and PortAudio (on Linux the system's libportaudio2). Where
either is missing, or ``PLANK_TIMER_AUDIO=simpleaudio`` is set (the tests that listen
through ALSA's ``file`` plugin need a stream per cue), the app plays every cue with a new
simpleaudio stream, as before. Either way :func:`describe_path` says which, for Help ->
About and ``--verbose``.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from app.audio.cue_engine import CueEngine
from app.audio.path_words import (
    FORCED,
    NO_PORTAUDIO,
    NO_SOUNDDEVICE,
    PER_CUE,
    PER_CUE_BECAUSE,
    words,
)
from app.audio.player import CuePlayer
from app.audio.simpleaudio_player import ProblemCallback, open_player
from app.audio.sound_bank import SoundBank
from app.core.message import Message

FORCE_ENV = "PLANK_TIMER_AUDIO"
SIMPLEAUDIO = "simpleaudio"


def stream_library_missing() -> Message | None:
    """Why the engine cannot be used here, or None. Cheap: nothing is imported or opened."""
    if os.environ.get(FORCE_ENV) == SIMPLEAUDIO:
        return words(FORCED, variable=FORCE_ENV, value=SIMPLEAUDIO)
    if importlib.util.find_spec("sounddevice") is None:
        return words(NO_SOUNDDEVICE)
    if sys.platform.startswith("linux") and ctypes.util.find_library("portaudio") is None:
        return words(NO_PORTAUDIO)
    return None


def choose_player(
    on_problem: ProblemCallback | None = None,
    *,
    device: str | None = None,
    sounds: Mapping[str, Path] | None = None,
    voice_dir: Path | None = None,
) -> CuePlayer:
    """The engine where it can work (simpleaudio stays its fallback), else simpleaudio.

    ``voice_dir``: the window's language's voice clips (None: English)."""
    if stream_library_missing() is not None:
        return open_player(on_problem, voice_dir=voice_dir)
    return CueEngine(
        SoundBank(sounds, voice_dir=voice_dir),
        lambda: open_player(on_problem, voice_dir=voice_dir),
        device=device,
    )


def describe_path(player: CuePlayer) -> Message:
    """Which way cues reach the speakers, as a sentence's object (``str()`` is English)."""
    engine = getattr(player, "scheduler", None)
    if isinstance(engine, CueEngine):
        return engine.path_message()
    reason = stream_library_missing()
    return words(PER_CUE) if reason is None else words(PER_CUE_BECAUSE, reason=reason)
