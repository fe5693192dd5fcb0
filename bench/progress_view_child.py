"""Child process: open the progress view on a log, switch its chart's range, note the costs.

Usage: python -m bench.progress_view_child DATA_DIR

Prints one JSON line (ms and KiB): ``import_ms`` and ``import_kib`` (importing the progress
package, pyqtgraph with it), ``open_ms`` (construct + show + first paint), ``switch_ms``
(per range, e.g. ``"90"``: choose it, draw, repaint), ``running_switch_ms`` (the same for
the running chart's ranges, ``"all"``, ``"13"``, ``"52"``: query, judge, draw, repaint),
``added_kib`` (VmRSS after the switches minus VmRSS just before constructing the page).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.storage.database import open_log
from app.storage.history import History
from app.storage.statistics import Statistics
from bench.processes import status_kib

MS = 1000.0
PAINT_LIMIT_S = 10.0
SIZE = (1024, 720)  # the main window's size


class PaintWatcher(QObject):
    """Notes every widget that receives a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.append(watched)
        return False

    def wait_for(self, app: QApplication, target: QWidget) -> None:
        """Run the event loop until ``target`` or a widget inside it has painted."""
        self.painted.clear()
        end = time.monotonic() + PAINT_LIMIT_S
        while time.monotonic() < end:
            # Spins rather than waits: the paint is already queued, and waiting would add
            # the event loop's timer granularity to the figure.
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if any(w is target or target.isAncestorOf(w) for w in self.painted):
                app.processEvents()  # the rest of this frame
                return
        raise RuntimeError(f"{type(target).__name__} did not paint within {PAINT_LIMIT_S} s")


def main(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    log = open_log(Path(argv[0]))
    statistics, history = Statistics(log), History(log)
    watcher = PaintWatcher()
    app.installEventFilter(watcher)
    result: dict[str, object] = {}

    rss = status_kib("VmRSS")
    began = time.monotonic()
    from app.ui.progress import ProgressPage

    result["import_ms"] = (time.monotonic() - began) * MS
    result["import_kib"] = status_kib("VmRSS") - rss

    before = status_kib("VmRSS")
    began = time.monotonic()
    page = ProgressPage(statistics, history)
    page.resize(*SIZE)
    page.show()
    watcher.wait_for(app, page)
    result["open_ms"] = (time.monotonic() - began) * MS

    switches: dict[str, float] = {}
    for days in (90, 365, 30):
        began = time.monotonic()
        page.range_selector.set_days(days)
        watcher.wait_for(app, page.chart)
        switches[str(days)] = (time.monotonic() - began) * MS
    result["switch_ms"] = switches
    # Scrolled to, as the user would, so that its repaints are real ones (not timed).
    page.scroll_area.ensureWidgetVisible(page.running.chart)
    watcher.wait_for(app, page.running.chart)
    running: dict[str, float] = {}
    for weeks in ("all", "13", "52"):
        began = time.monotonic()
        page.running.range.choose(weeks)
        watcher.wait_for(app, page.running.chart)
        running[weeks] = (time.monotonic() - began) * MS
    result["running_switch_ms"] = running
    result["added_kib"] = status_kib("VmRSS") - before
    result["sessions"] = history.count()
    page.close()
    log.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
