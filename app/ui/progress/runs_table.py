"""Every run in a table, with delete (the Delete key) and undo (Ctrl+Z), like the history
(see deletable_table): the row goes at once and an Undo button appears beside a line saying
which run went.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from app.core.run import Sport
from app.storage.runs import RunStore
from app.ui.log.menu_paths import IMPORT_RUNS, menu_path
from app.ui.progress.deletable_table import DeletableTable
from app.ui.progress.progress_text import moment_text, score_text, sport_text
from app.ui.progress.runs_model import RunsModel, header_text

TABLE_HEIGHT = 260
_WIDTHS = (190, 90, 90, 90, 90, 90, 80)  # the source takes what is left


def _widest_cells() -> dict[int, tuple[str, ...]]:
    """Cells as wide as any in their column: a start in each month, every kind of run."""
    starts = (datetime(2025, month, 24, 23, 59) for month in range(1, 13))
    return {
        0: tuple(moment_text(start) for start in starts),
        1: tuple(sport_text(sport) for sport in Sport),
        6: (score_text(10),),
    }


class RunsTable(DeletableTable):
    """The runs, their Delete and Undo buttons, and their keys."""

    runs_changed = Signal()
    """A run was deleted or restored."""

    def __init__(self, store: RunStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, height=TABLE_HEIGHT)
        self.model = RunsModel(store, self)
        self.view.setModel(self.model)
        self.read_only = store.log.read_only
        self.view.setAccessibleName(self.tr("Runs"))
        header = self.view.horizontalHeader()
        for column, width in enumerate(_WIDTHS):
            # At least as wide as its title and its longest cells in the user's language.
            texts = (header_text(column), *_widest_cells().get(column, ()))
            needed = max(self.view.fontMetrics().horizontalAdvance(text) for text in texts)
            header.resizeSection(column, max(width, needed + 24))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.delete_button.setText(self.tr("De&lete run"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected run"))
        self.delete_button.setToolTip(self.tr("Delete the selected run (Delete key)"))
        self.undo_button.setText(self.tr("U&ndo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo the last run deleted"))
        self.undo_button.setToolTip(self.tr("Bring the deleted run back (Ctrl+Z)"))
        self.status.setAccessibleName(self.tr("Runs status"))
        self.count.setAccessibleName(self.tr("Runs in the log"))
        self.damaged.setAccessibleName(self.tr("Runs that could not be read"))

        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.damaged)
        self.model.modelReset.connect(self._show_state)
        self.model.rowsRemoved.connect(self._show_state)
        self.model.rowsInserted.connect(self._show_state)
        self._show_state()

    def reload(self) -> None:
        self.model.reload()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self.read_only:
            self.status.setText(
                self.tr("The workout log is read-only here, so runs cannot be deleted.")
            )
            return
        stored = self.model.run_at(row)
        try:
            deleted = self.model.delete_run(row)
        except sqlite3.Error as error:
            self.status.setText(self.tr("Could not delete the run: {reason}").format(reason=error))
            return
        if deleted:
            self.status.setText(
                self.tr("Deleted the run of {moment}.").format(
                    moment=moment_text(stored.run.started_at)
                )
            )
            self.runs_changed.emit()
        # The next row moves up into the gap: select it so Delete can go on.
        self.select(min(row, self.model.rowCount() - 1))
        self._show_state()

    def undo_delete(self) -> None:
        stored = self.model.last_deleted()
        try:
            row = self.model.undo_delete()
        except sqlite3.Error as error:
            self.status.setText(
                self.tr("Could not bring the run back: {reason}").format(reason=error)
            )
            return
        if stored is None:
            return
        self.status.setText(
            self.tr("Restored the run of {moment}.").format(
                moment=moment_text(stored.run.started_at)
            )
        )
        self.runs_changed.emit()
        if row is not None:
            self.select(row)
        self._show_state()

    def _show_state(self) -> None:
        total = self.model.total()
        if total:
            self.count.setText(self.tr("%Ln run(s)", "", total))
        else:
            self.count.setText(
                self.tr(
                    "No runs yet: {import_runs} brings them in from your watch or Strava."
                ).format(import_runs=menu_path(IMPORT_RUNS))
            )
        self.delete_button.setEnabled(total > 0 and not self.read_only)
        self.undo_button.setVisible(self.model.can_undo())
        self.show_left_out(self.model.store.damaged.summary_message())
