"""Runs every benchmark and writes docs/benchmarks.md: ``python -m bench.run_all``.

Options: ``--quick`` (fewer and shorter runs, for trying the benchmarks out; the report is
marked as such), ``--only 1,3`` (a subset), ``--output FILE`` (default docs/benchmarks.md).
Each benchmark runs in child processes; one that fails is reported as not measured and
the others still run.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import (
    bundle,
    cue_latency,
    heard_at_sink,
    large_export,
    progress_view,
    run_import,
    startup,
    timing,
    workout_cost,
)
from bench.figures import BenchResult
from bench.machine import describe, load_average
from bench.processes import ROOT
from bench.report import render

TITLES = {
    1: "Timing under load: phase changes, cues and the end",
    2: "Cue latency to ALSA (real SimpleaudioPlayer)",
    3: "Startup to first paint (offscreen)",
    4: "Progress view, ten years of history",
    5: "Cost of a running workout (real app)",
    6: "Cues heard at the sink (PipeWire, PulseAudio)",
    7: "Importing runs",
    8: "The bundle",
    9: "Exporting a large log",
}


def run_timing(quick: bool) -> BenchResult:
    phases = 60 if quick else timing.PHASES
    runs = timing.measure(phases, 1 if quick else timing.RUNS)
    return timing.result(runs, phases, timing.what_if(phases))


def run_cue_latency(quick: bool) -> BenchResult:
    phases = 40 if quick else cue_latency.PHASES
    return cue_latency.result(cue_latency.measure(phases, 1 if quick else cue_latency.RUNS), phases)


def run_startup(quick: bool) -> BenchResult:
    return startup.result(startup.measure(3 if quick else startup.RUNS))


def run_progress_view(quick: bool) -> BenchResult:
    return progress_view.result(progress_view.measure(2 if quick else progress_view.RUNS))


def run_run_import(quick: bool) -> BenchResult:
    return run_import.result(run_import.measure(1 if quick else run_import.RUNS))


def run_workout_cost(quick: bool) -> BenchResult:
    if quick:
        return workout_cost.result(workout_cost.measure(2, 10.0))
    return workout_cost.result(workout_cost.measure())


def run_heard_at_sink(quick: bool) -> BenchResult:
    if quick:
        return heard_at_sink.result(heard_at_sink.measure(10, 1, 60.0), 10)
    return heard_at_sink.result(heard_at_sink.measure(), heard_at_sink.PHASES)


def run_bundle(quick: bool) -> BenchResult:
    return bundle.result(bundle.measure(3 if quick else bundle.RUNS))


def run_large_export(quick: bool) -> BenchResult:
    if quick:
        return large_export.result(large_export.measure((3_000, 30_000), 1))
    return large_export.result(large_export.measure())


BENCHMARKS: dict[int, Callable[[bool], BenchResult]] = {
    1: run_timing,
    2: run_cue_latency,
    3: run_startup,
    4: run_progress_view,
    5: run_workout_cost,
    6: run_heard_at_sink,
    7: run_run_import,
    8: run_bundle,
    9: run_large_export,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.run_all", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--only", default=",".join(map(str, BENCHMARKS)), help="comma-separated numbers"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    chosen = [int(number) for number in args.only.split(",")]
    machine = describe()
    began = time.monotonic()
    results: list[BenchResult] = []
    for number in chosen:
        print(f"bench {number}: {TITLES[number]} ...", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            results.append(BENCHMARKS[number](args.quick))
        except Exception as error:  # one broken benchmark must not lose the others' figures
            traceback.print_exc()
            results.append(BenchResult(number, TITLES[number], error=f"{error}"))
        print(f"bench {number}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    footer = [
        f"Run took {time.monotonic() - began:.0f} s; load average (1/5/15 min) at the end: "
        f"{load_average()}. The machine is shared with other work, which the spreads include.",
    ]
    if args.quick:
        footer.append("**Quick run (`--quick`): fewer and shorter runs than the full benchmark.**")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(results, machine, footer))
    print(f"wrote {args.output}", file=sys.stderr)
    return 0 if all(bench.error is None for bench in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
