"""Child process: the real app running a workout under cProfile, for benchmark 5's notes.

Usage: python -m bench.workout_profile_child SETTLE_S SECONDS -- MAIN_PY_ARGS...

Runs ``app.cli.main`` with the arguments, profiles the GUI thread from SETTLE_S seconds in
for SECONDS seconds, quits, and prints one JSON line: the functions with the most time of
their own (``calls``, ``own_s``, ``total_s``). Profiling slows Python down, so these are
shares, not the benchmark's figures.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
from typing import Any

TOP = 8


def main(argv: list[str]) -> int:
    settle, seconds = float(argv[0]), float(argv[1])
    app_args = argv[argv.index("--") + 1 :]
    from PySide6.QtCore import QTimer

    import app.wiring as wiring
    from app.cli import main as cli_main
    from bench.processes import ROOT

    profile = cProfile.Profile()
    run = wiring._run

    def profiled_run(app: Any, programs: Any, *, quiet: bool = False) -> int:
        QTimer.singleShot(round(settle * 1000), profile.enable)
        QTimer.singleShot(round((settle + seconds) * 1000), app.quit)
        try:
            return run(app, programs, quiet=quiet)
        finally:
            profile.disable()

    wiring._run = profiled_run
    cli_main(app_args)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    rows = []
    for (path, line, name), (_, calls, own, total, _) in stats.items():
        where = f"{path.removeprefix(f'{ROOT}/')}:{line}" if line else "built-in"
        rows.append({"function": f"{where} {name}", "calls": calls, "own_s": own, "total_s": total})
    rows.sort(key=lambda row: -row["own_s"])
    print(json.dumps({"seconds": seconds, "top": rows[:TOP]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
