"""The real simpleaudio path, heard through ALSA's file plugin instead of a sound card.

Each test runs the player in a fresh process (ALSA reads its configuration once) with a
configuration whose default device either writes the played frames to a file or cannot
be opened at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from app.core.cues import CueKind
from app.resources import sound_path, voice_path

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("alsa_child.py")
SYSTEM_CONFIG = "/usr/share/alsa/alsa.conf"
CAPTURE = 'pcm.!default {{ type file; slave.pcm "null"; file "{path}"; format "raw" }}\n'
NO_DEVICE = "pcm.!default { type hw; card 99; device 0 }\n"


def run_child(tmp_path: Path, config: str, *args: str) -> dict[str, object]:
    config_file = tmp_path / "asound.conf"
    config_file.write_text(config)
    env = {
        **os.environ,
        "ALSA_CONFIG_PATH": f"{SYSTEM_CONFIG}:{config_file}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    # ALSA may chatter on stderr; the child's verdict is its last line of stdout.
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def wav_frames(kind: CueKind) -> bytes:
    with wave.open(str(sound_path(kind.value)), "rb") as source:
        return source.readframes(source.getnframes())


def pcm(frames: bytes) -> array[int]:
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


@pytest.mark.parametrize("kind", [CueKind.HOLD, CueKind.DONE], ids=lambda kind: kind.value)
def test_a_cue_reaches_the_device_exactly_as_recorded(tmp_path: Path, kind: CueKind) -> None:
    captured = tmp_path / "out.raw"
    result = run_child(tmp_path, CAPTURE.format(path=captured), "play", kind.value, "1.0")
    assert result == {"problem": None, "reported": []}
    assert captured.read_bytes() == wav_frames(kind)


@pytest.mark.parametrize("name", ["side-right", "three"])
def test_a_voice_clip_reaches_the_device_exactly_as_recorded(tmp_path: Path, name: str) -> None:
    captured = tmp_path / "out.raw"
    result = run_child(tmp_path, CAPTURE.format(path=captured), "play-clip", name, "1.0")
    assert result == {"problem": None, "reported": []}
    with wave.open(str(voice_path(name)), "rb") as source:
        assert captured.read_bytes() == source.readframes(source.getnframes())


def test_a_lower_volume_plays_the_same_sound_quieter(tmp_path: Path) -> None:
    captured = tmp_path / "out.raw"
    run_child(tmp_path, CAPTURE.format(path=captured), "play", "rest", "0.25")
    heard = pcm(captured.read_bytes())
    recorded = pcm(wav_frames(CueKind.REST))
    assert len(heard) == len(recorded)
    assert all(abs(got - 0.25 * want) <= 1 for got, want in zip(heard, recorded, strict=True))


def test_muted_sends_nothing_to_the_device(tmp_path: Path) -> None:
    captured = tmp_path / "out.raw"
    result = run_child(tmp_path, CAPTURE.format(path=captured), "play", "hold", "1.0", "--muted")
    assert result["problem"] is None
    assert not captured.exists()


def test_without_a_device_the_player_says_why_once_and_stays_quiet(tmp_path: Path) -> None:
    result = run_child(tmp_path, NO_DEVICE, "open-player")
    assert result["player"] == "SimpleaudioPlayer"
    reason = result["problem_at_open"]
    assert isinstance(reason, str)
    assert reason.startswith("Sound is unavailable: no audio device")
    assert "\n" not in reason
    assert result["problem"] == reason
    assert result["reported"] == [reason]
