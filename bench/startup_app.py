"""Startup harness for the real program: ``main.py``'s path, stamped at the main window's
first paint.

The shipped code has no hook. This harness swaps ``app.wiring.MainWindow`` for a subclass
whose ``paintEvent`` notes ``time.monotonic`` and quits, and wraps a few of the names
``app.wiring`` builds the program from, to time each (a name that is gone is skipped). It
runs ``app.cli.main`` with the given arguments (pass ``--data-dir``, so nothing touches the
user's log or settings) and prints one JSON line: ``stamps`` (``python``, ``qt``, ``app``
imported, ``application`` made, ``built``, ``painted``), ``parts`` (seconds per wrapped
name) and ``counts`` (widgets in the window at its first paint).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

# What _Program builds, each timed: the sound probe, the log, the pages, the tray ...
TIMED = (
    "open_player",
    "open_log",
    "PlanSettings",
    "WorkoutPage",
    "ProgressPage",
    "TrayPresence",
    "TrayIntegration",
    "ScreenKeeper",
    "SessionRecorder",
    "LogIntegration",
)


def _timed(function: Callable[..., Any], name: str, parts: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.monotonic()
        try:
            return function(*args, **kwargs)
        finally:
            parts[name] = parts.get(name, 0.0) + time.monotonic() - began

    return wrapper


def main(argv: list[str]) -> int:
    stamps = {"python": time.monotonic()}
    parts: dict[str, float] = {}
    counts: dict[str, int] = {}
    # Imported here, not at the top, so that the stamps split the start-up into its parts.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    stamps["qt"] = time.monotonic()
    import app.wiring as wiring
    from app.cli import main as cli_main
    from app.ui.main_window import MainWindow

    stamps["app"] = time.monotonic()

    class FirstPaintWindow(MainWindow):
        """The app's main window, quitting the program once it has painted."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            began = time.monotonic()
            super().__init__(*args, **kwargs)
            parts["MainWindow"] = time.monotonic() - began

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
            if "painted" not in stamps:
                stamps["painted"] = time.monotonic()
                counts["widgets"] = len(self.findChildren(QWidget))
                QTimer.singleShot(0, QApplication.quit)  # after this frame is complete
            super().paintEvent(event)

    make_application = wiring.make_application

    def stamped_application() -> QApplication:
        made = make_application()
        stamps.setdefault("application", time.monotonic())
        return made

    program_init = wiring._Program.__init__

    def stamped_init(self: Any, *args: Any, **kwargs: Any) -> None:
        program_init(self, *args, **kwargs)
        stamps["built"] = time.monotonic()

    wiring.MainWindow = FirstPaintWindow  # type: ignore[attr-defined]
    wiring.make_application = stamped_application
    wiring._Program.__init__ = stamped_init  # type: ignore[method-assign]
    for name in TIMED:
        if hasattr(wiring, name):
            setattr(wiring, name, _timed(getattr(wiring, name), name, parts))
    code = cli_main(argv)
    print(json.dumps({"stamps": stamps, "parts": parts, "counts": counts, "exit": code}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
