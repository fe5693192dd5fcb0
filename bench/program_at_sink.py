"""The real program playing a workout into a private sound server's null sink, recorded.

``main.py --start --quit-when-done --verbose`` logs each cue's deadline on CLOCK_MONOTONIC;
the sink's monitor is recorded meanwhile (bench/sound_servers.py), so that
bench/sink_analysis.py can find each cue in it. Used by the test that listens at a real
PipeWire (tests/audio/test_heard_at_sink.py) and by bench/voice_workout.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bench import sound_servers
from bench.processes import ROOT

DUE = re.compile(r"cue (\S+) #(\d+) due at ([0-9.]+) on CLOCK_MONOTONIC")
MONITOR = "monitor.bin"


def play(
    server: sound_servers.Server, folder: Path, workout: list[str], timeout: float
) -> tuple[subprocess.CompletedProcess[str], list[tuple[str, float]]]:
    """Run the workout through ``server``, its sink recorded into ``folder / MONITOR``;
    the finished process and each cue it logged, (sound name, deadline)."""
    with sound_servers.recording(server, folder / MONITOR):
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--start",
                "--quit-when-done",
                "--verbose",
                *workout,
                f"--data-dir={folder / 'data'}",
            ],
            env={**os.environ, **server.env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    return result, [(name, float(at)) for name, _, at in DUE.findall(result.stderr)]
