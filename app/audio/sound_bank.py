"""The sounds a workout plays, decoded once and resampled once to the stream's rate.

Built-in beeps and voice clips are the project's WAVs; the user may pick a file of their own
for any beep (WAV, FLAC or OGG, read by libsndfile through ``soundfile``). Every sound becomes
mono float32 (channels averaged) and is resampled with ``soxr`` when the workout's stream
opens, at that stream's rate. A user's file longer than ``MAX_SECONDS`` is cut there with a
``CUT_FADE_S`` fade, so a whole song chosen by mistake cannot talk over the next cues.
A file that cannot be read is reported (:class:`SoundFileError`, one line) and the built-in
sound is used instead.
"""

from __future__ import annotations

import threading
import wave
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.cues import BEEPS
from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from app.core.voice_clips import spoken_text
from app.resources import sound_path, voice_path

MAX_SECONDS = 2.0
"""A user's sound is cut here: the shortest gap between two cues (a tick a second) is 1 s,
and a hold or rest sound rarely needs more than a second; 2 s leaves room for a flourish."""
CUT_FADE_S = 0.15
SUFFIXES = (".wav", ".flac", ".ogg", ".oga")

if TYPE_CHECKING:
    from app.audio.mixer import Samples


class SoundFileError(MessageError, ValueError):
    """A sound file that cannot be used; the message is one line for the user, translatable."""


@dataclass(frozen=True)
class Decoded:
    """A sound as read from its file: mono samples at the file's own rate."""

    samples: Samples
    rate: int
    cut: bool = False
    """True when the file was longer than MAX_SECONDS and was cut."""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


def decode(path: Path, *, limit: float | None = None) -> Decoded:
    """Read ``path`` as mono float32; cut (with a fade) past ``limit`` seconds."""
    # Imported on use: they load NumPy and libsndfile, which start-up does not need.
    import numpy as np
    import soundfile

    if path.suffix.lower() not in SUFFIXES:
        raise SoundFileError(
            QT_TRANSLATE_NOOP("errors", "{file}: not a WAV, FLAC or OGG file"), file=path.name
        )
    try:
        with soundfile.SoundFile(str(path)) as source:
            rate = source.samplerate
            wanted = -1 if limit is None else round(limit * rate) + 1
            data = source.read(frames=wanted, dtype="float32", always_2d=True)
    except (OSError, RuntimeError, soundfile.LibsndfileError) as error:
        reason = str(error).split(":")[-1].strip().rstrip(".") or type(error).__name__
        raise SoundFileError(
            QT_TRANSLATE_NOOP("errors", "{file} could not be read ({reason})"),
            file=path.name,
            reason=reason,
        ) from None
    if len(data) == 0:
        raise SoundFileError(QT_TRANSLATE_NOOP("errors", "{file} holds no sound"), file=path.name)
    samples = np.ascontiguousarray(data.mean(axis=1), dtype=np.float32)
    cut = limit is not None and len(samples) > round(limit * rate)
    if cut:
        samples = samples[: round(limit * rate)].copy()
        fade = min(len(samples), round(CUT_FADE_S * rate))
        samples[-fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)
    return Decoded(samples, rate, cut)


def resample(sound: Decoded, rate: int) -> Samples:
    if sound.rate == rate:
        return sound.samples
    import numpy as np
    import soxr

    return np.asarray(soxr.resample(sound.samples, sound.rate, rate), dtype=np.float32)


class SoundBank:
    """Every beep and voice clip, by name ("hold", or "voice/plank"), decoded on first use.

    ``custom`` maps a beep's name to the user's file; a file that fails falls back to the
    built-in sound and its one-line reason is kept in ``problems``.
    """

    def __init__(
        self, custom: Mapping[str, Path] | None = None, *, voice_dir: Path | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._decoded: dict[str, Decoded | None] = {}
        self._resampled: dict[tuple[str, int], Samples] = {}
        self._seconds: dict[str, float | None] = {}
        self._voice_dir = voice_dir
        self.problems: dict[str, Message] = {}
        self._custom = dict(custom or {})
        for name in list(self._custom):
            self._load_custom(name)

    def _load_custom(self, name: str) -> None:
        try:
            self._decoded[name] = decode(self._custom[name], limit=MAX_SECONDS)
        except SoundFileError as error:
            self.problems[name] = message_of(error)
            del self._custom[name]

    def decoded(self, name: str) -> Decoded | None:
        """The sound called ``name``, or None when there is none (a word without a clip)."""
        with self._lock:
            if name in self._decoded:
                return self._decoded[name]
        sound = self._builtin(name)
        with self._lock:
            return self._decoded.setdefault(name, sound)

    def _builtin(self, name: str) -> Decoded | None:
        try:
            if name.startswith("voice/") and spoken_text(name.removeprefix("voice/")):
                return None  # a typed name: only a speech engine can say it
            return decode(self._builtin_path(name))
        except (FileNotFoundError, SoundFileError):
            return None

    def _builtin_path(self, name: str) -> Path:
        if not name.startswith("voice/"):
            return sound_path(name)
        clip = name.removeprefix("voice/")
        return voice_path(clip) if self._voice_dir is None else self._voice_dir / f"{clip}.wav"

    def seconds(self, name: str) -> float | None:
        """How long the sound lasts; None when there is none.

        Built-in sounds are timed from their WAV headers, without decoding: the window asks
        this for every clip at start-up, before NumPy needs to be loaded.
        """
        with self._lock:
            if name in self._decoded:
                sound = self._decoded[name]
                return None if sound is None else sound.seconds
            if name in self._seconds:
                return self._seconds[name]
        seconds: float | None = None
        clip = name.removeprefix("voice/")
        if not (name.startswith("voice/") and spoken_text(clip) is not None):
            try:
                with wave.open(str(self._builtin_path(name)), "rb") as source:
                    seconds = source.getnframes() / source.getframerate()
            except (OSError, EOFError, wave.Error):
                seconds = None
        with self._lock:
            self._seconds[name] = seconds
        return seconds

    def at_rate(self, name: str, rate: int) -> Samples | None:
        """The sound resampled to ``rate`` (done once per rate)."""
        sound = self.decoded(name)
        if sound is None:
            return None
        with self._lock:
            cached = self._resampled.get((name, rate))
        if cached is None:
            cached = resample(sound, rate)
            with self._lock:
                self._resampled[(name, rate)] = cached
        return cached

    def prepare(self, rate: int, names: list[str]) -> None:
        """Resample every named sound now (at the workout's start), not at its first cue."""
        for name in names:
            self.at_rate(name, rate)


def beep_names() -> list[str]:
    return [kind.value for kind in BEEPS]
