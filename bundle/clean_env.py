"""A user's machine, as far as one process can tell: a fresh home, a screen, a sound card.

Everything the bundle check runs goes through ``env -i`` with only the variables a login
session would set (``HOME``, ``PATH=/usr/bin:/bin``, ``LANG``, ``DISPLAY``,
``XDG_RUNTIME_DIR``) plus ``ALSA_CONFIG_PATH``, which stands in for a sound card: ALSA's
default device hands each stream to a small script (run by the checker's Python, a process
of its own) that saves it and takes it at a sound card's pace, 48 kHz stereo float32: the
cue engine's one stream then runs in real time (ALSA's null device alone takes it as fast as
it comes: 600 MB in a 5-second workout), and simpleaudio's streams, a stream per cue, each
pass in less than their length. Nothing from the project (its ``.venv``, its checkout) is on any
path, and the current directory is the temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bundle.engine_stream import BYTES_PER_S

SCREEN = "1280x800x24"
STARTUP_S = 15.0
SINK = f"""\
import sys, tempfile, time
fd, _path = tempfile.mkstemp(prefix="stream.", dir=sys.argv[1])
start, taken = time.monotonic(), 0
with open(fd, "wb") as out:
    while chunk := sys.stdin.buffer.read1(8192):
        out.write(chunk)
        taken += len(chunk)
        ahead = taken / {BYTES_PER_S} - (time.monotonic() - start)
        if ahead > 0:
            time.sleep(ahead)
"""


@dataclass(frozen=True)
class CleanEnv:
    """Variables for ``env -i``, and where the played sound streams are saved."""

    variables: dict[str, str]
    streams: Path

    def command(self, argv: Sequence[str]) -> list[str]:
        return ["env", "-i", *(f"{key}={value}" for key, value in self.variables.items()), *argv]

    def sounds_heard(self, sounds: Path) -> set[str]:
        """Which of the WAV files under ``sounds`` were played (``hold``, ``voice/done``); a
        stream that is none of them (the player's silent probe of the device) is ``other``."""
        known: dict[bytes, str] = {}
        for path in sounds.rglob("*.wav"):
            with wave.open(str(path), "rb") as source:
                known[source.readframes(source.getnframes())] = str(
                    path.relative_to(sounds).with_suffix("")
                )
        return {known.get(stream.read_bytes(), "other") for stream in self.streams.iterdir()}

    def take_streams(self, into: Path) -> list[Path]:
        """Moves the streams played so far into ``into`` (so the next run starts with none)."""
        into.mkdir()
        return [stream.rename(into / stream.name) for stream in sorted(self.streams.iterdir())]


def make_env(folder: Path, display: str) -> CleanEnv:
    home = folder / "home"
    runtime = folder / "run"
    streams = folder / "streams"
    for path in (home, runtime, streams):
        path.mkdir(mode=0o700)
    sink = folder / "sound-sink.py"
    sink.write_text(SINK)
    config = folder / "asound.conf"
    player = f"{sys.executable} -I {sink} {streams}"
    config.write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; format "raw"; file "|{player}" }}\n'
    )
    variables = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "XDG_RUNTIME_DIR": str(runtime),
        "ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{config}",
    }
    return CleanEnv(variables, streams)


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A virtual screen for the duration; yields its DISPLAY value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (is the xvfb package installed?)")
        display = f":{number}"
        _wait_for_screen(display)
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _wait_for_screen(display: str) -> None:
    # A busy Xvfb now and then refuses a first client; ask until it answers.
    deadline = time.monotonic() + STARTUP_S
    while True:
        probe = subprocess.run(
            ["xdotool", "getdisplaygeometry"],
            env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
            capture_output=True,
        )
        if probe.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"Xvfb on {display} does not answer")
        time.sleep(0.1)


def files_under(folder: Path) -> set[str]:
    """Every file, link and folder under ``folder``, relative to it."""
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}
