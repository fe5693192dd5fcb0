"""Child process: a workout of short phases through the real Session, SessionDriver and
CueThread on the real monotonic clock; prints what happened when, as one JSON line.

Usage: python -m bench.workout_child --phases N --seed S [--player silent|simpleaudio]
[--block] [--naive]

``--block`` stalls the GUI thread 150 ms at random moments; ``--naive`` runs the tick-counting
reference timer in the same event loop, so both see the same stalls. Phase changes are
stamped where the app would see them: in a slot connected to the driver's ``event`` signal.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.audio.cue_threads import start_cue_thread
from app.audio.player import CuePlayer
from app.audio.player_choice import choose_player
from app.audio.silent_player import SilentPlayer
from app.audio.simpleaudio_player import open_player
from app.core.events import Event, Finished, PhaseStarted
from app.core.exercise import PLANK
from app.core.session import ScheduledCue, Session
from app.core.timeline import Phase, PhaseKind, Timeline
from app.ui.workout.session_driver import SessionDriver
from bench.gui_blocker import GuiBlocker
from bench.naive_timer import NaiveTimer

DURATIONS = (0.2, 0.3, 0.4, 0.5)  # whole ticks of the naive timer
SETTLE_MS = 300  # let the event loop and the cue thread get going before the start
CHECK_MS = 50
GRACE_S = 15.0  # beyond the planned end, give up waiting for the last report
TAIL_S = 1.5  # the done sound and a spoken word after it


def make_timeline(
    count: int,
    rng: random.Random,
    durations: tuple[float, ...] = DURATIONS,
    get_ready: float | None = None,
) -> Timeline:
    """A silent get-ready, then holds and rests (every tenth rest a switch) of 0.2-0.5 s.

    Built from phases directly: a Plan would refuse phases this short.
    """
    phases: list[Phase] = []
    offset = 0.0
    for index in range(count):
        if index == 0:
            kind = PhaseKind.GET_READY
        elif index % 2 == 1:
            kind = PhaseKind.HOLD
        else:
            kind = PhaseKind.SWITCH if index % 20 == 0 else PhaseKind.REST
        duration = rng.choice(durations)
        if index == 0 and get_ready is not None:
            duration = get_ready
        phases.append(
            Phase(kind=kind, duration=duration, exercise=PLANK, round=1, rounds=1, start=offset)
        )
        offset += duration
    return Timeline(tuple(phases))


class Run:
    """One workout: records each phase change and cue as the app would notice them."""

    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        rng = random.Random(args.seed)
        self.app = app
        self.timeline = make_timeline(
            args.phases, rng, tuple(float(d) for d in args.durations.split(",")), args.get_ready
        )
        self.stop_at = args.stop_at
        self.stopped_at: float | None = None
        self.session = Session(self.timeline, time.monotonic)
        self.driver = SessionDriver(self.session, time.monotonic)
        self.driver.event.connect(self._on_event)
        self.problems: list[str] = []
        self.player: CuePlayer = SilentPlayer()
        if args.player == "simpleaudio":
            self.player = open_player(self.problems.append)
        elif args.player == "engine":
            self.player = choose_player(self.problems.append)
        self._lock = threading.Lock()
        self.cues: list[tuple[int, str, float, float]] = []
        self.phases: list[tuple[int, float, float]] = []
        self.finish: tuple[float, float] | None = None
        self.cue_thread = start_cue_thread(
            self.session, self.player, time.monotonic, self._on_played
        )
        self.naive = (
            NaiveTimer([p.duration for p in self.timeline.phases], time.monotonic, lambda: None)
            if args.naive
            else None
        )
        self.blocker = GuiBlocker(random.Random(args.seed + 1)) if args.block else None
        self._checker = QTimer()
        self._checker.timeout.connect(self._maybe_quit)

    def _on_played(self, scheduled: ScheduledCue, played_at: float) -> None:
        # On the cue thread: take no Qt path, just note it.
        with self._lock:
            self.cues.append(
                (scheduled.cue.index, scheduled.cue.kind.value, scheduled.at, played_at)
            )

    def _on_event(self, event: Event) -> None:
        now = time.monotonic()
        if isinstance(event, PhaseStarted):
            self.phases.append((event.index, event.at, now))
        elif isinstance(event, Finished):
            self.finish = (event.at, now)

    def start(self) -> None:
        if self.blocker is not None:
            self.blocker.start()
        self.session.start()
        if self.naive is not None:
            self.naive.start()
        self._checker.start(CHECK_MS)
        if self.stop_at is not None:
            QTimer.singleShot(round(self.stop_at * 1000), self._stop)
        QTimer.singleShot(round((self.timeline.total + GRACE_S) * 1000), self.app.quit)

    def _stop(self) -> None:
        self.stopped_at = time.monotonic()
        self.session.stop()
        QTimer.singleShot(round(TAIL_S * 1000), self.app.quit)

    def _maybe_quit(self) -> None:
        with self._lock:
            heard_all = len(self.cues) >= len(self.session.cues)
        naive_done = self.naive is None or self.naive.finished
        # A sound's tail is still playing after its cue: the stream must not close under it.
        played_out = time.monotonic() > self.session.clock_time(self.timeline.total) + TAIL_S
        if self.finish is not None and heard_all and naive_done and played_out:
            self.app.quit()

    def close(self) -> None:
        self._checker.stop()
        if self.blocker is not None:
            self.blocker.stop()
        if self.naive is not None:
            self.naive.stop()
        self.driver.shut_down()
        self.cue_thread.close()
        self.player.stop_all()

    def result(self) -> dict[str, Any]:
        started = self.session.clock_time(0.0)
        with self._lock:
            cues = list(self.cues)
        return {
            "started_at": started,
            "planned_total": self.timeline.total,
            "phase_starts": [phase.start for phase in self.timeline.phases],
            "scheduled_cues": len(self.session.cues),
            "phases": self.phases,
            "finish": self.finish,
            "stopped_at": self.stopped_at,
            "cues": cues,
            "naive": None
            if self.naive is None
            else {"started_at": self.naive.started_at, "changes": self.naive.changes},
            "blocks": [] if self.blocker is None else self.blocker.blocks,
            "problems": self.problems,
            **_engine_counts(getattr(self.player, "scheduler", None)),
        }


def _engine_counts(engine: Any) -> dict[str, Any]:
    """What the cue engine counted: underruns, cues it started late, clock rebuilds."""
    clock = getattr(engine, "stream_clock", None)
    return {
        "underruns": getattr(engine, "underruns", 0),
        "late_starts": getattr(engine, "late_starts", 0),
        "worst_late_ms": getattr(engine, "worst_late_s", 0.0) * 1000,
        "rebuilds": getattr(clock, "rebuilds", 0),
        "steps": getattr(clock, "steps", 0),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.workout_child")
    parser.add_argument("--phases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--player", choices=("silent", "simpleaudio", "engine"), default="silent")
    parser.add_argument("--block", action="store_true")
    parser.add_argument(
        "--durations", default=",".join(map(str, DURATIONS)), help="phase lengths to pick from"
    )
    parser.add_argument("--get-ready", type=float, help="length of the first (silent) phase")
    parser.add_argument("--stop-at", type=float, help="stop the workout this long after start")
    parser.add_argument("--naive", action="store_true")
    parser.add_argument(
        "--switch-interval", type=float, help="what-if: sys.setswitchinterval (not the app's)"
    )
    args = parser.parse_args(argv)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    app = QApplication([sys.argv[0]])
    run = Run(args, app)
    try:
        QTimer.singleShot(SETTLE_MS, run.start)
        app.exec()
    finally:
        run.close()
    print(json.dumps(run.result()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
