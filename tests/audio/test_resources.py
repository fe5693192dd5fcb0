"""Sounds are found from the source tree and from an installed wheel alike."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from app.core.cues import BEEPS, CueKind
from app.resources import sound_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", BEEPS, ids=lambda kind: kind.value)
def test_every_cue_sound_is_found(kind: CueKind) -> None:
    path = sound_path(kind.value)
    assert path == sound_path(f"{kind.value}.wav")
    with wave.open(str(path), "rb") as source:
        assert source.getnframes() > 0


def test_a_missing_sound_says_which_and_where_it_looked() -> None:
    with pytest.raises(FileNotFoundError, match=r"sounds/whistle\.wav.*looked in"):
        sound_path("whistle")


def test_an_installed_wheel_uses_its_packaged_sounds(tmp_path: Path) -> None:
    # The wheel's layout (pyproject force-include puts assets/ at app/assets), with a stray
    # assets/ beside it where a checkout would have one: the packaged copy must win.
    site = tmp_path / "site"
    package = site / "app"
    package.mkdir(parents=True)
    for module in ("__init__.py", "resources.py"):
        shutil.copy(ROOT / "app" / module, package / module)
    shutil.copytree(ROOT / "assets", package / "assets")
    shutil.copytree(ROOT / "assets", site / "assets")
    env = {**os.environ, "PYTHONPATH": str(site)}
    found = subprocess.run(
        [sys.executable, "-c", "from app.resources import sound_path; print(sound_path('hold'))"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(found) == package / "assets" / "sounds" / "hold.wav"
