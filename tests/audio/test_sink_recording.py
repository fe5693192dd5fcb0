"""The sink recording as the benchmark and the sink test read it: a recorder that missed a
cycle loses those frames, and a cue where they were lost must not be timed as if late."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench import sink_analysis

RATE = sink_analysis.RATE
CYCLE = 256
T0 = 500.0


def write(path: Path, samples: np.ndarray, *, lose: int | None, stale: int | None) -> None:
    """Record ``samples`` as a PipeWire recorder would: one stamped buffer per cycle, buffer
    ``lose`` never arriving, buffer ``stale`` carrying the previous cycle's time."""
    out = bytearray()
    for index in range(len(samples) // CYCLE):
        if index == lose:
            continue
        cycle = index - 1 if index == stale else index
        stamp = round((T0 + cycle * CYCLE / RATE) * 1e9)
        chunk = samples[index * CYCLE : (index + 1) * CYCLE].astype("<f4")
        out += stamp.to_bytes(8, "little", signed=True) + CYCLE.to_bytes(4, "little")
        out += chunk.tobytes()
    path.write_bytes(bytes(out))


def cues_at(samples: np.ndarray, seconds: list[float]) -> list[tuple[str, float]]:
    hold = sink_analysis.reference("hold")
    for at in seconds:
        start = round(at * RATE)
        samples[start : start + len(hold)] += hold
    return [("hold", T0 + at) for at in seconds]


def test_a_lost_cycle_is_put_back_as_silence_and_times_after_it_stay_true(
    tmp_path: Path,
) -> None:
    samples = np.zeros(10 * RATE, np.float32)
    due = cues_at(samples, [1.0, 5.0, 9.0])
    # the cycle lost lies 12 ms into the second hold; the stale stamp in the first
    lose = (round(5.012 * RATE)) // CYCLE
    write(tmp_path / "rec.bin", samples, lose=lose, stale=round(1.05 * RATE) // CYCLE)
    recording = sink_analysis.load(tmp_path / "rec.bin")
    assert recording.lost == CYCLE
    assert len(recording.samples) == len(samples) // CYCLE * CYCLE
    late = recording.index_at(T0 + 9.0)
    assert recording.times[late] == pytest.approx(T0 + 9.0, abs=1 / RATE)
    heard = sink_analysis.analyse(recording, due)
    first, lost, last = heard
    assert first.late_ms == pytest.approx(0.0, abs=0.05)
    assert last.late_ms == pytest.approx(0.0, abs=0.05)
    assert first.whole
    assert last.whole
    # without the fix this hold was found 15-25 ms "late"; it cannot be timed at all
    assert lost.unmeasured
    assert lost.late_ms is None


def test_a_recording_that_lost_nothing_has_no_gap(tmp_path: Path) -> None:
    samples = np.zeros(3 * RATE, np.float32)
    due = cues_at(samples, [1.0])
    write(tmp_path / "rec.bin", samples, lose=None, stale=None)
    recording = sink_analysis.load(tmp_path / "rec.bin")
    assert recording.lost == 0
    (hold,) = sink_analysis.analyse(recording, due)
    assert not hold.unmeasured
    assert hold.late_ms == pytest.approx(0.0, abs=0.05)
