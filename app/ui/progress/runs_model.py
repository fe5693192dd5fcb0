"""The runs table's model: runs newest first, fetched a page at a time, delete with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.storage.runs import RunStore, StoredRun
from app.ui.progress.progress_text import held_text, moment_text

PAGE_ROWS = 200
HEADERS = ("Date", "Kind", "Time", "Distance", "Pace", "Heart rate", "Effort", "From")
_NUMBER_COLUMNS = frozenset({2, 3, 4, 5, 6})
AnyIndex = QModelIndex | QPersistentModelIndex


def pace_text(seconds: float, metres: float | None) -> str:
    """``5:24 /km``, or a dash without a distance."""
    if not metres:
        return "—"
    per_km = round(seconds / (metres / 1000))
    return f"{per_km // 60}:{per_km % 60:02d} /km"


def _cell(stored: StoredRun, column: int) -> str:
    run = stored.run
    match column:
        case 0:
            return moment_text(run.started_at)
        case 1:
            return run.sport.title
        case 2:
            return held_text(run.elapsed_seconds)
        case 3:
            return "—" if run.distance_m is None else f"{run.distance_m / 1000:.2f} km"
        case 4:
            return pace_text(run.moving_seconds or run.elapsed_seconds, run.distance_m)
        case 5:
            return "—" if run.avg_heart_rate is None else f"{run.avg_heart_rate} bpm"
        case 6:
            return "—" if run.effort is None else f"{run.effort} of 10"
        case 7:
            return run.source_name
    return ""


class RunsModel(QAbstractTableModel):
    """The log's runs, newest first; delete hides one at once, undo brings it back."""

    def __init__(self, store: RunStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[StoredRun] = []
        self._total = 0
        self._undo: list[StoredRun] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.store.count()
        self._rows = self.store.page(0, min(PAGE_ROWS, self._total))
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        page = self.store.page(len(self._rows), PAGE_ROWS)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def run_at(self, row: int) -> StoredRun:
        return self._rows[row]

    def delete_run(self, row: int) -> bool:
        """Hide the run in ``row``; raises sqlite3.Error if the log cannot be written."""
        if not 0 <= row < len(self._rows):
            return False
        stored = self._rows[row]
        deleted = self.store.delete(stored.run_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total -= 1
        self.endRemoveRows()
        if deleted:
            self._undo.append(stored)
        return deleted

    def can_undo(self) -> bool:
        return bool(self._undo)

    def last_deleted(self) -> StoredRun | None:
        return self._undo[-1] if self._undo else None

    def undo_delete(self) -> int | None:
        """Restore the latest deleted run; its row now, or None if nothing to undo."""
        if not self._undo:
            return None
        stored = self._undo[-1]
        self.store.restore(stored.run_id)  # may raise: then the undo stays
        self._undo.pop()
        self.reload()
        return next(
            (index for index, row in enumerate(self._rows) if row.run_id == stored.run_id), None
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stored = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(stored, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return stored.run.source_name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
