"""Benchmark 6, cues heard at the sink: deadline to first frame at a sound server's null sink.

For each stack (a private PipeWire with WirePlumber, reached through its ALSA plugin and
again through pipewire-pulse; a private PulseAudio; see ``bench/sound_servers.py``) and each
path (the old one, a new simpleaudio stream per cue through ``CueThread``; the new one, the cue
engine's one open stream fed by ``CueFeeder``) a fresh ``bench.workout_child`` plays a workout
of short phases while the sink's monitor is recorded with every buffer stamped on
CLOCK_MONOTONIC; ``bench/sink_analysis.py`` finds each cue's sound in the recording (the right
sound, whole, once) and when it was heard. Quiet, then under benchmark 1's load (a spinning
process, 150 ms GUI stalls); three runs each, the worst run judged. Then per stack: stop during
a sound (how long until the sink is silent), and one ten-minute workout under load on the
engine (underruns).

An engine run that misses a target leaves its recording, the workout's own report and the recorder's
log in ``out/bench-kept/`` (``KEPT``), so that a miss can be looked into after the fact.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.audio.cue_feeder import LEAD
from bench import sink_analysis, sound_servers, stream_candidates
from bench.figures import BenchResult, Figure, Target
from bench.processes import ROOT, cpu_hog, run_child
from bench.stats import Spread, percentile

PHASES = 24
RUNS = 3
DURATIONS = "0.5,0.6,0.7,0.8"
GET_READY_S = 1.5
LONG_S = 600.0
LONG_PHASES = round(LONG_S / 0.65)
STOP_AFTER_HOLD_S = 0.1
WITHIN_MS = 5.0
P50_MS = 2.0
SILENT_MS = 50.0
PATHS = {"per-cue": "simpleaudio", "engine": "engine"}
QUIET_LEVEL = 1e-3
KEPT = ROOT / "out" / "bench-kept"


@contextlib.contextmanager
def _server(name: str) -> Iterator[sound_servers.Server]:
    with (
        tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as directory,
        sound_servers.SERVERS[name](Path(directory)) as server,
    ):
        yield server


def _play(
    server: sound_servers.Server,
    player: str,
    *,
    phases: int,
    seed: int,
    loaded: bool,
    stop_at: float | None = None,
) -> tuple[dict[str, Any], sink_analysis.Recording, Path]:
    args = [
        f"--phases={phases}",
        f"--seed={seed}",
        f"--player={player}",
        f"--durations={DURATIONS}",
        f"--get-ready={GET_READY_S}",
    ]
    if loaded:
        args.append("--block")
    if stop_at is not None:
        args.append(f"--stop-at={stop_at}")
    limit = phases * 0.8 + 60
    out = server.directory / f"monitor-{player}-{seed}-{int(loaded)}.bin"
    with (
        sound_servers.recording(server, out),
        cpu_hog(limit=limit + 30) if loaded else contextlib.nullcontext(),
    ):
        run = run_child("bench.workout_child", args, timeout=limit, env=server.env)
    recording = sink_analysis.load(out)
    return run, recording, out


def _heard_run(
    server: sound_servers.Server, player: str, *, phases: int, seed: int, loaded: bool
) -> dict[str, float]:
    """One run played and judged; an engine run's files kept when it misses a target."""
    run, recording, out = _play(server, player, phases=phases, seed=seed, loaded=loaded)
    figures = heard(run, recording)
    log = out.with_suffix(".log")
    figures["recorder_skipped"] = sound_servers.recorder_skipped(log)
    if player == "engine" and misses(figures):  # the old path misses every time
        kept = KEPT / f"{time.strftime('%Y%m%d-%H%M%S')}-{server.name.replace(' ', '_')}-{out.stem}"
        kept.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, kept / out.name)
        if log.exists():
            shutil.copy(log, kept / log.name)
        (kept / "run.json").write_text(json.dumps({"run": run, "figures": figures}))
    out.unlink()
    return figures


def faults(figures: dict[str, float]) -> float:
    """Cues of one run that were missing, clipped or doubled at the sink."""
    return figures["missing"] + figures["clipped"] + figures["doubled"]


def misses(figures: dict[str, float]) -> bool:
    """The run misses a target: a cue off by more than 5 ms, p50 over 2 ms, or a fault."""
    return bool(
        figures["max"] > WITHIN_MS
        or figures["p50"] > P50_MS
        or faults(figures) + figures["underruns"] > 0
    )


def heard(run: dict[str, Any], recording: sink_analysis.Recording) -> dict[str, float]:
    """One run's figures: lateness in ms, and what was missing, clipped or doubled."""
    cues = sorted(run["cues"])
    found = sink_analysis.analyse(recording, [(kind, at) for _, kind, at, _ in cues])
    late = [cue.late_ms for cue in found if cue.late_ms is not None]
    unmeasured = sum(cue.unmeasured for cue in found)
    absolute = [abs(value) for value in late] or [float("nan")]
    return {
        "p50": percentile(absolute, 50),
        "max": max(absolute),
        "within": sum(value <= WITHIN_MS for value in absolute),
        "cues": run["scheduled_cues"],
        "missing": run["scheduled_cues"] - len(late) - unmeasured,
        "unmeasured": unmeasured,
        "lost_frames": recording.lost,
        "clipped": sum(not cue.whole for cue in found if cue.late_ms is not None),
        "doubled": sum(cue.doubled for cue in found),
        "underruns": run.get("underruns", 0),
        "late_starts": run.get("late_starts", 0),
        "worst_late_ms": run.get("worst_late_ms", 0.0),
        "rebuilds": run.get("rebuilds", 0),
        "steps": run.get("steps", 0),
    }


def silence_after_stop(run: dict[str, Any], recording: sink_analysis.Recording) -> float:
    """ms from the stop to the last audible frame at the sink (0: already silent)."""
    stopped = run["stopped_at"]
    if stopped is None:
        raise RuntimeError("the workout was not stopped")
    after = recording.index_at(stopped)
    loud = [
        i for i in range(after, len(recording.samples)) if abs(recording.samples[i]) > QUIET_LEVEL
    ]
    return 0.0 if not loud else (float(recording.times[loud[-1]]) - stopped) * 1000


def measure(phases: int = PHASES, runs: int = RUNS, long_s: float = LONG_S) -> dict[str, Any]:
    """Per server: each path's runs quiet and loaded, the stop, the long run; or why not."""
    results: dict[str, Any] = {}
    for name in sound_servers.SERVERS:
        try:
            results[name] = _measure_server(name, phases, runs, long_s)
        except (sound_servers.ServerUnavailableError, RuntimeError) as error:
            results[name] = {"error": str(error)}
    with tempfile.TemporaryDirectory() as folder:
        results["candidates"] = stream_candidates.measure_all(Path(folder))
    return results


def _measure_server(name: str, phases: int, runs: int, long_s: float) -> dict[str, Any]:
    found: dict[str, Any] = {}
    with _server(name) as server:
        found["version"] = server.version
        found["server"] = server.name
        for path, player in PATHS.items():
            for condition in ("quiet", "loaded"):
                found[f"{path}/{condition}"] = [
                    _heard_run(server, player, phases=phases, seed=seed, loaded=loaded)
                    for seed in range(1, runs + 1)
                    for loaded in [condition == "loaded"]
                ]
            stop_at = GET_READY_S + STOP_AFTER_HOLD_S
            run, recording, out = _play(
                server, player, phases=6, seed=1, loaded=False, stop_at=stop_at
            )
            out.unlink()
            found[f"{path}/stop"] = silence_after_stop(run, recording)
        long_phases = max(10, round(long_s / 0.65))
        found["engine/long"] = _heard_run(server, "engine", phases=long_phases, seed=7, loaded=True)
        found["long_s"] = long_s
    return found


def result(measured: dict[str, Any], phases: int) -> BenchResult:
    bench = BenchResult(6, "Cues heard at the sink (PipeWire, PulseAudio)")
    table = [
        "| stack | load | per-cue stream (old): median, worst, within 5 ms | "
        "one open stream (engine): median, worst, within 5 ms |",
        "|---|---|---|---|",
    ]
    candidates = measured.get("candidates", {})
    servers = {name: found for name, found in measured.items() if name != "candidates"}
    for name, found in servers.items():
        if "error" in found:
            bench.notes.append(f"**{name}: not measured.** {found['error']}")
            continue
        stack = f"{found['server']} {found['version']}"
        for condition in ("quiet", "loaded"):
            old, new = found[f"per-cue/{condition}"], found[f"engine/{condition}"]
            for stat, label, target in (
                ("p50", "p50", Target(P50_MS)),
                ("max", "worst", Target(WITHIN_MS)),
            ):
                bench.figures.append(
                    Figure(
                        f"{stack}, {condition}: deadline to heard, {label}",
                        "ms",
                        Spread.of([run[stat] for run in new]),
                        Spread.of([run[stat] for run in old]),
                        target=target,
                        digits=2,
                    )
                )
            faulty = sum(faults(run) for run in new)
            bench.figures.append(
                Figure(
                    f"{stack}, {condition}: cues missing, clipped or doubled (all runs)",
                    "",
                    Spread.of([faulty]),
                    Spread.of([sum(faults(run) for run in old)]),
                    target=Target(0),
                    digits=0,
                )
            )
            table.append(f"| {stack} | {condition} | {_cell(old)} | {_cell(new)} |")
        bench.figures.append(
            Figure(
                f"{stack}: stop to silence at the sink",
                "ms",
                Spread.of([found["engine/stop"]]),
                Spread.of([found["per-cue/stop"]]),
                target=Target(SILENT_MS),
                digits=1,
            )
        )
        long = found["engine/long"]
        minutes = found["long_s"] / 60
        runs = [*found["engine/quiet"], *found["engine/loaded"], long]
        unmeasured = sum(run.get("unmeasured", 0) for run in runs)
        lost = sum(run.get("lost_frames", 0) for run in runs)
        late = long.get("late_starts", 0)
        skipped = [int(run.get("recorder_skipped", -1)) for run in runs]
        counted = (
            f"; by its own count {sum(skipped)} frames went by while it had no buffer"
            if all(value >= 0 for value in skipped)
            else ""
        )
        bench.notes.append(
            f"{stack}, the {minutes:.0f}-minute run: the engine started "
            f"{_count(late, 'cue')} whose frame had already gone out "
            "(handed over late, its clock stepped just before, or it was settling; worst "
            f"{long.get('worst_late_ms', 0.0):.1f} ms); its clock was "
            f"rebuilt {_count(long.get('rebuilds', 0), 'time')} and followed "
            f"{_count(long.get('steps', 0), 'step')}. "
            f"In all of this stack's engine runs the recorder lost {lost} frames (missed "
            f"cycles{counted}), and {_count(unmeasured, 'cue')} due where frames were "
            "lost could not be timed: "
            "they are left out of the figures above, not counted as missing."
        )
        bench.figures += [
            Figure(
                f"{stack}: underruns in a {minutes:.0f}-minute workout under load",
                "",
                Spread.of([long["underruns"]]),
                target=Target(0),
                digits=0,
            ),
            Figure(
                f"{stack}: {minutes:.0f}-minute workout under load, worst",
                "ms",
                Spread.of([long["max"]]),
                target=Target(WITHIN_MS),
                digits=2,
            ),
        ]
    bench.method = (
        f"Per server and path, {len(next(iter(_runs(servers)), []))} runs quiet and as many "
        f"under benchmark 1's load, each a fresh `bench.workout_child` playing {phases} "
        f"phases of {DURATIONS.replace(',', '/')} s after a silent {GET_READY_S:g} s "
        "(holds, rests, switches, ticks, done; beeps only). *Per-cue* is the old path: "
        "`SimpleaudioPlayer` and `CueThread`, a new ALSA stream per cue. *Engine* is the new "
        "one: `CueEngine` (sounddevice/PortAudio, one stream per workout) fed by "
        f"`CueFeeder` {LEAD * 1000:.0f} ms ahead. Each server is private (own "
        "`XDG_RUNTIME_DIR`, inside `dbus-run-session`) with a 48 kHz null sink; clients "
        "reach it through ALSA's "
        "default device (`ALSA_CONFIG_PATH`): on PipeWire its own ALSA plugin (pipewire-alsa, "
        "as desktops with PipeWire install it); *PipeWire via pipewire-pulse* is the same "
        "server reached through the pulse plugin and pipewire-pulse (where pipewire-alsa is "
        "missing but the pulse plugin is there); on PulseAudio the pulse plugin. A small C "
        "recorder (`bench/recorders`, at SCHED_FIFO as rtkit would give a desktop's sound "
        "client, its file written by a thread of its own) records the sink's monitor: on "
        "PipeWire the sink "
        "follows the Dummy-Driver and each buffer carries its cycle's `pw_time.now`; on "
        "PulseAudio each 1 ms read is dated by its time less the stream's latency (within "
        "1 ms; `bench/recorders/pa_monitor.c`). "
        "`bench/sink_analysis.py` finds each cue's sound by cross-correlation (the right "
        "sound, whole, once) and takes when its first frame was heard, less the cue's "
        "deadline. A cell: median of the runs [lowest - highest run]; *ours* is the engine, "
        "the naive column the per-cue path. Targets are judged on the worst run. *Stop*: "
        f"the workout is stopped {STOP_AFTER_HOLD_S * 1000:.0f} ms into a hold sound; the "
        "figure is the last audible frame at the sink after the stop."
    )
    bench.notes.append("\n".join(table))
    if candidates:
        bench.notes.append(
            "**Which library for the stream.** Each candidate played "
            f"{stream_candidates.COUNT} ticks on one open stream, each placed as well as the "
            "library's own timing information allows (`bench/candidate_child.py`), heard at "
            "the same null sinks (median is signed: + late, - early):"
        )
        bench.notes.append(stream_candidates.table(candidates))
        bench.notes.append(
            "sounddevice is the one whose callback says when its buffer will be heard, on "
            "both servers, and its cues land on their deadlines; the engine uses it. "
            "`QAudioSink` reports only what it has passed on, not when that is heard, so the "
            "server's own latency is unknown to it; miniaudio reports nothing at all."
        )
    return bench


def _count(number: float, noun: str) -> str:
    return f"{number:g} {noun}{'' if number == 1 else 's'}"


def _runs(measured: dict[str, Any]) -> Iterator[list[dict[str, float]]]:
    for found in measured.values():
        if "error" not in found:
            yield found["engine/quiet"]


def _cell(runs: list[dict[str, float]]) -> str:
    p50 = Spread.of([run["p50"] for run in runs])
    worst = max(run["max"] for run in runs)
    within = sum(int(run["within"]) for run in runs)
    unmeasured = sum(int(run.get("unmeasured", 0)) for run in runs)
    total = sum(int(run["cues"]) for run in runs) - unmeasured
    untimed = f" ({unmeasured} not timed)" if unmeasured else ""
    return f"{p50.median:.2f} ms, {worst:.2f} ms, {within} of {total}{untimed}"
