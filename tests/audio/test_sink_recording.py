"""The sink recording as the benchmark and the sink test read it: a recorder that missed a
cycle loses those frames, and a cue where they were lost must not be timed as if late."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench import heard_at_sink, sink_analysis, sound_servers

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
        cycle = index - 1 if index == stale else index  # at 0: one cycle before the start
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
    # the cycle lost lies 12 ms into the second hold; a stale stamp lies in the first; the
    # third hold comes 0.3 s after the loss, outside its window (the old reading put it 5 ms
    # early: its running median had not yet followed the step)
    due = cues_at(samples, [1.0, 5.0, 5.3, 9.0])
    lose = round(5.012 * RATE) // CYCLE
    write(tmp_path / "rec.bin", samples, lose=lose, stale=round(1.05 * RATE) // CYCLE)
    recording = sink_analysis.load(tmp_path / "rec.bin")
    assert recording.gaps == ((lose * CYCLE, CYCLE),)
    kept = len(samples) // CYCLE * CYCLE
    assert np.array_equal(recording.samples[: lose * CYCLE], samples[: lose * CYCLE])
    assert not recording.samples[lose * CYCLE : (lose + 1) * CYCLE].any()
    assert np.array_equal(
        recording.samples[(lose + 1) * CYCLE :], samples[(lose + 1) * CYCLE : kept]
    )
    heard = sink_analysis.analyse(recording, due)
    first, lost, after, last = heard
    for cue in (first, after, last):
        assert cue.late_ms == pytest.approx(0.0, abs=0.05)
        assert cue.whole
    # the old reading found this hold 15-25 ms "late"; with part of it lost it is not timed
    assert lost.unmeasured
    assert lost.late_ms is None


def test_a_stale_stamp_at_the_start_is_no_lost_cycle(tmp_path: Path) -> None:
    samples = np.zeros(3 * RATE, np.float32)
    due = cues_at(samples, [1.0])
    write(tmp_path / "rec.bin", samples, lose=None, stale=0)
    recording = sink_analysis.load(tmp_path / "rec.bin")
    assert recording.gaps == ()
    (hold,) = sink_analysis.analyse(recording, due)
    assert not hold.unmeasured
    assert hold.late_ms == pytest.approx(0.0, abs=0.05)


def test_the_recorders_own_count_of_skipped_frames_is_read_from_its_log(tmp_path: Path) -> None:
    log = tmp_path / "monitor.log"
    log.write_text(
        "pw_monitor: recording\npw_monitor: stopped; realtime granted; 512 frames skipped by "
        "the graph; 0 records dropped (ring full)\n"
    )
    assert sound_servers.recorder_skipped(log) == 512
    log.write_text("pa_monitor: recording\npa_monitor: stopped; realtime granted\n")
    assert sound_servers.recorder_skipped(log) == -1
    assert sound_servers.recorder_skipped(tmp_path / "absent.log") == -1


def test_any_missed_target_marks_the_run_to_be_kept() -> None:
    clean = {
        "p50": 0.6,
        "max": 4.9,
        "missing": 0,
        "clipped": 0,
        "doubled": 0,
        "underruns": 0,
    }
    assert not heard_at_sink.misses(clean)
    for change in ({"max": 5.1}, {"p50": 2.1}, {"clipped": 1}, {"underruns": 1}, {"missing": 1}):
        assert heard_at_sink.misses({**clean, **change}), change
