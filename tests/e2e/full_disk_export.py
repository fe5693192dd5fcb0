"""A small-disk scenario: export onto a disk with no room left, then list what is there.

Prints the export's status, its stderr, and the names in the folder, one per line.
Usage (inside small_disk): python full_disk_export.py FOLDER DATA_DIR
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.small_disk import fill

ROOT = Path(__file__).resolve().parents[2]


def main(folder: Path, data_dir: str) -> None:
    fill(folder, leave_bytes=16 * 1024)
    command = [sys.executable, str(ROOT / "main.py"), "export", "--data-dir", data_dir]
    result = subprocess.run(
        [*command, "--output", str(folder / "b.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.returncode)
    print(result.stderr, end="")
    print(" ".join(sorted(path.name for path in folder.iterdir())))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
