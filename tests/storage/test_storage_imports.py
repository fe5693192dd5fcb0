"""The log works without Qt: export and import run from the command line with no window."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.storage

ROOT = Path(__file__).resolve().parents[2]


def test_no_storage_module_pulls_in_qt_and_core_streaks_needs_no_sqlite() -> None:
    modules = sorted(info.name for info in pkgutil.iter_modules(app.storage.__path__))
    assert {"database", "recorder", "statistics", "export", "importer"} <= set(modules)
    script = (
        "import sys\n"
        "import app.core.streaks\n"
        "assert 'sqlite3' not in sys.modules, 'app.core.streaks imported sqlite3'\n"
        + "".join(f"import app.storage.{name}\n" for name in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith('app.ui'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
