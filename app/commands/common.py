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


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``plank-timer: error: ...``."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}\n")


def fail(message: str) -> int:
    """Print ``plank-timer: error: <message>`` on stderr; return the usage exit status."""
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def display_problem() -> str | None:
    """Why no window can open here, or None. Qt would abort the process instead of saying so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return NO_DISPLAY_MESSAGE
    if display.startswith(":"):
        number = display[1:].split(".")[0]
        if number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return NO_DISPLAY_MESSAGE
    return None


def path_argument(text: str) -> Path:
    """argparse type for a path: refuses "", which Path would quietly read as "." (here)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a path cannot be empty")
    return Path(text)
