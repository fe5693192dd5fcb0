"""Every past workout in a table, with delete (the Delete key) and undo (Ctrl+Z), and export
of the selected workouts as FIT files (a button and the table's context menu).

Deleting asks no question: the row goes at once and an Undo button appears beside a line
saying what was deleted, which is quicker and kinder than a confirmation dialog.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.history import History
from app.ui.error_text import message_text
from app.ui.progress.fit_export_action import FitExportAction
from app.ui.progress.history_model import HistoryModel
from app.ui.progress.progress_text import moment_text

TABLE_HEIGHT = 380
_WIDTHS = (190, 210, 80, 100, 100, 90)  # the note takes what is left


class HistoryTable(QWidget):
    """The history view, its Delete and Undo buttons, and their keys."""

    history_changed = Signal()
    """A session was deleted or restored."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(history, self)
        self.read_only = history.log.read_only
        """A log opened read-only (a folder that cannot be written): no deleting."""
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Workout history"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows, for exporting them together; Delete still takes one at a time.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        # Its own scroll bar, at a fixed height: the view then asks only for the rows in sight.
        self.view.setFixedHeight(TABLE_HEIGHT)
        header = self.view.horizontalHeader()
        for column, width in enumerate(_WIDTHS):
            # At least as wide as the column's title: a translated title may be longer.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)

        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected workout"))
        self.delete_button.setToolTip(self.tr("Delete the selected workout (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Undo delete"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the last delete"))
        self.undo_button.setToolTip(self.tr("Bring the deleted workout back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("History status"))
        # Its own line under the buttons, wrapped: what an export wrote names a folder, which
        # with a longer language does not fit beside them.
        self.status.setWordWrap(True)
        self.count = QLabel("", self)
        self.count.setAccessibleName(self.tr("Workouts in the history"))
        self.damaged = QLabel("", self)
        self.damaged.setAccessibleName(self.tr("Workouts that could not be read"))
        self.damaged.setWordWrap(True)
        self.fit_export = FitExportAction(self, history.log, self.selected_ids, self.status.setText)
        self.fit_export.finished.connect(self._show_state)
        delete_action = QAction(self.tr("&Delete"), self)
        delete_action.triggered.connect(self.delete_selected)
        # Right-click or the Menu key on the table: the same as the buttons.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.fit_export.action, delete_action])

        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.activated.connect(self.undo_delete)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

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

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

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
        self._select(min(row, self.model.rowCount() - 1))
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
            self._select(row)
        self._show_state()

    def _select(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _show_state(self) -> None:
        total = self.model.total()
        self.count.setText(self.tr("%Ln workout(s)", "", total))
        self.delete_button.setEnabled(total > 0 and not self.read_only)
        self.fit_export.button.setEnabled(total > 0 and not self.fit_export.running)
        self.undo_button.setVisible(self.model.can_undo())
        line = self.model.history.damaged.summary_message()
        damaged = None if line is None else message_text(line)
        self.damaged.setText(damaged[:1].upper() + damaged[1:] + "." if damaged else "")
        self.damaged.setVisible(damaged is not None)
