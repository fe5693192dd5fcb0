"""Benchmark 4, the progress view on ten years of daily history and ten years of runs.

The log is seeded once with ``tests.history_seed.seed_history`` (3,650 days ending today) and
``tests.run_seed.seed_runs`` (runs over the same days); each run is a fresh process
(``bench.progress_view_child``) that opens the page, switches the daily chart 30 -> 90 -> 365
days (and back to 30), switches the running chart 1 year -> all -> 3 months (and back to
1 year), and reads its own VmRSS around it.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from app.storage.database import LOG_FILE_NAME
from bench.figures import BenchResult, Figure, Judge, Target
from bench.processes import run_child
from bench.stats import Spread
from tests.history_seed import seed_history
from tests.run_seed import seed_runs

RUNS = 5
OPEN_MS = 300.0
SWITCH_MS = 100.0
ADDED_MB = 40.0
KIB_PER_MB = 1024.0


def measure(runs: int = RUNS) -> dict[str, Any]:
    """The seeded history's size and each run's figures."""
    with tempfile.TemporaryDirectory(prefix="bench-progress-") as directory:
        data = Path(directory)
        seeded = seed_history(data / LOG_FILE_NAME, days=3650, end=date.today())
        running = seed_runs(data / LOG_FILE_NAME, days=3650, end=date.today())
        results = [
            run_child("bench.progress_view_child", [str(data)], timeout=120) for _ in range(runs)
        ]
    return {
        "sessions": seeded.sessions,
        "sets": seeded.sets,
        "run_count": running.runs,
        "runs": results,
    }


def result(measured: dict[str, Any]) -> BenchResult:
    runs = measured["runs"]

    def spread(key: str, scale: float = 1.0) -> Spread:
        return Spread.of([run[key] / scale for run in runs])

    def switch(days: str) -> Spread:
        return Spread.of([run["switch_ms"][days] for run in runs])

    def running(weeks: str) -> Spread:
        return Spread.of([run["running_switch_ms"][weeks] for run in runs])

    bench = BenchResult(4, "Progress view, ten years of history and of runs")
    bench.figures += [
        Figure(
            "Open: construct + show + first paint",
            "ms",
            spread("open_ms"),
            target=Target(OPEN_MS, Judge.MEDIAN),
        ),
        Figure(
            "Switch range 30 -> 90 days (draw + repaint)",
            "ms",
            switch("90"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Switch range 90 -> 365 days (draw + repaint)",
            "ms",
            switch("365"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Switch range 365 -> 30 days (draw + repaint)",
            "ms",
            switch("30"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Running chart 1 year -> all 10 years (query + draw + repaint)",
            "ms",
            running("all"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Running chart all -> 3 months (query + draw + repaint)",
            "ms",
            running("13"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Running chart 3 months -> 1 year (query + draw + repaint)",
            "ms",
            running("52"),
            target=Target(SWITCH_MS, Judge.MEDIAN),
        ),
        Figure(
            "Memory added by the open view (VmRSS)",
            "MB",
            spread("added_kib", KIB_PER_MB),
            target=Target(ADDED_MB),
        ),
        Figure(
            "Importing the progress package (pyqtgraph, numpy), once", "ms", spread("import_ms")
        ),
        Figure("Memory added by that import (VmRSS)", "MB", spread("import_kib", KIB_PER_MB)),
    ]
    bench.method = (
        f"{len(runs)} runs, each a fresh process. The log holds "
        f"{measured['sessions']:,} sessions and {measured['sets']:,} holds "
        "(`tests/history_seed.py`, 3,650 days ending today) and "
        f"{measured.get('run_count', 0):,} runs over the same days (`tests/run_seed.py`). "
        "Each run opens the log with "
        "`open_log`, builds `ProgressPage(Statistics(log), History(log))`, resizes it to the "
        "main window's 1024x720, shows it and runs the event loop until the page has painted "
        "(*open*, the running chart's default year included); then picks each range with "
        "`range_selector.set_days` and runs the loop until the chart has repainted (*switch*), "
        "and likewise each range of the running chart (`running.range.choose`: its weekly SQL "
        "aggregates, the jump rule and the drawing). *Memory added* is VmRSS after the switches "
        "minus "
        "VmRSS just before constructing the page; the one-off import of the progress package "
        "(pyqtgraph and numpy) is reported on its own rows, since the app pays it once, "
        "wherever it first imports the page. QT_QPA_PLATFORM=offscreen."
    )
    first_open = Spread.of([run["import_ms"] + run["open_ms"] for run in runs]).median
    bench.notes.append(
        "Today `app/wiring.py` imports and builds the page at start-up, so the user never "
        "waits for it here but every start does (benchmark 3). Moved to first use, the first "
        f"opening would cost import + open, about {first_open:.0f} ms (median), "
        f"{'within' if first_open <= OPEN_MS else 'over'} the {OPEN_MS:.0f} ms target; "
        "importing it right after the window's first paint, before any workout starts, would "
        "keep both figures."
    )
    missed = [figure.label for figure in bench.figures if figure.met is False]
    if missed:
        bench.notes.append(f"**Missed: {'; '.join(missed)}.**")
    return bench
