"""The runs below the workout history: newest first, Delete removes one, Ctrl+Z brings it back."""

from __future__ import annotations

from datetime import date, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.run import Run, Sport
from app.storage.database import SessionLog, open_log
from app.storage.history import History
from app.storage.runs import RunStore
from app.storage.statistics import Statistics
from app.ui.progress import ProgressPage
from tests.runs.activity_files import START
from tests.storage.damage import damaged_runs_log

CET = timezone(timedelta(hours=1))


def _page(qtbot: QtBot, log: SessionLog) -> ProgressPage:
    page = ProgressPage(
        Statistics(log, today=lambda: date(2025, 3, 20)), History(log), runs=RunStore(log)
    )
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _runs(log: SessionLog) -> None:
    RunStore(log).add_runs(
        [
            Run(START.astimezone(CET), 2700.0, Sport.RUN, 2640.0, 8000.0, 150, 6, "a.fit"),
            Run((START + timedelta(days=1)).astimezone(CET), 1800.0, Sport.TREADMILL),
        ]
    )


def test_the_runs_show_newest_first_with_pace(qtbot: QtBot, empty_log: SessionLog) -> None:
    _runs(empty_log)
    page = _page(qtbot, empty_log)
    table = page.runs_table
    assert table is not None
    model = table.model

    rows = [[model.index(row, column).data() for column in range(8)] for row in range(2)]

    assert table.count.text() == "2 runs"
    assert rows == [
        ["Sun, 2 Mar 2025, 07:30", "Treadmill", "30 min", "—", "—", "—", "—", "added by hand"],
        ["Sat, 1 Mar 2025, 07:30", "Run", "45 min", "8.00 km", "5:30 /km", "150 bpm", "6 of 10",
         "a.fit"],
    ]  # fmt: skip


def test_delete_and_undo_with_the_keys(qtbot: QtBot, empty_log: SessionLog) -> None:
    _runs(empty_log)
    page = _page(qtbot, empty_log)
    table = page.runs_table
    assert table is not None
    table.view.setFocus()
    table.view.selectRow(0)

    qtbot.keyClick(table.view, Qt.Key.Key_Delete)

    assert RunStore(empty_log).count() == 1
    assert table.status.text() == "Deleted the run of Sun, 2 Mar 2025, 07:30."
    assert table.undo_button.isVisible()
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert RunStore(empty_log).count() == 2
    assert table.status.text() == "Restored the run of Sun, 2 Mar 2025, 07:30."
    assert table.selected_row() == 0


def test_no_runs_yet_says_how_to_bring_them_in(qtbot: QtBot, empty_log: SessionLog) -> None:
    page = _page(qtbot, empty_log)

    assert page.runs_table is not None
    assert page.runs_table.count.text().startswith("No runs yet: Log → Import runs…")
    assert not page.runs_table.delete_button.isEnabled()


def test_a_run_that_cannot_be_read_is_named_under_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    damaged_runs_log(tmp_path)
    with open_log(tmp_path) as log:
        page = _page(qtbot, log)
        table = page.runs_table
        assert table is not None

        shown = [table.model.index(row, 7).data() for row in range(table.model.rowCount())]

        assert shown == ["last-run.fit", "first-run.fit"]
        assert table.count.text() == "2 runs"
        assert table.damaged.isVisible()
        assert table.damaged.text() == (
            "Left out what could not be read (a damaged byte in the log): run 2 (2025-03-02)."
        )
        page.close()
