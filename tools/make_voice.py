"""Writes the voice clips (assets/sounds/voice/*.wav, and per language
assets/sounds/voice/<code>/*.wav) with espeak-ng and sox.

Usage: .venv/bin/python tools/make_voice.py [--lang CODE ...] [--out DIR]

English, the source language, lives in assets/sounds/voice/ itself; every other language in a
folder named for its translation's code (de, fr, pt_BR, ...). Without --lang every language
is written.

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
SOURCE = "en"
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
"""What each recorded clip says in English."""


def _texts(names: tuple[str, str, str], words: tuple[str, ...]) -> dict[str, str]:
    """A language's clips: the three built-in exercises, then rest, switch sides, next
    exercise, three, two, one and done, in the order of voice_clips.WORDS."""
    clips = [exercise_clip(exercise) for exercise in BUILT_IN]
    rest, switch, next_exercise, three, two, one, done = words
    return {
        **dict(zip(clips, names, strict=True)),
        REST: rest,
        SWITCH_SIDES: switch,
        NEXT_EXERCISE: next_exercise,
        COUNT[3]: three,
        COUNT[2]: two,
        COUNT[1]: one,
        DONE: done,
    }


# The exercise names as the window's short form shows them in each language ("Side plank,
# left" in ExerciseNames of the .ts files: short enough to say before the countdown), the
# words as its readout says them (ReadoutText): what is heard matches what is read.
LANGUAGES: dict[str, tuple[str, dict[str, str]]] = {
    SOURCE: (VOICE, TEXTS),
    "de": (
        "de",
        _texts(
            ("Unterarmstütz", "Seitstütz links", "Seitstütz rechts"),
            (
                "Pause",
                "Seite wechseln",
                "nächste Übung",
                "drei",
                "zwei",
                "eins",
                "Geschafft, sehr gut",
            ),
        ),
    ),
    "fr": (
        "fr-fr",
        _texts(
            ("Planche", "Planche latérale gauche", "Planche latérale droite"),
            (
                "repos",
                "changez de côté",
                "exercice suivant",
                "trois",
                "deux",
                "un",
                "terminé, bravo",
            ),
        ),
    ),
    "es": (
        "es",
        _texts(
            ("Plancha", "Plancha lateral izquierda", "Plancha lateral derecha"),
            (
                "descanso",
                "cambia de lado",
                "siguiente ejercicio",
                "tres",
                "dos",
                "uno",
                "terminado, bien hecho",
            ),
        ),
    ),
    "it": (
        "it",
        _texts(
            ("Plank", "Plank laterale sinistro", "Plank laterale destro"),
            (
                "riposo",
                "cambia lato",
                "prossimo esercizio",
                "tre",
                "due",
                "uno",
                "finito, ben fatto",
            ),
        ),
    ),
    "nl": (
        "nl",
        _texts(
            ("Plank", "Zijplank links", "Zijplank rechts"),
            (
                "rust",
                "wissel van kant",
                "volgende oefening",
                "drie",
                "twee",
                "één",
                "klaar, goed gedaan",
            ),
        ),
    ),
    "pt_BR": (
        "pt-br",
        _texts(
            ("Prancha", "Prancha lateral esquerda", "Prancha lateral direita"),
            (
                "descanso",
                "troque de lado",
                "próximo exercício",
                "três",
                "dois",
                "um",
                "pronto, muito bem",
            ),
        ),
    ),
}
"""Each language's espeak-ng voice and what its clips say."""

TRIM = ["silence", "1", "0.005", "0.2%"]
SOX_EFFECTS = [
    # drop the quiet before the word, reverse, drop it again (the quiet after), reverse back
    *[*TRIM, "reverse", *TRIM, "reverse"],
    # fast attack, short release: the soft parts of speech come up, its peaks stay in check
    *["compand", "0.003,0.08", "6:-60,-60,-40,-22,-20,-10,0,-6", "-3", "-60", "0.003"],
    *["gain", "-n", "-3"],
]
SOX_OUTPUT = ["-t", "raw", "-r", str(RATE), "-e", "signed-integer", "-b", "16", "-c", "1", "-L"]


def speak(text: str, folder: Path, voice: str = VOICE) -> Path:
    """espeak-ng's WAV of ``text`` (22.05 kHz, with silence around it)."""
    path = folder / "espeak.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(path), text],
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


def language_folder(out: Path, code: str) -> Path:
    """Where a language's clips go: ``out`` for English, ``out/<code>`` for the others."""
    return out if code == SOURCE else out / code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lang", nargs="+", choices=sorted(LANGUAGES), help="the languages to write (all)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the WAVs")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"make_voice: install {' and '.join(missing)} first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        for code in args.lang or sorted(LANGUAGES):
            voice, texts = LANGUAGES[code]
            folder = language_folder(args.out, code)
            folder.mkdir(parents=True, exist_ok=True)
            for name in RECORDED:
                samples = faded(converted(speak(texts[name], Path(scratch), voice)))
                path = folder / f"{name}.wav"
                write_wav(path, samples)
                print(f"{path}: {len(samples) / RATE:.3f} s  {texts[name]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
