"""A real workout in German, heard through ALSA's file plugin: the words are the German
recordings, not the English ones.

``main.py --lang de --start --quit-when-done`` with one-second phases and one hold: the
countdown's "eins" is spoken at the start, the beeps follow, and "Geschafft, sehr gut" ends
it. About four seconds of real time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from app.core.cues import BEEPS
from app.core.voice_clips import RECORDED
from app.resources import sound_path, voice_folder, voice_path

ROOT = Path(__file__).resolve().parents[2]
STAMP = Path(__file__).with_name("stamp_stream.py")


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as source:
        return source.readframes(source.getnframes())


def known_sounds() -> dict[bytes, str]:
    german = voice_folder("de")
    assert german is not None
    return {
        **{frames(sound_path(kind.value)): kind.value for kind in BEEPS},
        **{frames(voice_path(name)): f"en/{name}" for name in RECORDED},
        **{frames(german / f"{name}.wav"): f"de/{name}" for name in RECORDED},
    }


@pytest.mark.realtime
def test_a_german_workout_speaks_german(tmp_path: Path) -> None:
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
        # One simpleaudio stream per cue, so each sound arrives as a file of its own: the
        # cue engine's one open stream is heard at a sink in tests/audio/test_heard_at_sink.py.
        "PLANK_TIMER_AUDIO": "simpleaudio",
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--lang=de",
            "--start",
            "--quit-when-done",
            "--hold=1",
            "--rounds=1",
            "--get-ready=1",
            "--exercises=plank",
            f"--data-dir={tmp_path / 'data'}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sounds = known_sounds()
    heard = [
        sounds.get(path.read_bytes())
        for path in sorted(streams.glob("*.raw"), key=lambda p: int(p.stem))
    ]
    # The first stream may be the player's silent device probe: it matches no sound.
    assert [name for name in heard if name is not None] == ["de/one", "hold", "done", "de/done"]
