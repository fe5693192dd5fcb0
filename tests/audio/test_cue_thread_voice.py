"""The cue thread says the words of a voice schedule in their places, and drops what is stale.

As in test_cue_thread: phases last tenths of a second on the real monotonic clock, tests wait
for what the recording player reports and never sleep, and a late cue is made by moving the
clock forward by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from app.audio.cue_thread import LATE_LIMIT, CueThread
from app.audio.workout_cues import workout_cues
from app.core.cues import CueKind
from app.core.exercise import PLANK, SIDE_LEFT, Exercise
from app.core.session import Session
from app.core.timeline import Phase, PhaseKind, Timeline

from .recording_player import RecordingPlayer
from .test_cue_thread import NEVER_STALE, ShiftedClock

SHORT_WORDS = {
    "plank": 0.01,
    "side-left": 0.01,
    "rest": 0.01,
    "next-exercise": 0.01,
    "one": 0.01,
    "done": 0.01,
}

Runner = Callable[..., tuple[Session, RecordingPlayer]]


def timeline(*spec: tuple[PhaseKind, float, Exercise]) -> Timeline:
    phases, start = [], 0.0
    for kind, duration, exercise in spec:
        phases.append(Phase(kind, duration, exercise, 1, 1, start))
        start += duration
    return Timeline(tuple(phases))


def plank_then(*spec: tuple[PhaseKind, float]) -> Timeline:
    return timeline(*((kind, duration, PLANK) for kind, duration in spec))


@pytest.fixture
def run() -> Iterator[Runner]:
    """A session of ``timeline`` with its voice schedule, played by a recording player."""
    threads: list[CueThread] = []

    def start(
        timeline: Timeline,
        words: dict[str, float],
        clock: Callable[[], float] = time.monotonic,
        late_limit: float = NEVER_STALE,
        shift_before_start: float = 0.0,
    ) -> tuple[Session, RecordingPlayer]:
        player = RecordingPlayer(words)
        session = Session(timeline, clock, workout_cues(timeline, player, voice=True))
        session.start()
        if isinstance(clock, ShiftedClock):
            clock.shift += shift_before_start
        threads.append(CueThread(session, player, clock, player.on_played, late_limit=late_limit))
        return session, player

    yield start
    for thread in threads:
        thread.close()


def test_words_are_said_in_their_places_between_the_beeps(run: Runner) -> None:
    line = timeline(
        (PhaseKind.GET_READY, 1.5, PLANK),  # "plank" at 0, the "one" at 0.5
        (PhaseKind.HOLD, 0.4, PLANK),
        (PhaseKind.REST, 0.7, PLANK),
        (PhaseKind.HOLD, 0.4, PLANK),
        (PhaseKind.SWITCH, 1.0, SIDE_LEFT),
        (PhaseKind.HOLD, 0.4, SIDE_LEFT),
    )
    session, player = run(line, SHORT_WORDS)

    player.wait_for_cues(len(session.cues))

    assert player.heard == [
        "plank",
        "one",
        "hold",
        "rest",
        "rest",
        "hold",
        "switch",
        "next-exercise",
        "side-left",
        "hold",
        "done",
        "done",
    ]
    assert player.heard == [cue.clip or cue.kind.value for cue in session.cues]


def test_stale_words_are_dropped_and_the_beep_after_them_plays(run: Runner) -> None:
    clock = ShiftedClock()
    # "plank" at 0, "three" at 0.5, "two" at 1.5, "one" at 2.5, the hold at 3.5
    words = {**SHORT_WORDS, "three": 0.01, "two": 0.01}
    _, player = run(
        plank_then((PhaseKind.GET_READY, 3.5), (PhaseKind.HOLD, 0.1)),
        words,
        clock,
        LATE_LIMIT,
        shift_before_start=3.5 - 0.25,  # every word is late, the last by 0.75 s
    )

    player.wait_until(lambda: player.heard[-1:] == ["done"] and len(player.heard) >= 3)

    assert player.heard == ["hold", "done", "done"]


def test_a_word_that_would_run_into_the_next_beep_is_dropped(run: Runner) -> None:
    clock = ShiftedClock()
    # "plank" (0.3 s) after the hold beep at 0.15, done at 0.8: started after 0.5, it would
    # still be speaking at the done beep.
    _, player = run(
        plank_then((PhaseKind.HOLD, 0.8)),
        {"plank": 0.3},
        clock,
        NEVER_STALE,  # late by the clock is never the reason here
        shift_before_start=0.55,
    )

    player.wait_until(lambda: CueKind.DONE in player.kinds)

    assert player.heard == ["hold", "done"]


def test_a_late_done_beep_is_not_displaced_by_the_word_after_it(run: Runner) -> None:
    clock = ShiftedClock()
    _, player = run(
        plank_then((PhaseKind.HOLD, 0.1)),
        {"done": 0.01},
        clock,
        LATE_LIMIT,
        shift_before_start=5.0,  # the done beep and the word are both long overdue
    )

    player.wait_until(lambda: CueKind.DONE in player.kinds)

    assert player.heard in (["done"], ["hold", "done"])
    assert player.kinds[-1] is CueKind.DONE
