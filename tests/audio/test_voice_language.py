"""The spoken cues in the window's language: its own clips, or English only if asked for.

The player is the real one over a stand-in simpleaudio that keeps what it is handed, so a
test compares the bytes that would reach the sound card with the language's recordings.
"""

from __future__ import annotations

import sys
import types
import wave
from pathlib import Path

import pytest

from app.audio.simpleaudio_player import open_player
from app.audio.words_gate import WordsGate
from app.audio.workout_cues import workout_cues
from app.core.cues import CueKind
from app.core.exercise import BUILT_IN
from app.core.plan import Plan
from app.core.timeline import build_timeline
from app.languages import VoiceChoice, voice_choice
from app.resources import voice_folder, voice_path
from tests.core.test_voice import CLIP_SECONDS

from .recording_player import RecordingPlayer

TIMELINE = build_timeline(Plan.simple(BUILT_IN, rounds=2))


class _PlayObject:
    def is_playing(self) -> bool:
        return False

    def wait_done(self) -> None:
        pass


class Speakers(types.ModuleType):
    """Stands in for simpleaudio: keeps every buffer it is asked to play."""

    def __init__(self) -> None:
        super().__init__("simpleaudio")
        self.buffers: list[bytes] = []

    def play_buffer(self, frames: bytes, channels: int, width: int, rate: int) -> _PlayObject:
        self.buffers.append(frames)
        return _PlayObject()

    def stop_all(self) -> None:
        pass


@pytest.fixture
def speakers(monkeypatch: pytest.MonkeyPatch) -> Speakers:
    module = Speakers()
    monkeypatch.setitem(sys.modules, "simpleaudio", module)
    return module


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as source:
        return source.readframes(source.getnframes())


@pytest.mark.parametrize("code", ["de", "fr", "pt_BR"])
def test_the_player_says_the_words_of_the_chosen_language(speakers: Speakers, code: str) -> None:
    folder = voice_folder(code)
    assert folder is not None
    player = open_player(voice_dir=folder)
    player.play_clip("switch-sides")
    assert speakers.buffers[-1] == frames(folder / "switch-sides.wav")
    assert speakers.buffers[-1] != frames(voice_path("switch-sides"))  # not the English
    assert player.clip_duration("rest") == pytest.approx(
        len(frames(folder / "rest.wav")) / (2 * 44100)
    )


def test_without_a_folder_the_player_speaks_english(speakers: Speakers) -> None:
    player = open_player()
    player.play_clip("rest")
    assert speakers.buffers[-1] == frames(voice_path("rest"))


def test_a_language_with_clips_speaks_its_own_and_one_without_borrows_english() -> None:
    voiced = ["de", "fr"]
    assert voice_choice("de", voiced) == VoiceChoice("de", own=True)
    assert voice_choice("en", voiced) == VoiceChoice("en", own=True)
    assert voice_choice("sv", voiced) == VoiceChoice("en", own=False)


def test_behind_a_closed_gate_a_workout_keeps_to_its_beeps() -> None:
    inner = RecordingPlayer(CLIP_SECONDS)
    gate = WordsGate(inner, words=False)
    cues = workout_cues(TIMELINE, gate, voice=True)
    assert all(cue.clip is None for cue in cues)
    gate.play_clip("rest")
    gate.play(CueKind.REST)
    assert inner.heard == ["rest"]  # the beep; the word stayed behind the gate
    assert gate.clip_duration("rest") is None


def test_opening_the_gate_lets_the_words_into_the_next_workout() -> None:
    inner = RecordingPlayer(CLIP_SECONDS)
    gate = WordsGate(inner, words=False)
    gate.words = True
    cues = workout_cues(TIMELINE, gate, voice=True)
    assert [cue.clip for cue in cues if cue.clip is not None][:2] == ["plank", "three"]
    gate.play_clip("rest")
    assert inner.heard == ["rest"]


def test_the_gate_passes_mute_volume_and_stop_to_the_player() -> None:
    inner = RecordingPlayer(CLIP_SECONDS)
    gate = WordsGate(inner, words=True)
    gate.muted = True
    gate.volume = 0.4
    gate.stop_all()
    assert (inner.muted, inner.volume, inner.stops) == (True, 0.4, 1)
    assert gate.duration(CueKind.HOLD) == inner.duration(CueKind.HOLD)
    assert gate.problem is None
