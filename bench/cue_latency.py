"""Benchmark 2, cue latency: from each cue's deadline to its first audio frame reaching ALSA.

Each run is a fresh child (``bench.workout_child --player=simpleaudio``): the real
``open_player`` (SimpleaudioPlayer), CueThread, Session and SessionDriver, with
ALSA_CONFIG_PATH pointing the default device at the ``file`` plugin, which writes every
stream into a FIFO read here (see ``bench.alsa_capture``). Latency is the moment the
stream's first bytes arrived (CLOCK_MONOTONIC, here) minus the cue's deadline (the same
clock, in the child). Runs go quiet, then under the load of benchmark 1 (a spinning
process, the GUI thread stalled 150 ms at random moments).
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from bench.alsa_capture import Stream, capturing
from bench.figures import BenchResult, Figure, Target
from bench.processes import cpu_hog, run_child
from bench.stats import Spread, percentile, summary

PHASES = 100
RUNS = 2
MS = 1000.0
P99_MS = 15.0


def match(run: dict[str, Any], streams: list[Stream]) -> dict[str, float]:
    """Pair each played cue with its stream, in order; one run's figures in ms."""
    cues = sorted(run["cues"], key=lambda cue: cue[3])
    heard = [stream for stream in streams if stream.kind is not None]
    if [kind for _, kind, _, _ in cues] != [stream.kind.value for stream in heard if stream.kind]:
        raise RuntimeError(
            f"the {len(heard)} streams heard do not match the {len(cues)} cues played"
        )
    latency = [(s.first_bytes_at - at) * MS for (_, _, at, _), s in zip(cues, heard, strict=True)]
    handoff = [
        (s.first_bytes_at - played) * MS for (_, _, _, played), s in zip(cues, heard, strict=True)
    ]
    figures = {f"latency_{k}": v for k, v in summary(latency).items()}
    figures["handoff_p50"] = percentile(handoff, 50)
    figures["handoff_max"] = max(handoff)
    figures["cues"] = len(latency)
    figures["unmatched"] = len(streams) - len(heard)
    return figures


def measure_one(seed: int, phases: int, loaded: bool) -> dict[str, float]:
    limit = phases * 0.5 + 60
    args = [f"--phases={phases}", f"--seed={seed}", "--player=simpleaudio"]
    if loaded:
        args.append("--block")
    with (
        tempfile.TemporaryDirectory(prefix="bench-alsa-") as directory,
        capturing(Path(directory), limit + 30) as (stamper, env),
        cpu_hog(limit=limit + 30) if loaded else contextlib.nullcontext(),
    ):
        run = run_child("bench.workout_child", args, timeout=limit, env=env)
        streams = stamper.close()
    if run["problems"]:
        raise RuntimeError(f"the player reported: {run['problems']}")
    return match(run, streams)


def measure(phases: int = PHASES, runs: int = RUNS) -> dict[str, list[dict[str, float]]]:
    """Quiet runs, then loaded runs: each run's figures."""
    return {
        condition: [measure_one(seed, phases, condition == "loaded") for seed in range(1, runs + 1)]
        for condition in ("quiet", "loaded")
    }


def result(runs: dict[str, list[dict[str, float]]], phases: int) -> BenchResult:
    bench = BenchResult(2, "Cue latency to ALSA (real SimpleaudioPlayer)")
    for condition, label in (("quiet", "quiet machine"), ("loaded", "under load")):
        chosen = runs[condition]
        for stat in ("p50", "p99", "max"):
            bench.figures.append(
                Figure(
                    f"Deadline to first frame at ALSA, {stat}, {label}",
                    "ms",
                    Spread.of([run[f"latency_{stat}"] for run in chosen]),
                    target=Target(P99_MS) if stat == "p99" else None,
                    digits=2,
                )
            )
    quiet = runs["quiet"]
    bench.method = (
        f"{len(quiet)} quiet and {len(runs['loaded'])} loaded runs, each a fresh process "
        f"playing {phases} phases of 0.2-0.5 s ({int(quiet[0]['cues'])} cues) through the real "
        "`open_player()` (SimpleaudioPlayer), `CueThread`, `Session` and `SessionDriver`. "
        "ALSA's default device is the `file` plugin (slave `null`) writing into a FIFO; one "
        "long-running reader thread in the benchmark process, already waiting in `poll`, "
        "stamps each stream's first bytes with `time.monotonic` (CLOCK_MONOTONIC is "
        "system-wide, so the stamps compare with the child's deadlines) and keeps the bytes, "
        "which must equal the cue's WAV frames, in the order the cues were played (the "
        "player's silent probe at start matches no cue and is left out: "
        f"{Spread.of([run['unmatched'] for run in quiet]).high:.0f} unmatched stream a run at "
        "most). "
        "*Loaded* adds benchmark 1's spinning process and 150 ms GUI stalls. "
        "Each cell: median of the runs' values [lowest - highest run]."
    )
    handoff = Spread.of([run["handoff_p50"] for run in quiet])
    bench.notes.append(
        "From `play()` returning to the first bytes at ALSA took "
        f"{handoff.median:.2f} ms at the median (quiet): the path through simpleaudio and "
        "ALSA is not where the time goes; the wait for the cue thread to run is."
    )
    missed = [figure.label for figure in bench.figures if figure.met is False]
    if missed:
        bench.notes.append(
            f"**Missed: {'; '.join(missed)}.** The time goes where benchmark 1 shows it: a cue "
            "due while the GUI thread is busy in Python waits for the GIL (5 ms switch "
            "interval) and, with the other core busy, for the scheduler. Benchmark 1's notes "
            "have the fixes (a 1 ms switch interval; or waking early and starting the sound on "
            "the audio clock with leading silence)."
        )
    return bench
