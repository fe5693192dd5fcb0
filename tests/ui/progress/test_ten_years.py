"""Ten seeded years: the page opens with the right numbers and the table loads by the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog
from app.storage.history import History, HistoryRow, SortColumn
from app.ui.progress.history_model import ROW_ROLE, HistoryModel
from app.ui.progress.paged_model import PAGE_ROWS
from app.ui.progress.progress_text import held_text
from tests.history_seed import SeededHistory
from tests.ui.progress.conftest import SEED_END, PageFactory


class CountingHistory(History):
    """A History that remembers how many rows each query asked for."""

    def __init__(self, log: SessionLog) -> None:
        super().__init__(log)
        self.limits: list[int] = []

    def rows(
        self,
        offset: int,
        limit: int,
        sort: SortColumn = SortColumn.DATE,
        descending: bool = True,
    ) -> list[HistoryRow]:
        self.limits.append(limit)
        return super().rows(offset, limit, sort, descending)


def _shown(model: HistoryModel) -> list[HistoryRow]:
    return [model.data(model.index(row, 0), ROW_ROLE) for row in range(model.rowCount())]


def test_ten_years_open_with_every_number_filled_in(
    years_log: SessionLog, seeded_years: SeededHistory, make_page: PageFactory
) -> None:
    page = make_page(years_log, SEED_END)
    summary = page.summary
    assert summary.sessions.value.text() == f"{seeded_years.sessions_with_holds:,}"
    assert summary.held.value.text() == held_text(seeded_years.seconds_held)
    assert summary.held.value.text().endswith("min")  # over a hundred hours: "108 h 20 min"
    assert summary.longest_streak.value.text().endswith("days")
    assert page.heat_caption.text().split()[0].isdigit()
    assert page.chart.day_count() == 30
    assert page.history_table.count.text() == f"{seeded_years.sessions:,} workouts"


def test_the_table_loads_a_page_at_a_time_as_the_user_scrolls(
    years_log: SessionLog, seeded_years: SeededHistory, make_page: PageFactory
) -> None:
    history = CountingHistory(years_log)
    page = make_page(years_log, SEED_END, history)
    model, view = page.history_table.model, page.history_table.view
    assert model.total() == seeded_years.sessions
    assert model.rowCount() == PAGE_ROWS
    first = _shown(model)
    assert first == sorted(first, key=lambda row: row.started_at, reverse=True)
    assert first[0].started_at.date() <= SEED_END
    view.scrollToBottom()  # the view asks for the next page itself
    assert PAGE_ROWS < model.rowCount() < seeded_years.sessions
    model.fetchMore()
    grown = model.rowCount()
    assert grown <= 4 * PAGE_ROWS
    assert max(history.limits) <= PAGE_ROWS
    assert len({row.session_id for row in _shown(model)}) == grown  # no repeats


def test_clicking_the_time_held_header_sorts_by_time_held_both_ways(
    qtbot: QtBot, years_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(years_log, SEED_END)
    view, model = page.history_table.view, page.history_table.model
    header = view.horizontalHeader()
    held = 3
    spot = QPoint(header.sectionViewportPosition(held) + 10, header.height() // 2)
    longest = (
        years_log.connection()
        .execute(
            "SELECT MAX(held) FROM (SELECT SUM(held_seconds) AS held FROM sets GROUP BY session_id)"
        )
        .fetchone()[0]
    )
    orders = set()
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert model.order[0] is SortColumn.HELD
        assert model.rowCount() == PAGE_ROWS
        seconds = [row.seconds_held for row in _shown(model)]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert model.order[1] is descending
        assert seconds == sorted(seconds, reverse=descending)
        # Least first starts with a workout stopped before its first hold; most first
        # starts with the biggest workout in ten years.
        assert seconds[0] == (longest if descending else 0.0)
        orders.add(descending)
    assert orders == {True, False}


def test_delete_hides_a_workout_everywhere_and_undo_brings_it_all_back(
    qtbot: QtBot, years_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(years_log, SEED_END)
    table = page.history_table
    model, view = table.model, table.view
    before = (model.total(), page.summary.sessions.value.text(), page.summary.held.value.text())
    newest = _shown(model)[0]
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.total() == before[0] - 1
    assert _shown(model)[0].session_id != newest.session_id
    assert int(page.summary.sessions.value.text().replace(",", "")) == (
        int(before[1].replace(",", "")) - 1
    )
    assert page.summary.held.value.text() != before[2]
    assert table.undo_button.isVisible()
    assert table.status.text().startswith("Deleted the workout of ")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(model)[0] == newest
    assert table.selected_row() == 0
    after = (model.total(), page.summary.sessions.value.text(), page.summary.held.value.text())
    assert after == before
    assert not table.undo_button.isVisible()
