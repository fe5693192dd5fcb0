"""The workout page speaks by default, and a switch turns the words off for the next workout."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.cues import Cue, CueKind
from app.ui.workout.workout_page import WorkoutPage
from tests.audio.recording_player import RecordingPlayer
from tests.core.test_voice import CLIP_SECONDS
from tests.fakes import FakeClock
from tests.ui.conftest import SMALL_PLAN, WindowFactory, plan_settings


def words(cues: tuple[Cue, ...]) -> list[str]:
    return [cue.clip for cue in cues if cue.clip is not None]


def test_a_workout_says_its_words_where_the_player_can(make_window: WindowFactory) -> None:
    window = make_window(player=RecordingPlayer(CLIP_SECONDS))
    page = window.workout

    page.start()

    assert page.voice
    said = words(page.session.cues)
    assert said[:4] == ["plank", "three", "two", "one"]
    assert {"rest", "next-exercise", "side-left", "done"} <= set(said)
    assert CueKind.TICK not in [cue.kind for cue in page.session.cues]


def test_voice_off_keeps_to_the_beeps_from_the_next_workout_on(
    make_window: WindowFactory,
) -> None:
    window = make_window(player=RecordingPlayer(CLIP_SECONDS))
    page = window.workout
    page.start()

    page.set_voice(False)
    assert words(page.session.cues) != []  # the running workout keeps its schedule
    page.stop()
    page.start()
    assert words(page.session.cues) == []
    assert CueKind.TICK in [cue.kind for cue in page.session.cues]

    page.set_voice(True)
    page.stop()
    page.start()
    assert "plank" in words(page.session.cues)


def test_a_page_made_without_voice_has_none(
    qtbot: QtBot, clock: FakeClock, settings_path: Path
) -> None:
    player = RecordingPlayer(CLIP_SECONDS)
    page = WorkoutPage(clock, player, plan_settings(settings_path), SMALL_PLAN, voice=False)
    qtbot.addWidget(page)

    page.start()

    assert not page.voice
    assert words(page.session.cues) == []
    page.shut_down()
