"""One short real-time workout through the real program, heard through ALSA's file plugin.

This is the fallback path, a new simpleaudio stream per cue (``PLANK_TIMER_AUDIO=simpleaudio``):
the file plugin hears each stream as one file. The cue engine's one open stream is heard
through a real PipeWire null sink in ``tests/audio/test_heard_at_sink.py``.

``main.py --start --quit-when-done`` with one-second phases: every cue must reach the audio
device, in the order of the cue rule, at about its deadline, the program must exit 0 after
the done cue, and every hold must be in the log. This is the only test that lets real time
pass (about twelve seconds).

Voice is on by default. One-second phases leave room for few words: the "1" of the countdown
is spoken instead of ticked, and "done, well done" follows the done beep; the program waits
for it before it quits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from app.core.cues import BEEPS
from app.core.voice import GAP
from app.core.voice_clips import RECORDED
from app.resources import sound_path, voice_path

ROOT = Path(__file__).resolve().parents[2]
STAMP = Path(__file__).with_name("stamp_stream.py")
# Generous: the machine is shared. Timing accuracy is measured by `make bench`.
TOLERANCE_S = 0.35


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as source:
        return source.readframes(source.getnframes())


SOUNDS = {
    **{frames(sound_path(kind.value)): kind.value for kind in BEEPS},
    **{frames(voice_path(name)): f"voice/{name}" for name in RECORDED},
}
DONE_BEEP_S = len(frames(sound_path("done"))) / (2 * 44100)

EXPECTED = [
    (0.0, "voice/one"),  # the countdown's "1" at the get-ready start, spoken, not ticked
    (1.0, "hold"),
    (2.0, "rest"),
    (3.0, "hold"),
    (4.0, "switch"),
    (5.0, "hold"),
    (6.0, "rest"),
    (7.0, "hold"),
    (8.0, "done"),
    (8.0 + DONE_BEEP_S + GAP, "voice/done"),
]


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
        "PLANK_TIMER_AUDIO": "simpleaudio",
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
    # The first stream may be the player's silent device probe: it matches no sound.
    heard = [
        (int(path.stem) / 1e9, SOUNDS.get(path.read_bytes()))
        for path in sorted(streams.glob("*.raw"), key=lambda p: int(p.stem))
    ]
    cues = [(at, name) for at, name in heard if name is not None]
    assert [name for _, name in cues] == [name for _, name in EXPECTED]
    origin = cues[0][0]
    for (at, name), (planned, _) in zip(cues, EXPECTED, strict=True):
        assert abs((at - origin) - planned) <= TOLERANCE_S, f"{name} at {at - origin:.3f}"

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
