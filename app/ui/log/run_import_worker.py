"""The run import on a thread of its own: parsing files never freezes the window.

:func:`app.runs.import_runs` reports through plain callbacks; this thread turns them into
Qt signals, which reach the window's thread queued. The store writes through this thread's
own connection to the log (WAL lets the window go on reading meanwhile), closed when the
import ends. Whatever goes wrong on the thread is reported through ``failed``, so the
window's progress dialog always closes and says why.
"""

from __future__ import annotations

import logging
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
    failed = Signal(object, object)
    """What stopped the import (the exception: ``sqlite3.Error`` when the log could not be
    written, anything else for a fault nobody foresaw), and the counts until then."""

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
        except Exception as error:  # any fault must reach the user, or the dialog never closes
            logging.getLogger(__name__).info("the run import stopped", exc_info=True)
            self.failed.emit(error, self.counts)
            return
        finally:
            # This thread's own connection: each import would otherwise leave one open.
            self._log.close_thread_connection()
        self.done.emit(self.counts)
