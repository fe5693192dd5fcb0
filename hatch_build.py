"""The wheel's build hook: compiles translations/*.ts into assets/translations/*.qm.

Compiled .qm files are build products (not committed), so a wheel built from a fresh clone or
an sdist makes its own with ``lrelease``, which the PySide6-Essentials wheel ships (it is this
hook's build dependency, in pyproject.toml). They land where ``make translations`` puts them,
so the wheel's ``assets`` force-include carries them to ``app/assets/translations``.
Editable installs skip it: ``make translations`` compiles them for a checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> str:
    names = ("lrelease.exe",) if sys.platform == "win32" else ("lrelease",)
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        for folder in (package, package / "Qt" / "libexec", package / "Qt" / "bin"):
            for name in names:
                if (folder / name).is_file():
                    return str(folder / name)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("lrelease not found: install PySide6-Essentials to build the wheel")
    return found


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs lrelease on every .ts file and puts the .qm files in the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        out = root / "assets" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        for ts in sorted((root / "translations").glob("plank_timer_*.ts")):
            qm = out / f"{ts.stem}.qm"
            subprocess.run([lrelease, "-silent", os.fspath(ts), "-qm", os.fspath(qm)], check=True)
