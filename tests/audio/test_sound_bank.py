"""The user's own sounds: WAV, FLAC and OGG read, long ones cut with a fade, bad ones refused
with one line, every sound resampled once to the stream's rate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile

from app.audio.sound_bank import MAX_SECONDS, SoundBank, SoundFileError, decode


def write(path: Path, seconds: float, rate: int = 44100, channels: int = 2) -> Path:
    frames = np.full((round(seconds * rate), channels), 0.5, dtype=np.float32)
    soundfile.write(str(path), frames, rate)
    return path


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".ogg"])
def test_each_format_is_read_as_mono(tmp_path: Path, suffix: str) -> None:
    sound = decode(write(tmp_path / f"gong{suffix}", 0.5))
    assert sound.seconds == pytest.approx(0.5, abs=0.01)
    assert sound.samples.ndim == 1


def test_a_long_file_is_cut_with_a_fade(tmp_path: Path) -> None:
    sound = decode(write(tmp_path / "song.flac", 30.0), limit=MAX_SECONDS)
    assert sound.cut
    assert sound.seconds == pytest.approx(MAX_SECONDS)
    assert sound.samples[-1] == pytest.approx(0.0, abs=1e-3)
    assert sound.samples[0] == pytest.approx(0.5, abs=1e-3)


def test_a_file_that_is_not_sound_gets_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.ogg"
    bad.write_text("not a sound at all")
    with pytest.raises(SoundFileError) as caught:
        decode(bad)
    assert "notes.ogg could not be read" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_another_kind_of_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(SoundFileError, match="not a WAV, FLAC or OGG"):
        decode(write(tmp_path / "song.mp3.wav", 0.1).rename(tmp_path / "song.mp3"))


def test_a_bad_custom_file_leaves_the_built_in_sound(tmp_path: Path) -> None:
    missing = tmp_path / "gone.wav"
    bank = SoundBank({"hold": missing})
    assert "gone.wav" in str(bank.problems["hold"])
    assert bank.seconds("hold") == pytest.approx(0.3, abs=0.01)  # the built-in hold


def test_a_custom_sound_replaces_the_built_in_one(tmp_path: Path) -> None:
    bank = SoundBank({"rest": write(tmp_path / "bell.ogg", 1.2)})
    assert bank.seconds("rest") == pytest.approx(1.2, abs=0.01)


def test_sounds_are_resampled_once_to_the_stream_rate() -> None:
    bank = SoundBank()
    first = bank.at_rate("tick", 48000)
    assert first is not None
    assert len(first) == pytest.approx(0.08 * 48000, abs=2)
    assert bank.at_rate("tick", 48000) is first
