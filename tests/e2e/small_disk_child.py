"""Run inside a private mount namespace by small_disk.py: mount the tmpfs, run the scenario.

Usage: python small_disk_child.py MOUNTPOINT SIZE_BYTES SCENARIO [ARGS...]
"""

from __future__ import annotations

import runpy
import subprocess
import sys

ROOT = __file__.rsplit("/tests/", 1)[0]
sys.path.insert(0, ROOT)


def main(mountpoint: str, size: str, scenario: str, *args: str) -> None:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", mountpoint], check=True
    )
    sys.argv = [scenario, *args]
    runpy.run_path(scenario, run_name="__main__")


if __name__ == "__main__":
    main(*sys.argv[1:])
