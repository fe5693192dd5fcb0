"""The runs table's model: runs newest first, fetched a page at a time, delete with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.core.message import QT_TRANSLATE_NOOP
from app.storage.runs import RunStore, StoredRun
from app.ui.progress.progress_text import (
    held_text,
    moment_text,
    number_text,
    score_text,
    source_text,
    sport_text,
    two_digits,
)

PAGE_ROWS = 200
# English here, translated where shown; lupdate needs the context spelled out in each.
HEADERS = (
    QT_TRANSLATE_NOOP("RunsModel", "Date"),
    QT_TRANSLATE_NOOP("RunsModel", "Kind"),
    QT_TRANSLATE_NOOP("RunsModel", "Time"),
    QT_TRANSLATE_NOOP("RunsModel", "Distance"),
    QT_TRANSLATE_NOOP("RunsModel", "Pace"),
    QT_TRANSLATE_NOOP("RunsModel", "Heart rate"),
    QT_TRANSLATE_NOOP("RunsModel", "Effort"),
    QT_TRANSLATE_NOOP("RunsModel", "From"),
)
_NUMBER_COLUMNS = frozenset({2, 3, 4, 5, 6})
AnyIndex = QModelIndex | QPersistentModelIndex


def header_text(section: int) -> str:
    """A column's title in the user's language."""
    return QCoreApplication.translate("RunsModel", HEADERS[section])


def pace_text(seconds: float, metres: float | None) -> str:
    """``5:24 /km``, or a dash without a distance."""
    if not metres:
        return "—"
    per_km = round(seconds / (metres / 1000))
    return RunsModel.tr("{minutes}:{seconds} /km").format(
        minutes=number_text(per_km // 60), seconds=two_digits(per_km % 60)
    )


def km_text(metres: float) -> str:
    """``8.00 km``: kilometres to two decimals, as the locale writes them (``8,00 km``)."""
    return RunsModel.tr("{km} km").format(km=QLocale().toString(metres / 1000, "f", 2))


def _cell(stored: StoredRun, column: int) -> str:
    run = stored.run
    match column:
        case 0:
            return moment_text(run.started_at)
        case 1:
            return sport_text(run.sport)
        case 2:
            return held_text(run.elapsed_seconds)
        case 3:
            return "—" if run.distance_m is None else km_text(run.distance_m)
        case 4:
            return pace_text(run.moving_seconds or run.elapsed_seconds, run.distance_m)
        case 5:
            if run.avg_heart_rate is None:
                return "—"
            return RunsModel.tr("{bpm} bpm").format(bpm=number_text(run.avg_heart_rate))
        case 6:
            return "—" if run.effort is None else score_text(run.effort)
        case 7:
            return source_text(run)
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
            return header_text(section) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stored = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(stored, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return source_text(stored.run)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
