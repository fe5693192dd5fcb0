"""Without a sound card, ALSA's own chatter stays off the user's terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The stock default device on a machine without card 0: the case that prints the noise.
NO_DEVICE = "defaults.pcm.card 99\ndefaults.ctl.card 99\n"
SCRIPT = """
import sys
from app.audio.alsa_messages import silence_alsa_messages
if sys.argv[1] == "quiet":
    assert silence_alsa_messages()
from app.audio.simpleaudio_player import open_player
from app.core.cues import CueKind
player = open_player()
player.play(CueKind.HOLD)
print(player.problem)
"""


def run(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "asound.conf"
    config.write_text(NO_DEVICE)
    env = {
        **os.environ,
        "ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{config}",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_alsa_messages_are_silenced_but_the_problem_is_still_reported(tmp_path: Path) -> None:
    noisy = run(tmp_path, "noisy")
    assert "ALSA lib" in noisy.stderr  # the noise this guards against is real
    quiet = run(tmp_path, "quiet")
    assert "ALSA lib" not in quiet.stderr
    assert quiet.stdout.startswith("Sound is unavailable")
