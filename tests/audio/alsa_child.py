"""Plays cues in a fresh process for test_simpleaudio_capture; prints what the player said.

ALSA reads its configuration once per process, so each configuration needs its own run.
Usage: python tests/audio/alsa_child.py (play KIND VOLUME [--muted] | play-clip NAME VOLUME
| open-player)
"""

from __future__ import annotations

import json
import sys

from app.audio.simpleaudio_player import SimpleaudioPlayer, open_player
from app.core.cues import CueKind


def play(kind: str, volume: str, muted: bool) -> dict[str, object]:
    problems: list[str] = []
    player = SimpleaudioPlayer(problems.append, volume=float(volume))
    player.muted = muted
    player.play(CueKind(kind))
    player.wait_done()
    player.stop_all()
    return {"problem": player.problem, "reported": problems}


def play_clip(name: str, volume: str) -> dict[str, object]:
    problems: list[str] = []
    player = SimpleaudioPlayer(problems.append, volume=float(volume))
    player.play_clip(name)
    player.wait_done()
    player.stop_all()
    return {"problem": player.problem, "reported": problems}


def open_and_play_everything() -> dict[str, object]:
    problems: list[str] = []
    player = open_player(problems.append)
    problem_at_open = player.problem
    for kind in CueKind:
        player.play(kind)
    player.stop_all()
    return {
        "player": type(player).__name__,
        "problem_at_open": problem_at_open,
        "problem": player.problem,
        "reported": problems,
    }


def main(argv: list[str]) -> int:
    if argv[0] == "play":
        result = play(argv[1], argv[2], "--muted" in argv)
    elif argv[0] == "play-clip":
        result = play_clip(argv[1], argv[2])
    else:
        result = open_and_play_everything()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
