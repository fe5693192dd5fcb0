"""Startup harness for the real program: ``main.py``'s path, stamped at the main window's
first paint and again once everything else is built and painted.

The shipped code has no hook. This harness swaps ``app.wiring.MainWindow`` for a subclass
whose ``paintEvent`` notes ``time.monotonic``, and wraps a few of the classes the program is
built from (in their own modules, since ``app.wiring`` imports most of them only after the
first paint), to time each. It runs ``app.cli.main`` with the given arguments (pass
``--data-dir``, so nothing touches the user's log or settings) and prints one JSON line:
``stamps`` (``python``, ``qt``, ``app`` imported, ``application`` made, ``built`` (the first
frame made), ``painted`` (first paint), ``program`` (everything else imported and built),
``complete`` (first paint with the whole workout page)), ``parts`` (seconds per wrapped name)
and ``counts`` (widgets in the window at each paint).
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

# What start-up builds, each timed where it lives: the sound probe, the log, the pages ...
TIMED = {
    "FirstFrame": "app.wiring",
    "open_player": "app.audio.simpleaudio_player",
    "open_log": "app.storage.database",
    "PlanSettings": "app.wiring",
    "WorkoutPage": "app.ui.workout.workout_page",
    "TrayPresence": "app.ui.desktop.tray",
    "TrayIntegration": "app.ui.desktop.tray_integration",
    "ScreenKeeper": "app.ui.desktop.screen_keeper",
    "SessionRecorder": "app.storage.recorder",
    "LogIntegration": "app.ui.log.log_integration",
}


def _timed(function: Callable[..., Any], name: str, parts: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.monotonic()
        try:
            return function(*args, **kwargs)
        finally:
            parts[name] = parts.get(name, 0.0) + time.monotonic() - began

    return wrapper


def _wrap_when_imported(name: str, module: str, parts: dict[str, float]) -> None:
    # Importing the module here would move its cost out of the stage that pays it, so a
    # module not imported yet is wrapped through a finder hook at the moment it loads.
    if module in sys.modules:
        loaded = sys.modules[module]
        if hasattr(loaded, name):
            setattr(loaded, name, _timed(getattr(loaded, name), name, parts))
        return
    _pending.setdefault(module, []).append((name, parts))


_pending: dict[str, list[tuple[str, dict[str, float]]]] = {}


class _WrapOnLoad:
    """A meta-path finder that wraps the timed names of a module right after it executes."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname not in _pending:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return None
        loader = spec.loader
        execute = loader.exec_module

        def exec_and_wrap(module: Any) -> None:
            execute(module)
            for name, parts in _pending.pop(fullname, []):
                if hasattr(module, name):
                    setattr(module, name, _timed(getattr(module, name), name, parts))

        loader.exec_module = exec_and_wrap  # type: ignore[method-assign]
        return spec


def main(argv: list[str]) -> int:
    stamps = {"python": time.monotonic()}
    parts: dict[str, float] = {}
    counts: dict[str, int] = {}
    # Imported here, not at the top, so that the stamps split the start-up into its parts.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    stamps["qt"] = time.monotonic()
    import importlib.util  # noqa: F401 (the finder uses it)

    sys.meta_path.insert(0, _WrapOnLoad())
    import app.wiring as wiring
    from app.cli import main as cli_main
    from app.ui.main_window import MainWindow

    stamps["app"] = time.monotonic()

    class StampedWindow(MainWindow):
        """The app's main window, noting its first paint and its first complete paint."""

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
            now = time.monotonic()
            if "painted" not in stamps:
                stamps["painted"] = now
                counts["first frame widgets"] = len(self.findChildren(QWidget))
            elif self.has_workout and "program" in stamps and "complete" not in stamps:
                stamps["complete"] = now
                counts["widgets"] = len(self.findChildren(QWidget))
                QTimer.singleShot(0, QApplication.quit)  # after this frame is complete
            super().paintEvent(event)

    make_application = wiring.make_application

    def stamped_application() -> QApplication:
        made = make_application()
        stamps.setdefault("application", time.monotonic())
        return made

    first_frame = wiring.FirstFrame

    def stamped_first_frame(*args: Any, **kwargs: Any) -> Any:
        made = first_frame(*args, **kwargs)
        stamps["built"] = time.monotonic()
        return made

    program_init = wiring._Program.__init__

    def stamped_init(self: Any, *args: Any, **kwargs: Any) -> None:
        program_init(self, *args, **kwargs)
        stamps["program"] = time.monotonic()
        self.window.update()  # the next paint is the complete window

    wiring.MainWindow = StampedWindow  # type: ignore[misc]
    wiring.make_application = stamped_application
    wiring.FirstFrame = stamped_first_frame  # type: ignore[misc]
    wiring._Program.__init__ = stamped_init  # type: ignore[method-assign]
    for name, module in TIMED.items():
        _wrap_when_imported(name, module, parts)
    code = cli_main(argv)
    print(json.dumps({"stamps": stamps, "parts": parts, "counts": counts, "exit": code}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
