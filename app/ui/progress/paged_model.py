"""A table model that fetches its rows a page at a time, as the view scrolls to them.

It knows how many rows there are (one count) but holds only those fetched so far, through
Qt's canFetchMore/fetchMore; nothing loads the whole log. Subclasses say how to count, how to
fetch a page, and what each cell shows; the history and the runs table are two.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

PAGE_ROWS = 200
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class PagedModel(QAbstractTableModel, Generic[Row]):
    """Rows fetched ``PAGE_ROWS`` at a time; the column titles are ``headers``, English
    source texts translated in the ``context`` the subclass names."""

    def __init__(
        self, headers: tuple[str, ...], context: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._context = context
        self._rows: list[Row] = []
        self._total = 0

    # what subclasses say

    def count_rows(self) -> int:
        """How many rows there are in all (called first on each reload)."""
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> list[Row]:
        """Rows ``offset`` to ``offset + limit``."""
        raise NotImplementedError

    # loading

    def reload(self) -> None:
        """Start again from the first page."""
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = self.fetch_rows(0, min(PAGE_ROWS, self._total))
        self.endResetModel()

    def total(self) -> int:
        """Rows in all, fetched or not."""
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        page = self.fetch_rows(len(self._rows), PAGE_ROWS)
        if not page:
            self._total = len(self._rows)  # rows were deleted elsewhere meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def remove_row(self, row: int) -> None:
        """Take ``row`` out of the view (it was deleted in the log)."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total -= 1
        self.endRemoveRows()

    def insert_row(self, row: int, item: Row) -> None:
        """Put ``item`` back at ``row`` (its delete was undone)."""
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self._total += 1
        self.endInsertRows()

    # what the view asks

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None
