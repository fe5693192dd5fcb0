"""The run import on a thread of its own: parsing files never freezes the window.

:func:`app.runs.import_runs` reports through plain callbacks; this thread turns them into
Qt signals, which reach the window's thread queued. The store writes through this thread's
own connection to the log (WAL lets the window go on reading meanwhile).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from app.runs import ImportCounts, import_runs
from app.storage.database import SessionLog
from app.storage.runs import RunStore


class RunImportWorker(QThread):
    """Imports runs from ``paths`` into the log; cancel() stops it before the next file."""

    progressed = Signal(int, int)
    """Sources read so far, sources in all."""
    done = Signal(object)
    """The ImportCounts, when the import has ended (finished or cancelled)."""
    failed = Signal(str, object)
    """Why the log could not be written (SQLite's words), and the counts until then."""

    def __init__(self, log: SessionLog, paths: list[Path]) -> None:
        super().__init__()
        self._log = log
        self._paths = paths
        self._cancel = threading.Event()
        self.counts = ImportCounts()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            import_runs(
                self._paths,
                RunStore(self._log),
                self.counts,
                cancelled=self._cancel.is_set,
                progress=self.progressed.emit,
            )
        except sqlite3.Error as error:
            self.failed.emit(str(error), self.counts)
            return
        self.done.emit(self.counts)
