"""Benchmark 7, importing runs: 1,000 FIT files from a folder, and a 2,000-run Strava zip.

The files are written once per benchmark by the tests' builders (``fit-tool``): 45-minute
runs with 1,800 track points each (a point every 1.5 s, between a watch's "smart" and
"every second" recording) of the fields a running watch records, one run a day. The zip is a
Strava bulk export: ``activities.csv`` and 2,000 ``.fit.gz`` files, plus a 150 MB video in
``media/``, so that the archive is far bigger than anything the import should hold. Each
run is a fresh process (``bench.run_import_child``) that imports into a new log, then
imports the same again (every file is then recognised by its content and not parsed).
"""

from __future__ import annotations

import gzip
import os
import tempfile
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.figures import BenchResult, Figure, Judge, Target
from bench.processes import run_child
from bench.stats import Spread
from tests.runs.activity_files import START, Shape, StravaActivity, fit_bytes, strava_csv

RUNS = 3
FIT_FILES = 1000
ZIP_RUNS = 2000
RECORDS = 1800
VIDEO_MB = 150
FOLDER_SECONDS = 180.0
ZIP_SECONDS = 360.0
AGAIN_SECONDS = 20.0
PEAK_MB = 150.0
KIB_PER_MB = 1024.0


def _shape(day: int) -> Shape:
    return Shape(start=START - timedelta(days=day), minutes=40 + day % 30, km=7 + day % 9 / 2)


def write_folder(folder: Path) -> None:
    for day in range(FIT_FILES):
        (folder / f"{day:04d}.fit").write_bytes(fit_bytes(_shape(day), records=RECORDS))


def write_zip(path: Path) -> None:
    activities = [
        StravaActivity(_shape(day), filename=f"activities/{day}.fit.gz", effort=1 + day % 10)
        for day in range(ZIP_RUNS)
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("activities.csv", strava_csv(activities))
        for day, item in enumerate(activities):
            data = gzip.compress(fit_bytes(_shape(day), records=RECORDS), compresslevel=6)
            archive.writestr(item.filename, data, zipfile.ZIP_STORED)  # Strava stores .gz as is
        with archive.open("media/video.mp4", "w", force_zip64=True) as video:
            for _ in range(VIDEO_MB):
                video.write(os.urandom(1024 * 1024))


def measure(runs: int = RUNS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-runs-") as directory:
        root = Path(directory)
        folder = root / "watch"
        folder.mkdir()
        write_folder(folder)
        export = root / "export.zip"
        write_zip(export)
        folder_mb = sum(path.stat().st_size for path in folder.iterdir()) / 1024 / 1024
        zip_mb = export.stat().st_size / 1024 / 1024
        folder_runs = [
            run_child("bench.run_import_child", [str(folder)], timeout=900) for _ in range(runs)
        ]
        zip_runs = [
            run_child("bench.run_import_child", [str(export)], timeout=900) for _ in range(runs)
        ]
    return {"folder": folder_runs, "zip": zip_runs, "folder_mb": folder_mb, "zip_mb": zip_mb}


def _spread(runs: list[dict[str, Any]], key: str) -> Spread:
    return Spread.of([run[key] for run in runs])


def _peak(runs: list[dict[str, Any]]) -> Spread:
    return Spread.of([(run["peak_kib"] - run["before_kib"]) / KIB_PER_MB for run in runs])


def result(measured: dict[str, Any]) -> BenchResult:
    folder, export = measured["folder"], measured["zip"]
    bench = BenchResult(7, "Importing runs")
    bench.figures += [
        Figure(
            f"{FIT_FILES:,} FIT files from a folder",
            "s",
            _spread(folder, "seconds"),
            target=Target(FOLDER_SECONDS, Judge.MEDIAN),
        ),
        Figure(
            "The same folder again (all recognised, nothing added)",
            "s",
            _spread(folder, "again_seconds"),
            target=Target(AGAIN_SECONDS, Judge.MEDIAN),
        ),
        Figure(
            "Peak memory added, folder import (VmHWM - VmRSS before)",
            "MB",
            _peak(folder),
            target=Target(PEAK_MB),
        ),
        Figure(
            f"Strava zip of {ZIP_RUNS:,} runs ({measured['zip_mb']:,.0f} MB)",
            "s",
            _spread(export, "seconds"),
            target=Target(ZIP_SECONDS, Judge.MEDIAN),
        ),
        Figure(
            "The same zip again (all recognised, nothing added)",
            "s",
            _spread(export, "again_seconds"),
            target=Target(AGAIN_SECONDS * 2, Judge.MEDIAN),
        ),
        Figure(
            "Peak memory added, zip import (VmHWM - VmRSS before)",
            "MB",
            _peak(export),
            target=Target(PEAK_MB),
        ),
    ]
    added = {run["added"] for run in folder} | {run["added"] for run in export}
    bench.method = (
        f"{len(folder)} runs of each import, each a fresh process importing into a new log "
        "with `import_runs` and `RunStore` (batches of 100 runs a transaction), then "
        f"importing the same again. The folder holds {FIT_FILES:,} FIT files "
        f"({measured['folder_mb']:,.0f} MB) of 45-minute runs with {RECORDS:,} track points "
        f"each, written by fit-tool; the zip holds `activities.csv`, {ZIP_RUNS:,} such files "
        f"gzipped, and a {VIDEO_MB} MB video ({measured['zip_mb']:,.0f} MB in all). Runs "
        f"added per import: {', '.join(str(n) for n in sorted(added))}. *Peak memory added* "
        "is the process's peak resident memory during the first import (VmHWM, reset just "
        "before it through /proc/self/clear_refs) minus its VmRSS just before it."
    )
    peak = _peak(export).high
    bench.notes.append(
        f"The zip is {measured['zip_mb']:,.0f} MB and its import's peak memory rose by at most "
        f"{peak:,.0f} MB: entries are inflated one at a time, so the archive is never held "
        "whole. The second imports read and hash every file but parse none (a Strava "
        "export's known files still pass on their perceived effort, without a parse)."
    )
    missed = [figure.label for figure in bench.figures if figure.met is False]
    if missed:
        bench.notes.append(f"**Missed: {'; '.join(missed)}.**")
    return bench
