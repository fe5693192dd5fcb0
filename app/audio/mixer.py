"""Mixes cue sounds into a stream's buffers, each starting at the frame due at its deadline.

Pure arithmetic on NumPy arrays: the stream's callback calls :meth:`Mixer.render` for each
buffer, and the cue feeder adds and withdraws sounds from another thread (a lock guards the
list). Every sound is mono float32 at the stream's rate; the mix goes to every channel.

* A sound is placed when the buffer that holds its first frame is rendered, from the
  :class:`~app.audio.stream_clock.StreamClock` as it stands then, and keeps that frame.
  Until the clock has settled (a new stream, or one rebuilt after an underrun) nothing is
  placed: a sound placed by a wrong mapping could be heard a second late.
* A sound whose frame has already gone out (handed over late, waiting while the clock
  settled, or moved earlier by a step of the clock) starts at the next buffer, whole: late
  beats clipped. Such starts are counted (:attr:`Mixer.late_starts`,
  :attr:`Mixer.worst_late_s`), so a late cue can be told from a wrong clock. A sound added
  with no moment (``at=None``) starts at the next buffer and is not counted: it was never
  due anywhere else.
* Overlapping sounds add up; the sum is clipped to [-1, 1], never cut short.
* Volume and mute scale the mix as it is rendered, so they apply at once, to sounds already
  playing too.
* :meth:`silence` fades whatever is playing out over ``FADE_S`` (no click) and drops every
  sound not yet started.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.audio.stream_clock import StreamClock

FADE_S = 0.005
Samples = npt.NDArray[np.float32]


@dataclass
class _Voice:
    sound: Samples
    at: float | None
    key: Hashable
    start: int | None = None
    """The frame it starts at, fixed when first rendered."""
    fade_from: int | None = None
    """Frame at which a fade-out begins (silence)."""


class Mixer:
    """The sounds waiting or playing on one stream, and the gain they are played at."""

    def __init__(self, clock: StreamClock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._voices: list[_Voice] = []
        self._rendered = 0
        """The first frame not yet rendered."""
        self.volume = 1.0
        self.muted = False
        self.started: dict[Hashable, int] = {}
        """The frame each sound (by key) was placed at, once its first buffer is rendered."""
        self.late_starts = 0
        """Sounds that started after the frame due at their moment (it had already gone out)."""
        self.worst_late_s = 0.0
        """The latest of those, in seconds after its moment."""

    def add(self, sound: Samples, at: float | None, key: Hashable = None) -> None:
        """Play ``sound`` so that its first frame is heard at monotonic ``at`` (None: at once)."""
        with self._lock:
            self._voices.append(_Voice(sound, at, key))

    def withdraw(self) -> list[Hashable]:
        """Drop every sound not yet started; their keys."""
        with self._lock:
            dropped = [v.key for v in self._voices if v.start is None]
            self._voices = [v for v in self._voices if v.start is not None]
        return dropped

    def has_started(self, key: Hashable) -> bool:
        with self._lock:
            return key in self.started

    def silence(self) -> None:
        """Fade out what is playing, drop what is waiting."""
        with self._lock:
            self._voices = [v for v in self._voices if v.start is not None]
            for voice in self._voices:
                if voice.fade_from is None:
                    voice.fade_from = self._rendered

    @property
    def rendered(self) -> int:
        """The first frame not yet rendered: the earliest a sound added now can start at."""
        with self._lock:
            return self._rendered

    def start_of(self, key: Hashable) -> int | None:
        """The frame the sound handed over as ``key`` starts at, once placed."""
        with self._lock:
            return self.started.get(key)

    @property
    def busy(self) -> bool:
        """Something is waiting or playing."""
        with self._lock:
            return bool(self._voices)

    def render(self, first: int, frames: int) -> Samples:
        """The mono mix of frames ``first`` to ``first + frames`` (exclusive)."""
        out = np.zeros(frames, dtype=np.float32)
        end = first + frames
        fade = max(1, round(FADE_S * self._clock.rate))
        with self._lock:
            self._rendered = end
            if not self._voices:
                return out
            kept: list[_Voice] = []
            for voice in self._voices:
                if voice.start is None:
                    if voice.at is None:
                        voice.start = first
                    elif not self._clock.settled:
                        kept.append(voice)  # placed by a mapping still settling: heard anywhere
                        continue
                    else:
                        wanted = self._clock.frame_at(voice.at)
                        if wanted >= end:
                            kept.append(voice)
                            continue
                        voice.start = max(wanted, first)
                        if wanted < first:
                            self.late_starts += 1
                            late = (first - wanted) / self._clock.rate
                            self.worst_late_s = max(self.worst_late_s, late)
                    self.started[voice.key] = voice.start
                stop = voice.start + len(voice.sound)
                if voice.fade_from is not None:
                    stop = min(stop, voice.fade_from + fade)
                lo, hi = max(voice.start, first), min(stop, end)
                if lo < hi:
                    chunk = voice.sound[lo - voice.start : hi - voice.start]
                    if voice.fade_from is not None:
                        ramp = 1.0 - (np.arange(lo, hi) - voice.fade_from) / fade
                        chunk = chunk * np.clip(ramp, 0.0, 1.0).astype(np.float32)
                    out[lo - first : hi - first] += chunk
                if stop > end:
                    kept.append(voice)
            self._voices = kept
        gain = 0.0 if self.muted else self.volume
        if gain != 1.0:
            out *= np.float32(gain)
        np.clip(out, -1.0, 1.0, out=out)
        return out
