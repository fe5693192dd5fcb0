"""The committed voice clips: every word there, playable, click-free, trimmed, as loud as a beep.

The clips come from espeak-ng (tools/make_voice.py); another espeak-ng version may make
slightly different bytes, so these check what the user hears, not the bytes.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import wave
from array import array
from itertools import combinations
from pathlib import Path
from types import ModuleType

import pytest

from app.core.cues import BEEPS
from app.core.exercise import BUILT_IN
from app.core.voice import GAP
from app.core.voice_clips import COUNT, RECORDED, WORDS, exercise_clip
from app.resources import sound_path, voice_path

ROOT = Path(__file__).resolve().parents[2]
FULL_SCALE = 32767
EDGE_SAMPLES = 11  # a quarter of a millisecond at 44.1 kHz
TRIMMED_S = 0.03  # speech starts and ends this close to the clip's ends
DEFAULT_COUNTDOWN_ROOM = 2.0  # a 5 s get-ready: from its start to the spoken "three"


def samples(path: Path) -> array[int]:
    with wave.open(str(path), "rb") as source:
        frames = source.readframes(source.getnframes())
    pcm = array("h", frames)
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm


def rms_db(pcm: array[int]) -> float:
    return 20 * math.log10(math.sqrt(sum(value * value for value in pcm) / len(pcm)) / FULL_SCALE)


def seconds(name: str) -> float:
    return len(samples(voice_path(name))) / 44100


@pytest.mark.parametrize("name", RECORDED)
def test_each_clip_is_16_bit_mono_pcm_like_the_beeps(name: str) -> None:
    with wave.open(str(voice_path(name)), "rb") as source:
        assert source.getcomptype() == "NONE"
        assert source.getsampwidth() == 2
        assert source.getnchannels() == 1
        assert source.getframerate() == 44100
        assert source.getnframes() > 0


@pytest.mark.parametrize("name", RECORDED)
def test_each_clip_fades_in_and_out_so_it_does_not_click(name: str) -> None:
    pcm = samples(voice_path(name))
    quiet = 0.02 * FULL_SCALE
    assert abs(pcm[0]) <= 1
    assert abs(pcm[-1]) <= 1
    assert max(abs(value) for value in pcm[:EDGE_SAMPLES]) < quiet
    assert max(abs(value) for value in pcm[-EDGE_SAMPLES:]) < quiet


@pytest.mark.parametrize("name", RECORDED)
def test_each_clip_is_trimmed_to_its_speech(name: str) -> None:
    pcm = samples(voice_path(name))
    edge = round(TRIMMED_S * 44100)
    audible = 0.05 * FULL_SCALE
    assert max(abs(value) for value in pcm[:edge]) > audible
    assert max(abs(value) for value in pcm[-edge:]) > audible


@pytest.mark.parametrize("name", RECORDED)
def test_each_clip_is_about_as_loud_as_the_beeps_and_never_clips(name: str) -> None:
    pcm = samples(voice_path(name))
    beeps = [rms_db(samples(sound_path(kind.value))) for kind in BEEPS]
    assert 0.3 * FULL_SCALE < max(abs(value) for value in pcm) < 0.8 * FULL_SCALE
    # Speech is spikier than a tone: at the same peak it is quieter on average. The
    # compression in make_voice.py brings it within reach of the quietest beep.
    assert min(beeps) - 4.0 <= rms_db(pcm) <= max(beeps)


def test_the_countdown_and_the_names_fit_their_places_in_the_default_workout() -> None:
    for number in COUNT.values():
        # said on the second, with a gap before the next second
        assert seconds(number) + GAP <= 0.6
    for exercise in BUILT_IN:
        # any of them can open a default workout, before the spoken "three"
        assert seconds(exercise_clip(exercise)) + GAP <= DEFAULT_COUNTDOWN_ROOM


def test_every_clip_is_a_different_recording() -> None:
    recordings = {name: samples(voice_path(name)) for name in RECORDED}
    for first, second in combinations(RECORDED, 2):
        assert recordings[first] != recordings[second], (first, second)


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_voice", ROOT / "tools" / "make_voice.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_has_words_for_every_clip_and_labels_for_the_exercises() -> None:
    texts = load_tool().TEXTS
    assert set(texts) == set(RECORDED)
    assert [texts[exercise_clip(exercise)] for exercise in BUILT_IN] == [
        "Plank",
        "Side plank, left side",
        "Side plank, right side",
    ]
    assert [texts[word] for word in WORDS] == [
        "rest",
        "switch sides",
        "next exercise",
        "three",
        "two",
        "one",
        "done, well done",
    ]


def test_the_committed_clips_are_all_the_clips() -> None:
    folder = voice_path(RECORDED[0]).parent
    assert sorted(path.stem for path in folder.glob("*.wav")) == sorted(RECORDED)
