"""A session plays the schedule it is given: the beeps by default, or beeps with words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.cues import Cue, CueKind, cue_schedule
from app.core.events import CueDue
from app.core.exercise import PLANK
from app.core.plan import Plan
from app.core.session import Session
from app.core.timeline import build_timeline
from app.core.voice import GAP, voice_schedule
from tests.core.test_voice import BEEP_SECONDS, CLIP_SECONDS
from tests.fakes import EventRecorder, FakeClock, run_to_end

TIMELINE = build_timeline(Plan.simple([PLANK], hold=10, rest=5, rounds=2, get_ready=5))
VOICED = voice_schedule(TIMELINE, cue_schedule(TIMELINE), BEEP_SECONDS, CLIP_SECONDS)


def test_without_cues_a_session_has_the_beep_schedule() -> None:
    assert Session(TIMELINE, FakeClock()).cues == cue_schedule(TIMELINE)


def test_a_session_reports_the_words_it_was_given_at_their_offsets() -> None:
    clock = FakeClock()
    session = Session(TIMELINE, clock, VOICED)
    recorder = EventRecorder()
    session.subscribe(recorder)
    session.start()
    run_to_end(session, clock)

    reported = [(event.cue.offset, event.cue.clip) for event in recorder.of(CueDue)]
    # every cue up to the end; what is said after the done beep is for the cue thread
    assert reported == [(cue.offset, cue.clip) for cue in VOICED if cue.offset <= TIMELINE.total]
    assert {"plank", "rest", "three"} <= {clip for _, clip in reported}


def test_once_finished_the_done_beep_and_the_word_after_it_are_still_offered() -> None:
    clock = FakeClock()
    session = Session(TIMELINE, clock, VOICED)
    session.start()
    run_to_end(session, clock)
    before_done = VOICED[-3].index

    done = session.next_cue(before_done)
    assert done is not None
    assert done.cue.kind is CueKind.DONE
    spoken = session.next_cue(done.cue.index)
    assert spoken is not None
    assert spoken.cue.clip == "done"
    assert spoken.at == pytest.approx(done.at + BEEP_SECONDS[CueKind.DONE] + GAP)
    assert session.next_cue(spoken.cue.index) is None


@pytest.mark.parametrize(
    "cues",
    [
        (Cue(1, 0.0, CueKind.HOLD), Cue(0, 10.0, CueKind.DONE)),
        (Cue(0, 10.0, CueKind.HOLD), Cue(1, 0.0, CueKind.DONE)),
        tuple(replace(cue, index=cue.index + 1) for cue in VOICED),
    ],
    ids=["indexes out of order", "offsets out of order", "indexes from one"],
)
def test_a_schedule_out_of_order_is_refused(cues: tuple[Cue, ...]) -> None:
    with pytest.raises(ValueError, match="time order"):
        Session(TIMELINE, FakeClock(), cues)
