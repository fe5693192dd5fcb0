"""Tries the bundle as a user would: ``python -m bundle.check [ARCHIVE] [--screenshot PNG]``.

In a temporary folder, with a clean environment (``bundle/clean_env.py``): unpack the
archive with ``tar``, run ``install.sh``, check what it installed (the link, the menu entry's
Exec and Icon, the icons, the metainfo), run a short workout through the menu entry's
command under Xvfb and D-Bus (``--start --quit-when-done --verbose``) twice: once as it
comes, where its cues must go through the cue engine's one open stream (the system's
PortAudio, the bundle's libsndfile) and each be heard at its moment in that stream; once
where libportaudio2 is hidden (``bundle/without_portaudio.py``), where the program must say
it falls back to simpleaudio, and its cues be heard one stream each. All along read what the
running program has mapped (``/proc/<pid>/maps``: nothing from outside the bundle but the
listed system libraries); export the log and find both workouts in it, run ``uninstall.sh``
and check that exactly what the install added is gone and the log is still there.

Exits 0 when every step passed; otherwise prints what failed and exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bundle import engine_stream
from bundle.clean_env import CleanEnv, files_under, make_env, xvfb
from bundle.contents import APP_ID, APP_NAME, ROOT
from bundle.loaded_files import Loaded, classify, mapped_files, not_allowed, summary
from bundle.pack import archive_name
from bundle.without_portaudio import NoNamespaceError, without_portaudio

WORKOUT = ["--start", "--quit-when-done", "--exercises=plank", "--hold=1", "--rest=1"]
WORKOUT += ["--rounds=2", "--get-ready=0", "--verbose"]
EXPECTED_SOUNDS = {"hold", "rest", "done"}
# What --verbose says (app/wiring.py, app/audio/cue_engine.py, app/audio/player_choice.py).
ENGINE_PATH = "cues play through one open stream per workout through sounddevice"
ENGINE_OPENED = "app.audio.cue_engine: stream open at"
FALLING_BACK = "cues fall back to simpleaudio"
NO_PORTAUDIO = (
    "cues play through a new simpleaudio stream per cue"
    " (PortAudio (libportaudio2) is not installed)"
)
# Generous: the machine is shared, and the stand-in card is paced by a Python loop.
# Timing accuracy is measured by `make bench`.
CUE_TOLERANCE_S = 0.25
TIMEOUT_S = 90.0
POLL_S = 0.02
SHOT_AFTER_STREAMS = 3


class CheckFailedError(Exception):
    """A step of the check failed; the message says what a user would have seen."""


def _run(env: CleanEnv, argv: list[str], cwd: Path, what: str) -> str:
    result = subprocess.run(
        env.command(argv), cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    if result.returncode != 0:
        raise CheckFailedError(
            f"{what} exited {result.returncode}:\n{result.stdout}{result.stderr}"
        )
    return result.stdout + result.stderr


def _desktop_exec(entry: Path) -> str:
    for line in entry.read_text().splitlines():
        if line.startswith("Exec="):
            return line.removeprefix("Exec=")
    raise CheckFailedError(f"{entry} has no Exec line")


def _check_installed(home: Path) -> Path:
    """The installed link's path, once every installed file is where a desktop looks."""
    link = home / ".local" / "bin" / APP_NAME
    program = home / ".local" / "lib" / APP_NAME / APP_NAME
    if link.resolve() != program.resolve() or not program.is_file():
        raise CheckFailedError(f"{link} does not lead to the installed program {program}")
    share = home / ".local" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    argv = shlex.split(_desktop_exec(entry))  # no field codes nor quoting in a plain home path
    if argv != [str(link)]:
        raise CheckFailedError(f"the menu entry runs {argv}, not {link}")
    if f"Icon={APP_NAME}" not in entry.read_text().splitlines():
        raise CheckFailedError(f"the menu entry's icon is not {APP_NAME}")
    for icon in (
        "icons/hicolor/scalable/apps/plank-timer.svg",
        "icons/hicolor/48x48/apps/plank-timer.png",
    ):
        if not (share / icon).is_file():
            raise CheckFailedError(f"icon {icon} was not installed")
    if not (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file():
        raise CheckFailedError("the AppStream metainfo was not installed")
    return link


def _app_pid(launcher: subprocess.Popen[bytes], program: Path) -> int | None:
    """The running bundle under ``dbus-run-session``: the child whose executable it is."""
    try:
        children = Path(f"/proc/{launcher.pid}/task/{launcher.pid}/children").read_text().split()
    except OSError:
        return None
    for child in children:
        try:
            if Path(f"/proc/{child}/exe").resolve() == program.resolve():
                return int(child)
        except OSError:
            continue
    return None


def _screenshot(display: str, png: Path) -> bool:
    visible = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", APP_NAME],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
    )
    if visible.returncode != 0:
        return False
    png.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-display", display, "-window", "root", str(png)], check=True)
    return True


def _run_workout(
    env: CleanEnv,
    link: Path,
    home: Path,
    folder: Path,
    screenshot: Path | None,
    wrap: Callable[[list[str]], list[str]] = list,
) -> tuple[dict[str, bool], str]:
    """Runs the workout as the menu would (``wrap`` may change the machine around it);
    returns every file the program mapped, and what the session printed."""
    argv = ["dbus-run-session", "--", *shlex.split(_desktop_exec(_menu_entry(home))), *WORKOUT]
    output = folder / "workout-output.txt"
    with output.open("w") as sink:
        # A session of its own, so a hung workout is stopped whole (the bus and the program).
        # Every wrapper execs, so the launcher's process ends as dbus-run-session.
        launcher = subprocess.Popen(
            wrap(env.command(argv)), cwd=folder, stdout=sink, stderr=sink, start_new_session=True
        )
    program = link.resolve()
    seen: dict[str, bool] = {}
    deadline = time.monotonic() + TIMEOUT_S
    shot = screenshot is None
    while launcher.poll() is None:
        if time.monotonic() > deadline:
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait()
            raise CheckFailedError(f"the workout did not finish within {TIMEOUT_S:.0f} s")
        pid = _app_pid(launcher, program)
        if pid is not None:
            try:
                for path, executable in mapped_files(Path(f"/proc/{pid}/maps").read_text()).items():
                    seen[path] = seen.get(path, False) or executable
            except OSError:
                pass  # it just exited
            # The device probe, "hold", "rest": the first rest is on screen.
            streams = len(list(env.streams.iterdir()))
            if not shot and screenshot is not None and streams >= SHOT_AFTER_STREAMS:
                shot = _screenshot(env.variables["DISPLAY"], screenshot)
        time.sleep(POLL_S)
    said = output.read_text(errors="replace")
    if launcher.returncode != 0:
        raise CheckFailedError(f"the workout exited {launcher.returncode}:\n{said}")
    if "Traceback" in said:
        raise CheckFailedError(f"the workout printed a traceback:\n{said}")
    if not seen:
        raise CheckFailedError("the program's process was never found under dbus-run-session")
    return seen, said


def _path_lines(said: str) -> str:
    return "; ".join(line for line in said.splitlines() if "cues " in line)


def _mapped(loaded: list[Loaded], seen: dict[str, bool], part: str) -> list[Loaded]:
    return [entry for entry in loaded if entry.path in seen and part in Path(entry.path).name]


def _check_engine_run(
    said: str, streams: list[Path], loaded: list[Loaded], seen: dict[str, bool]
) -> list[str]:
    """The cues went through the engine's one stream, each at its moment; returns the report."""
    if ENGINE_PATH not in said or ENGINE_OPENED not in said or FALLING_BACK in said:
        raise CheckFailedError(f"the cues did not go through the cue engine:\n{said}")
    portaudio = _mapped(loaded, seen, "libportaudio")
    if not portaudio or not all(
        str(e.allowed_as).startswith("system: PortAudio") for e in portaudio
    ):
        raise CheckFailedError(f"PortAudio was not loaded from the system: {portaudio}")
    # soundfile's own copy; the system's libpulse (under Qt Text to Speech) may load the
    # system's libsndfile.so.1 beside it, which nothing of the engine calls.
    sndfile = [e for e in _mapped(loaded, seen, "libsndfile") if e.allowed_as == "the bundle"]
    if not sndfile:
        raise CheckFailedError("soundfile's libsndfile was not loaded from the bundle")
    if len(streams) != 1:
        raise CheckFailedError(f"the engine played {len(streams)} streams, not one open stream")
    raw = streams[0].read_bytes()
    heard = engine_stream.onsets(raw)
    due = engine_stream.due_cues(said)
    missed = engine_stream.missed(due, heard, CUE_TOLERANCE_S)
    if len(due) < len(EXPECTED_SOUNDS) or missed:
        raise CheckFailedError(
            f"cues due {[name for name, _ in due]}; not heard in the engine's stream at their"
            f" moment (within {CUE_TOLERANCE_S} s): {missed}; sounds began at {heard}"
        )
    seconds = len(raw) / engine_stream.BYTES_PER_S
    return [
        f"engine run: {_path_lines(said)}",
        f"engine run: PortAudio from the system ({Path(portaudio[0].path).name}), libsndfile"
        f" from the bundle ({Path(sndfile[0].path).parent.name}/{Path(sndfile[0].path).name})",
        f"engine run: one stream, {seconds:.1f} s at a sound card's pace; each of its"
        f" {len(due)} cues ({', '.join(name for name, _ in due)}) began within"
        f" {CUE_TOLERANCE_S} s of its moment",
    ]


def _menu_entry(home: Path) -> Path:
    return home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"


def _check_export(env: CleanEnv, link: Path, folder: Path) -> None:
    output = Path(env.variables["HOME"]) / "export.json"
    _run(env, [str(link), "export", "--format=json", f"--output={output}"], folder, "export")
    sessions = json.loads(output.read_text())["sessions"]
    held = [s for s in sessions if s["status"] == "completed" and len(s["sets"]) == 2]
    if len(sessions) != 2 or len(held) != 2:
        raise CheckFailedError(f"the exported log does not hold both workouts: {sessions}")
    output.unlink()


def check(archive: Path, screenshot: Path | None) -> list[str]:
    """Runs every step; returns what was seen (lines for the report). Raises CheckFailedError."""
    report: list[str] = []
    with tempfile.TemporaryDirectory(prefix="plank-timer-bundle-check-") as temporary:
        folder = Path(temporary)
        unpacked = folder / "unpacked"
        unpacked.mkdir()
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(unpacked)], check=True)
        (top,) = unpacked.iterdir()
        with xvfb() as display:
            env = make_env(folder, display)
            home = Path(env.variables["HOME"])
            before = files_under(home)
            _run(env, ["bash", str(top / "install.sh")], folder, "install.sh")
            installed = files_under(home) - before
            link = _check_installed(home)
            report.append(f"install.sh put {len(installed)} files and folders under HOME")
            started = time.monotonic()
            seen, said = _run_workout(env, link, home, folder, None)
            report.append(f"engine run: workout ran and quit in {time.monotonic() - started:.1f} s")
            streams = env.take_streams(folder / "engine-streams")
            loaded = classify(seen, link.resolve().parent, home)
            report += _check_engine_run(said, streams, loaded, seen)
            try:
                hide = without_portaudio
                started = time.monotonic()
                fallback_seen, said = _run_workout(
                    env, link, home, folder, screenshot, lambda argv: hide(argv, folder)
                )
            except NoNamespaceError as error:
                raise CheckFailedError(
                    f"cannot try the bundle without PortAudio: {error}"
                ) from None
            report.append(
                f"without libportaudio2: workout ran and quit in {time.monotonic() - started:.1f} s"
            )
        if NO_PORTAUDIO not in said or ENGINE_OPENED in said:
            raise CheckFailedError(
                f"without PortAudio the program did not say it falls back:\n{said}"
            )
        report.append(f"without libportaudio2: {_path_lines(said)}")
        heard = env.sounds_heard(link.resolve().parent / "_internal" / "app" / "assets" / "sounds")
        if EXPECTED_SOUNDS - heard:
            raise CheckFailedError(f"heard {sorted(heard)}, expected {sorted(EXPECTED_SOUNDS)}")
        report.append(f"without libportaudio2: heard {', '.join(sorted(heard))}, a stream each")
        if any("libportaudio" in Path(path).name for path in fallback_seen):
            raise CheckFailedError("PortAudio was loaded although it was hidden")
        for path, executable in fallback_seen.items():
            seen[path] = seen.get(path, False) or executable
        loaded = classify(seen, link.resolve().parent, home)
        leaks = not_allowed(loaded)
        if leaks:
            listed = "\n".join(f"  {entry.path}" for entry in leaks)
            raise CheckFailedError(f"the program loaded files from outside the bundle:\n{listed}")
        report += summary(loaded)
        _check_export(env, link, folder)
        report.append("export found both workouts in the log")
        # What the program made (its log, its settings) stays, with the folders holding it.
        kept = files_under(home) - installed
        kept |= {str(parent) for path in kept for parent in Path(path).parents if parent.name}
        uninstall = home / ".local" / "lib" / APP_NAME / "uninstall.sh"
        _run(env, ["bash", str(uninstall)], folder, "uninstall.sh")
        after = files_under(home)
        if after != kept:
            left, lost = sorted(after - kept), sorted(kept - after)
            raise CheckFailedError(f"uninstall.sh left {left} and removed {lost}")
        report.append(f"uninstall.sh removed all it installed; kept {sorted(kept)}")
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bundle.check", description=__doc__)
    parser.add_argument("archive", nargs="?", type=Path, default=ROOT / "dist" / archive_name())
    parser.add_argument("--screenshot", type=Path, help="save the screen during the workout")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("bundle check: runs on Linux only (install.sh, Xvfb, /proc)", file=sys.stderr)
        return 2
    if not args.archive.is_file():
        print(f"bundle check: no {args.archive}; run `make bundle` first", file=sys.stderr)
        return 2
    try:
        report = check(args.archive.resolve(), args.screenshot)
    except CheckFailedError as failure:
        print(f"bundle check FAILED: {failure}", file=sys.stderr)
        return 1
    for line in report:
        print(f"bundle check: {line}")
    print(f"bundle check: passed ({args.archive.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
