"""The runs table's model: runs newest first, fetched a page at a time, delete with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from app.core.message import QT_TRANSLATE_NOOP
from app.storage.runs import RunStore, StoredRun
from app.ui.progress.paged_model import AnyIndex, PagedModel
from app.ui.progress.progress_text import (
    held_text,
    moment_text,
    number_text,
    score_text,
    source_text,
    sport_text,
    two_digits,
)

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


class RunsModel(PagedModel[StoredRun]):
    """The log's runs, newest first; delete hides one at once, undo brings it back."""

    def __init__(self, store: RunStore, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, "RunsModel", parent)
        self.store = store
        self._undo: list[StoredRun] = []
        self.reload()

    def count_rows(self) -> int:
        return self.store.count()

    def fetch_rows(self, offset: int, limit: int) -> list[StoredRun]:
        return self.store.page(offset, limit)

    def run_at(self, row: int) -> StoredRun:
        return self.row_at(row)

    def delete_run(self, row: int) -> bool:
        """Hide the run in ``row``; raises sqlite3.Error if the log cannot be written."""
        if not 0 <= row < self.rowCount():
            return False
        stored = self.row_at(row)
        deleted = self.store.delete(stored.run_id)
        self.remove_row(row)
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
            (row for row in range(self.rowCount()) if self.row_at(row).run_id == stored.run_id),
            None,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        stored = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(stored, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return source_text(stored.run)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
