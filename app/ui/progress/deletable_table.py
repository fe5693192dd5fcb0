"""What the history and the runs table share: a table whose rows Delete removes at once and
Ctrl+Z brings back, with its buttons, a line counting the rows, a status line, and a line
naming what could not be read.

Deleting asks no question: the row goes at once and an Undo button appears, which is quicker
and kinder than a confirmation dialog. Subclasses make the model, word the buttons (in their
own translation context), do the deleting, and lay the parts out.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QWidget

from app.core.message import Message
from app.ui.error_text import message_text


class DeletableTable(QWidget):
    """A table view, its Delete and Undo buttons and keys, and its count, status and
    left-out lines."""

    def __init__(self, parent: QWidget | None, *, height: int, several: bool = False) -> None:
        super().__init__(parent)
        self.view = QTableView(self)  # the subclass gives it its model
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows, for exporting them together; Delete still takes one at a time.
        mode = QAbstractItemView.SelectionMode
        self.view.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        # Its own scroll bar, at a fixed height: the view then asks only for the rows in sight.
        self.view.setFixedHeight(height)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_delete)
        self.status = QLabel("", self)
        self.count = QLabel("", self)
        self.damaged = QLabel("", self)
        self.damaged.setWordWrap(True)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_delete)

    def delete_selected(self) -> None:
        raise NotImplementedError

    def undo_delete(self) -> None:
        raise NotImplementedError

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select(self, row: int) -> None:
        """Select ``row`` (after a delete, the next one moves up into the gap)."""
        if row < 0:
            return
        index = self.view.model().index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def show_left_out(self, message: Message | None) -> None:
        """Name what could not be read (a damaged byte), as a sentence; hidden if nothing."""
        text = None if message is None else message_text(message)
        self.damaged.setText(text[:1].upper() + text[1:] + "." if text else "")
        self.damaged.setVisible(text is not None)
