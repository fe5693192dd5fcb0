"""Benchmark 8, the bundle: its size, and its start-up beside ``python main.py``.

The archive is the one ``make bundle`` leaves in ``dist/`` (built here first if it is
missing). Size: the archive's bytes, and the unpacked program folder's. Start-up: process
start to the main window's first paint, for the bundled program and for ``python main.py``,
both timed the same way from outside, with nothing added to either: Qt's own paint log
(``QT_LOGGING_RULES=qt.widgets.painting=true``) stamped with CLOCK_MONOTONIC
(``%{time boot}``), whose first "Drawing ... of MainWindow" line is the first paint. Rounds
alternate the two after one warm-up round, each start on a fresh empty log.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.alsa_capture import alsa_env, capture_config
from bench.figures import BenchResult, Figure, Judge, Target
from bench.processes import ROOT, child_env, stop
from bench.stats import Spread
from bundle.contents import APP_NAME
from bundle.pack import archive_name

RUNS = 10
MB = 1_000_000
MS = 1000.0
SIZE_LIMIT_MB = 200.0
TIMEOUT_S = 60.0
PAINT_LOG = {
    "QT_QPA_PLATFORM": "offscreen",
    "QT_LOGGING_RULES": "qt.widgets.painting=true",
    "QT_MESSAGE_PATTERN": "%{time boot} %{message}",
}
FIRST_PAINT = re.compile(r"^\s*(\d+\.\d+) Drawing .* of MainWindow\(")


@dataclass(frozen=True)
class Measured:
    """Start-up times per program (ms), sizes in bytes, and the biggest parts."""

    name: str
    starts: dict[str, list[float]]
    archive: int
    unpacked: int
    parts: list[tuple[str, int]]


def archive() -> Path:
    """The bundle's archive, built first (``python -m bundle.build``) when it is missing."""
    path = ROOT / "dist" / archive_name()
    if not path.is_file():
        subprocess.run([sys.executable, "-m", "bundle.build"], cwd=ROOT, check=True)
    return path


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(program: Path, count: int = 8) -> list[tuple[str, int]]:
    """The biggest files and package folders of the unpacked program."""
    internal = program / "_internal"
    sizes = {
        str(child.relative_to(internal)): folder_bytes(child)
        if child.is_dir()
        else child.stat().st_size
        for child in internal.iterdir()
        if not child.is_symlink()
    }
    qt = internal / "PySide6" / "Qt" / "lib"
    sizes.pop("PySide6", None)
    sizes.update(
        {f"PySide6/Qt/lib/{p.name}": p.stat().st_size for p in qt.iterdir() if p.is_file()}
    )
    return sorted(sizes.items(), key=lambda item: -item[1])[:count]


def first_paint_ms(argv: list[str], env: dict[str, str]) -> float:
    """Milliseconds from just before the spawn to the first paint of the main window."""
    began = time.monotonic()
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        deadline = began + TIMEOUT_S
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stderr], [], [], deadline - time.monotonic())
            line = process.stderr.readline() if ready else ""
            if not line and process.poll() is not None:
                break
            match = FIRST_PAINT.match(line)
            if match:
                return (float(match.group(1)) - began) * MS
        raise RuntimeError(f"{argv[0]} never painted its main window (exit {process.poll()})")
    finally:
        stop(process)


def measure(runs: int = RUNS) -> Measured:
    path = archive()
    starts: dict[str, list[float]] = {"bundle": [], "python": []}
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as directory:
        here = Path(directory)
        (here / "unpacked").mkdir()
        subprocess.run(["tar", "-xzf", str(path), "-C", str(here / "unpacked")], check=True)
        (top,) = (here / "unpacked").iterdir()
        program = top / APP_NAME
        sound = alsa_env(capture_config(here, Path("/dev/null")))
        for index in range(runs + 1):
            for key in starts:
                data = here / f"data-{key}-{index}"
                if key == "bundle":
                    argv = [str(program / APP_NAME), f"--data-dir={data}"]
                    env = {"HOME": os.environ.get("HOME", str(here)), "PATH": "/usr/bin:/bin"}
                    env |= {"LANG": "C.UTF-8", **sound, **PAINT_LOG}
                else:
                    argv = [sys.executable, str(ROOT / "main.py"), f"--data-dir={data}"]
                    env = child_env({**sound, **PAINT_LOG})
                painted = first_paint_ms(argv, env)
                if index > 0:
                    starts[key].append(painted)
        return Measured(
            path.name, starts, path.stat().st_size, folder_bytes(program), largest_parts(program)
        )


def result(measured: Measured) -> BenchResult:
    bench = BenchResult(8, "The bundle")
    bundle, python = measured.starts["bundle"], measured.starts["python"]
    unpacked = measured.unpacked / MB
    packed = measured.archive / MB
    bench.figures += [
        Figure(
            "Unpacked program folder",
            "MB",
            Spread.of([unpacked]),
            target=Target(SIZE_LIMIT_MB, Judge.WORST),
        ),
        Figure(
            "Archive (.tar.gz), with install scripts and desktop files", "MB", Spread.of([packed])
        ),
        Figure(
            "Start to first paint, bundle (naive: `python main.py`)",
            "ms",
            Spread.of(bundle),
            Spread.of(python),
        ),
        Figure(
            "Startup, bundle / `python main.py` (same round)",
            "x",
            Spread.of([a / b for a, b in zip(bundle, python, strict=True)]),
            digits=2,
        ),
    ]
    bench.method = (
        f"`{measured.name}` from `make bundle`, unpacked with tar. Sizes are the files' "
        "bytes (1 MB = 10^6 bytes; symbolic links count nothing). Start-up: "
        f"{len(bundle)} rounds after one warm-up round, each alternating the bundled "
        "`plank-timer` and `python main.py` (the project's .venv, bytecode cached as in "
        "benchmark 3), each on a fresh empty log, QT_QPA_PLATFORM=offscreen, ALSA's default "
        "device the `file` plugin into /dev/null. Both are timed from just before the spawn "
        "to the first 'Drawing ... of MainWindow' line of Qt's paint log "
        "(qt.widgets.painting), which Qt stamps with CLOCK_MONOTONIC: no harness, nothing "
        "changed in either program (the log writes about 150 short lines before that paint, "
        "the same for both)."
    )
    parts = ", ".join(f"{name} {size / MB:.1f} MB" for name, size in measured.parts)
    bench.notes.append(f"The largest parts of the unpacked program: {parts}.")
    return bench
