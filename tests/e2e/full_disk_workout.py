"""A small-disk scenario: a workout while the log's disk is full from start to end, then the
next start once there is room again. Prints a JSON report on stdout.

Usage (inside small_disk): python full_disk_workout.py DISK OUTSIDE
DISK is the small disk, the data folder; OUTSIDE is an ordinary folder for the user's
state, cache and temporary folders.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.storage.database import open_log
from tests.e2e.plank_command import plank_on
from tests.e2e.small_disk import fill

WORKOUT = ("--start", "--quit-when-done", "--mute", "--hold=1", "--rest=1", "--rounds=2")
WORKOUT_PLAN = ("--get-ready=0", "--exercises=plank")


def main(disk: Path, outside: Path) -> None:
    open_log(disk).close()  # the log was made while there was room
    filler = fill(disk)
    full = plank_on(disk, outside, *WORKOUT, *WORKOUT_PLAN)
    kept = sorted(str(path) for path in outside.rglob("plank-timer-recovery-*.json"))
    filler.unlink()  # room again
    later = plank_on(disk, outside, *WORKOUT, *WORKOUT_PLAN)
    exported = plank_on(disk, outside, "export")
    report = {
        "full": [full.returncode, full.stderr],
        "kept": kept,
        "later": [later.returncode, later.stderr],
        "left": sorted(str(path) for path in outside.rglob("plank-timer-recovery-*.json")),
        "export": [exported.returncode, exported.stdout, exported.stderr],
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
