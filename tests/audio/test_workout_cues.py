"""A workout's schedule is built from what the player can play: its words, their lengths."""

from __future__ import annotations

import pytest

from app.audio.silent_player import SilentPlayer
from app.audio.simpleaudio_player import SimpleaudioPlayer
from app.audio.workout_cues import quiet_after, workout_cues
from app.core.cues import BEEPS, CueKind, cue_schedule
from app.core.plan import Plan
from app.core.timeline import build_timeline
from app.core.voice import GAP, voice_schedule
from tests.core.test_voice import CLIP_SECONDS

from .recording_player import RecordingPlayer
from .test_simpleaudio_player import FakeSimpleaudio, fake  # noqa: F401 (a fixture)

TIMELINE = build_timeline(Plan.simple())


def test_without_voice_the_schedule_is_the_beeps() -> None:
    player = RecordingPlayer(CLIP_SECONDS)
    assert workout_cues(TIMELINE, player, voice=False) == cue_schedule(TIMELINE)


def test_a_player_with_no_words_keeps_to_the_beeps() -> None:
    assert workout_cues(TIMELINE, SilentPlayer(), voice=True) == cue_schedule(TIMELINE)


def test_words_are_placed_by_the_lengths_the_player_gives() -> None:
    player = RecordingPlayer(CLIP_SECONDS)
    expected = voice_schedule(
        TIMELINE, cue_schedule(TIMELINE), dict.fromkeys(BEEPS, 0.0), CLIP_SECONDS
    )
    assert workout_cues(TIMELINE, player, voice=True) == expected


def test_the_real_player_says_every_recorded_word_of_the_default_workout(
    fake: FakeSimpleaudio,  # noqa: F811
) -> None:
    cues = workout_cues(TIMELINE, SimpleaudioPlayer(), voice=True)

    said = {cue.clip for cue in cues if cue.clip is not None}
    assert said == {
        "plank",
        "side-left",
        "side-right",
        "rest",
        "next-exercise",
        "switch-sides",
        "three",
        "two",
        "one",
        "done",
    }
    assert CueKind.TICK not in [cue.kind for cue in cues]


def test_the_workout_is_quiet_only_once_the_spoken_done_has_ended() -> None:
    player = RecordingPlayer(CLIP_SECONDS)
    cues = workout_cues(TIMELINE, player, voice=True)
    done = next(cue for cue in cues if cue.kind is CueKind.DONE)

    # the recording player's beeps last no time: the word follows the beep by the gap
    assert quiet_after(done, cues, player) == pytest.approx(GAP + CLIP_SECONDS["done"])
    beeps_only = cue_schedule(TIMELINE)
    assert quiet_after(beeps_only[-1], beeps_only, player) == 0.0
