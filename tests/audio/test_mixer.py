"""The mixer: each sound starts at the frame its deadline maps to, and sounds never cut
each other off. Driven by a fake stream (tests/audio/fake_stream.py) and a fake clock."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.mixer import FADE_S, Mixer
from app.audio.stream_clock import StreamClock

from .fake_stream import BLOCK, RATE

DELAY = 0.025
START = 100.0  # the monotonic time of the first pull


def tone(seconds: float, level: float = 0.5) -> np.ndarray:
    return np.full(round(seconds * RATE), level, dtype=np.float32)


class Rig:
    """A mixer on a stream clock fed steady reports, pulled block by block."""

    def __init__(self) -> None:
        self.clock = StreamClock(RATE)
        self.mixer = Mixer(self.clock)
        self.frames = 0
        self.out: list[np.ndarray] = []

    def pull(self, blocks: int = 1) -> np.ndarray:
        for _ in range(blocks):
            now = START + self.frames / RATE
            self.clock.observe(self.frames, now + DELAY)
            self.out.append(self.mixer.render(self.frames, BLOCK))
            self.frames += BLOCK
        return np.concatenate(self.out)

    @staticmethod
    def frame_heard_at(moment: float) -> int:
        return round((moment - START - DELAY) * RATE)


def first_sound(heard: np.ndarray) -> int:
    return int(np.flatnonzero(heard)[0])


def test_a_sound_starts_at_the_frame_heard_at_its_deadline() -> None:
    rig = Rig()
    deadline = START + 0.3337  # not on a block boundary
    rig.mixer.add(tone(0.05), deadline)
    heard = rig.pull(60)
    assert first_sound(heard) == Rig.frame_heard_at(deadline)
    assert np.count_nonzero(heard) == round(0.05 * RATE)


def test_overlapping_sounds_add_up_and_both_play_whole() -> None:
    rig = Rig()
    rig.mixer.add(tone(0.2, 0.25), START + 0.1)
    rig.mixer.add(tone(0.2, 0.5), START + 0.2)
    heard = rig.pull(60)
    first, second = Rig.frame_heard_at(START + 0.1), Rig.frame_heard_at(START + 0.2)
    assert heard[first] == pytest.approx(0.25)
    assert heard[second + 10] == pytest.approx(0.75)  # both at once
    assert heard[second + round(0.15 * RATE)] == pytest.approx(0.5)  # the first has ended
    assert np.count_nonzero(heard) == round(0.3 * RATE)


def test_a_loud_mix_is_clipped_not_wrapped() -> None:
    rig = Rig()
    for _ in range(3):
        rig.mixer.add(tone(0.05, 0.6), START + 0.1)
    assert rig.pull(30).max() == pytest.approx(1.0)


def test_volume_and_mute_apply_to_a_sound_already_playing() -> None:
    rig = Rig()
    rig.mixer.add(tone(1.0), START + 0.05)
    rig.pull(20)
    rig.mixer.volume = 0.5
    assert rig.pull(1)[-1] == pytest.approx(0.25)
    rig.mixer.muted = True
    assert rig.pull(1)[-BLOCK:].max() == 0.0


def test_a_sound_handed_over_late_plays_whole_at_once_and_is_counted_late() -> None:
    rig = Rig()
    rig.mixer.add(tone(0.05), START + 0.05)  # on time: not counted
    rig.pull(10)
    rig.mixer.add(tone(0.05), START + 0.1)  # its frame went out before this was handed over
    heard = rig.pull(20)
    assert first_sound(heard[10 * BLOCK :]) == 0
    assert np.count_nonzero(heard) == 2 * round(0.05 * RATE)
    assert rig.mixer.late_starts == 1
    late = (10 * BLOCK - Rig.frame_heard_at(START + 0.1)) / RATE
    assert rig.mixer.worst_late_s == pytest.approx(late, abs=1 / RATE)


def test_a_sound_with_no_moment_starts_at_the_next_buffer_and_is_not_late() -> None:
    rig = Rig()
    rig.pull(3)
    rig.mixer.add(tone(0.05), None)
    heard = rig.pull(5)
    assert first_sound(heard) == 3 * BLOCK
    assert rig.mixer.late_starts == 0


def test_withdraw_takes_back_what_has_not_started() -> None:
    rig = Rig()
    rig.mixer.add(tone(0.5), START + 0.05, key="playing")
    rig.mixer.add(tone(0.5), START + 0.5, key="waiting")
    rig.pull(10)
    assert rig.mixer.withdraw() == ["waiting"]
    assert rig.mixer.has_started("playing")
    heard = rig.pull(100)
    assert np.count_nonzero(heard) == round(0.5 * RATE)


def test_silence_fades_out_within_a_few_milliseconds_and_drops_the_rest() -> None:
    rig = Rig()
    rig.mixer.add(tone(1.0), START + 0.05)
    rig.mixer.add(tone(1.0), START + 0.5)
    rig.pull(10)
    rig.mixer.silence()
    after = rig.pull(100)[10 * BLOCK :]
    assert np.count_nonzero(after) <= round(FADE_S * RATE)
    assert not rig.mixer.busy


def test_nothing_is_placed_before_the_stream_clock_has_settled() -> None:
    clock = StreamClock(RATE)
    mixer = Mixer(clock)
    mixer.add(tone(0.05), START)
    clock.observe(0, START)  # one report: not yet to be trusted
    assert not mixer.render(0, BLOCK).any()
    assert mixer.busy
