"""Writes the cue sounds (assets/sounds/*.wav) from a few lines of arithmetic.

Usage: .venv/bin/python tools/make_sounds.py [--out DIR]

The sounds are generated rather than recorded so they can be rebuilt and reviewed as code.
The output is byte-for-byte the same on every run (no randomness, no timestamps), which
the test suite checks against the committed files.

Each cue must be told apart with eyes closed from 3 m away, so they differ in length,
number of notes and direction: tick is one short blip, hold rises, rest falls softly,
switch goes up-down-up, done climbs a major arpeggio and rings out. Pitches sit between
500 Hz and 1.4 kHz, where laptop speakers are loud and the ear is sensitive.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
FULL_SCALE = 32767
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    """One tone: pitch as a MIDI note number, length in seconds, and its timbre."""

    midi: int
    seconds: float
    gap_after: float = 0.0
    brightness: float = 0.3
    """Weight of the overtones: 0 is a pure, soft sine; higher sounds brassier."""
    decay: float = 0.25
    """Time constant of the exponential fade over the note, in seconds."""
    attack: float = 0.004
    """Raised-cosine ramp at both ends: long enough that nothing clicks."""


@dataclass(frozen=True)
class Sound:
    """A cue's notes and how loud its loudest sample is (fraction of full scale)."""

    name: str
    notes: tuple[Note, ...]
    peak: float


def frequency(midi: int) -> float:
    return 440.0 * math.pow(2.0, (midi - 69) / 12)


def render_note(note: Note) -> list[float]:
    length = round(note.seconds * RATE)
    ramp = max(1, round(note.attack * RATE))
    base = 2.0 * math.pi * frequency(note.midi) / RATE
    overtones = [(k, note.brightness ** (k - 1) / k) for k in range(1, 5)]
    samples = []
    for i in range(length):
        value = sum(weight * math.sin(base * k * i) for k, weight in overtones)
        envelope = math.exp(-i / (note.decay * RATE))
        edge = min(i, length - 1 - i)
        if edge < ramp:
            envelope *= math.sin(0.5 * math.pi * edge / ramp) ** 2
        samples.append(value * envelope)
    samples.extend([0.0] * round(note.gap_after * RATE))
    return samples


def render(sound: Sound) -> bytes:
    """16-bit little-endian PCM frames, scaled so the loudest sample is ``sound.peak``."""
    samples = [value for note in sound.notes for value in render_note(note)]
    scale = sound.peak * FULL_SCALE / max(abs(value) for value in samples)
    pcm = [round(value * scale) for value in samples]
    return struct.pack(f"<{len(pcm)}h", *pcm)


# MIDI numbers: 72 = C5, 76 = E5, 79 = G5, 81 = A5, 84 = C6, 88 = E6.
SOUNDS = (
    Sound("tick", (Note(84, 0.08, brightness=0.2, decay=0.025, attack=0.003),), peak=0.5),
    Sound(
        "hold",
        (
            Note(81, 0.13, gap_after=0.02, brightness=0.6, decay=0.4),
            Note(88, 0.15, brightness=0.6, decay=0.3),
        ),
        peak=0.6,
    ),
    Sound(
        "rest",
        (
            Note(79, 0.18, gap_after=0.03, brightness=0.0, decay=0.2, attack=0.02),
            Note(72, 0.24, brightness=0.0, decay=0.15, attack=0.02),
        ),
        peak=0.4,
    ),
    Sound(
        "switch",
        (
            Note(84, 0.1, gap_after=0.02, brightness=0.35, decay=0.2),
            Note(79, 0.1, gap_after=0.02, brightness=0.35, decay=0.2),
            Note(84, 0.14, brightness=0.35, decay=0.2),
        ),
        peak=0.55,
    ),
    Sound(
        "done",
        (
            Note(72, 0.12, gap_after=0.01, brightness=0.4, decay=0.3),
            Note(76, 0.12, gap_after=0.01, brightness=0.4, decay=0.3),
            Note(79, 0.12, gap_after=0.01, brightness=0.4, decay=0.3),
            Note(84, 0.45, brightness=0.4, decay=0.25),
        ),
        peak=0.6,
    ),
)


def write_wav(path: Path, frames: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the WAVs")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for sound in SOUNDS:
        path = out / f"{sound.name}.wav"
        frames = render(sound)
        write_wav(path, frames)
        print(f"{path}: {len(frames) // 2 / RATE:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
