"""A data folder that cannot be made: the workout still runs to its end, nothing crashes, and
its holds are kept in a recovery file in the user's state folder."""

from __future__ import annotations

import json
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
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "TMPDIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (kept,) = (tmp_path / "state").rglob("plank-timer-recovery-*.json")
    assert f"1 hold is saved in {kept} instead" in result.stderr.splitlines()[-1]
    (session,) = json.loads(kept.read_text())["sessions"]
    assert [s["exercise"] for s in session["sets"]] == ["plank"]
