"""One run of benchmark 7 in a fresh process: import the given paths into a new log.

Prints one JSON line: seconds for the import, seconds for importing the same again, the
counts, and memory (VmRSS before, VmHWM after: the peak the import reached, the peak having
been reset just before it).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from app.runs import ImportCounts, import_runs
from app.storage.database import open_log
from app.storage.runs import RunStore
from bench.processes import status_kib


def main(paths: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-runs-log-") as folder, open_log(folder) as log:
        store = RunStore(log)
        # Reset the peak (VmHWM) to now, so that it measures the import alone.
        Path("/proc/self/clear_refs").write_text("5")
        before_kib = status_kib("VmRSS")
        counts = ImportCounts()
        began = time.perf_counter()
        import_runs([Path(path) for path in paths], store, counts)
        seconds = time.perf_counter() - began
        peak_kib = status_kib("VmHWM")
        again = ImportCounts()
        began = time.perf_counter()
        import_runs([Path(path) for path in paths], store, again)
        again_seconds = time.perf_counter() - began
    print(
        json.dumps(
            {
                "seconds": seconds,
                "again_seconds": again_seconds,
                "added": counts.added,
                "duplicates": counts.duplicates,
                "rejected": len(counts.rejected),
                "again_added": again.added,
                "before_kib": before_kib,
                "peak_kib": peak_kib,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
