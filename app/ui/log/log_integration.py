"""Connects the workout log to the window: recording, check-in, export and import menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.plan import Plan
from app.core.session import Session
from app.storage.database import SessionLog
from app.storage.recorder import SessionRecorder
from app.ui.error_text import error_text, message_text
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.storage.closing_report import ClosingReport
    from app.storage.recovery import Recovered
    from app.ui.log.check_in_dialog import CheckInDialog

# Export, import and the check-in dialog are imported on first use: start-up is faster.


class LogIntegration(QObject):
    """Records every workout, offers the check-in afterwards, and exports or imports the log."""

    def __init__(
        self,
        window: MainWindow,
        log: SessionLog,
        recorder: SessionRecorder,
        *,
        check_in: bool = True,
        on_changed: Callable[[], None] = lambda: None,
        recovered: Recovered | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._log = log
        self._recorder = recorder
        self._check_in = check_in
        self._on_changed = on_changed
        window.workout.workout_ended.connect(self._ended)
        menu = window.log_menu
        menu.menuAction().setVisible(True)
        for name, text, slot in (
            ("export", self.tr("&Export…"), self.export_dialog),
            ("import", self.tr("&Import…"), self.import_dialog),
        ):
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)
            window.actions_by_name[name] = action
        messages = []
        if log.interrupted:
            messages.append(
                self.tr(
                    "%n workout(s) cut off last time (the app closed unexpectedly);"
                    " every hold finished before that is kept in the log.",
                    "",
                    log.interrupted,
                )
            )
        if recovered is not None:
            from app.ui.log.recovery_text import recovered_text

            recovered_line = recovered_text(recovered)
            if recovered_line is not None:
                messages.append(recovered_line)
        if any(messages):
            window.workout.show_message(" ".join(message for message in messages if message))
        if log.moved_aside is not None:
            # After the window shows, so the user sees where their old log went.
            notice = self.tr(
                "The workout log was damaged, so a new one was started; the old file is {file}"
            ).format(file=log.moved_aside)
            QTimer.singleShot(0, self, lambda: self._tell(self.tr("Workout log"), notice))

    def skip_check_in(self) -> None:
        """No check-in after workouts (--quit-when-done: nobody is there to answer)."""
        self._check_in = False

    def follow(self, session: Session, plan: Plan) -> None:
        self._recorder.watch(session, plan)

    def _problem_text(self) -> str:
        """The recorder's problem in the user's language, on one line."""
        message = self._recorder.problem_message
        text = message_text(message) if message is not None else self._recorder.problem or ""
        return " ".join(text.split())

    def report_problem(self, problem: str | None) -> None:
        if problem:
            self._window.workout.show_message(
                self.tr(
                    "{problem}. Your holds are kept and saved again when the workout ends."
                ).format(problem=self._problem_text())
            )
        else:
            self._window.workout.show_message("")

    def _ended(self, finished: bool) -> None:
        if self._recorder.problem:
            self._window.workout.show_message(
                self.tr(
                    "{problem}. %n hold(s) not saved yet: they are saved with the next workout,"
                    " or kept in a recovery file when the app closes.",
                    "",
                    self._recorder.pending_sets,
                ).format(problem=self._problem_text())
            )
        if finished and self._check_in:
            from app.ui.log.check_in_dialog import CheckInDialog

            dialog = CheckInDialog(self._window)
            dialog.accepted.connect(lambda: self._save_check_in(dialog))
            dialog.open()
        self._on_changed()

    def _save_check_in(self, dialog: CheckInDialog) -> None:
        pain, note = dialog.back_pain(), dialog.note_text()
        if pain is None and note is None:
            return
        self._recorder.check_in(back_pain=pain, note=note)
        self._on_changed()

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self._window, title, text)

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the workout log"),
            "plank-timer-log.json",
            self.tr("JSON backup (*.json);;CSV for spreadsheets (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        as_csv = target.suffix.lower() == ".csv" or chosen.endswith("(*.csv)")
        self.export_to(target, as_csv=as_csv)

    def export_to(self, target: Path, *, as_csv: bool) -> None:
        """Export into ``target`` as the command line does (never over the log, a link or a
        device; whole or not at all), saying what went wrong or was left out."""
        from app.storage.export import export_csv, write_json
        from app.storage.export_file import ExportFileError, export_file

        try:
            with export_file(target, self._log.path) as out:
                report = (export_csv if as_csv else write_json)(self._log, out)
        except ExportFileError as error:
            text = error_text(error)
            self._tell(self.tr("Export failed"), text[:1].upper() + text[1:] + ".")
            return
        summary_line = report.damaged.summary_message()
        if summary_line is not None:
            summary = message_text(summary_line)
            self._tell(
                self.tr("Exported, but not all of it"), summary[:1].upper() + summary[1:] + "."
            )

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import a workout log"), "", self.tr("JSON backup (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from app.storage.importer import import_json
        from app.storage.log_format import LogImportError

        try:
            result = import_json(self._log, path)
        except LogImportError as error:
            self._tell(self.tr("Nothing imported"), error_text(error))
            return
        text = (
            self.tr("Imported %n workout(s)", "", result.added)
            + " "
            + self.tr("(%n already in the log).", "", result.skipped)
        )
        if result.runs_added or result.runs_skipped:
            text += (
                " "
                + self.tr("%n run(s)", "", result.runs_added)
                + " "
                + self.tr("(%n already there).", "", result.runs_skipped)
            )
        self._tell(self.tr("Imported"), text)
        self._on_changed()


def closing_box(report: ClosingReport) -> QMessageBox:
    """What the app says as it closes about holds the log would not take: where they went."""
    from app.ui.log.recovery_text import closing_text

    if report.lost:
        title = LogIntegration.tr("Holds not saved")
    else:
        title = LogIntegration.tr("Holds saved for later")
    return QMessageBox(QMessageBox.Icon.Warning, title, closing_text(report))
