"""Run by test_damaged_log.py in a child process: open a log and record one workout into it.

With ``--pause``, the wall clock (read once the damage is found, before the log is moved
aside) prints ``found damage`` and waits for a line on stdin, so the parent can let another
copy of the app go first. It prints ``recorded <moved aside to, or None>`` at the end.
Usage: python open_child.py DATA_DIR HOUR [--pause]
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.storage.database import open_log  # noqa: E402
from tests.storage.workouts import berlin, record  # noqa: E402


def main(data_dir: str, hour: int, pause: bool) -> None:
    def wall_clock() -> datetime:
        if pause:
            print("found damage", flush=True)
            sys.stdin.readline()
        return datetime(2024, 6, 1, hour, 0)

    with open_log(data_dir, wall_clock=wall_clock) as log:
        record(log, berlin(2024, 6, 1, hour))
        print(f"recorded {log.moved_aside}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), "--pause" in sys.argv[3:])
