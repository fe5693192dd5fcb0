"""The explanations under benchmark 3's table: where a start-up's time goes, and fixes."""

from __future__ import annotations

import statistics
from typing import Any

from bench.import_profile import children, find, parse

MS = 1000.0
# Consecutive stamps of a start-up, and what the stretch up to each one is spent on.
STAGES = (
    ("python", "interpreter start"),
    ("qt", "import PySide6"),
    ("app", "import the app's modules"),
    ("application", "QApplication"),
    ("built", "build the first frame (the display)"),
    ("painted", "show, lay out, first paint"),
    ("program", "after the first paint: import and build the rest"),
    ("complete", "paint the whole window"),
)


def stages(starts: list[dict[str, Any]]) -> dict[str, float]:
    """Median ms of each stage of a start-up, by the stage's label."""
    found: dict[str, float] = {}
    previous: str | None = None
    for name, label in STAGES:
        if not all(name in start["stamps"] for start in starts):
            continue  # the bare window has no app to import
        spans = [
            start["stamps"][name] - (start["stamps"][previous] if previous else 0.0)
            for start in starts
        ]
        found[label] = statistics.median(spans)
        previous = name
    return found


def breakdown_table(variants: dict[str, list[dict[str, Any]]]) -> str:
    """A markdown table: stages down, variants across."""
    medians = {label: stages(starts) for label, starts in variants.items()}
    lines = [
        "Where the time goes (median ms per stage):",
        "",
        "| stage | " + " | ".join(medians) + " |",
        "|---|" + "---:|" * len(medians),
    ]
    for _, stage in STAGES:
        cells = [f"{found[stage]:.1f}" if stage in found else "-" for found in medians.values()]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def parts_note(variants: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The costliest calls inside *build*, per app variant."""
    notes = []
    for label, starts in variants.items():
        parts: dict[str, list[float]] = {}
        for start in starts:
            for name, ms in start["parts"].items():
                parts.setdefault(name, []).append(ms)
        if not parts:
            continue
        costliest = sorted(parts.items(), key=lambda item: -statistics.median(item[1]))[:5]
        inside = ", ".join(
            f"`{name}` {statistics.median(values):.1f} ms" for name, values in costliest
        )
        notes.append(
            f"Time in the classes start-up builds, {label} (median; `FirstFrame` before the "
            f"first paint, the rest after it): {inside}."
        )
    return notes


def import_notes(report: str) -> list[str]:
    imports = parse(report)
    wiring = find(imports, "app.wiring")
    if wiring is None:
        return []
    modules = sum(1 for item in imports if item.name.startswith("app."))
    direct = ", ".join(
        f"`{item.name}` {item.cumulative_us / MS:.0f} ms"
        for item in children(imports, "app.wiring")[:6]
    )
    heavy = [item for item in (find(imports, "pyqtgraph"), find(imports, "numpy")) if item]
    extra = "".join(f", `{item.name}` {item.cumulative_us / MS:.0f} ms" for item in heavy)
    return [
        "One more start (empty log), profiled with `-X importtime`, which itself slows "
        f"imports down: importing `app.wiring`, which is all the first frame needs, took "
        f"{wiring.cumulative_us / MS:.0f} ms; the whole start, deferred part included, loaded "
        f"{modules} of the app's modules. What `app.wiring` imports, costliest first: {direct}"
        f"; loaded after the first paint{extra}."
    ]


def missed_note(starts: dict[str, Any], bare_ms: list[float], report: str, ratio: float) -> str:
    bare = statistics.median(bare_ms)
    app = stages(starts["app"])
    history = stages(starts["history"])
    build = "build the first frame (the display)"
    imports = app["import the app's modules"]
    widgets = max(start["widgets"] for start in starts["app"])
    lines = [
        f"**Missed.** The bare window paints after {bare:.0f} ms, so the target allows "
        f"{ratio * bare:.0f} ms: {(ratio - 1) * bare:.0f} ms for all the app does beyond an "
        f"empty window. On an empty log the app spends {imports:.0f} ms "
        f"importing its modules, {app[build]:.0f} ms building and "
        f"{app['show, lay out, first paint']:.0f} ms from show to first paint (polishing and "
        f"laying out {widgets} widgets, loading fonts; the bare window draws no text). With "
        f"ten years of history, building takes {history[build]:.0f} ms"
    ]
    lines[0] += (
        ". Already done: the first frame is the display alone; sound, log, plan form, tray, "
        "screen keeper and the progress page are imported and built after it. What is left "
        "before the first paint:"
    )
    lines += [
        "- PySide6's `Qt` namespace: its first use creates some 90 Python enums (about 15 ms "
        "on Python 3.11), and every widget with aligned text needs it; the bare window never "
        "touches it.",
        "- The display's own widgets, polished and laid out with their fonts (the bare window "
        "draws no text), and the plan's timeline for the count it shows.",
        "The target stays as specified.",
    ]
    return "\n".join(lines)
