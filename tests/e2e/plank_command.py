"""The program as a user runs it: ``main.py`` in a fresh interpreter, its output captured."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120.0
"""Seconds: generous, since the machine is shared; a command that hangs fails its test instead
of holding up the suite."""


def plank(
    *args: str,
    env: Mapping[str, str] | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Runs ``main.py`` with ``args``; its exit status and what it printed come back.

    ``env`` replaces the whole environment (a test that takes the display away); otherwise it
    is this one with Qt offscreen, plus ``extra_env``.
    """
    environment = dict(env) if env is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.update(extra_env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=environment,
        check=False,
    )


def plank_on(data: Path, outside: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``plank`` on the log in ``data``, its state, cache and temporary files under ``outside``
    (so a test can fill or lock ``data`` and still find what the program left elsewhere)."""
    places = {
        "XDG_STATE_HOME": str(outside / "state"),
        "XDG_CACHE_HOME": str(outside / "cache"),
        "TMPDIR": str(outside),
    }
    return plank(*args, "--data-dir", str(data), extra_env=places)
