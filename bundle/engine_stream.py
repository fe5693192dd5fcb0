"""What the cue engine's one stream carried: where its sounds begin, against when cues were due.

The bundle check's sound card stand-in (``bundle/clean_env.py``) saves the engine's stream
as it arrives, at a sound card's pace: raw 48 kHz stereo float32, what the engine's
PortAudio stream sends. ``--verbose`` logs each cue's deadline; every cue must have a sound
beginning at its moment in the stream, counted from the first cue (the stream's start and
the pipe in between shift all of them alike).
"""

from __future__ import annotations

import re

import numpy as np

RATE = 48000
CHANNELS = 2
BYTES_PER_S = RATE * CHANNELS * 4
WINDOW_S = 0.01
QUIET_S = 0.1
"""A sound begins after at least this much silence: a spoken clip's pauses between words
start sounds of their own, which only adds onsets no cue is asked to match."""
LOUD = 0.01
DUE = re.compile(r"cue (\S+) #\d+ due at ([0-9.]+) on CLOCK_MONOTONIC")


def onsets(raw: bytes) -> list[float]:
    """Seconds into the stream at which a sound begins after a silence."""
    frames = len(raw) // (4 * CHANNELS)
    samples = np.frombuffer(raw[: frames * 4 * CHANNELS], dtype="<f4").reshape(-1, CHANNELS)
    per = int(RATE * WINDOW_S)
    windows = len(samples) // per
    left = samples[: windows * per, 0].astype(np.float64).reshape(windows, per)
    loud = np.sqrt((left**2).mean(axis=1)) > LOUD
    found: list[float] = []
    last_loud = -1e9
    for index in np.flatnonzero(loud):
        if (index - last_loud) * WINDOW_S > QUIET_S:
            found.append(float(index * WINDOW_S))
        last_loud = index
    return found


def due_cues(log: str) -> list[tuple[str, float]]:
    """``(sound, deadline)`` of each cue the program logged with ``--verbose``."""
    return [(name, float(at)) for name, at in DUE.findall(log)]


def missed(due: list[tuple[str, float]], heard: list[float], tolerance: float) -> list[str]:
    """The cues with no sound beginning within ``tolerance`` of their moment, counted from the
    first cue and the first sound."""
    if not due or not heard:
        return [name for name, _at in due]
    first_due, first_heard = due[0][1], heard[0]
    return [
        f"{name} at +{at - first_due:.2f} s"
        for name, at in due
        if not any(abs((onset - first_heard) - (at - first_due)) <= tolerance for onset in heard)
    ]
