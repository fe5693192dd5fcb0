"""The cue thread says the words of a voice schedule in their places, and drops what is stale.

As in test_cue_thread: the thread sleeps on a fake clock, so phases last what a workout's do
and no real time passes; a late cue is made by starting the thread after the clock jumped on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.audio.cue_thread import LATE_LIMIT, CueThread
from app.audio.workout_cues import workout_cues
from app.core.cues import CueKind
from app.core.exercise import PLANK, SIDE_LEFT, Exercise
from app.core.session import Session
from app.core.timeline import Phase, PhaseKind, Timeline
from tests.fake_waiter import FakeWaiter

from .recording_player import RecordingPlayer

WORDS = {
    "plank": 0.6,
    "side-left": 0.7,
    "rest": 0.5,
    "next-exercise": 0.7,
    "three": 0.4,
    "two": 0.35,
    "one": 0.35,
    "done": 0.5,
}
"""Clip lengths as recorded words have them."""
NEVER_STALE = 60.0


def timeline(*spec: tuple[PhaseKind, float, Exercise]) -> Timeline:
    phases, start = [], 0.0
    for kind, duration, exercise in spec:
        phases.append(Phase(kind, duration, exercise, 1, 1, start))
        start += duration
    return Timeline(tuple(phases))


def plank_then(*spec: tuple[PhaseKind, float]) -> Timeline:
    return timeline(*((kind, duration, PLANK) for kind, duration in spec))


class Runner:
    """Starts a session of a timeline with its voice schedule, then its cue thread, which may
    come ``late_by`` seconds after the start; the thread says it on a recording player."""

    def __init__(self, clock: FakeWaiter) -> None:
        self.clock = clock
        self.threads: list[CueThread] = []

    def __call__(
        self,
        line: Timeline,
        words: dict[str, float],
        late_limit: float = LATE_LIMIT,
        late_by: float = 0.0,
    ) -> tuple[Session, RecordingPlayer]:
        player = RecordingPlayer(words)
        session = Session(line, self.clock, workout_cues(line, player, voice=True))
        session.start()
        self.clock.jump(late_by)
        thread = CueThread(
            session, player, self.clock, player.on_played, late_limit=late_limit, waiter=self.clock
        )
        self.threads.append(thread)
        self.clock.wait_idle()
        return session, player


@pytest.fixture
def run(clock: FakeWaiter) -> Iterator[Runner]:
    runner = Runner(clock)
    yield runner
    for thread in runner.threads:
        thread.close()


def test_words_are_said_in_their_places_between_the_beeps(clock: FakeWaiter, run: Runner) -> None:
    line = timeline(
        (PhaseKind.GET_READY, 5.0, PLANK),
        (PhaseKind.HOLD, 10.0, PLANK),
        (PhaseKind.REST, 5.0, PLANK),
        (PhaseKind.HOLD, 10.0, PLANK),
        (PhaseKind.SWITCH, 5.0, SIDE_LEFT),
        (PhaseKind.HOLD, 10.0, SIDE_LEFT),
    )
    session, player = run(line, WORDS)

    clock.advance(line.total + 10.0)

    count = ["three", "two", "one"]
    assert player.heard == [
        *("plank", *count, "hold"),
        *("rest", "rest", *count, "hold"),
        *("switch", "next-exercise", "side-left", *count, "hold"),
        *("done", "done"),
    ]
    assert player.heard == [cue.clip or cue.kind.value for cue in session.cues]
    for scheduled, played_at in player.log:
        assert played_at == scheduled.at, f"{scheduled.cue} said off its place"


def test_stale_words_are_dropped_and_the_beep_after_them_plays(
    clock: FakeWaiter, run: Runner
) -> None:
    # "plank" at 0, "three" at 2, "two" at 3, "one" at 4, the hold at 5
    _, player = run(
        plank_then((PhaseKind.GET_READY, 5.0), (PhaseKind.HOLD, 10.0)),
        WORDS,
        late_by=5.0 - 0.25,  # every word is late, the last by 0.75 s
    )
    assert player.heard == []

    clock.advance(0.25)
    assert player.heard == ["hold"]
    clock.advance(20.0)
    assert player.heard == ["hold", "done", "done"]


@pytest.mark.parametrize(
    ("late_by", "heard"),
    [
        (9.2, ["hold", "plank", "done"]),  # started at 9.2, "plank" ends at 9.8: it fits
        (9.6, ["hold", "done"]),  # started at 9.6, it would still be speaking at the done beep
    ],
)
def test_a_word_that_would_run_into_the_next_beep_is_dropped(
    clock: FakeWaiter, run: Runner, late_by: float, heard: list[str]
) -> None:
    # the hold beep at 0, "plank" (0.6 s) at 0.15, the done beep at 10
    _, player = run(
        plank_then((PhaseKind.HOLD, 10.0)),
        {"plank": 0.6},
        NEVER_STALE,  # late by the clock is never the reason here
        late_by=late_by,
    )

    clock.advance(5.0)

    assert player.heard == heard


def test_a_late_done_beep_is_not_displaced_by_the_word_after_it(
    clock: FakeWaiter, run: Runner
) -> None:
    _, player = run(
        plank_then((PhaseKind.HOLD, 10.0)),
        WORDS,
        late_by=15.0,  # the hold beep, the done beep and the word are long overdue
    )

    clock.advance(5.0)

    assert player.heard == ["done"]
    assert player.kinds == [CueKind.DONE]
