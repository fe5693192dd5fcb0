"""Benchmark 9, exporting a large log: peak memory and time of ``plank-timer export``.

Logs of growing size are made from ten seeded years (``tests.history_seed``) copied further
and further back in time in SQL, up to the issue's case of 179,000 sessions. Each export is
a fresh process of the real command line (``main.py export --output FILE``); its peak
resident memory comes from ``wait4``'s ``ru_maxrss``, taken by a small process that starts
it (``bench.peak_memory``: a child of the large benchmark process would carry its size in).
Beside it, the naive way
(``bench.large_export_child``): the export as it was before, the whole log built in memory
and dumped at once.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.storage.database import LOG_FILE_NAME
from bench.figures import BenchResult, Figure, Target
from bench.processes import ROOT, child_env
from bench.stats import Spread
from tests.history_seed import seed_history

SIZES = (3_000, 30_000, 90_000, 179_000)
RUNS = 3
NAIVE_RUNS = 1
PEAK_MB = 100.0
"""Target for the export's peak memory, whatever the log's size: flat, not growing with it."""
KIB_PER_MB = 1024.0
TIMEOUT_S = 900

_SHIFT_SESSIONS = """
INSERT INTO sessions (id, started_at, utc_offset_minutes, local_day, ended_at, plan,
                      planned_rounds, status, back_pain, note, deleted)
SELECT id + :offset,
       strftime('%Y-%m-%dT%H:%M:%f', started_at, :shift) || '+00:00',
       utc_offset_minutes, date(local_day, :shift),
       CASE WHEN ended_at IS NULL THEN NULL
            ELSE strftime('%Y-%m-%dT%H:%M:%f', ended_at, :shift) || '+00:00' END,
       plan, planned_rounds, status, back_pain, note, deleted
FROM sessions WHERE id <= :base AND id + :offset <= :target
"""
_SHIFT_SETS = """
INSERT INTO sets (session_id, exercise, side, round, planned_seconds, held_seconds,
                  completed, started_at)
SELECT session_id + :offset, exercise, side, round, planned_seconds, held_seconds, completed,
       strftime('%Y-%m-%dT%H:%M:%f', started_at, :shift) || '+00:00'
FROM sets WHERE session_id <= :base AND session_id + :offset <= :target
"""


def grow(path: Path, target: int) -> dict[str, int]:
    """Copy the log's sessions (ids 1..base) further back, ten years a copy, up to ``target``."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        (base,) = connection.execute("SELECT MAX(id) FROM sessions").fetchone()
        connection.execute("BEGIN")
        copy = 1
        while copy * base < target:
            values = {"offset": copy * base, "shift": f"-{copy * 3650} days", "base": base}
            values["target"] = target
            connection.execute(_SHIFT_SESSIONS, values)
            connection.execute(_SHIFT_SETS, values)
            copy += 1
        connection.execute("COMMIT")
        sessions, sets = connection.execute(
            "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM sets)"
        ).fetchone()
    finally:
        connection.close()
    return {"sessions": sessions, "sets": sets, "bytes": path.stat().st_size}


def _run(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall time and peak resident memory (through bench.peak_memory,
    so the benchmark's own size is not counted)."""
    with tempfile.TemporaryDirectory() as folder:
        peak = Path(folder) / "peak"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "bench.peak_memory", str(peak), *command],
            cwd=ROOT,
            env=child_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            errors = result.stderr.decode().strip()[-300:]
            raise RuntimeError(f"{command[1:3]} exited {result.returncode}: {errors}")
        return {"seconds": elapsed, "peak_kib": float(peak.read_text())}


def measure(sizes: tuple[int, ...] = SIZES, runs: int = RUNS) -> dict[str, Any]:
    """For each size: the log's size and each run's time and peak memory, ours and naive."""
    measured: dict[str, Any] = {"sizes": []}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as directory:
        data = Path(directory) / "data"
        seed_history(data / LOG_FILE_NAME, days=3650)
        out = Path(directory) / "backup.json"
        for size in sizes:
            log = grow(data / LOG_FILE_NAME, size)
            export = [sys.executable, "main.py", "export", "--data-dir", str(data)]
            ours = [_run([*export, "--output", str(out)]) for _ in range(runs)]
            log["json_bytes"] = out.stat().st_size
            naive = [
                _run([sys.executable, "-m", "bench.large_export_child", str(data), str(out)])
                for _ in range(NAIVE_RUNS)
            ]
            measured["sizes"].append({**log, "ours": ours, "naive": naive})
    return measured


def result(measured: dict[str, Any]) -> BenchResult:
    bench = BenchResult(9, "Exporting a large log")
    for size in measured["sizes"]:
        label = f"{size['sessions']:,} sessions ({size['json_bytes'] / 1e6:,.0f} MB of JSON)"

        def spread(runs: list[dict[str, float]], key: str, scale: float = 1.0) -> Spread:
            return Spread.of([run[key] / scale for run in runs])

        bench.figures += [
            Figure(
                f"Peak memory, {label}",
                "MB",
                spread(size["ours"], "peak_kib", KIB_PER_MB),
                naive=spread(size["naive"], "peak_kib", KIB_PER_MB),
                target=Target(PEAK_MB),
            ),
            Figure(
                f"Time, {label}",
                "s",
                spread(size["ours"], "seconds"),
                naive=spread(size["naive"], "seconds"),
            ),
        ]
    largest = measured["sizes"][-1]
    counts = ", ".join(f"{size['sessions']:,}" for size in measured["sizes"])
    bench.method = (
        f"Logs of {counts} sessions: ten "
        "years of seeded history (`tests/history_seed.py`) copied back in time, ten years a "
        "copy, in SQL (`bench/large_export.py`); the largest holds "
        f"{largest['sets']:,} holds in a {largest['bytes'] / 1e6:,.0f} MB file. Each run is "
        "`python main.py export --output FILE --data-dir DIR` in a fresh process: wall time, "
        "and the process's peak resident memory (`ru_maxrss` from `wait4`, read by a small "
        "process that starts it, `bench/peak_memory.py`), which includes "
        "Python, Qt Core and SQLite's page cache. The naive column is the export as it was "
        "before this benchmark (`bench/large_export_child.py`: every hold grouped in a dict, "
        f"the whole document built, then `json.dumps`), {NAIVE_RUNS} run per size."
    )
    bench.notes.append(
        "The export writes one session at a time (`app/storage/json_stream.py`, one query for "
        "each session's holds), so its memory is the interpreter's and one session's, whatever "
        "the log's length; the naive way holds every row, every dict and the whole text at once."
    )
    return bench
