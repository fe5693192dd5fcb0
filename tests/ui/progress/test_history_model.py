"""The history table over a month of known workouts: what each cell says, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog, open_log
from app.storage.history import History
from app.ui.progress.history_model import HEADERS, HistoryModel
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory


def _row_texts(model: HistoryModel, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_each_row_reads_as_the_workout_was(month_log: SessionLog, qtbot: QtBot) -> None:
    model = HistoryModel(History(month_log))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == list(HEADERS)
    assert model.rowCount() == 14
    assert _row_texts(model, 0) == [
        "Thu, 20 Mar 2025, 07:00",
        "Plank, Side L, Side R",
        "9 of 9",
        "1 min 30 s",
        "Completed",
        "1 of 10",
        "",
    ]
    # Newest first: 20, 19, 18 (evening), 18 (morning), 17, 13 March ...
    assert _row_texts(model, 5)[:4] == [
        "Thu, 13 Mar 2025, 07:00",
        "Plank, Side L, Side R, Bird dog",
        "12 of 12",
        "2 min",
    ]
    assert _row_texts(model, 7)[2:6] == ["4 of 9", "40 s", "Stopped", "5 of 10"]
    assert _row_texts(model, 3)[5] == "4 of 10"
    assert _row_texts(model, 4)[5] == "3 of 10"
    assert _row_texts(model, 1)[5] == "—"  # no score given


def test_undo_after_sorting_still_brings_the_workout_back(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    table = page.history_table
    model = table.model
    table.view.selectRow(5)  # 13 March, the only workout with bird dog
    table.delete_selected()
    assert model.total() == 13
    assert page.summary.sessions.value.text() == "13"
    assert "Bird dog" not in page.chart.legend_names()
    model.sort(3, Qt.SortOrder.DescendingOrder)  # most time held first
    table.undo_button.click()
    assert model.total() == 14
    assert _row_texts(model, 0)[1] == "Plank, Side L, Side R, Bird dog"  # 2 min, the most
    assert table.selected_row() == 0
    assert page.summary.sessions.value.text() == "14"
    assert "Bird dog" in page.chart.legend_names()
    assert table.status.text() == "Restored the workout of Thu, 13 Mar 2025, 07:00."


def test_a_read_only_log_shows_its_history_but_offers_no_delete(
    qtbot: QtBot, month_log: SessionLog, make_page: PageFactory
) -> None:
    month_log.close()
    read_only = open_log(month_log.path.parent, read_only=True)
    try:
        page = make_page(read_only, MONTH_TODAY)
        table = page.history_table
        assert table.model.total() == 14
        assert not table.delete_button.isEnabled()
        table.view.setFocus()
        table.view.selectRow(0)
        qtbot.keyClick(table.view, Qt.Key.Key_Delete)
        assert table.model.total() == 14
        assert table.status.text() == (
            "The workout log is read-only here, so workouts cannot be deleted."
        )
    finally:
        read_only.close()
