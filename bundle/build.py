"""Builds the bundle: PyInstaller on ``bundle/plank-timer.spec``, then the archive.

``python -m bundle.build`` (what ``make bundle`` runs before its check). The work and the
unpacked program stay under ``build/bundle/``; the archive goes to ``dist/``. Prints the
archive's path and both sizes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from bundle.contents import ROOT
from bundle.pack import pack

SPEC = ROOT / "bundle" / "plank-timer.spec"
BUILD = ROOT / "build" / "bundle"
MB = 1_000_000


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (symbolic links count as nothing)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def build(output: Path) -> Path:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={BUILD / 'dist'}",
            f"--workpath={BUILD / 'work'}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    archive = pack(BUILD / "dist", output, BUILD / "stage")
    unpacked = folder_size(BUILD / "dist")
    print(
        f"bundle: {archive} ({archive.stat().st_size / MB:.1f} MB; "
        f"the program folder {unpacked / MB:.1f} MB unpacked), "
        f"built in {time.monotonic() - started:.0f} s"
    )
    return archive


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bundle.build", description=__doc__)
    parser.add_argument("--output", type=Path, default=ROOT / "dist", help="default: dist/")
    build(parser.parse_args(argv).output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
