"""Benchmark 5, the cost of a running workout: CPU time and resident memory of the real app.

``main.py --start`` runs a real plan (10 s holds, 5 s rests, three exercises: cues, ticks,
a log write per hold, the display repainted each time its count changes) under the offscreen
platform, its sound going to a private PipeWire's null sink, so that the cue engine's stream
and feeder run as on a desktop (where PipeWire cannot be had: ALSA's ``file`` plugin into
/dev/null, with the old path, a stream per cue, since the null device takes a stream's
sound faster than real time). After a settling period, /proc/<pid>/stat (utime + stime, all
threads; and the main thread's own) and /proc/<pid>/status (VmRSS) are read every 10 s for
60 s. A second, shorter run under cProfile says what the GUI thread spends its time on.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import sound_servers
from bench.alsa_capture import alsa_env, capture_config
from bench.figures import BenchResult, Figure, Target
from bench.processes import ROOT, child_env, cpu_seconds, run_child, status_kib, stop
from bench.stats import Spread

SETTLE_S = 5.0  # start-up and the first paint are benchmark 3's business
WINDOW_S = 10.0
WINDOWS = 6
PROFILE_S = 20.0
CPU_PERCENT = 2.0
RSS_MB = 150.0
KIB_PER_MB = 1024.0
# 5 + 3 x (5 x 10 + 4 x 5) + 2 x 10 = 235 s: the workout outlasts the measurement.
PLAN = [
    "--hold=10",
    "--rest=5",
    "--rounds=5",
    "--exercises=plank,side-left,side-right",
    "--get-ready=5",
    "--switch=10",
]


def _watch(process: subprocess.Popen[bytes], windows: int) -> dict[str, list[float]]:
    pid = process.pid
    cpu: list[float] = []
    rss: list[float] = []
    first_at, first_used = time.monotonic(), cpu_seconds(pid)
    first_gui = cpu_seconds(pid, pid)  # the main thread's id is the process id
    at, used = first_at, first_used
    for _ in range(windows):
        time.sleep(WINDOW_S)
        if process.poll() is not None:
            raise RuntimeError(f"the app exited early ({process.returncode})")
        now, now_used = time.monotonic(), cpu_seconds(pid)
        cpu.append(100 * (now_used - used) / (now - at))
        rss.append(status_kib("VmRSS", pid) / KIB_PER_MB)
        at, used = now, now_used
    span = at - first_at
    return {
        "cpu": cpu,
        "rss": rss,
        "total": [100 * (used - first_used) / span],
        "gui": [100 * (cpu_seconds(pid, pid) - first_gui) / span],
        "peak": [status_kib("VmHWM", pid) / KIB_PER_MB],
    }


@contextlib.contextmanager
def _sound(here: Path) -> Iterator[tuple[dict[str, str], str]]:
    """The app's sound environment, and a phrase saying what it is."""
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(sound_servers.pipewire(here / "pipewire"))
        except sound_servers.ServerUnavailableError as error:
            env = alsa_env(capture_config(here, Path("/dev/null")))
            env["PLANK_TIMER_AUDIO"] = "simpleaudio"
            yield (
                env,
                (
                    "ALSA's `file` plugin into /dev/null with a new simpleaudio stream per cue "
                    f"(no private PipeWire here: {error})"
                ),
            )
            return
        yield (
            server.env,
            (
                f"a private PipeWire {server.version} null sink, through the cue engine's one "
                "open stream and its feeder (PipeWire's own CPU time is not counted)"
            ),
        )


def measure(windows: int = WINDOWS, profile_s: float = PROFILE_S) -> dict[str, Any]:
    """Per 10 s window: CPU as % of one core and VmRSS in MB; the whole span's CPU (all
    threads, and the GUI thread alone); and the profiled run's busiest functions.
    """
    with (
        tempfile.TemporaryDirectory(prefix="bench-cost-") as directory,
        _sound(Path(directory)) as (env, sound),
    ):
        here = Path(directory)
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--start", *PLAN, f"--data-dir={here / 'a'}"],
            cwd=ROOT,
            env=child_env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(SETTLE_S)
            measured: dict[str, Any] = _watch(process, windows)
        finally:
            stop(process)
        measured["profile"] = run_child(
            "bench.workout_profile_child",
            [str(SETTLE_S), str(profile_s), "--", "--start", *PLAN, f"--data-dir={here / 'b'}"],
            timeout=SETTLE_S + profile_s + 60,
            env=env,
        )
        measured["sound"] = sound
    return measured


def result(measured: dict[str, Any]) -> BenchResult:
    bench = BenchResult(5, "Cost of a running workout (real app)")
    seconds = len(measured["cpu"]) * WINDOW_S
    total = Spread.of(measured["total"])
    gui = Spread.of(measured["gui"])
    bench.figures += [
        Figure(
            f"CPU over {seconds:.0f} s, % of one core",
            "%",
            total,
            target=Target(CPU_PERCENT),
            digits=2,
        ),
        Figure(f"... of which the GUI thread, over {seconds:.0f} s", "%", gui, digits=2),
        Figure("CPU per 10 s window, % of one core", "%", Spread.of(measured["cpu"]), digits=2),
        Figure(
            "Resident memory (VmRSS), every 10 s",
            "MB",
            Spread.of(measured["rss"]),
            target=Target(RSS_MB),
        ),
        Figure("Peak resident memory (VmHWM)", "MB", Spread.of(measured["peak"])),
    ]
    bench.method = (
        f"One run (the spec's 60 s): `main.py --start {' '.join(PLAN)} --data-dir=<temp>` "
        f"under QT_QPA_PLATFORM=offscreen, its cues played to {measured.get('sound', '?')}. "
        "After "
        f"{SETTLE_S:.0f} s to settle, utime + stime from `/proc/<pid>/stat` (and the main "
        "thread's from `/proc/<pid>/task/<pid>/stat`) and VmRSS from `/proc/<pid>/status` "
        f"every {WINDOW_S:.0f} s. The spread of the per-window rows is over the 10 s windows "
        "of that run; the whole-span rows are one value."
    )
    bench.notes += _profile_notes(measured["profile"])
    if total.high > CPU_PERCENT:
        bench.notes.append(_cpu_missed(total, gui, measured["profile"]))
    return bench


def _profile_notes(profile: dict[str, Any]) -> list[str]:
    top = profile.get("top", [])
    if not top:
        return []
    lines = [
        f"A separate {profile['seconds']:.0f} s run of the same workout under cProfile (which "
        "slows Python down: shares, not figures); the GUI thread's functions with the most "
        "time of their own:",
        "",
        "| function | calls | own s | with callees s |",
        "|---|---:|---:|---:|",
    ]
    for row in top:
        lines.append(
            f"| `{row['function']}` | {row['calls']} | {row['own_s']:.3f} | {row['total_s']:.3f} |"
        )
    return ["\n".join(lines)]


def _cpu_missed(total: Spread, gui: Spread, profile: dict[str, Any]) -> str:
    text = (
        f"**Missed: CPU.** The GUI thread uses {gui.median:.2f} of the {total.median:.2f} % "
        "(the other threads the rest: with the cue engine, mostly its stream, whose Python "
        "callback PortAudio calls 23 times a second (2048-frame blocks), and PipeWire's "
        "client thread; a bare PortAudio stream with an empty Python callback cost 0.8 % of "
        "a core at that block size, 3.5 % at 480 frames, on the machine this was written "
        "on). The GUI thread repaints when the count changes (`SessionDriver`: once a "
        "second, just after each whole second of the phase): it computes a fresh `Readout`, "
        "sets its labels and progress bar, repaints, and hands changed words on (title, tray)."
    )
    per_second = [
        row["calls"] / profile["seconds"]
        for row in profile.get("top", [])
        if "readout_icon" in row["function"]
    ]
    if per_second and max(per_second) > 2:
        text += (
            f" The tray re-renders its icon {max(per_second):.0f} times a second: it redraws "
            "whenever the readout differs from the last one, and `Readout` carries the "
            "workout's progress, which changes at every refresh, though the seconds the icon "
            "shows change once a second (on a desktop each new icon also goes over D-Bus to "
            "the panel). Comparing only what the icon shows (state and count) fixes that part."
        )
    return text
