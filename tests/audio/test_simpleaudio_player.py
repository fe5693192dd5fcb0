"""SimpleaudioPlayer's promises, with simpleaudio replaced by a fake that can fail on demand.

test_simpleaudio_capture.py checks the real library against ALSA; these check what the
user is told when sound fails, and that the rest keeps working.
"""

from __future__ import annotations

import sys
import types
import wave
from array import array
from pathlib import Path

import pytest

from app.audio.silent_player import SilentPlayer
from app.audio.simpleaudio_player import SimpleaudioPlayer, open_player
from app.core.cues import BEEPS, CueKind
from app.core.voice_clips import RECORDED
from app.resources import sound_path, voice_path

NO_DEVICE = "Error opening PCM device. -- CODE: -2 -- MSG: No such file or directory"


class FakePlayObject:
    def is_playing(self) -> bool:
        return False

    def wait_done(self) -> None:
        pass


class FakeSimpleaudio(types.ModuleType):
    """Stands in for the simpleaudio module: records buffers, or raises while ``failing``."""

    def __init__(self) -> None:
        super().__init__("simpleaudio")
        self.buffers: list[bytes] = []
        self.failing = False

    def play_buffer(self, frames: bytes, channels: int, width: int, rate: int) -> FakePlayObject:
        if self.failing:
            raise RuntimeError(NO_DEVICE)
        self.buffers.append(frames)
        return FakePlayObject()

    def stop_all(self) -> None:
        pass


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeSimpleaudio:
    module = FakeSimpleaudio()
    monkeypatch.setitem(sys.modules, "simpleaudio", module)
    return module


def test_no_device_is_reported_once_and_sound_returns_with_the_device(
    fake: FakeSimpleaudio,
) -> None:
    reported: list[str] = []
    player = SimpleaudioPlayer(reported.append)
    fake.failing = True
    for kind in BEEPS:
        player.play(kind)
    assert player.problem == "Sound is unavailable: no audio device (Error opening PCM device)"
    assert reported == [player.problem]

    fake.failing = False
    player.play(CueKind.HOLD)
    assert player.problem is None
    assert len(fake.buffers) == 1

    fake.failing = True
    player.play(CueKind.REST)
    assert len(reported) == 2


def test_a_missing_sound_file_silences_only_that_cue(fake: FakeSimpleaudio, tmp_path: Path) -> None:
    sounds = {kind: sound_path(kind.value) for kind in BEEPS}
    sounds[CueKind.TICK] = tmp_path / "tick.wav"
    reported: list[str] = []
    player = SimpleaudioPlayer(reported.append, sounds=sounds)
    assert player.problem is not None
    assert "tick" in player.problem
    assert reported == [player.problem]
    player.play(CueKind.TICK)
    player.play(CueKind.HOLD)
    assert len(fake.buffers) == 1
    assert player.duration(CueKind.TICK) == 0.0
    assert player.duration(CueKind.HOLD) > 0.0


def test_durations_are_the_lengths_of_the_sounds(fake: FakeSimpleaudio) -> None:
    player = SimpleaudioPlayer()
    for kind in BEEPS:
        with wave.open(str(sound_path(kind.value)), "rb") as source:
            seconds = source.getnframes() / source.getframerate()
        assert player.duration(kind) == pytest.approx(seconds)


def test_volume_stays_between_silent_and_full(fake: FakeSimpleaudio) -> None:
    player = SimpleaudioPlayer(volume=3.0)
    assert player.volume == 1.0
    player.play(CueKind.TICK)
    player.volume = -0.5
    assert player.volume == 0.0
    player.play(CueKind.TICK)
    full, silent = fake.buffers
    assert full == sound_path("tick").read_bytes()[-len(full) :]
    assert silent == bytes(len(full))


def test_muted_player_plays_nothing(fake: FakeSimpleaudio) -> None:
    player = SimpleaudioPlayer()
    player.muted = True
    player.play(CueKind.DONE)
    assert fake.buffers == []


def test_without_simpleaudio_the_app_gets_a_silent_player_that_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", None)  # makes the import fail
    reported: list[str] = []
    player = open_player(reported.append)
    assert isinstance(player, SilentPlayer)
    assert player.problem is not None
    assert player.problem.startswith("Sound is unavailable: simpleaudio is not installed")
    assert reported == [player.problem]
    player.play(CueKind.HOLD)
    assert player.duration(CueKind.HOLD) == 0.0


def test_open_player_tries_the_device_before_the_first_cue(fake: FakeSimpleaudio) -> None:
    fake.failing = True
    reported: list[str] = []
    player = open_player(reported.append)
    assert player.problem is not None
    assert reported == [player.problem]


def voice_frames(name: str) -> bytes:
    with wave.open(str(voice_path(name)), "rb") as source:
        return source.readframes(source.getnframes())


def test_a_voice_clip_plays_as_recorded_and_says_how_long_it_lasts(
    fake: FakeSimpleaudio,
) -> None:
    player = SimpleaudioPlayer()
    for name in RECORDED:
        with wave.open(str(voice_path(name)), "rb") as source:
            seconds = source.getnframes() / source.getframerate()
        assert player.clip_duration(name) == pytest.approx(seconds)
    player.play_clip("side-left")
    assert fake.buffers == [voice_frames("side-left")]


def test_the_volume_applies_to_voice_clips_too(fake: FakeSimpleaudio) -> None:
    player = SimpleaudioPlayer(volume=0.5)
    player.play_clip("rest")
    player.volume = 0.0
    player.play_clip("rest")
    half, silent = fake.buffers
    recorded = array("h", voice_frames("rest"))
    assert array("h", half) == array("h", [round(value * 0.5) for value in recorded])
    assert silent == bytes(len(half))


def test_muted_player_says_nothing(fake: FakeSimpleaudio) -> None:
    player = SimpleaudioPlayer()
    player.muted = True
    player.play_clip("three")
    assert fake.buffers == []


@pytest.mark.parametrize("name", ["say:Wall sit", "no-such-word"])
def test_a_clip_without_a_recording_has_no_length_and_plays_nothing(
    fake: FakeSimpleaudio, name: str
) -> None:
    player = SimpleaudioPlayer()
    assert player.clip_duration(name) is None
    player.play_clip(name)
    assert fake.buffers == []
    assert player.problem is None  # the words are extra: the beeps still work


def test_missing_voice_clips_leave_the_beeps_alone(fake: FakeSimpleaudio, tmp_path: Path) -> None:
    reported: list[str] = []
    player = SimpleaudioPlayer(reported.append, voice_dir=tmp_path)
    assert player.clip_duration("rest") is None
    player.play(CueKind.REST)
    assert len(fake.buffers) == 1
    assert player.problem is None
    assert reported == []


def test_the_silent_player_has_no_words() -> None:
    player = SilentPlayer()
    assert player.clip_duration("rest") is None
    player.play_clip("rest")
