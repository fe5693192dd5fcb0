"""Export the workouts selected in the history as FIT files, for Garmin Connect or Strava.

A button and a context-menu entry ask for a folder, then write one FIT file per workout
there. The files are made and written on a thread of their own (a few milliseconds each, so
a long selection would otherwise freeze the window); the line beside the buttons says what
was written where, or what failed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from app.core.message import QT_TRANSLATE_NOOP
from app.storage.damaged_rows import DamagedRows
from app.storage.database import SessionLog
from app.storage.fit_export import FitExportResult, write_fit_files
from app.storage.logged_workouts import LoggedWorkout, workouts_by_id
from app.ui.error_text import error_text, message_text

FolderChooser = Callable[[QWidget, str], str]
"""Asks for a folder, starting in the given one; returns it, or "" when cancelled."""

CONTEXT = "FitExportAction"
# English here, translated where shown (so the tests can name them). lupdate needs the
# context spelled out in each QT_TRANSLATE_NOOP.
NOTHING_SELECTED = QT_TRANSLATE_NOOP("FitExportAction", "Select the workouts to export first.")
NO_HOLDS = QT_TRANSLATE_NOOP(
    "FitExportAction", "Nothing to export: the selected workouts have no holds."
)
STILL_RUNNING = QT_TRANSLATE_NOOP(
    "FitExportAction", "Nothing to export yet: the selected workout is still in progress."
)


def ask_for_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, FitExportAction.tr("Export the selected workouts as FIT files into"), start
    )


def result_text(result: FitExportResult, folder: Path, damaged: DamagedRows | None = None) -> str:
    """The export's summary as a sentence: "Wrote 3 FIT files to /home/ana/fit."; then,
    if some could not be read, a sentence naming what was left out."""
    line = FitExportAction.tr("Wrote %Ln FIT file(s) to {folder}", "", len(result.written)).format(
        folder=folder
    )
    left_out = []
    if result.without_holds:
        left_out.append(FitExportAction.tr("%Ln with no hold", "workouts", result.without_holds))
    if result.in_progress:
        left_out.append(FitExportAction.tr("%Ln still in progress", "workouts", result.in_progress))
    if len(left_out) == 2:
        left_out = [
            FitExportAction.tr("{first} and {second}").format(first=left_out[0], second=left_out[1])
        ]
    if left_out:
        line = FitExportAction.tr("{summary} (left out {workouts})").format(
            summary=line, workouts=left_out[0]
        )
    if result.failure is not None:
        line = FitExportAction.tr("{summary}; then {failure}").format(
            summary=line, failure=message_text(result.failure)
        )
    line = FitExportAction.tr("{summary}.", "the end of the sentence").format(summary=line)
    left_out_line = damaged_text(damaged)
    return f"{line} {left_out_line}" if left_out_line else line


def damaged_text(damaged: DamagedRows | None) -> str:
    """``Left out what could not be read (a damaged byte in the log): session 3 (…).``"""
    message = None if damaged is None else damaged.summary_message()
    if message is None:
        return ""
    text = message_text(message)
    return text[:1].upper() + text[1:] + "."


def exportable(workouts: Sequence[LoggedWorkout]) -> bool:
    return any(w.holds and w.status != "in_progress" for w in workouts)


class FitExportAction(QObject):
    """The "Export as FIT…" button and menu entry, and the export they start."""

    finished = Signal(str)
    """The export is over; the argument is what the user was told."""
    _done = Signal(str)  # from the export thread to the GUI thread

    def __init__(
        self,
        parent: QWidget,
        log: SessionLog,
        selected_ids: Callable[[], list[int]],
        show: Callable[[str], None],
        choose_folder: FolderChooser = ask_for_folder,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._log = log
        self._selected_ids = selected_ids
        self._show = show
        self.choose_folder = choose_folder
        """Asks where to write; the tests answer it without a dialog."""
        self.folder = str(Path.home())
        """Where the folder dialog starts: the last folder exported to."""
        self._thread: threading.Thread | None = None
        self.button = QPushButton(self.tr("Export as &FIT…"), parent)
        self.button.setAccessibleName(self.tr("Export the selected workouts as FIT files"))
        self.button.setToolTip(
            self.tr("Write each selected workout as a FIT file, for Garmin Connect or Strava")
        )
        self.button.clicked.connect(self.start)
        self.action = QAction(self.tr("Export as &FIT…"), parent)
        self.action.setToolTip(self.button.toolTip())
        self.action.triggered.connect(self.start)
        self._done.connect(self._finish)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Ask for a folder and export the selected workouts into it."""
        if self.running:
            return
        ids = self._selected_ids()
        if not ids:
            self._show(QCoreApplication.translate(CONTEXT, NOTHING_SELECTED))
            return
        damaged = DamagedRows()
        workouts = workouts_by_id(self._log, ids, damaged)
        if not workouts and damaged:
            self._show(damaged_text(damaged))
            return
        if not exportable(workouts):
            running = any(w.status == "in_progress" for w in workouts)
            self._show(QCoreApplication.translate(CONTEXT, STILL_RUNNING if running else NO_HOLDS))
            return
        chosen = self.choose_folder(self._parent, self.folder)
        if not chosen:
            return
        self.folder = chosen
        count = len(workouts)
        self._show(self.tr("Exporting %Ln workout(s) as FIT…", "", count))
        self._set_enabled(False)
        self._thread = threading.Thread(
            target=self._work, args=(workouts, Path(chosen), damaged), name="fit-export"
        )
        self._thread.start()

    def _work(self, workouts: list[LoggedWorkout], folder: Path, damaged: DamagedRows) -> None:
        try:
            text = result_text(write_fit_files(workouts, folder), folder, damaged)
        except Exception as error:  # FitExportError, or any fault: it must reach the user
            text = self.tr("Could not export: {reason}.").format(reason=error_text(error))
        # RuntimeError: the window was closed meanwhile, and there is nobody left to tell.
        with contextlib.suppress(RuntimeError):
            self._done.emit(text)

    def _finish(self, text: str) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._set_enabled(True)
        self._show(text)
        self.finished.emit(text)

    def _set_enabled(self, enabled: bool) -> None:
        self.button.setEnabled(enabled)
        self.action.setEnabled(enabled)
