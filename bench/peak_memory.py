"""Run a command and write its peak resident memory (KiB) to a file:
``python -m bench.peak_memory OUT COMMAND...``.

``wait4``'s ``ru_maxrss`` for a process started from a large one is wrong: Linux carries
the starter's high-water mark into the child (copied at fork, or taken from the shared
memory at exec after vfork) and keeps the larger of the two across exec. After benchmark
7 the benchmark's own process holds about 1 GB, so every export it started "peaked" at
987 MB. This small process starts the command instead, so what it carries in is its own
few MB, below any Python program's peak.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    out, command = Path(argv[0]), argv[1:]
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    out.write_text(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
