"""Log → Import runs…: choose files or a folder, watch the progress, cancel, read the summary.

The progress dialog is window-modal and has one button, Cancel (Esc works too). A cancel
stops before the next file and keeps every run already committed; the summary then says
how many. Files that could not be read are listed one line each under "Show Details".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.runs import ImportCounts
from app.storage.database import SessionLog
from app.ui.error_text import error_text, message_text
from app.ui.log.run_import_worker import RunImportWorker


def counts_text(counts: ImportCounts) -> str:
    """``3 runs added, 1 already in the log, 2 other sports skipped, 1 rejected``."""
    parts = [
        RunImport.tr("%Ln run(s) added", "", counts.added),
        RunImport.tr("%Ln already in the log", "runs", counts.duplicates),
        RunImport.tr("%Ln other sport(s) skipped", "", counts.skipped),
        RunImport.tr("%Ln rejected", "files", len(counts.rejected)),
    ]
    return RunImport.tr("{added}, {known}, {skipped}, {rejected}").format(
        added=parts[0], known=parts[1], skipped=parts[2], rejected=parts[3]
    )


def summary_text(counts: ImportCounts) -> str:
    """What the summary box says first: what happened, in counts."""
    if not counts.cancelled:
        return RunImport.tr("Import finished: {counts}.").format(counts=counts_text(counts))
    text = RunImport.tr("Import cancelled: {counts}.").format(counts=counts_text(counts))
    kept = RunImport.tr("The %Ln run(s) added before you cancelled are kept.", "", counts.added)
    return f"{text} {kept}"


def rejected_text(counts: ImportCounts) -> str:
    """Each file that could not be read, one line each: ``run.fit: is empty``."""
    return "\n".join(message_text(rejected.message) for rejected in counts.rejected)


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
        # Qt's own Cancel button, translated by Qt.
        self.progress = QProgressDialog(parent)
        self.progress.setLabelText(self.tr("Looking for runs…"))
        self.progress.setRange(0, 0)
        self.progress.setWindowTitle(self.tr("Importing runs"))
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
        self.progress.setLabelText(self.tr("Stopping after this file…"))

    def _stop(self) -> None:
        self.worker.cancel()
        self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if not self.progress.wasCanceled():
            self.progress.setLabelText(
                self.tr("Reading {done} of %Ln file(s)…", "", total).format(
                    done=QLocale().toString(done)
                )
            )

    def _done(self, counts: ImportCounts) -> None:
        self._end()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Runs imported"),
            summary_text(counts),
            parent=self._parent,
        )
        if counts.rejected:
            # The button is Qt's own "Show Details...": the words name it as Qt translates it.
            box.setInformativeText(
                self.tr(
                    "%Ln file(s) could not be read and were skipped; {show_details} lists each"
                    " with the reason.",
                    "",
                    len(counts.rejected),
                ).format(show_details=_show_details())
            )
            box.setDetailedText(rejected_text(counts))
        self._show(box)

    def _failed(self, error: Exception, counts: ImportCounts) -> None:
        self._end()
        if isinstance(error, sqlite3.Error):
            text = self.tr("Could not write to the workout log: {reason}").format(reason=error)
        else:
            reason = error_text(error) or type(error).__name__
            text = self.tr("The import stopped on an unexpected problem: {reason}").format(
                reason=reason
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import stopped"), text, parent=self._parent
        )
        box.setInformativeText(self.tr("%Ln run(s) added before that are kept.", "", counts.added))
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


def _show_details() -> str:
    """The name of the message box's details button as Qt shows it, without its dots."""
    # A variable context, so lupdate leaves this to Qt's own translations (qtbase).
    context = "QMessageBox"
    return QCoreApplication.translate(context, "Show Details...").rstrip(".…")
