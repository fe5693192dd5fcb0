"""Writes docs/benchmarks.md from the benchmarks' results."""

from __future__ import annotations

from collections.abc import Sequence

from bench.figures import BenchResult, Figure
from bench.stats import Spread

HEADER = """# Benchmarks

Written by `make bench` (`bench/run_all.py`); do not edit by hand, run it again. Every
figure is measured in this run, ours beside the naive reference where there is one. A
cell reads *median [lowest - highest]* over the runs named in the section's method. A
target is checked against the worst run for tail figures (p99, max, end error, CPU,
memory) and against the median run for the time one action takes (startup, opening a
view, switching a range); targets are as specified, never loosened to fit.

Run it with `make bench` (about ten minutes on two cores; not part of `make test`), or
`.venv/bin/python -m bench.run_all --quick --output /tmp/quick.md` for a short trial.
"""


def cell(spread: Spread | None, unit: str, digits: int) -> str:
    if spread is None:
        return "-"
    if spread.runs == 1:
        return f"{spread.median:.{digits}f} {unit}"
    return f"{spread.median:.{digits}f} [{spread.low:.{digits}f} - {spread.high:.{digits}f}] {unit}"


def verdict(figure: Figure) -> str:
    if figure.met is None or figure.target is None:
        return ""
    word = "**met**" if figure.met else "**missed**"
    return f"{word} (<= {figure.target.limit:g} {figure.unit}, {figure.target.judge.value})"


def table(figures: Sequence[Figure]) -> list[str]:
    lines = [
        "| figure | ours | naive reference | target |",
        "|---|---|---|---|",
    ]
    for figure in figures:
        lines.append(
            f"| {figure.label} | {cell(figure.ours, figure.unit, figure.digits)} | "
            f"{cell(figure.naive, figure.unit, figure.digits)} | {verdict(figure)} |"
        )
    return lines


def targets_table(results: Sequence[BenchResult]) -> list[str]:
    lines = ["| # | figure | ours | target |", "|---|---|---|---|"]
    for bench in results:
        if bench.error is not None:
            lines.append(f"| {bench.number} | {bench.title} | not measured | **missed** |")
            continue
        for figure in bench.figures:
            if figure.target is not None:
                lines.append(
                    f"| {bench.number} | {figure.label} | "
                    f"{cell(figure.ours, figure.unit, figure.digits)} | {verdict(figure)} |"
                )
    return lines


def render(
    results: Sequence[BenchResult],
    machine: Sequence[tuple[str, str]],
    footer: Sequence[str] = (),
) -> str:
    lines = [HEADER, "## Machine", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in machine]
    lines += ["", "## Targets", "", *targets_table(results), ""]
    for bench in results:
        lines += [f"## {bench.number}. {bench.title}", ""]
        if bench.error is not None:
            lines += [f"Not measured: {bench.error}", ""]
            continue
        lines += [bench.method, "", *table(bench.figures), ""]
        for note in bench.notes:
            lines += [note, ""]
    lines += list(footer)
    return "\n".join(lines).rstrip() + "\n"
