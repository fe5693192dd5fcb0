"""The libraries considered for the cue engine's stream, side by side on both servers.

Each plays ``COUNT`` ticks on one open stream, placed as well as the library's own timing
information allows (``bench/candidate_child.py`` says how), and the sink's monitor says when
each was heard. The engine uses the one whose cues land on their deadlines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import sink_analysis, sound_servers
from bench.processes import run_child
from bench.stats import percentile

COUNT = 20
LIBRARIES = ("sounddevice", "qt", "miniaudio")
WITHIN_MS = 5.0


def measure_one(server: sound_servers.Server, library: str, count: int = COUNT) -> dict[str, Any]:
    out = server.directory / f"candidate-{library}.bin"
    try:
        with sound_servers.recording(server, out):
            run = run_child(
                "bench.candidate_child", [library, str(count)], timeout=60, env=server.env
            )
    except Exception as error:  # a library that cannot open a stream here is a finding too
        return {"error": str(error).splitlines()[0][:160]}
    deadlines = [float(at) for at in run["deadlines"]]
    found = sink_analysis.analyse(sink_analysis.load(out), [("tick", at) for at in deadlines])
    out.unlink()
    late = [cue.late_ms for cue in found if cue.late_ms is not None]
    absolute = [abs(value) for value in late] or [float("nan")]
    return {
        "p50": percentile(late, 50) if late else float("nan"),
        "max": max(absolute),
        "within": sum(value <= WITHIN_MS for value in absolute),
        "found": len(late),
        "count": len(deadlines),
        "unmeasured": sum(cue.unmeasured for cue in found),
    }


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = [
        "| library | how a cue is placed | "
        + " | ".join(f"{server}: median, worst, within 5 ms" for server in results)
        + " |",
        "|---|---|" + "---|" * len(results),
    ]
    how = {
        "sounddevice": "callback's `outputBufferDacTime` (the stream's delay report)",
        "qt": "`QAudioSink.processedUSecs` (what it has handed on), no delay report",
        "miniaudio": "nothing reported: one configured buffer (20 ms) assumed",
    }
    for library in LIBRARIES:
        cells = []
        for server in results.values():
            found = server.get(library, {"error": "not run"})
            if "error" in found:
                cells.append(f"could not play: {found['error']}")
            else:
                cells.append(
                    f"{found['p50']:+.2f} ms, {found['max']:.2f} ms, "
                    f"{found['within']} of {found['count'] - found.get('unmeasured', 0)}"
                    + _not_heard(found)
                )
        lines.append(f"| {library} | {how[library]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _not_heard(found: dict[str, Any]) -> str:
    unmeasured = found.get("unmeasured", 0)
    missing = found["count"] - found["found"] - unmeasured
    notes = [f"{missing} not heard"] if missing else []
    if unmeasured:
        notes.append(f"{unmeasured} not timed: the recorder lost frames there")
    return f" ({'; '.join(notes)})" if notes else ""


def measure_all(directory: Path) -> dict[str, dict[str, dict[str, Any]]]:
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for name, start in sound_servers.SERVERS.items():
        try:
            (directory / name).mkdir(parents=True, exist_ok=True)
            with start(directory / name) as server:
                label = f"{server.name} {server.version}"
                results[label] = {library: measure_one(server, library) for library in LIBRARIES}
        except sound_servers.ServerUnavailableError as error:
            results[name] = {library: {"error": str(error)} for library in LIBRARIES}
    return results
