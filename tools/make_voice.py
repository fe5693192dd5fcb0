"""Writes the voice clips (assets/sounds/voice/*.wav) with espeak-ng and sox.

Usage: .venv/bin/python tools/make_voice.py [--out DIR]

Needs espeak-ng and sox at build time only (Debian: ``apt-get install -y espeak-ng sox``);
the clips are committed, so the app needs no speech engine. espeak-ng gives the same bytes
for the same text on the same version; another version may differ slightly, so the tests
check that the committed clips are sound, not that they can be remade bit for bit.

Each clip is made like the beeps: 16-bit mono PCM at 44.1 kHz. sox trims the silence
espeak-ng leaves around a word (a clip's length is its sound, so the schedule can fit it
between beeps), compresses it so speech, which peaks far above its average, is about as
loud as the beeps from three metres away, and normalises the peak to -3 dBFS. A short
raised-cosine fade at both ends keeps it from clicking.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from pathlib import Path

from app.core.exercise import BUILT_IN
from app.core.voice_clips import (
    COUNT,
    DONE,
    NEXT_EXERCISE,
    RECORDED,
    REST,
    SWITCH_SIDES,
    exercise_clip,
)

RATE = 44100
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "voice"
VOICE = "en-us"
WORDS_PER_MINUTE = 175  # espeak-ng's own default: clear from across a room
FADE_IN_S = 0.01
FADE_OUT_S = 0.02

TEXTS: dict[str, str] = {
    **{exercise_clip(exercise): exercise.label for exercise in BUILT_IN},
    REST: "rest",
    SWITCH_SIDES: "switch sides",
    NEXT_EXERCISE: "next exercise",
    COUNT[3]: "three",
    COUNT[2]: "two",
    COUNT[1]: "one",
    DONE: "done, well done",
}
"""What each recorded clip says."""

TRIM = ["silence", "1", "0.005", "0.2%"]
SOX_EFFECTS = [
    # drop the quiet before the word, reverse, drop it again (the quiet after), reverse back
    *[*TRIM, "reverse", *TRIM, "reverse"],
    # fast attack, short release: the soft parts of speech come up, its peaks stay in check
    *["compand", "0.003,0.08", "6:-60,-60,-40,-22,-20,-10,0,-6", "-3", "-60", "0.003"],
    *["gain", "-n", "-3"],
]
SOX_OUTPUT = ["-t", "raw", "-r", str(RATE), "-e", "signed-integer", "-b", "16", "-c", "1", "-L"]


def speak(text: str, folder: Path) -> Path:
    """espeak-ng's WAV of ``text`` (22.05 kHz, with silence around it)."""
    path = folder / "espeak.wav"
    subprocess.run(
        ["espeak-ng", "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(path), text],
        check=True,
    )
    return path


def converted(source: Path) -> array[int]:
    """Samples of ``source`` as 16-bit mono at RATE, trimmed, compressed and normalised."""
    raw = subprocess.run(
        ["sox", "-R", "-D", str(source), *SOX_OUTPUT, "-", *SOX_EFFECTS],
        check=True,
        capture_output=True,
    ).stdout
    samples = array("h", raw)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def faded(samples: array[int]) -> array[int]:
    """Raised-cosine fades at both ends, reaching exactly zero at the first and last sample."""
    out = array("h", samples)
    for seconds, at_start in ((FADE_IN_S, True), (FADE_OUT_S, False)):
        ramp = min(len(out) // 2, round(seconds * RATE))
        for step in range(ramp):
            gain = math.sin(0.5 * math.pi * step / ramp) ** 2
            position = step if at_start else len(out) - 1 - step
            out[position] = round(out[position] * gain)
    return out


def write_wav(path: Path, samples: array[int]) -> None:
    little = array("h", samples)
    if sys.byteorder == "big":
        little.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(little.tobytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the WAVs")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"make_voice: install {' and '.join(missing)} first", file=sys.stderr)
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name in RECORDED:
            samples = faded(converted(speak(TEXTS[name], Path(scratch))))
            path = out / f"{name}.wav"
            write_wav(path, samples)
            print(f"{path}: {len(samples) / RATE:.3f} s  {TEXTS[name]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
