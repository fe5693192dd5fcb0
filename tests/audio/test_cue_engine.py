"""The cue engine as a player: its stream opens per workout, cues land on the frame of their
deadline, volume and mute reach the mix, and simpleaudio takes over when no stream opens."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.cue_engine import CueEngine
from app.audio.sound_bank import SoundBank
from app.core.cues import CueKind

from .fake_stream import BLOCK, RATE, StreamOpener
from .recording_player import RecordingPlayer


def engine_with(opener: StreamOpener) -> tuple[CueEngine, list]:
    made: list[RecordingPlayer] = []

    def fallback() -> RecordingPlayer:
        made.append(RecordingPlayer())
        return made[-1]

    return CueEngine(SoundBank(), fallback, open_stream=opener), made


def test_a_scheduled_cue_is_heard_at_its_deadline() -> None:
    opener = StreamOpener()
    engine, _ = engine_with(opener)
    assert engine.open()
    stream = opener.streams[0]
    assert stream.started
    start = 50.0
    engine.schedule("hold", start + 0.2, key=1)
    for block in range(40):
        stream.pull(start + block * BLOCK / RATE)
    heard = stream.heard()
    expected = round((start + 0.2 - start - stream.delay) * RATE)
    assert int(np.flatnonzero(heard)[0]) == pytest.approx(expected, abs=1)
    assert engine.started(1)


def test_volume_and_mute_set_before_the_workout_reach_its_stream() -> None:
    opener = StreamOpener()
    engine, _ = engine_with(opener)
    engine.volume = 0.5
    engine.muted = True
    engine.open()
    assert engine.mixer is not None
    assert engine.mixer.volume == 0.5
    assert engine.mixer.muted


def test_closing_releases_the_device() -> None:
    opener = StreamOpener()
    engine, _ = engine_with(opener)
    engine.open()
    engine.close()
    assert opener.streams[0].closed
    assert not engine.streaming


def test_without_a_stream_each_cue_goes_to_simpleaudio_and_the_path_says_why() -> None:
    engine, made = engine_with(StreamOpener(fail="no output stream could be opened (busy)"))
    engine.volume = 0.3
    assert not engine.open()
    engine.play(CueKind.HOLD)
    engine.play_clip("rest")
    assert made[0].heard == ["hold", "rest"]
    assert made[0].volume == 0.3
    assert "simpleaudio" in engine.path()
    assert "busy" in engine.path()


def test_durations_come_from_the_sounds_without_a_stream() -> None:
    engine, _ = engine_with(StreamOpener())
    assert engine.duration(CueKind.DONE) == pytest.approx(0.84, abs=0.01)
    assert engine.clip_duration("plank") == pytest.approx(0.44, abs=0.01)
    assert engine.clip_duration("no-such-clip") is None


def test_a_cue_handed_over_too_late_is_counted_and_the_count_outlives_its_stream(
    caplog: pytest.LogCaptureFixture,
) -> None:
    opener = StreamOpener()
    engine, _ = engine_with(opener)
    engine.open()
    stream = opener.streams[0]
    start = 50.0
    for block in range(10):
        stream.pull(start + block * BLOCK / RATE)
    engine.schedule("tick", start + 0.05, key=1)  # its frame went out already
    engine.play(CueKind.HOLD)  # "now" has no frame to miss
    for block in range(10, 20):
        stream.pull(start + block * BLOCK / RATE)
    assert engine.late_starts == 1
    with caplog.at_level("INFO", logger="app.audio.cue_engine"):
        engine.close()
    assert engine.late_starts == 1
    assert engine.worst_late_s == pytest.approx(10 * BLOCK / RATE - (0.05 - stream.delay), abs=1e-4)
    assert "1 cues started late" in caplog.text
