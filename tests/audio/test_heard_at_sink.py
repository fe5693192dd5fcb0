"""A short workout through the real program and a real PipeWire, heard at the sink.

The test starts a private PipeWire with WirePlumber and a null sink (bench/sound_servers.py:
its own XDG_RUNTIME_DIR, inside dbus-run-session; nothing on the machine changes), records
the sink's monitor with each buffer stamped on CLOCK_MONOTONIC, and runs ``main.py --start
--quit-when-done --verbose`` against it. With ``--verbose`` the program logs each cue's
deadline; every cue must be found in the recording, as the right sound, whole and once,
within TOLERANCE_MS of its deadline (the one due at the moment of Start too: the workout
starts once the stream can be heard, app/audio/cue_feeder.py ``lead_in``), and half of them
within MEDIAN_MS.

Why these: the engine places cues by the stream's delay reports, which through PipeWire's
ALSA plugin put them within 0.1 ms of their deadlines on a quiet machine; but when the
machine is busy (the suite runs beside other work) the client can miss a graph cycle, and
from then on it is heard one cycle (5.3 ms) later until its clock has followed (0.1 s,
app/audio/stream_clock.py). The old path, a new stream per cue, is 13-41 ms late with a
median of 13-17 ms on PipeWire (it waits for the next graph cycle), so a median within 5 ms
tells the two apart, and no cue beyond 20 ms catches anything gross. The 5 ms
target for every cue is the benchmark's (make bench, section 6), on a quiet machine.

The recorder, too, can miss a graph cycle on a busy machine; a cue due where it lost frames
cannot be timed (bench/sink_analysis.py). Such a run proves nothing either way, so the
workout is played again, up to ATTEMPTS times in all: every cue of one run must be timed
and pass. A cue not found where the recorder lost nothing fails at once.

Where PipeWire, WirePlumber, its ALSA plugin or the recorder's headers cannot be had without
removing an installed package, the test is skipped with the reason; under CI (CI=true)
tools/bootstrap.sh installs them, so there it fails instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import program_at_sink, sink_analysis, sound_servers

TOLERANCE_MS = 20.0
MEDIAN_MS = 5.0
ATTEMPTS = 3
WORKOUT = [
    "--hold=2",
    "--rest=2",
    "--rounds=2",
    "--get-ready=3",
    "--switch=2",
    "--exercises=plank,side-left",
]


@pytest.mark.realtime
def test_each_cue_is_heard_at_its_moment_through_pipewire(tmp_path: Path) -> None:
    for attempt in range(1, ATTEMPTS + 1):
        folder = tmp_path / f"attempt-{attempt}"
        folder.mkdir()
        heard = _play_and_listen(folder)
        if not any(cue.unmeasured for cue in heard):
            break
    # a cue where the recorder lost frames (h.unmeasured) has no lateness: it fails here
    report = [(h.name, h.late_ms, h.whole, h.doubled, h.unmeasured) for h in heard]
    for cue in heard:
        assert cue.late_ms is not None, report
        assert abs(cue.late_ms) <= TOLERANCE_MS, report
        assert cue.whole, report
        assert not cue.doubled, report
    lateness = sorted(abs(c.late_ms or 0.0) for c in heard)
    assert lateness[len(lateness) // 2] <= MEDIAN_MS, report


def _play_and_listen(folder: Path) -> list[sink_analysis.Heard]:
    """The workout through a fresh private PipeWire; each cue as found at the sink."""
    try:
        with sound_servers.pipewire(folder) as server:
            result, due = program_at_sink.play(server, folder, WORKOUT, timeout=90)
    except sound_servers.ServerUnavailableError as error:
        if os.environ.get("CI") == "true":
            raise  # CI's bootstrap installs everything this needs
        pytest.skip(f"no private PipeWire here: {error}")
    assert result.returncode == 0, result.stderr
    assert "cues play through one open stream" in result.stderr
    names = [name for name, _ in due]
    assert names[:4] == ["voice/three", "voice/two", "voice/one", "hold"]  # counted in, aloud
    assert names.count("hold") == 4
    assert {"rest", "switch", "voice/plank"} <= set(names)
    assert names[-2:] == ["done", "voice/done"]
    heard = sink_analysis.analyse(sink_analysis.load(folder / program_at_sink.MONITOR), due)
    for cue in heard:
        # not found, where the recorder lost nothing: no second try can excuse that
        assert cue.late_ms is not None or cue.unmeasured, [(h.name, h.late_ms) for h in heard]
    return heard
