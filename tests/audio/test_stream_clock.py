"""The stream clock: where a cue's deadline falls among a stream's frames."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.audio.stream_clock import (
    JUMP,
    JUMP_COUNT,
    SETTLE_COUNT,
    STEP_S,
    WINDOW_S,
    StreamClock,
)

RATE = 48000
BLOCK = 480
DELAY = 0.025


def feed(clock: StreamClock, start: float, blocks: int, first: int = 0, delay: float = DELAY):
    """Steady reports: block b is asked for at start + b * 10 ms, heard DELAY later."""
    for block in range(blocks):
        frame = first + block * BLOCK
        clock.observe(frame, start + frame / RATE + delay)


def feed_off(clock: StreamClock, first: int, blocks: int, off: Callable[[float], float]) -> None:
    """Reports from block ``first`` on, each ``off(seconds since block first)`` off the
    steady ones of :func:`feed`."""
    for block in range(first, first + blocks):
        frame = block * BLOCK
        seconds = (block - first) * BLOCK / RATE
        clock.observe(frame, 100.0 + frame / RATE + DELAY + off(seconds))


def test_a_deadline_maps_to_the_frame_heard_then() -> None:
    clock = StreamClock(RATE)
    feed(clock, 100.0, SETTLE_COUNT)
    assert clock.settled
    # frame 0 is heard at 100.025: a cue due at 101.025 is frame 48000 exactly
    assert clock.frame_at(101.025) == RATE
    assert clock.time_of(RATE) == pytest.approx(101.025)


def test_one_far_off_report_does_not_move_the_cues() -> None:
    clock = StreamClock(RATE)
    feed(clock, 100.0, 10)
    clock.observe(10 * BLOCK, 100.0 + 10 * BLOCK / RATE + DELAY + 2 * JUMP)
    assert clock.frame_at(101.025) == RATE


def test_wandering_reports_average_out() -> None:
    # PipeWire's ALSA plugin: each report a few ms off, now one way, now the other
    clock = StreamClock(RATE)
    for block in range(400):
        frame = block * BLOCK
        wander = 0.003 if block % 2 else -0.003
        clock.observe(frame, 100.0 + frame / RATE + DELAY + wander)
    assert abs(clock.frame_at(101.025) - RATE) <= 1


def test_a_device_clock_that_runs_fast_is_followed() -> None:
    # frames heard 100 ppm faster than CLOCK_MONOTONIC: 6 ms a minute
    clock = StreamClock(RATE)
    speed = 1.0001
    for block in range(round(120 / (BLOCK / RATE))):
        frame = block * BLOCK
        clock.observe(frame, 100.0 + DELAY + frame / RATE / speed)
    last = frame + BLOCK
    truth = 100.0 + DELAY + last / RATE / speed
    # within the window's lag: half of it at 100 ppm
    assert abs(clock.time_of(last) - truth) <= WINDOW_S / 2 * 1e-4 + 1e-4


def test_reports_of_a_filling_buffer_are_not_trusted_until_they_agree() -> None:
    clock = StreamClock(RATE)
    # A new stream on PulseAudio: the first buffers go out at once, reported with no delay,
    # then the server plays them 1.3 s later and the reports turn steady.
    for block in range(3):
        clock.observe(block * BLOCK, 100.0)
    assert clock.known
    assert not clock.settled
    feed(clock, 101.3, 20, first=3 * BLOCK)
    assert clock.settled
    # the steady reports put frame 0 at 101.325: the early ones are forgotten
    assert clock.frame_at(101.325 + 1.0) == RATE


def test_an_underrun_rebuilds_the_mapping() -> None:
    clock = StreamClock(RATE)
    feed(clock, 100.0, 20)
    # the stream ran dry for 50 ms: from frame 9600 on, everything is heard 50 ms later
    clock.observe(20 * BLOCK, 100.0 + 20 * BLOCK / RATE + DELAY + 0.05, underrun=True)
    assert not clock.settled
    assert clock.rebuilds == 1
    feed(clock, 100.05, SETTLE_COUNT, first=21 * BLOCK)
    assert clock.settled
    assert clock.frame_at(101.075) == RATE


def test_a_lasting_jump_without_an_underrun_rebuilds_too() -> None:
    clock = StreamClock(RATE)
    feed(clock, 100.0, 20)
    # the server moved the stream: from now on everything is heard 50 ms later
    feed(clock, 100.05, JUMP_COUNT + SETTLE_COUNT, first=20 * BLOCK)
    assert clock.rebuilds == 1
    assert clock.frame_at(101.075) == RATE


def test_no_report_no_mapping() -> None:
    with pytest.raises(RuntimeError):
        StreamClock(RATE).frame_at(1.0)


def test_a_stream_that_steps_one_graph_cycle_later_is_followed_at_once() -> None:
    # PipeWire played the stream one 256-frame cycle later from frame 48000 on (a missed
    # cycle, no underrun): every report from then on says so
    clock = StreamClock(RATE)
    feed(clock, 100.0, 200)
    cycle = 256 / RATE
    feed(clock, 100.0, round(STEP_S / (BLOCK / RATE)) + 1, first=200 * BLOCK, delay=DELAY + cycle)
    assert clock.steps == 1
    assert clock.time_of(RATE * 10) == pytest.approx(100.0 + 10 + DELAY + cycle, abs=1e-5)


def test_reports_that_wander_are_averaged_not_followed() -> None:
    # pipewire-pulse: the reports ramp 2 ms a second, then fall back
    clock = StreamClock(RATE)
    feed_off(clock, 0, 2000, lambda seconds: (seconds % 3.0) * 0.002 - 0.003)
    assert clock.steps == 0
    assert abs(clock.frame_at(101.025) - RATE) <= 48  # within 1 ms of the mean


def test_reports_that_drift_away_a_little_and_back_are_not_a_step() -> None:
    # PulseAudio under load: the reports drift 3 ms away over a second or two and come back,
    # while the sound itself stays where it was
    clock = StreamClock(RATE)
    feed(clock, 100.0, 200)
    feed_off(clock, 200, 600, lambda seconds: 0.003 * max(0.0, 1.0 - abs(seconds - 1.5) / 1.5))
    assert clock.steps == 0


def test_reports_that_ramp_far_off_are_not_a_step() -> None:
    # pipewire-pulse: the reports' sawtooth can lie 4-6 ms from the estimate, ramping 2 ms a
    # second; a step's reports agree far more closely than that ramp in STEP_S
    clock = StreamClock(RATE)
    feed(clock, 100.0, 200)
    feed_off(clock, 200, 100, lambda seconds: 0.004 + 0.002 * seconds)
    assert clock.steps == 0
