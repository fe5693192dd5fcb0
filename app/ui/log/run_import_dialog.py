"""Log → Import runs…: choose files or a folder, watch the progress, cancel, read the summary.

The progress dialog is window-modal and has one button, Cancel (Esc works too). A cancel
stops before the next file and keeps every run already committed; the summary then says
how many. Files that could not be read are listed one line each under "Show Details".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.runs import ImportCounts
from app.storage.database import SessionLog
from app.ui.log.run_import_worker import RunImportWorker


def summary_text(counts: ImportCounts) -> str:
    """What the summary box says first: what happened, in counts."""
    head = "Import cancelled" if counts.cancelled else "Import finished"
    text = f"{head}: {counts.summary}."
    if counts.cancelled:
        text += f" The {counts.added:,} runs added before you cancelled are kept."
    return text


class RunImport(QObject):
    """One import of runs, from the paths chosen to the summary."""

    finished = Signal()
    """The summary is showing (or the import failed); the log may have changed."""

    def __init__(
        self,
        parent: QWidget,
        log: SessionLog,
        paths: list[Path],
        on_changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_changed = on_changed
        self.worker = RunImportWorker(log, paths)
        self.progress = QProgressDialog("Looking for runs…", "Cancel", 0, 0, parent)
        self.progress.setWindowTitle("Importing runs")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(420)
        self.progress.canceled.connect(self.cancel)
        self.summary: QMessageBox | None = None
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        application = QCoreApplication.instance()
        if application is not None:
            # Quitting mid-import: stop after the file being read, then let the app close
            # the log (a running thread at exit would abort the process).
            application.aboutToQuit.connect(self._stop)

    def start(self) -> None:
        self.progress.show()
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel()
        self.progress.setLabelText("Stopping after this file…")

    def _stop(self) -> None:
        self.worker.cancel()
        self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if not self.progress.wasCanceled():
            self.progress.setLabelText(f"Reading {done:,} of {total:,} files…")

    def _done(self, counts: ImportCounts) -> None:
        self._end()
        box = QMessageBox(
            QMessageBox.Icon.Information, "Runs imported", summary_text(counts), parent=self._parent
        )
        if counts.rejected:
            box.setInformativeText(
                f"{len(counts.rejected):,} could not be read and were skipped; "
                "Show Details lists each with the reason."
            )
            box.setDetailedText("\n".join(counts.rejected))
        self._show(box)

    def _failed(self, reason: str, counts: ImportCounts) -> None:
        self._end()
        box = QMessageBox(QMessageBox.Icon.Warning, "Import stopped", reason, parent=self._parent)
        box.setInformativeText(f"{counts.added:,} runs were added before that and are kept.")
        self._show(box)

    def _end(self) -> None:
        self.worker.wait()
        self.progress.hide()
        self._on_changed()

    def _show(self, box: QMessageBox) -> None:
        self.summary = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        box.open()
        self.finished.emit()
