"""Startup harness, the reference: a bare PySide6 window, stamped at its first paint.

Prints one JSON line of ``time.monotonic`` stamps: ``python`` (the harness is running),
``qt`` (PySide6 imported), ``application`` (QApplication made), ``built`` (window made),
``painted`` (first paintEvent). Run by ``bench.startup`` exactly like
``bench.startup_app``, so both pay the same interpreter start.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    stamps = {"python": time.monotonic()}
    # Imported here, not at the top, so that the stamps split the start-up into its parts.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    stamps["qt"] = time.monotonic()

    class BareWindow(QMainWindow):
        """An empty main window the size of the app's, quitting once it has painted."""

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
            if "painted" not in stamps:
                stamps["painted"] = time.monotonic()
                QTimer.singleShot(0, QApplication.quit)  # after this frame is complete
            super().paintEvent(event)

    app = QApplication([sys.argv[0]])
    stamps["application"] = time.monotonic()
    window = BareWindow()
    window.resize(1024, 720)
    stamps["built"] = time.monotonic()
    window.show()
    app.exec()
    print(json.dumps(stamps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
