"""Benchmark 3, startup: process start to the main window's first paint, beside a bare window.

Every start is a fresh process launched the same way (``python -m bench.startup_app`` /
``bench.startup_bare``), timed from just before the spawn to the ``time.monotonic`` its
window noted in its first ``paintEvent`` (CLOCK_MONOTONIC is system-wide). The app starts
twice per round, on an empty log and on ten years of history (the window builds the
progress page at start), and rounds alternate app, app with history, bare, so that a slow
spell of the shared machine hits all alike. One warm-up round (cold file cache, bytecode
compiled, logs created) is left out.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from app.storage.database import LOG_FILE_NAME
from bench.alsa_capture import alsa_env, capture_config
from bench.figures import BenchResult, Figure, Judge, Target
from bench.processes import run_child
from bench.startup_notes import breakdown_table, import_notes, missed_note, parts_note
from bench.stats import Spread
from tests.history_seed import seed_history

RUNS = 10
MS = 1000.0
RATIO = 1.5
TIMEOUT = 60.0
APP = "bench.startup_app"
BARE = "bench.startup_bare"
# Variant key: (harness, what the report calls it).
VARIANTS = {
    "app": (APP, "app, empty log"),
    "history": (APP, "app, ten years of history"),
    "bare": (BARE, "bare window"),
}


def _start(module: str, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """One start: each stamp in ms after the spawn, the harness's timed parts, widgets."""
    began = time.monotonic()
    result = run_child(module, args, timeout=TIMEOUT, env=env)
    stamps = result.get("stamps", result)
    if "painted" not in stamps:
        raise RuntimeError(f"{module} never painted its window")
    return {
        "stamps": {name: (at - began) * MS for name, at in stamps.items()},
        "parts": {name: seconds * MS for name, seconds in result.get("parts", {}).items()},
        "widgets": result.get("counts", {}).get("first frame widgets", 0),
    }


def measure(runs: int = RUNS) -> dict[str, Any]:
    """Every start per variant (see :func:`_start`), and one app start's ``-X importtime``
    report (a start of its own: profiling slows the imports down).
    """
    starts: dict[str, Any] = {key: [] for key in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as directory:
        here = Path(directory)
        seed_history(here / "history" / LOG_FILE_NAME, days=3650, end=date.today())
        args = {
            "app": [f"--data-dir={here / 'empty'}"],
            "history": [f"--data-dir={here / 'history'}"],
            "bare": [],
        }
        # A working sound device, as on a desktop: the app opens it (a silent probe) at start.
        env = alsa_env(capture_config(here, Path("/dev/null")))
        for index in range(runs + 1):
            for key, (module, _) in VARIANTS.items():
                start = _start(module, args[key], env)
                if index > 0:
                    starts[key].append(start)
        profiled = run_child(
            APP,
            args["app"],
            timeout=TIMEOUT,
            env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
            keep_stderr=True,
        )
        starts["importtime"] = profiled["stderr"]
    return starts


def _painted(starts: list[dict[str, Any]]) -> list[float]:
    return [start["stamps"]["painted"] for start in starts]


def result(starts: dict[str, Any]) -> BenchResult:
    bench = BenchResult(3, "Startup to first paint (offscreen)")
    bare = _painted(starts["bare"])
    for key in ("app", "history"):
        painted = _painted(starts[key])
        label = VARIANTS[key][1]
        bench.figures.append(
            Figure(
                f"Start to first paint, {label} (naive: bare window)",
                "ms",
                Spread.of(painted),
                Spread.of(bare),
            )
        )
        bench.figures.append(
            Figure(
                f"Start to the whole window painted (buttons, form, menus), {label}",
                "ms",
                Spread.of([start["stamps"]["complete"] for start in starts[key]]),
            )
        )
        bench.figures.append(
            Figure(
                f"Startup, {label} / bare window (same round)",
                "x",
                Spread.of([a / b for a, b in zip(painted, bare, strict=True)]),
                target=Target(RATIO, Judge.MEDIAN),
                digits=2,
            )
        )
    bench.method = (
        f"{len(bare)} rounds after one warm-up round; QT_QPA_PLATFORM=offscreen; bytecode "
        "cached (in a temporary PYTHONPYCACHEPREFIX, as an installed app has its .pyc files). "
        "The app runs `app.cli.main(['--data-dir=<temp>'])` exactly as `main.py` does, on an "
        "empty log and on a seeded ten-year log (`tests/history_seed.py`). It starts in two "
        "steps (`app/wiring.py`): the real main window with the workout display alone "
        "(`FirstFrame`), then, just after that paint, everything else is imported and built "
        "and the workout page takes the display over. The harness (`bench/startup_app.py`) "
        "swaps `app.wiring.MainWindow` for a subclass that notes `time.monotonic` in its "
        "`paintEvent`: the first paint (the figure the target judges), and the first paint "
        "with the whole page (reported beside it, so the deferred work is not hidden); it "
        "times a few of the classes the program is built from; nothing in the shipped code is "
        "changed. ALSA's default device is the `file` plugin into /dev/null, so the app's "
        "sound probe finds a working device as on a desktop. The bare reference "
        "(`bench/startup_bare.py`, in the naive column) is a `QApplication` and an empty "
        "1024x720 `QMainWindow`. All are timed from just before the process is spawned, so "
        "all include the interpreter's own start."
    )
    labelled = {VARIANTS[key][1]: starts[key] for key in VARIANTS}
    bench.notes.append(breakdown_table(labelled))
    bench.notes += parts_note(labelled)
    bench.notes += import_notes(starts["importtime"])
    missed = [figure for figure in bench.figures if figure.met is False]
    if missed:
        bench.notes.append(missed_note(starts, bare, starts["importtime"], RATIO))
    return bench
