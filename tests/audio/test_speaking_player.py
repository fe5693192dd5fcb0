"""Custom exercise names go to a speech engine; everything else to the player as before."""

from __future__ import annotations

from app.audio.speaking_player import SpeakingPlayer, estimated_seconds
from app.audio.workout_cues import workout_cues
from app.core.cues import CueKind
from app.core.exercise import PLANK, exercise_for
from app.core.plan import Plan
from app.core.timeline import build_timeline
from app.core.voice_clips import exercise_clip
from tests.core.test_voice import CLIP_SECONDS

from .recording_player import RecordingPlayer

WALL_SIT = exercise_for("wall sit")


class FakeSpeaker:
    """Remembers what it was asked to say, and at what volume."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0
        self.volume = -1.0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def set_volume(self, volume: float) -> None:
        self.volume = volume


def test_a_custom_name_is_spoken_and_recorded_words_are_played() -> None:
    inner, speaker = RecordingPlayer(CLIP_SECONDS), FakeSpeaker()
    player = SpeakingPlayer(inner, speaker)

    player.play_clip("rest")
    player.play_clip(exercise_clip(WALL_SIT))
    player.play(CueKind.HOLD)

    assert inner.heard == ["rest", "hold"]
    assert speaker.said == ["Wall sit"]


def test_a_spoken_name_has_a_length_that_grows_with_the_text() -> None:
    player = SpeakingPlayer(RecordingPlayer(CLIP_SECONDS), FakeSpeaker())

    assert player.clip_duration("rest") == CLIP_SECONDS["rest"]
    assert player.clip_duration("say:Wall sit") == estimated_seconds("Wall sit")
    assert estimated_seconds("Bird dog, left side") > estimated_seconds("Wall sit") > 0.5


def test_mute_volume_and_stop_reach_the_speaker_too() -> None:
    inner, speaker = RecordingPlayer(), FakeSpeaker()
    inner.volume = 0.7
    player = SpeakingPlayer(inner, speaker)
    assert speaker.volume == 0.7

    player.volume = 0.3
    player.muted = True
    player.play_clip("say:Wall sit")
    player.stop_all()

    assert (inner.volume, speaker.volume) == (0.3, 0.3)
    assert inner.muted
    assert speaker.said == []
    assert (inner.stops, speaker.stops) == (1, 1)


def test_the_problem_is_the_players_own() -> None:
    inner = RecordingPlayer()
    inner.problem = "Sound is unavailable: no audio device"
    assert SpeakingPlayer(inner, FakeSpeaker()).problem == inner.problem


def test_with_a_speech_engine_a_custom_exercise_is_named_in_the_workout() -> None:
    timeline = build_timeline(Plan.simple([PLANK, WALL_SIT], rounds=1))
    plain = RecordingPlayer(CLIP_SECONDS)

    without = workout_cues(timeline, plain, voice=True)
    spoken = workout_cues(timeline, SpeakingPlayer(plain, FakeSpeaker()), voice=True)

    assert "say:Wall sit" not in [cue.clip for cue in without]
    assert "next-exercise" in [cue.clip for cue in without]
    assert "say:Wall sit" in [cue.clip for cue in spoken]
