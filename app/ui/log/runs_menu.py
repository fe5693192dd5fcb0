"""The Log menu's run commands: Import runs… and Add a run…."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.storage.database import SessionLog
from app.storage.runs import RunStore
from app.storage.timestamps import WallClock, local_now
from app.ui.log.menu_paths import ADD_RUN, IMPORT_RUN_FOLDER, IMPORT_RUNS, entry_text
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.ui.log.add_run_dialog import AddRunDialog
    from app.ui.log.run_import_dialog import RunImport

# The dialogs, and the format libraries behind the import, load on first use: start-up
# stays as quick as it was.

PATTERNS = "*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip *.FIT *.GPX *.TCX *.ZIP"


class RunsMenu(QObject):
    """Adds the run commands to the Log menu; ``on_changed`` is called after runs change."""

    def __init__(
        self,
        window: MainWindow,
        log: SessionLog,
        *,
        on_changed: Callable[[], None] = lambda: None,
        wall_clock: WallClock = local_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._log = log
        self._on_changed = on_changed
        self._wall_clock = wall_clock
        self.current_import: RunImport | None = None
        menu = window.log_menu
        menu.menuAction().setVisible(True)
        menu.addSeparator()
        for name, entry, keys, slot in (
            ("import_runs", IMPORT_RUNS, "Ctrl+I", self.choose_files),
            ("import_run_folder", IMPORT_RUN_FOLDER, "", self.choose_folder),
            ("add_run", ADD_RUN, "Ctrl+R", self.add_dialog),
        ):
            action = QAction(entry_text(entry), window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            window.addAction(action)
            window.actions_by_name[name] = action

    def choose_files(self) -> None:
        # Two entries, each named in words; the patterns and ";;" stay out of translators' way.
        file_filter = self.tr("Runs") + f" ({PATTERNS});;" + self.tr("All files") + " (*)"
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import runs: FIT, GPX, TCX files or a Strava export"),
            "",
            file_filter,
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import every run in a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> RunImport | None:
        """Import in the background with a progress dialog; returns the import under way."""
        if self._log.read_only:
            QMessageBox.information(
                self._window,
                self.tr("Nothing imported"),
                self.tr("The workout log is read-only here."),
            )
            return None
        from app.ui.log.run_import_dialog import RunImport

        self.current_import = RunImport(self._window, self._log, paths, self._on_changed)
        self.current_import.start()
        return self.current_import

    def add_dialog(self) -> AddRunDialog:
        from app.ui.log.add_run_dialog import AddRunDialog

        dialog = AddRunDialog(self._wall_clock(), self._window)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()
        return dialog

    def _add(self, dialog: AddRunDialog) -> None:
        if dialog.run is None:
            return
        try:
            added = RunStore(self._log).add(dialog.run)
        except sqlite3.Error as error:
            QMessageBox.warning(
                self._window,
                self.tr("Run not added"),
                self.tr("Could not save the run: {reason}").format(reason=error),
            )
            return
        if not added:
            QMessageBox.information(
                self._window,
                self.tr("Already in the log"),
                self.tr("The log already has a run like this one."),
            )
        self._on_changed()
