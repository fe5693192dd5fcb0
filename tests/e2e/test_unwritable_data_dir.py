"""A data folder that cannot be made: the workout still runs to its end, nothing crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_workout_runs_even_when_nothing_can_be_saved(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the data folder would have to be made inside this file")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--start",
            "--quit-when-done",
            "--mute",
            "--hold=1",
            "--rounds=1",
            "--get-ready=0",
            "--exercises=plank",
            f"--data-dir={blocker / 'data'}",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
