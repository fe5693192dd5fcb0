"""One short real-time workout through the real program, heard through ALSA's file plugin.

``main.py --start --quit-when-done`` with one-second phases: every cue must reach the audio
device, in the order of the cue rule, at about its deadline, the program must exit 0 after
the done cue, and every hold must be in the log. This is the only test that lets real time
pass (about ten seconds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from app.core.cues import CueKind
from app.resources import sound_path

ROOT = Path(__file__).resolve().parents[2]
STAMP = Path(__file__).with_name("stamp_stream.py")
# Generous: the machine is shared. Timing accuracy is measured by `make bench`.
TOLERANCE_S = 0.35

EXPECTED = [
    (0.0, CueKind.TICK),
    (1.0, CueKind.HOLD),
    (2.0, CueKind.REST),
    (3.0, CueKind.HOLD),
    (4.0, CueKind.SWITCH),
    (5.0, CueKind.HOLD),
    (6.0, CueKind.REST),
    (7.0, CueKind.HOLD),
    (8.0, CueKind.DONE),
]


def frames(kind: CueKind) -> bytes:
    with wave.open(str(sound_path(kind.value)), "rb") as source:
        return source.readframes(source.getnframes())


@pytest.mark.realtime
def test_a_command_line_workout_plays_every_cue_by_the_rule(tmp_path: Path) -> None:
    streams = tmp_path / "streams"
    streams.mkdir()
    config = tmp_path / "asound.conf"
    config.write_text(
        'pcm.!default { type file; slave.pcm "null"; format "raw"; '
        f'file "|{sys.executable} {STAMP} {streams}" }}\n'
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{config}",
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--start",
            "--quit-when-done",
            "--hold=1",
            "--rest=1",
            "--rounds=2",
            "--get-ready=1",
            "--switch=1",
            "--exercises=plank,side-left",
            f"--data-dir={tmp_path / 'data'}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    by_sound = {frames(kind): kind for kind in CueKind}
    # The first stream may be the player's silent device probe: it matches no cue.
    heard = [
        (int(path.stem) / 1e9, by_sound.get(path.read_bytes()))
        for path in sorted(streams.glob("*.raw"), key=lambda p: int(p.stem))
    ]
    cues = [(at, kind) for at, kind in heard if kind is not None]
    assert [kind for _, kind in cues] == [kind for _, kind in EXPECTED]
    origin = cues[0][0]
    for (at, kind), (planned, _) in zip(cues, EXPECTED, strict=True):
        assert abs((at - origin) - planned) <= TOLERANCE_S, f"{kind.value} at {at - origin:.3f}"

    exported = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", f"--data-dir={tmp_path / 'data'}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    (session,) = json.loads(exported.stdout)["sessions"]
    assert session["status"] == "completed"
    assert [
        (s["exercise"], s["round"], s["planned_seconds"], s["held_seconds"], s["completed"])
        for s in session["sets"]
    ] == [
        ("plank", 1, 1.0, 1.0, True),
        ("plank", 2, 1.0, 1.0, True),
        ("side-left", 1, 1.0, 1.0, True),
        ("side-left", 2, 1.0, 1.0, True),
    ]
