"""What the benchmarks ran on: CPU, cores, Python, Qt, kernel, load, date."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _qt_version() -> str:
    # Asked of a child so that this process never loads Qt.
    done = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtCore import qVersion; print(qVersion())"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def load_average() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def describe() -> list[tuple[str, str]]:
    """(what, value) rows for the report's machine table."""
    return [
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("CPU", _cpu_model()),
        ("Cores", str(os.cpu_count())),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Qt", _qt_version()),
        ("PySide6", _version("PySide6")),
        ("simpleaudio-patched", _version("simpleaudio-patched")),
        ("pyqtgraph", _version("pyqtgraph")),
        ("Load average (1/5/15 min) at start", load_average()),
    ]
