"""Exporting workouts from the history table as FIT files: button, keys, menu and messages.

The folder dialog is answered by the test (the action takes a folder chooser); everything
else is the real page over a month of known workouts, and the files are read back with
Garmin's decoder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog, open_log
from app.ui.progress import ProgressPage
from app.ui.progress.fit_export_action import NO_HOLDS, NOTHING_SELECTED, STILL_RUNNING
from app.ui.progress.history_table import HistoryTable
from tests.storage.damage import damaged_log
from tests.storage.fit_reading import decode
from tests.storage.workouts import Workout, berlin
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory

EXPORT_TIMEOUT_MS = 10_000


class Folders:
    """Answers the folder dialog, and remembers where each dialog started."""

    def __init__(self, answer: Path | str) -> None:
        self.answer = str(answer)
        self.asked_from: list[str] = []

    def __call__(self, parent: object, start: str) -> str:
        self.asked_from.append(start)
        return self.answer


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "fit"
    folder.mkdir()
    return folder


@pytest.fixture
def page(month_log: SessionLog, make_page: PageFactory) -> ProgressPage:
    return make_page(month_log, MONTH_TODAY)


def select(table: HistoryTable, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.view.selectionModel().clearSelection()
    for row in rows:
        table.view.selectionModel().select(table.model.index(row, 0), flags)


def test_the_button_writes_each_selected_workout_and_says_so(
    page: ProgressPage, qtbot: QtBot, out: Path
) -> None:
    table = page.history_table
    folders = Folders(out)
    table.fit_export.choose_folder = folders
    select(table, 0, 2)  # 20 March, and the evening of 18 March
    ids = [table.model.session_at(row).session_id for row in (0, 2)]
    with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(table.fit_export.button, Qt.MouseButton.LeftButton)
    assert table.status.text() == f"Wrote 2 FIT files to {out}."
    names = sorted(path.name for path in out.iterdir())
    assert names == [
        f"plank-timer_2025-03-18_20-00-00_{ids[1]}.fit",
        f"plank-timer_2025-03-20_07-00-00_{ids[0]}.fit",
    ]
    for path in out.iterdir():
        fit = decode(path.read_bytes())
        assert fit.intact
        assert len(fit.messages["set_mesgs"]) == 17  # 9 holds and the 8 gaps between them
    assert table.fit_export.button.isEnabled()
    assert folders.asked_from == [str(Path.home())]


def test_the_keyboard_reaches_the_export(page: ProgressPage, qtbot: QtBot, out: Path) -> None:
    table = page.history_table
    table.fit_export.choose_folder = Folders(out)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Home)
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(table.selected_ids()) == 2
    with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Export as &FIT…
    assert len(list(out.iterdir())) == 2


def test_the_tables_context_menu_offers_the_export(
    page: ProgressPage, qtbot: QtBot, out: Path
) -> None:
    table = page.history_table
    table.fit_export.choose_folder = Folders(out)
    # Right-click and the Menu key show the table's own actions.
    assert table.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    entries = {action.text().replace("&", ""): action for action in table.view.actions()}
    assert list(entries) == ["Export as FIT…", "Delete"]
    select(table, 1)
    with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
        entries["Export as FIT…"].trigger()
    assert len(list(out.iterdir())) == 1


def test_a_folder_that_cannot_be_written_is_named_with_the_reason(
    page: ProgressPage, qtbot: QtBot
) -> None:
    table = page.history_table
    table.fit_export.choose_folder = Folders("/sys/kernel")  # no one may write here
    select(table, 0)
    with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
        table.fit_export.button.click()
    assert table.status.text() == (
        "Could not export: cannot write to /sys/kernel: Permission denied."
    )
    assert table.fit_export.button.isEnabled()


def test_the_next_dialog_starts_in_the_last_folder_and_cancel_writes_nothing(
    page: ProgressPage, qtbot: QtBot, out: Path
) -> None:
    table = page.history_table
    table.fit_export.choose_folder = Folders(out)
    select(table, 0)
    with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
        table.fit_export.button.click()
    written = table.status.text()
    cancel = Folders("")
    table.fit_export.choose_folder = cancel
    select(table, 1)
    table.fit_export.button.click()
    assert cancel.asked_from == [str(out)]
    assert len(list(out.iterdir())) == 1
    assert table.status.text() == written
    assert not table.fit_export.running


def test_with_nothing_selected_it_says_so_and_asks_no_folder(page: ProgressPage) -> None:
    table = page.history_table
    folders = Folders("/nowhere")
    table.fit_export.choose_folder = folders
    table.view.selectionModel().clearSelection()
    table.fit_export.button.click()
    assert table.status.text() == NOTHING_SELECTED
    assert folders.asked_from == []


def test_a_workout_stopped_before_its_first_hold_has_nothing_to_export(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    countdown_only = Workout(month_log, berlin(2025, 3, 20, 19, 0)).start()
    countdown_only.session.stop()
    page = make_page(month_log, MONTH_TODAY)  # kept: the table lives as long as its page
    table = page.history_table
    folders = Folders("/nowhere")
    table.fit_export.choose_folder = folders
    assert table.model.session_at(0).seconds_held == 0
    select(table, 0)
    table.fit_export.button.click()
    assert table.status.text() == NO_HOLDS
    assert folders.asked_from == []


def test_a_workout_still_being_recorded_is_not_exported_yet(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    # Another copy of the app is recording this one: one hold is in the log so far.
    Workout(month_log, berlin(2025, 3, 20, 19, 0)).start().until_holds(1)
    page = make_page(month_log, MONTH_TODAY)
    table = page.history_table
    folders = Folders("/nowhere")
    table.fit_export.choose_folder = folders
    assert table.model.session_at(0).status == "in_progress"
    select(table, 0)
    table.fit_export.button.click()
    assert table.status.text() == STILL_RUNNING
    assert folders.asked_from == []


def test_delete_with_two_rows_selected_deletes_nothing(page: ProgressPage, qtbot: QtBot) -> None:
    table = page.history_table
    select(table, 0, 1)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.model.total() == 14
    assert table.status.text() == "Delete removes one workout at a time: select just one."


def test_the_date_cells_tooltip_gives_the_workouts_id(page: ProgressPage) -> None:
    model = page.history_table.model
    session_id = model.session_at(0).session_id
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        f"Workout ID {session_id} (plank-timer export --format fit --session {session_id})"
    )


def test_a_hold_that_cannot_be_read_is_left_out_and_named(
    qtbot: QtBot, make_page: PageFactory, tmp_path: Path, out: Path
) -> None:
    damaged_log(tmp_path / "log", "hold start")
    with open_log(tmp_path / "log") as log:
        page = make_page(log, date(2024, 5, 6))
        table = page.history_table
        table.fit_export.choose_folder = Folders(out)
        select(table, 0)  # 6 May, the bird dog workout with a damaged hold
        with qtbot.waitSignal(table.fit_export.finished, timeout=EXPORT_TIMEOUT_MS):
            qtbot.mouseClick(table.fit_export.button, Qt.MouseButton.LeftButton)

        assert table.status.text() == (
            f"Wrote 1 FIT file to {out}. Left out what could not be read (a damaged byte in the"
            " log): 1 hold of session 6 (2024-05-06)."
        )
        (path,) = out.iterdir()
        assert decode(path.read_bytes()).intact
