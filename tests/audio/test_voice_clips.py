"""The committed voice clips, in every language: every word there, playable, click-free,
trimmed, as loud as a beep, short enough for its place.

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
from app.core.plan import Plan
from app.core.timeline import build_timeline
from app.core.voice import GAP
from app.core.voice_clips import COUNT, RECORDED, WORDS, clips_for, exercise_clip
from app.languages import SOURCE_LANGUAGE, shipped_languages
from app.resources import sound_path, voice_folder, voice_folder_codes, voice_path

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


VOICED = [SOURCE_LANGUAGE, *voice_folder_codes()]
CLIPS = [(code, name) for code in VOICED for name in RECORDED]


def clip_path(code: str, name: str) -> Path:
    folder = voice_folder(code)
    assert folder is not None, f"no voice clips for {code}"
    return folder / f"{name}.wav"


def seconds(code: str, name: str) -> float:
    return len(samples(clip_path(code, name))) / 44100


def test_english_clips_are_where_the_player_looks_by_default() -> None:
    assert clip_path(SOURCE_LANGUAGE, "rest") == voice_path("rest")


@pytest.mark.parametrize("code", shipped_languages())
def test_every_word_a_workout_can_ask_for_is_recorded_in_every_language(code: str) -> None:
    timeline = build_timeline(Plan.simple(BUILT_IN, rounds=2))
    recorded = {path.stem for path in clip_path(code, "rest").parent.glob("*.wav")}
    assert set(clips_for(timeline)) <= recorded
    assert recorded == set(RECORDED)


def test_every_voice_folder_is_a_shipped_language() -> None:
    assert sorted(VOICED) == shipped_languages()


@pytest.mark.parametrize(("code", "name"), CLIPS)
def test_each_clip_is_16_bit_mono_pcm_like_the_beeps(code: str, name: str) -> None:
    with wave.open(str(clip_path(code, name)), "rb") as source:
        assert source.getcomptype() == "NONE"
        assert source.getsampwidth() == 2
        assert source.getnchannels() == 1
        assert source.getframerate() == 44100
        assert source.getnframes() > 0


@pytest.mark.parametrize(("code", "name"), CLIPS)
def test_each_clip_fades_in_and_out_so_it_does_not_click(code: str, name: str) -> None:
    pcm = samples(clip_path(code, name))
    quiet = 0.02 * FULL_SCALE
    assert abs(pcm[0]) <= 1
    assert abs(pcm[-1]) <= 1
    assert max(abs(value) for value in pcm[:EDGE_SAMPLES]) < quiet
    assert max(abs(value) for value in pcm[-EDGE_SAMPLES:]) < quiet


@pytest.mark.parametrize(("code", "name"), CLIPS)
def test_each_clip_is_trimmed_to_its_speech(code: str, name: str) -> None:
    pcm = samples(clip_path(code, name))
    edge = round(TRIMMED_S * 44100)
    audible = 0.05 * FULL_SCALE
    assert max(abs(value) for value in pcm[:edge]) > audible
    assert max(abs(value) for value in pcm[-edge:]) > audible


@pytest.mark.parametrize(("code", "name"), CLIPS)
def test_each_clip_is_about_as_loud_as_the_beeps_and_never_clips(code: str, name: str) -> None:
    pcm = samples(clip_path(code, name))
    beeps = [rms_db(samples(sound_path(kind.value))) for kind in BEEPS]
    assert 0.3 * FULL_SCALE < max(abs(value) for value in pcm) < 0.8 * FULL_SCALE
    # Speech is spikier than a tone: at the same peak it is quieter on average. The
    # compression in make_voice.py brings it within reach of the quietest beep.
    assert min(beeps) - 4.0 <= rms_db(pcm) <= max(beeps)


@pytest.mark.parametrize("code", VOICED)
def test_the_countdown_and_the_names_fit_their_places_in_the_default_workout(code: str) -> None:
    for number in COUNT.values():
        # said on the second, with a gap before the next second
        assert seconds(code, number) + GAP <= 0.6
    for exercise in BUILT_IN:
        # any of them can open a default workout, before the spoken "three"
        assert seconds(code, exercise_clip(exercise)) + GAP <= DEFAULT_COUNTDOWN_ROOM


@pytest.mark.parametrize("code", VOICED)
def test_every_clip_is_a_different_recording(code: str) -> None:
    recordings = {name: samples(clip_path(code, name)) for name in RECORDED}
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


def test_the_generator_speaks_every_shipped_language_with_words_for_every_clip() -> None:
    tool = load_tool()
    assert sorted(tool.LANGUAGES) == shipped_languages()
    for code, (_voice, texts) in tool.LANGUAGES.items():
        assert set(texts) == set(RECORDED), code
        assert len(set(texts.values())) == len(RECORDED), code  # no two clips say the same
    assert tool.LANGUAGES["de"][1]["switch-sides"] == "Seite wechseln"
    assert tool.language_folder(Path("voice"), "pt_BR") == Path("voice/pt_BR")
    assert tool.language_folder(Path("voice"), SOURCE_LANGUAGE) == Path("voice")


@pytest.mark.parametrize("code", VOICED)
def test_the_committed_clips_are_all_the_clips(code: str) -> None:
    folder = clip_path(code, RECORDED[0]).parent
    assert sorted(path.stem for path in folder.glob("*.wav")) == sorted(RECORDED)
