"""Finds each cue in a recording of the sink's monitor: when it was heard, and whether it was
the right sound, whole and once.

The recorders (``bench/recorders``) write records of (CLOCK_MONOTONIC ns of the first
frame, frame count, float32 samples) at 48 kHz; :func:`load` puts each on a grid by its
stamp. Each cue's sound is known (the cue WAVs and voice clips, resampled to 48 kHz), so it
is found by normalised cross-correlation of its first ``PROBE_S`` seconds around the cue's
deadline: the match nearest the deadline is when it was heard, and the score says whether it
is that sound at all. A sound is *clipped* when its last part does not match where it should
be, and *doubled* when it matches again within its own length.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import soxr

from app.resources import sound_path, voice_path

RATE = 48000
STAMP_WINDOW = 101
STEP_RUN = 4
"""Buffers on each side of a lasting step of the stamps' origin (a lost cycle)."""
LOST_FRAMES_S = 0.002
"""Seconds: a lasting step of the origin this large or larger is frames lost (a PipeWire
cycle is 5.3 ms; PulseAudio's 1 ms reads wander under 1 ms)."""
MAX_LOST_S = 0.5
"""Seconds: a larger step is a broken stamp, not frames lost (left to the running median)."""
PROBE_S = 0.1
"""Seconds of each sound's start matched against the recording."""
TAIL_S = 0.03
EARLY_S = 0.05
LATE_S = 0.25
MATCH = 0.8
QUIET = 0.05
"""A window with less than this share of the sound's energy holds no sound."""
WHOLE = 0.5
"""The sound's last part must match at least this well (another sound may overlap it)."""
"""A normalised correlation at least this high means the sound is there."""
Array = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Recording:
    """The monitor's samples on one array, and the monotonic time of every sample."""

    samples: Array
    times: npt.NDArray[np.float64]
    gaps: tuple[tuple[int, int], ...] = ()
    """(first index, frames) of each run of frames the recorder lost, put back as silence."""

    @property
    def lost(self) -> int:
        """Frames the recorder lost (missed cycles)."""
        return sum(frames for _, frames in self.gaps)

    def has_gap(self, first: int, end: int) -> bool:
        """Frames in ``first`` to ``end`` (exclusive) were lost by the recorder."""
        return any(start < end and first < start + frames for start, frames in self.gaps)

    def index_at(self, moment: float) -> int:
        return int(np.searchsorted(self.times, moment))


def load(path: Path) -> Recording:
    """The recording, every frame with its monotonic time.

    Each buffer's stamp less its position in the stream gives the stream's origin. A recorder
    that misses a cycle (under load it can: seen once in a 10-minute loaded run on PipeWire)
    loses that cycle's frames, and from then on the origin lies one cycle later. Taking the
    frames as contiguous put the rest of a sound 256 frames too early, and the sound was then
    found 25 ms off its true onset; so a step of the origin of ``LOST_FRAMES_S`` or more that
    lasts (``STEP_RUN`` + 1 buffers and more) is filled with that many frames of silence, and
    :attr:`Recording.lost` counts them. A single stale stamp (seen on PipeWire: one buffer now
    and then carries the previous cycle's time) is no step. The times then come from the
    origins' running median over ``STAMP_WINDOW`` buffers.
    """
    raw = path.read_bytes()
    stamps: list[int] = []
    chunks: list[Array] = []
    offset = 0
    while offset + 12 <= len(raw):
        stamps.append(int.from_bytes(raw[offset : offset + 8], "little", signed=True))
        frames = int.from_bytes(raw[offset + 8 : offset + 12], "little")
        offset += 12
        chunks.append(np.frombuffer(raw[offset : offset + 4 * frames], dtype="<f4"))
        offset += 4 * frames
    if not chunks:
        return Recording(np.zeros(0, np.float32), np.zeros(0))
    seconds = np.array(stamps, dtype=np.float64) / 1e9
    chunks, gaps = _fill_lost_frames(seconds, chunks)
    sizes = np.array([len(chunk) for chunk in chunks])
    smooth = _running_median(_origins(seconds, sizes), STAMP_WINDOW // 2)
    times = np.repeat(smooth, sizes) + np.arange(int(sizes.sum())) / RATE
    return Recording(np.concatenate(chunks), times, gaps)


def _origins(
    seconds: npt.NDArray[np.float64], sizes: npt.NDArray[np.int_]
) -> npt.NDArray[np.float64]:
    """Each buffer's stamp less its position in the stream: when the stream's frame 0 played."""
    positions = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    return np.asarray(seconds - positions / RATE, dtype=np.float64)


def _running_median(values: npt.NDArray[np.float64], half: int) -> npt.NDArray[np.float64]:
    """The median of each value with ``half`` neighbours on each side (the edges repeated)."""
    padded = np.pad(values, half, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1)
    return np.asarray(np.median(windows, axis=1), dtype=np.float64)


def _fill_lost_frames(
    seconds: npt.NDArray[np.float64], chunks: list[Array]
) -> tuple[list[Array], tuple[tuple[int, int], ...]]:
    """``chunks`` with silence put where the recorder lost frames; where and how many."""
    sizes = np.array([len(chunk) for chunk in chunks])
    # A median over STEP_RUN buffers on each side flips at a lasting step, not at one stale stamp.
    level = _running_median(_origins(seconds, sizes), STEP_RUN)
    filled: list[Array] = []
    gaps: list[tuple[int, int]] = []
    at = 0
    count = len(chunks)
    for index, chunk in enumerate(chunks):
        # the first and last STEP_RUN buffers have no full window: a stale stamp there is no step
        inside = STEP_RUN < index < count - STEP_RUN
        step = level[index] - level[index - 1] if inside else 0.0
        lasting = inside and level[min(index + 2 * STEP_RUN, count - 1)] - level[index - 1] >= (
            LOST_FRAMES_S
        )
        if LOST_FRAMES_S <= step <= MAX_LOST_S and lasting:
            # the silence goes at the end of the buffer before, whose stamp still dates it
            missing = round(step * RATE)
            filled[-1] = np.concatenate((filled[-1], np.zeros(missing, np.float32)))
            gaps.append((at, missing))
            at += missing
        filled.append(chunk)
        at += len(chunk)
    return filled, tuple(gaps)


def reference(name: str) -> Array:
    """The sound called ``name`` ("hold", "voice/plank") at 48 kHz, mono, full volume."""
    path = (
        voice_path(name.removeprefix("voice/")) if name.startswith("voice/") else sound_path(name)
    )
    with wave.open(str(path), "rb") as source:
        rate, channels = source.getframerate(), source.getnchannels()
        data = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")
    mono = data.reshape(-1, channels).mean(axis=1).astype(np.float32) / 32768
    return np.asarray(soxr.resample(mono, rate, RATE), dtype=np.float32)


def _correlate(signal: Array, probe: Array) -> Array:
    """Normalised cross-correlation of ``probe`` at every lag within ``signal`` (by FFT)."""
    count = len(signal) - len(probe) + 1
    if count <= 0:
        return np.zeros(0, np.float32)
    size = 1 << int(np.ceil(np.log2(len(signal) + len(probe))))
    spectrum = np.fft.rfft(signal, size) * np.conj(np.fft.rfft(probe, size))
    dots = np.fft.irfft(spectrum, size)[:count]
    power = np.concatenate(([0.0], np.cumsum(signal.astype(np.float64) ** 2)))
    window_energy = power[len(probe) : len(probe) + count] - power[:count]
    probe_energy = float((probe**2).sum())
    window_energy = np.maximum(window_energy, 0.0)
    scores = dots / (np.sqrt(window_energy * probe_energy) + 1e-9)
    # Near-silence matches anything after normalising: a sound must be there to be found.
    scores[window_energy < QUIET * probe_energy] = 0.0
    return np.asarray(scores, dtype=np.float32)


@dataclass(frozen=True)
class Heard:
    """One cue as found in the recording."""

    name: str
    deadline: float
    heard_at: float | None
    """Monotonic time of the sound's first frame at the sink; None when not found."""
    match: float
    whole: bool
    doubled: bool
    unmeasured: bool = False
    """The recorder lost frames where this sound was due: it cannot be timed or judged."""

    @property
    def late_ms(self) -> float | None:
        return None if self.heard_at is None else (self.heard_at - self.deadline) * 1000


def _peaks(scores: Array, floor: float, spacing: int) -> list[int]:
    """Lags of the local maxima at or above ``floor``, at least ``spacing`` apart."""
    found: list[int] = []
    for lag in np.argsort(scores)[::-1]:
        if scores[lag] < floor:
            break
        if all(abs(int(lag) - other) > spacing for other in found):
            found.append(int(lag))
    return found


def self_echoes(sound: Array) -> list[int]:
    """Offsets at which a sound's own start recurs in it (a repeated note)."""
    probe = sound[: round(PROBE_S * RATE)]
    return [lag for lag in _peaks(_correlate(sound, probe), MATCH, len(probe)) if lag > 0]


def _place(samples: Array, sound: Array, start: int, sign: float) -> None:
    """Add (or with sign -1 take away) ``sound`` at ``start``, at its best-fitting gain."""
    end = min(len(samples), start + len(sound))
    if start < 0 or end <= start:
        return
    part = sound[: end - start]
    gain = float(samples[start:end] @ part) / (float(part @ part) + 1e-12) if sign < 0 else 1.0
    samples[start:end] += np.float32(sign * max(0.0, min(gain, 1.5))) * part


def _locate(
    samples: Array, recording: Recording, sound: Array, deadline: float
) -> tuple[int | None, float, list[int], int]:
    """Index where ``sound`` starts nearest ``deadline``; its score; every strong match."""
    probe = sound[: round(PROBE_S * RATE)]
    lo = max(0, recording.index_at(deadline - EARLY_S))
    hi = recording.index_at(deadline + LATE_S) + len(sound)
    scores = _correlate(samples[lo:hi], probe)
    peaks = _peaks(scores, MATCH, len(probe) // 2)
    if not peaks:
        return None, float(scores.max()) if len(scores) else 0.0, [], lo
    nearest = min(peaks, key=lambda lag: abs(float(recording.times[lo + lag]) - deadline))
    return lo + nearest, float(scores[nearest]), [lo + lag for lag in peaks], lo


def analyse(recording: Recording, cues: list[tuple[str, float]]) -> list[Heard]:
    """Every cue (sound name, deadline) as heard.

    Sounds overlap (a tick during a rest sound): each sound found is taken away from the
    recording before the next is looked for, and the checks for clipping and doubling look
    at the recording with every *other* sound taken away.
    """
    sounds: dict[str, Array] = {}
    residual = recording.samples.astype(np.float32).copy()
    found: list[tuple[str, float, int | None, float, bool]] = []
    for name, deadline in sorted(cues, key=lambda cue: cue[1]):
        sound = sounds.setdefault(name, reference(name))
        lo = recording.index_at(deadline - EARLY_S)
        if recording.has_gap(lo, recording.index_at(deadline + LATE_S) + len(sound)):
            # A tone is found by its shape: with part of it missing, a match one part later
            # scores higher than the true one (seen: 25 ms "late" for a cue heard on time).
            found.append((name, deadline, None, 0.0, True))
            continue
        start, match, _, _ = _locate(residual, recording, sound, deadline)
        if start is not None:
            _place(residual, sound, start, -1.0)
        found.append((name, deadline, start, match, False))
    heard: list[Heard] = []
    for name, deadline, start, match, unmeasured in found:
        if start is None:
            heard.append(Heard(name, deadline, None, match, False, False, unmeasured))
            continue
        sound = sounds[name]
        # Only the neighbourhood matters: a copy of the whole recording per cue would not do
        # for a ten-minute workout.
        lo = max(0, start - len(sound))
        alone = residual[lo : start + 2 * len(sound) + 96].copy()
        _place(alone, sound, start - lo, 1.0)
        tail = sound[-round(TAIL_S * RATE) :]
        tail_at = start - lo + len(sound) - len(tail)
        tail_scores = _correlate(alone[max(0, tail_at - 48) : tail_at + len(tail) + 48], tail)
        whole = float(np.abs(tail).max()) < 1e-3 or (
            len(tail_scores) > 0 and float(tail_scores.max()) >= WHOLE
        )
        # Doubled: the same sound again within its own length, once this one is taken away.
        probe = sound[: round(PROBE_S * RATE)]
        again = residual[lo : start + 2 * len(sound)]
        doubled = bool(len(_peaks(_correlate(again, probe), MATCH, len(probe))) > 0)
        heard.append(Heard(name, deadline, float(recording.times[start]), match, whole, doubled))
    return heard
