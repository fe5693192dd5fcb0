"""Cue sounds through simpleaudio, which talks to ALSA on Linux (CoreAudio, WinMM elsewhere)."""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
import threading
import wave
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Protocol

from app.audio.player import CuePlayer
from app.audio.silent_player import SilentPlayer
from app.core.cues import BEEPS, CueKind
from app.core.voice_clips import spoken_text
from app.resources import sound_path, voice_path

UNAVAILABLE = "Sound is unavailable"
SAMPLE_WIDTH = 2  # the cue WAVs are 16-bit PCM; scaling relies on it
PROBE_SECONDS = 0.01

ProblemCallback = Callable[[str], None]

log = logging.getLogger(__name__)


class _PlayObject(Protocol):
    def is_playing(self) -> bool: ...

    def wait_done(self) -> None: ...


@dataclass(frozen=True)
class _Clip:
    frames: bytes
    channels: int
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.frames) / (SAMPLE_WIDTH * self.channels * self.rate)


def _scaled(frames: bytes, volume: float) -> bytes:
    if volume >= 1.0:
        return frames  # full volume plays the file's bytes untouched
    samples = array("h", frames)
    # WAV data is little-endian; array works in the machine's order.
    big_endian = sys.byteorder == "big"
    if big_endian:
        samples.byteswap()
    quieter = array("h", [round(sample * volume) for sample in samples])
    if big_endian:
        quieter.byteswap()
    return quieter.tobytes()


def _load(path: Path) -> _Clip:
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != SAMPLE_WIDTH or source.getcomptype() != "NONE":
            raise ValueError(f"{path.name} is not 16-bit PCM")
        frames = source.readframes(source.getnframes())
        return _Clip(frames, source.getnchannels(), source.getframerate())


def describe_failure(error: BaseException) -> str:
    """A one-line reason for the user, e.g. "... no audio device (Error opening PCM device)"."""
    # simpleaudio's messages read "Error opening PCM device. -- CODE: -2 -- MSG: ...".
    headline = str(error).split(" -- ")[0].strip().rstrip(".").replace("\n", " ")
    if "PCM device" in headline:
        return f"{UNAVAILABLE}: no audio device ({headline})"
    if isinstance(error, ImportError):
        return f"{UNAVAILABLE}: simpleaudio is not installed ({headline})"
    return f"{UNAVAILABLE}: {headline or type(error).__name__}"


class SimpleaudioPlayer:
    """Plays the cue WAVs and voice clips through simpleaudio; never waits, never raises.

    Each cue WAV is read once here, and scaled copies for the current volume are kept ready,
    so ``play`` only hands a buffer to the audio device. Voice clips are read the first time
    they are asked for (building a workout's schedule asks for each) and scaled when first
    played at a new volume: a few milliseconds each, which keeps the volume slider quick.
    Opening the device takes a few milliseconds; the sound then plays on simpleaudio's own
    thread.

    Anything that keeps sound from working (simpleaudio missing, a sound file missing, no
    audio device) sets ``problem`` to a one-line reason and calls ``on_problem`` with it,
    from whichever thread noticed (the cue thread, usually; the constructor, for a missing
    file). The callback runs once per new reason: a machine without a device reports it
    once, not at every cue. Every ``play`` still tries the device, so sound comes back when
    a device does, and ``problem`` returns to None.
    """

    def __init__(
        self,
        on_problem: ProblemCallback | None = None,
        *,
        sounds: Mapping[CueKind, Path] | None = None,
        voice_dir: Path | None = None,
        volume: float = 1.0,
    ) -> None:
        self.muted = False
        self._on_problem = on_problem
        self._lock = threading.Lock()
        self._load_problem: str | None = None
        self._device_problem: str | None = None
        self._reported: str | None = None
        self._playing: list[_PlayObject] = []
        self._simpleaudio: ModuleType | None = None
        self._clips: dict[CueKind, _Clip] = {}
        self._voice_dir = voice_dir
        self._voice_lock = threading.Lock()
        self._voice: dict[str, _Clip | None] = {}
        self._voice_buffers: dict[str, tuple[float, bytes]] = {}
        try:
            self._simpleaudio = importlib.import_module("simpleaudio")
        except ImportError as error:
            self._load_problem = describe_failure(error)
        self._load_clips(sounds)
        self._volume = min(1.0, max(0.0, volume))
        self._buffers = self._scaled_buffers(self._volume)
        self._report()

    def _load_clips(self, sounds: Mapping[CueKind, Path] | None) -> None:
        for kind in BEEPS:
            try:
                path = sounds[kind] if sounds is not None else sound_path(kind.value)
                self._clips[kind] = _load(path)
            except (OSError, EOFError, KeyError, ValueError, wave.Error) as error:
                # The other cues still play: a missing tick is better than silence.
                if self._load_problem is None:
                    self._load_problem = f"The {kind.value} sound could not be loaded ({error})"

    def _scaled_buffers(self, volume: float) -> dict[CueKind, bytes]:
        return {kind: _scaled(clip.frames, volume) for kind, clip in self._clips.items()}

    # CuePlayer

    @property
    def problem(self) -> str | None:
        with self._lock:
            return self._device_problem or self._load_problem

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if value != self._volume:
            # One assignment swaps all buffers, so a cue thread never mixes two volumes.
            self._buffers = self._scaled_buffers(value)
            self._volume = value

    def play(self, kind: CueKind) -> None:
        buffers = self._buffers
        clip = self._clips.get(kind)
        if self.muted or clip is None or kind not in buffers:
            return
        self._start(buffers[kind], clip.channels, clip.rate)

    def duration(self, kind: CueKind) -> float:
        clip = self._clips.get(kind)
        return clip.seconds if clip is not None else 0.0

    def play_clip(self, name: str) -> None:
        if self.muted:
            return
        clip = self._voice_clip(name)
        if clip is None:
            return
        volume = self._volume
        cached = self._voice_buffers.get(name)
        if cached is not None and cached[0] == volume:
            frames = cached[1]
        else:
            frames = _scaled(clip.frames, volume)
            self._voice_buffers[name] = (volume, frames)
        self._start(frames, clip.channels, clip.rate)

    def clip_duration(self, name: str) -> float | None:
        clip = self._voice_clip(name)
        return clip.seconds if clip is not None else None

    def stop_all(self) -> None:
        if self._simpleaudio is None:
            return
        with contextlib.suppress(Exception):  # stopping is best effort on the way out
            self._simpleaudio.stop_all()
        with self._lock:
            self._playing.clear()

    # beyond the protocol

    def probe(self) -> bool:
        """Play a moment of silence to learn now, not at the first cue, whether sound works."""
        rate = 44100
        return self._start(bytes(SAMPLE_WIDTH * round(rate * PROBE_SECONDS)), 1, rate)

    def wait_done(self) -> None:
        """Block until every sound started so far has finished. Never on the GUI thread."""
        with self._lock:
            playing = list(self._playing)
        for play_object in playing:
            play_object.wait_done()

    def _voice_clip(self, name: str) -> _Clip | None:
        with self._voice_lock:
            if name in self._voice:
                return self._voice[name]
        clip = None if spoken_text(name) is not None else self._load_voice(name)
        with self._voice_lock:
            return self._voice.setdefault(name, clip)

    def _load_voice(self, name: str) -> _Clip | None:
        try:
            path = voice_path(name) if self._voice_dir is None else self._voice_dir / f"{name}.wav"
            return _load(path)
        except (OSError, EOFError, ValueError, wave.Error) as error:
            # Not a sound problem for the user: the schedule simply leaves this word out.
            log.warning("voice clip %r could not be loaded (%s)", name, error)
            return None

    def _start(self, frames: bytes, channels: int, rate: int) -> bool:
        if self._simpleaudio is None:
            return False
        try:
            play_object = self._simpleaudio.play_buffer(frames, channels, SAMPLE_WIDTH, rate)
        except Exception as error:  # play() must never raise; the reason goes to `problem`
            with self._lock:
                self._device_problem = describe_failure(error)
            self._report()
            return False
        with self._lock:
            self._playing = [old for old in self._playing if old.is_playing()]
            self._playing.append(play_object)
            self._device_problem = None
            if self._load_problem is None:
                self._reported = None  # sound works again: a later failure is news
        return True

    def _report(self) -> None:
        with self._lock:
            problem = self._device_problem or self._load_problem
            if problem is None or problem == self._reported:
                return
            self._reported = problem
        if self._on_problem is not None:
            self._on_problem(problem)


def open_player(
    on_problem: ProblemCallback | None = None, *, voice_dir: Path | None = None
) -> CuePlayer:
    """The player the app uses: simpleaudio, or silence with the reason when it is missing.

    The audio device is tried right away, so a machine without sound says so before the
    workout starts; ``on_problem`` hears about it like any later failure. ``voice_dir``: the
    folder of the window's language's voice clips (None: English, ``assets/sounds/voice``).
    """
    try:
        importlib.import_module("simpleaudio")
    except ImportError as error:
        reason = describe_failure(error)
        if on_problem is not None:
            on_problem(reason)
        return SilentPlayer(reason)
    player = SimpleaudioPlayer(on_problem, voice_dir=voice_dir)
    player.probe()
    return player
