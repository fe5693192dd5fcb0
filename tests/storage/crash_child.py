"""Run by test_crash.py in a child process: a real workout recorded into a real log.

It prints ``saved <n>`` once the n-th hold is committed, then, after the holds it was asked
for, blocks reading stdin until the parent kills it. Time is a fake clock: nothing sleeps.
Usage: python crash_child.py DATA_DIR HOLDS
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.events import Event, HoldFinished  # noqa: E402
from app.core.plan import Plan  # noqa: E402
from app.core.session import Session  # noqa: E402
from app.core.timeline import build_timeline  # noqa: E402
from app.storage.database import open_log  # noqa: E402
from app.storage.recorder import SessionRecorder  # noqa: E402
from tests.fakes import FakeClock  # noqa: E402

START = datetime(2024, 5, 1, 5, 0, tzinfo=UTC)


def main(data_dir: str, holds: int) -> None:
    clock = FakeClock(0.0)
    log = open_log(data_dir)
    plan = Plan.simple(rounds=3)
    session = Session(build_timeline(plan), clock)
    recorder = SessionRecorder(log, lambda: START + timedelta(seconds=clock.now), clock)
    recorder.watch(session, plan)
    saved = 0

    def report(event: Event) -> None:
        # Subscribed after the recorder, so this runs once the hold is committed.
        nonlocal saved
        if isinstance(event, HoldFinished):
            saved += 1
            print(f"saved {saved} problem={recorder.problem}", flush=True)

    session.subscribe(report)
    session.start()
    while saved < holds:
        deadline = session.next_deadline()
        assert deadline is not None
        clock.set(deadline)
        session.update()
    print("waiting", flush=True)
    sys.stdin.readline()  # the parent kills us here, mid-workout


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
