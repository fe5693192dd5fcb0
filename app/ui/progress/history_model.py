"""The history table's model: pages of sessions fetched as the user scrolls, sorted in SQL.

The model knows how many sessions there are (one COUNT) but holds only the rows fetched so
far, a page at a time (see paged_model). Sorting asks the log for the first page in the new
order. Delete hides a session in the log at once; undo brings it back to
the same place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.core.message import QT_TRANSLATE_NOOP
from app.storage.history import History, HistoryRow, SortColumn
from app.ui.progress.paged_model import AnyIndex, PagedModel
from app.ui.progress.progress_text import (
    exercises_text,
    held_text,
    moment_text,
    number_text,
    score_text,
    status_text,
)

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    QT_TRANSLATE_NOOP("HistoryModel", "Exercises"),
    QT_TRANSLATE_NOOP("HistoryModel", "Rounds"),
    QT_TRANSLATE_NOOP("HistoryModel", "Time held"),
    QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    QT_TRANSLATE_NOOP("HistoryModel", "Back pain"),
    QT_TRANSLATE_NOOP("HistoryModel", "Note"),
)
SORT_COLUMNS = (
    SortColumn.DATE,
    SortColumn.EXERCISES,
    SortColumn.ROUNDS,
    SortColumn.HELD,
    SortColumn.STATUS,
    SortColumn.BACK_PAIN,
    SortColumn.NOTE,
)
_NUMBER_COLUMNS = frozenset({2, 3, 5})
ROW_ROLE = Qt.ItemDataRole.UserRole
"""data() with this role gives the whole HistoryRow."""


@dataclass(frozen=True)
class _Deleted:
    row: int
    session: HistoryRow
    loading: int
    """Which reload() the row was deleted in: after another, its old row means nothing."""


class HistoryModel(PagedModel[HistoryRow]):
    """Sessions newest first (or as sorted), loaded a page at a time."""

    history_changed = Signal()
    """A session was deleted or restored: the numbers elsewhere need reloading."""

    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, "HistoryModel", parent)
        self.history = history
        self.order: tuple[SortColumn, bool] = (SortColumn.DATE, True)
        self._undo: list[_Deleted] = []
        self._loading = 0
        self.reload()

    # loading

    def reload(self) -> None:
        """Start again from the first page (after a workout, an import, or a new order)."""
        self._loading += 1
        super().reload()

    def count_rows(self) -> int:
        return self.history.count()

    def fetch_rows(self, offset: int, limit: int) -> list[HistoryRow]:
        sort, descending = self.order
        return self.history.rows(offset, limit, sort, descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_COLUMNS):
            return
        self.order = (SORT_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # delete and undo

    def session_at(self, row: int) -> HistoryRow:
        return self.row_at(row)

    def delete_session(self, row: int) -> bool:
        """Hide the session in ``row`` from the history and every statistic; undo-able.

        Raises sqlite3.Error if the log cannot be written; the row then stays.
        """
        if not 0 <= row < self.rowCount():
            return False
        session = self.row_at(row)
        deleted = self.history.delete(session.session_id)
        self.remove_row(row)
        if deleted:
            self._undo.append(_Deleted(row, session, self._loading))
            self.history_changed.emit()
        return deleted

    def can_undo(self) -> bool:
        return bool(self._undo)

    def last_deleted(self) -> HistoryRow | None:
        return self._undo[-1].session if self._undo else None

    def undo_delete(self) -> int | None:
        """Restore the latest deleted session; its row now, or None if nothing to undo."""
        if not self._undo:
            return None
        deleted = self._undo[-1]
        self.history.restore(deleted.session.session_id)  # may raise: then undo stays
        self._undo.pop()
        if deleted.loading != self._loading or deleted.row > self.rowCount():
            self.reload()  # sorted or reloaded since: find its place afresh
            wanted = deleted.session.session_id
            row = next(
                (row for row in range(self.rowCount()) if self.row_at(row).session_id == wanted),
                None,
            )
        else:
            row = deleted.row
            self.insert_row(row, deleted.session)
        self.history_changed.emit()
        return row

    # what the view shows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        session = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell_text(session, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and session.note:
            return session.note
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return id_tooltip(session.session_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return session
        return None


def id_tooltip(session_id: int) -> str:
    """Where a workout's ID shows, for ``plank-timer export --format fit --session ID``."""
    # An ID is a name, not an amount: plain digits, as the command line takes it.
    return QCoreApplication.translate("HistoryModel", "Workout ID {id} ({command})").format(
        id=session_id, command=f"plank-timer export --format fit --session {session_id}"
    )


def _cell_text(session: HistoryRow, column: int) -> str:
    match column:
        case 0:
            return moment_text(session.started_at)
        case 1:
            return exercises_text(session.exercises)
        case 2:
            return QCoreApplication.translate("HistoryModel", "{done} of {planned}").format(
                done=number_text(session.rounds_done), planned=number_text(session.rounds_planned)
            )
        case 3:
            return held_text(session.seconds_held)
        case 4:
            return status_text(session.status)
        case 5:
            return "—" if session.back_pain is None else score_text(session.back_pain)
        case 6:
            return (session.note or "").replace("\n", " ")
    return ""
