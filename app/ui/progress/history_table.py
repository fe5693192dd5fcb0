"""Every past workout in a table, with delete (the Delete key) and undo (Ctrl+Z), and export
of the selected workouts as FIT files (a button and the table's context menu).

Deleting asks no question (see deletable_table): the row goes at once and an Undo button
appears beside a line saying what was deleted.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from app.storage.history import History
from app.ui.progress.deletable_table import DeletableTable
from app.ui.progress.fit_export_action import FitExportAction
from app.ui.progress.history_model import HistoryModel
from app.ui.progress.progress_text import moment_text

TABLE_HEIGHT = 380
_WIDTHS = (190, 210, 80, 100, 100, 90)  # the note takes what is left


class HistoryTable(DeletableTable):
    """The history view, its Delete and Undo buttons, and their keys."""

    history_changed = Signal()
    """A session was deleted or restored."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent, height=TABLE_HEIGHT, several=True)
        self.model = HistoryModel(history, self)
        self.view.setModel(self.model)
        self.read_only = history.log.read_only
        """A log opened read-only (a folder that cannot be written): no deleting."""
        self.view.setAccessibleName(self.tr("Workout history"))
        header = self.view.horizontalHeader()
        for column, width in enumerate(_WIDTHS):
            # At least as wide as the column's title: a translated title may be longer.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)

        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected workout"))
        self.delete_button.setToolTip(self.tr("Delete the selected workout (Delete key)"))
        self.undo_button.setText(self.tr("&Undo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo the last delete"))
        self.undo_button.setToolTip(self.tr("Bring the deleted workout back (Ctrl+Z)"))
        self.status.setAccessibleName(self.tr("History status"))
        # Its own line under the buttons, wrapped: what an export wrote names a folder, which
        # with a longer language does not fit beside them.
        self.status.setWordWrap(True)
        self.count.setAccessibleName(self.tr("Workouts in the history"))
        self.damaged.setAccessibleName(self.tr("Workouts that could not be read"))
        self.fit_export = FitExportAction(self, history.log, self.selected_ids, self.status.setText)
        self.fit_export.finished.connect(self._show_state)
        delete_action = QAction(self.tr("&Delete"), self)
        delete_action.triggered.connect(self.delete_selected)
        # Right-click or the Menu key on the table: the same as the buttons.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.fit_export.action, delete_action])

        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.fit_export.button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.damaged)
        layout.addWidget(self.view)

        self.model.history_changed.connect(self.history_changed)
        self.model.modelReset.connect(self._show_state)
        self.model.rowsRemoved.connect(self._show_state)
        self.model.rowsInserted.connect(self._show_state)
        self._show_state()

    def reload(self) -> None:
        """Show the history afresh from its first page, keeping the order."""
        self.model.reload()

    def selected_ids(self) -> list[int]:
        """The ids of the selected workouts, top row first."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.session_at(row).session_id for row in rows]

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if len(self.view.selectionModel().selectedRows()) > 1:
            self.status.setText(self.tr("Delete removes one workout at a time: select just one."))
            return
        if self.read_only:
            self.status.setText(
                self.tr("The workout log is read-only here, so workouts cannot be deleted.")
            )
            return
        session = self.model.session_at(row)
        try:
            deleted = self.model.delete_session(row)
        except sqlite3.Error as error:
            self.status.setText(
                self.tr("Could not delete the workout: {reason}").format(reason=error)
            )
            return
        if deleted:
            self.status.setText(
                self.tr("Deleted the workout of {moment}.").format(
                    moment=moment_text(session.started_at)
                )
            )
        # The next row moves up into the gap: select it so Delete can go on.
        self.select(min(row, self.model.rowCount() - 1))
        self._show_state()

    def undo_delete(self) -> None:
        session = self.model.last_deleted()
        try:
            row = self.model.undo_delete()
        except sqlite3.Error as error:
            self.status.setText(
                self.tr("Could not bring the workout back: {reason}").format(reason=error)
            )
            return
        if session is not None:
            self.status.setText(
                self.tr("Restored the workout of {moment}.").format(
                    moment=moment_text(session.started_at)
                )
            )
        if row is not None:
            self.select(row)
        self._show_state()

    def _show_state(self) -> None:
        total = self.model.total()
        self.count.setText(self.tr("%Ln workout(s)", "", total))
        self.delete_button.setEnabled(total > 0 and not self.read_only)
        self.fit_export.button.setEnabled(total > 0 and not self.fit_export.running)
        self.undo_button.setVisible(self.model.can_undo())
        self.show_left_out(self.model.history.damaged.summary_message())
