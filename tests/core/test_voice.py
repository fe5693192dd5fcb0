"""The voice schedule: the right word at the right moment, and never a word over a sound.

The lengths below are those of the committed sounds (tests/audio checks the files); the
properties also run on random lengths.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.cues import BEEPS, SAME_MOMENT, Cue, CueKind, cue_schedule
from app.core.exercise import BUILT_IN, PLANK, SIDE_LEFT, SIDE_RIGHT, Exercise, exercise_for
from app.core.plan import HOLD_RANGE, REST_RANGE, Plan
from app.core.timeline import Phase, PhaseKind, Timeline, build_timeline
from app.core.voice import GAP, voice_schedule
from app.core.voice_clips import COUNT, RECORDED, exercise_clip
from tests.core.test_session_properties import plans

BEEP_SECONDS = {
    CueKind.TICK: 0.08,
    CueKind.HOLD: 0.3,
    CueKind.REST: 0.45,
    CueKind.SWITCH: 0.38,
    CueKind.DONE: 0.84,
}
CLIP_SECONDS = {
    "plank": 0.437,
    "side-left": 1.671,
    "side-right": 1.633,
    "rest": 0.388,
    "switch-sides": 0.867,
    "next-exercise": 1.026,
    "three": 0.328,
    "two": 0.274,
    "one": 0.38,
    "done": 1.057,
}


def voiced(
    timeline: Timeline,
    beep_seconds: Mapping[CueKind, float] = BEEP_SECONDS,
    clip_seconds: Mapping[str, float] = CLIP_SECONDS,
) -> tuple[Cue, ...]:
    return voice_schedule(timeline, cue_schedule(timeline), beep_seconds, clip_seconds)


def words(cues: tuple[Cue, ...]) -> list[tuple[float, str]]:
    """(offset, clip) of every word that is not a spoken countdown number."""
    return [
        (round(cue.offset, 6), cue.clip)
        for cue in cues
        if cue.clip is not None and cue.clip not in COUNT.values()
    ]


def length(cue: Cue, beep_seconds: Mapping[CueKind, float], clips: Mapping[str, float]) -> float:
    return clips[cue.clip] if cue.clip is not None else beep_seconds[cue.kind]


def test_the_default_workout_names_each_exercise_and_counts_down_aloud() -> None:
    cues = voiced(build_timeline(Plan.simple()))

    after_rest = BEEP_SECONDS[CueKind.REST] + GAP
    after_switch = BEEP_SECONDS[CueKind.SWITCH] + GAP
    lead = CLIP_SECONDS["next-exercise"] + GAP
    switch = CLIP_SECONDS["switch-sides"] + GAP
    assert words(cues) == [
        (0, "plank"),
        (round(15 + after_rest, 6), "rest"),
        (round(30 + after_rest, 6), "rest"),
        (round(45 + after_switch, 6), "next-exercise"),
        (round(45 + after_switch + lead, 6), "side-left"),
        (round(65 + after_rest, 6), "rest"),
        (round(80 + after_rest, 6), "rest"),
        (round(95 + after_switch, 6), "switch-sides"),
        (round(95 + after_switch + switch, 6), "side-right"),
        (round(115 + after_rest, 6), "rest"),
        (round(130 + after_rest, 6), "rest"),
        (round(145 + BEEP_SECONDS[CueKind.DONE] + GAP, 6), "done"),
    ]
    assert [cue.kind for cue in cues].count(CueKind.TICK) == 0
    numbers = [(cue.offset, cue.clip) for cue in cues if cue.clip in COUNT.values()]
    assert len(numbers) == 27
    for hold in (5, 20, 35, 55, 70, 85, 105, 120, 135):
        assert (hold - 3, "three") in numbers
        assert (hold - 2, "two") in numbers
        assert (hold - 1, "one") in numbers


def test_indexes_run_from_zero_in_time_order() -> None:
    cues = voiced(build_timeline(Plan.simple(get_ready=2, switch=3)))

    assert [cue.index for cue in cues] == list(range(len(cues)))
    assert all(a.offset < b.offset for a, b in pairwise(cues))


@settings(max_examples=150, deadline=None)
@given(
    plan=plans(max_rounds=5),
    beep_seconds=st.fixed_dictionaries({kind: st.floats(0.0, 1.0) for kind in BEEPS}),
    clip_seconds=st.fixed_dictionaries({name: st.floats(0.05, 2.5) for name in RECORDED}),
)
def test_no_word_ever_sounds_over_another_sound(
    plan: Plan, beep_seconds: dict[CueKind, float], clip_seconds: dict[str, float]
) -> None:
    cues = voiced(build_timeline(plan), beep_seconds, clip_seconds)

    for word in (cue for cue in cues if cue.kind is CueKind.VOICE):
        start = word.offset
        end = start + clip_seconds[word.clip or ""] + GAP
        for other in cues:
            if other.index < word.index:
                heard_until = other.offset + length(other, beep_seconds, clip_seconds)
                assert heard_until + GAP <= start + SAME_MOMENT, (other, word)
            elif other.index > word.index:
                assert end <= other.offset + SAME_MOMENT, (word, other)


@settings(max_examples=150, deadline=None)
@given(
    plan=plans(max_rounds=5),
    clip_seconds=st.fixed_dictionaries({name: st.floats(0.05, 2.5) for name in RECORDED}),
)
def test_numbers_take_the_place_of_ticks_at_the_very_same_moments(
    plan: Plan, clip_seconds: dict[str, float]
) -> None:
    timeline = build_timeline(plan)
    beeps = cue_schedule(timeline)
    cues = voiced(timeline, BEEP_SECONDS, clip_seconds)

    kept = [cue for cue in cues if cue.kind is not CueKind.VOICE or cue.seconds_left]
    assert len(kept) == len(beeps)
    for beep, now in zip(beeps, kept, strict=True):
        assert (now.offset, now.seconds_left) == (beep.offset, beep.seconds_left)
        if now.kind is CueKind.VOICE:
            assert beep.kind is CueKind.TICK
            assert now.clip == COUNT[beep.seconds_left]
        else:
            assert now.kind is beep.kind


@settings(max_examples=100, deadline=None)
@given(
    exercises=st.lists(st.sampled_from(BUILT_IN), min_size=1, max_size=4),
    hold=st.integers(*HOLD_RANGE),
    rest=st.integers(*REST_RANGE),
    rounds=st.integers(1, 5),
    get_ready=st.integers(5, 60),
    switch=st.integers(6, 120),
)
def test_with_room_every_exercise_is_named_before_its_first_hold(
    exercises: list[Exercise], hold: int, rest: int, rounds: int, get_ready: int, switch: int
) -> None:
    plan = Plan.simple(
        exercises, hold=hold, rest=rest, rounds=rounds, get_ready=get_ready, switch=switch
    )
    timeline = build_timeline(plan)
    cues = voiced(timeline)

    assert not [cue for cue in cues if cue.kind is CueKind.TICK]  # whole seconds: all fit
    phases = timeline.phases
    for position, phase in enumerate(phases):
        if phase.kind is PhaseKind.HOLD and phase.round == 1:
            before = phases[position - 1]
            said = [c.clip for c in cues if before.start <= c.offset < phase.start]
            assert exercise_clip(phase.exercise) in said, (phase, said)


def test_the_other_side_is_announced_with_switch_sides() -> None:
    plan = Plan.simple([SIDE_LEFT, SIDE_RIGHT, PLANK], rounds=1, switch=10)

    said = [clip for _, clip in words(voiced(build_timeline(plan)))]

    assert said == [
        "side-left",
        "switch-sides",
        "side-right",
        "next-exercise",
        "plank",
        "done",
    ]


def test_with_no_get_ready_the_name_follows_the_first_hold_beep() -> None:
    cues = voiced(build_timeline(Plan.simple([SIDE_LEFT], get_ready=0, rounds=1)))

    assert words(cues)[0] == (round(BEEP_SECONDS[CueKind.HOLD] + GAP, 6), "side-left")


def test_a_short_switch_says_what_fits_and_the_name_after_the_hold_beep() -> None:
    timeline = build_timeline(Plan.simple([PLANK, SIDE_LEFT], rounds=1, switch=5))

    said = words(voiced(timeline))

    second_hold = timeline.holds[1].start
    name_at = round(second_hold + BEEP_SECONDS[CueKind.HOLD] + GAP, 6)
    assert said == [(0, "plank"), (said[1][0], "next-exercise"), (name_at, "side-left"), said[-1]]


def test_words_that_do_not_fit_are_left_out_whole() -> None:
    # A 4 s rest: the "three" comes a second after the rest beep, no room for "rest".
    short_rests = voiced(build_timeline(Plan.simple([PLANK], rest=4, rounds=3)))
    assert "rest" not in [clip for _, clip in words(short_rests)]

    # Words too long for any gap: only the countdown can go (it has no clip here either),
    # and "done", which nothing follows.
    long_words = {name: 30.0 for name in RECORDED}
    cues = voiced(build_timeline(Plan.simple()), clip_seconds=long_words)
    assert [cue.clip for cue in cues if cue.clip is not None] == ["done"]
    assert [cue.kind for cue in cues if cue.kind is not CueKind.VOICE] == [
        cue.kind for cue in cue_schedule(build_timeline(Plan.simple()))
    ]


def test_a_word_with_no_known_length_is_never_said() -> None:
    wall_sit = exercise_for("wall sit")
    timeline = build_timeline(Plan.simple([PLANK, wall_sit], rounds=1))

    without = [clip for _, clip in words(voiced(timeline))]
    spoken = {**CLIP_SECONDS, exercise_clip(wall_sit): 1.2}
    with_engine = [clip for _, clip in words(voiced(timeline, clip_seconds=spoken))]

    assert without == ["plank", "next-exercise", "done"]
    assert with_engine == ["plank", "next-exercise", "say:Wall sit", "done"]
    assert voiced(timeline, clip_seconds={}) == cue_schedule(timeline)


def test_a_rest_before_another_side_says_so() -> None:
    # A routine that alternates sides hold by hold: the rest leads to the other side.
    spec = [
        (PhaseKind.GET_READY, 5.0, SIDE_LEFT),
        (PhaseKind.HOLD, 10.0, SIDE_LEFT),
        (PhaseKind.REST, 8.0, SIDE_RIGHT),
        (PhaseKind.HOLD, 10.0, SIDE_RIGHT),
    ]
    phases, start = [], 0.0
    for kind, duration, exercise in spec:
        phases.append(Phase(kind, duration, exercise, 1, 1, start))
        start += duration

    said = [clip for _, clip in words(voiced(Timeline(tuple(phases))))]

    assert said == ["side-left", "rest", "switch-sides", "side-right", "done"]
