"""A whole 5-round workout with voice, heard at the sink of a private PipeWire and a private
PulseAudio, checked cue by cue: ``python -m bench.voice_workout [--server pipewire|pulseaudio]``.

The real program (``main.py --start --quit-when-done --verbose``) plays the workout the
article describes (10 s holds, 5 s rests, 5 rounds of plank and both side planks, spoken
cues) into a null sink whose monitor is recorded with each buffer stamped on
CLOCK_MONOTONIC (bench/sound_servers.py). Each cue the program logs is looked for in the
recording (bench/sink_analysis.py): the right sound, whole, once, and how far from its
deadline. It prints a summary per server and the cues outside 5 ms. Not part of
``make bench`` (a run takes four minutes of real time per server); the issue asks for its
findings once, in the closing note.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from bench import program_at_sink, sink_analysis, sound_servers

WORKOUT = [
    "--hold=10",
    "--rest=5",
    "--rounds=5",
    "--get-ready=5",
    "--switch=10",
    "--exercises=plank,side-left,side-right",
]
SERVERS = sound_servers.SERVERS


def run(server_name: str, folder: Path) -> str:
    """The workout through one server; a report of what was heard."""
    start = SERVERS[server_name]
    with start(folder) as server:
        result, due = program_at_sink.play(server, folder, WORKOUT, timeout=600)
    recording = sink_analysis.load(folder / program_at_sink.MONITOR)
    heard = sink_analysis.analyse(recording, due)
    found = [h for h in heard if h.late_ms is not None]
    unmeasured = sum(h.unmeasured for h in heard)
    late = sorted(abs(h.late_ms) for h in found if h.late_ms is not None)
    underruns = re.findall(r"(\d+) underruns?", result.stderr)
    lines = [
        f"## {server.name} ({server.version})",
        f"exit status {result.returncode}; {len(due)} cues logged, {len(found)} found",
        f"the recorder lost {recording.lost} frames; "
        f"{unmeasured} cue{'' if unmeasured == 1 else 's'} due there not timed",
        f"right sound (match >= 0.9): {sum(h.match >= 0.9 for h in found)}; "
        f"clipped: {sum(not h.whole for h in found)}; doubled: {sum(h.doubled for h in found)}",
    ]
    if late:
        lines.append(
            f"deadline to heard: median {late[len(late) // 2]:.2f} ms, worst {late[-1]:.2f} ms, "
            f"{sum(v <= 5.0 for v in late)} of {len(late)} within 5 ms"
        )
    lines.append(f"underruns reported: {', '.join(underruns) or 'none logged'}")
    lines.append("cues outside 5 ms, or not whole, or doubled, or not found:")
    for index, h in enumerate(heard):
        if h.late_ms is None or abs(h.late_ms) > 5.0 or not h.whole or h.doubled:
            when = due[index][1] - due[0][1]
            late_text = "not found" if h.late_ms is None else f"{h.late_ms:+.2f} ms"
            if h.unmeasured:
                late_text = "not timed (the recorder lost frames there)"
            lines.append(
                f"  #{index} {h.name} at {when:.1f} s: {late_text}, match {h.match:.3f}, "
                f"whole {h.whole}, doubled {h.doubled}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", choices=sorted(SERVERS), action="append")
    args = parser.parse_args(argv)
    for name in args.server or sorted(SERVERS):
        with tempfile.TemporaryDirectory() as folder:
            print(run(name, Path(folder)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
