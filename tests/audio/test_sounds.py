"""The committed cue sounds: playable everywhere, click-free, loud but clean, told apart."""

from __future__ import annotations

import subprocess
import sys
import wave
from array import array
from itertools import combinations
from pathlib import Path

import pytest

from app.core.cues import BEEPS, CueKind
from app.resources import sound_path

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "tools" / "make_sounds.py"
FULL_SCALE = 32767
EDGE_SAMPLES = 11  # a quarter of a millisecond at 44.1 kHz


def samples(kind: CueKind) -> array[int]:
    with wave.open(str(sound_path(kind.value)), "rb") as source:
        frames = source.readframes(source.getnframes())
    pcm = array("h", frames)
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm


@pytest.mark.parametrize("kind", BEEPS, ids=lambda kind: kind.value)
def test_each_sound_is_16_bit_mono_pcm(kind: CueKind) -> None:
    with wave.open(str(sound_path(kind.value)), "rb") as source:
        assert source.getcomptype() == "NONE"
        assert source.getsampwidth() == 2
        assert source.getnchannels() == 1
        assert source.getframerate() == 44100


@pytest.mark.parametrize("kind", BEEPS, ids=lambda kind: kind.value)
def test_each_sound_fades_in_and_out_so_it_does_not_click(kind: CueKind) -> None:
    pcm = samples(kind)
    quiet = 0.02 * FULL_SCALE
    assert abs(pcm[0]) <= 1
    assert abs(pcm[-1]) <= 1
    assert max(abs(value) for value in pcm[:EDGE_SAMPLES]) < quiet
    assert max(abs(value) for value in pcm[-EDGE_SAMPLES:]) < quiet


@pytest.mark.parametrize("kind", BEEPS, ids=lambda kind: kind.value)
def test_each_sound_is_loud_enough_to_hear_but_never_clips(kind: CueKind) -> None:
    peak = max(abs(value) for value in samples(kind))
    assert 0.3 * FULL_SCALE < peak < 0.8 * FULL_SCALE


def test_the_five_sounds_differ_and_tick_is_shortest_done_longest() -> None:
    sounds = {kind: samples(kind) for kind in BEEPS}
    for first, second in combinations(BEEPS, 2):
        assert sounds[first] != sounds[second], (first, second)
    lengths = {kind: len(pcm) / 44100 for kind, pcm in sounds.items()}
    assert min(lengths, key=lengths.__getitem__) is CueKind.TICK
    assert max(lengths, key=lengths.__getitem__) is CueKind.DONE
    assert lengths[CueKind.TICK] <= 0.1
    assert 0.7 <= lengths[CueKind.DONE] <= 1.0


def test_the_generator_rebuilds_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for kind in BEEPS:
        rebuilt = (tmp_path / f"{kind.value}.wav").read_bytes()
        assert rebuilt == sound_path(kind.value).read_bytes(), kind
