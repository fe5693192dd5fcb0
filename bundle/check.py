"""Tries the bundle as a user would: ``python -m bundle.check [ARCHIVE] [--screenshot PNG]``.

In a temporary folder, with a clean environment (``bundle/clean_env.py``): unpack the
archive with ``tar``, run ``install.sh``, check what it installed (the link, the menu entry's
Exec and Icon, the icons, the metainfo), run a short workout through the menu entry's
command under Xvfb and D-Bus (``--start --quit-when-done``), hear its cues, read what the
running program has mapped (``/proc/<pid>/maps``: nothing from outside the bundle but the
listed system libraries), export the log and find the workout in it, run ``uninstall.sh``
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
from pathlib import Path

from bundle.clean_env import CleanEnv, files_under, make_env, xvfb
from bundle.contents import APP_ID, APP_NAME, ROOT
from bundle.loaded_files import classify, mapped_files, not_allowed, summary
from bundle.pack import archive_name

WORKOUT = ["--start", "--quit-when-done", "--exercises=plank", "--hold=1", "--rest=1"]
WORKOUT += ["--rounds=2", "--get-ready=0"]
EXPECTED_SOUNDS = {"hold", "rest", "done"}
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
    env: CleanEnv, link: Path, home: Path, folder: Path, screenshot: Path | None
) -> dict[str, bool]:
    """Runs the workout as the menu would; returns every file the program mapped."""
    argv = ["dbus-run-session", "--", *shlex.split(_desktop_exec(_menu_entry(home))), *WORKOUT]
    output = folder / "workout-output.txt"
    with output.open("w") as sink:
        # A session of its own, so a hung workout is stopped whole (the bus and the program).
        launcher = subprocess.Popen(
            env.command(argv), cwd=folder, stdout=sink, stderr=sink, start_new_session=True
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
    if said.strip():
        print(f"bundle check: the session (dbus-daemon, the program) printed:\n{said.rstrip()}")
    return seen


def _menu_entry(home: Path) -> Path:
    return home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"


def _check_export(env: CleanEnv, link: Path, folder: Path) -> None:
    output = Path(env.variables["HOME"]) / "export.json"
    _run(env, [str(link), "export", "--format=json", f"--output={output}"], folder, "export")
    sessions = json.loads(output.read_text())["sessions"]
    held = [s for s in sessions if s["status"] == "completed" and len(s["sets"]) == 2]
    if len(sessions) != 1 or not held:
        raise CheckFailedError(f"the exported log does not hold the workout: {sessions}")
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
            seen = _run_workout(env, link, home, folder, screenshot)
            report.append(f"workout ran and quit in {time.monotonic() - started:.1f} s")
        heard = env.sounds_heard(link.resolve().parent / "_internal" / "app" / "assets" / "sounds")
        if EXPECTED_SOUNDS - heard:
            raise CheckFailedError(f"heard {sorted(heard)}, expected {sorted(EXPECTED_SOUNDS)}")
        report.append(f"heard: {', '.join(sorted(heard))}")
        loaded = classify(seen, link.resolve().parent, home)
        leaks = not_allowed(loaded)
        if leaks:
            listed = "\n".join(f"  {entry.path}" for entry in leaks)
            raise CheckFailedError(f"the program loaded files from outside the bundle:\n{listed}")
        report += summary(loaded)
        _check_export(env, link, folder)
        report.append("export found the workout in the log")
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
