"""What every command shares: the program's name, exit codes, one-line errors, the display check."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

PROG = "plank-timer"
EXIT_USAGE = 2
EXIT_NO_DISPLAY = 3

NO_DISPLAY_MESSAGE = (
    f"{PROG}: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset or "
    "unreachable). Run it from a desktop session, or on a headless machine use: "
    f"xvfb-run -a {PROG}"
)
# How long a display on another machine may take to answer before it counts as unreachable.
REMOTE_DISPLAY_TIMEOUT_S = 3.0
_X11_TCP_PORT = 6000


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``plank-timer: error: ...``."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}\n")


def fail(message: str) -> int:
    """Print ``plank-timer: error: <message>`` on stderr; return the usage exit status."""
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def say(message: str) -> None:
    """Print ``plank-timer: <message>`` on stderr: what happened, when it is not an error."""
    print(f"{PROG}: {message}", file=sys.stderr)


def path_argument(text: str) -> Path:
    """argparse type for a path: refuses "" (which Path would quietly read as "." , here)
    and expands ``~`` and ``~user``, naming a user that does not exist."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a path cannot be empty")
    path = Path(text)
    try:
        return path.expanduser()
    except RuntimeError:
        raise argparse.ArgumentTypeError(
            f"{text!r} starts with {path.parts[0]}, but there is no such user"
        ) from None


def _answers(host: str, port: int) -> bool:
    """True if ``host`` accepts a TCP connection on ``port`` within the timeout."""
    import socket  # only for a display on another host: start-up imports no networking
    import threading

    answered: list[bool] = []

    def connect() -> None:
        try:
            with socket.create_connection((host, port), timeout=REMOTE_DISPLAY_TIMEOUT_S):
                answered.append(True)
        except (OSError, UnicodeError):
            answered.append(False)

    # In a thread, so a name lookup that hangs cannot hold the program past the timeout.
    thread = threading.Thread(target=connect, daemon=True)
    thread.start()
    thread.join(REMOTE_DISPLAY_TIMEOUT_S)
    return answered == [True]


def _x11_reachable(display: str) -> bool:
    host, _, screen = display.rpartition(":")
    number = screen.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        return Path(f"/tmp/.X11-unix/X{number}").exists()
    if host.startswith("/"):
        return Path(host).exists()
    return _answers(host.strip("[]"), _X11_TCP_PORT + int(number))


def display_problem() -> str | None:
    """Why no window can open here, or None. Qt would abort the process instead of saying so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display or not _x11_reachable(display):
        return NO_DISPLAY_MESSAGE
    return None
