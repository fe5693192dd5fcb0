"""In every shipped language, each Alt key on the progress page does one thing, and each
entry of a menu has a letter of its own.

A translator picks the underlined letter of each button (``&Zeit``); two on the same page, or
one that is also a menu's (``&Protokoll`` in the menu bar), make Alt+that letter ambiguous, and
the keyboard user loses the button. English is checked by the progress tests; here every
translation, in the whole window as the program builds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.languages import SOURCE_LANGUAGE, shipped_languages
from app.resources import translation_path
from app.storage.database import SessionLog, open_log
from app.ui.log.add_run_dialog import AddRunDialog
from app.ui.progress import ProgressPage
from tests.ui.conftest import WindowFactory
from tests.ui.full_window import full_window
from tests.ui.progress.conftest import add_known_runs, record_month

TRANSLATED = [code for code in shipped_languages() if code != SOURCE_LANGUAGE]


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    path = translation_path(code)
    assert path is not None
    translator = QTranslator()
    assert translator.load(str(path))
    qapp.installTranslator(translator)  # installed last, so asked first
    QLocale.setDefault(QLocale(code))
    yield code
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def running_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "log")
    record_month(log)
    add_known_runs(log)
    yield log
    log.close()


def test_each_alt_key_of_the_progress_page_does_one_thing(
    language: str,
    make_window: WindowFactory,
    running_log: SessionLog,
    settings_path: Path,
    qtbot: QtBot,
) -> None:
    window = full_window(make_window, running_log, settings_path, qtbot)
    window.show_progress()
    page = window.progress
    assert isinstance(page, ProgressPage)
    keys: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        keys.setdefault(QKeySequence.mnemonic(action.text()).toString(), []).append(action.text())
    running = page.running
    buttons = [
        *running.measure.buttons.values(),
        *running.range.buttons.values(),
        page.history_table.fit_export.button,
    ]
    for button in buttons:
        # Every one of them can be reached with Alt, in every language.
        assert QKeySequence.mnemonic(button.text()).toString(), f"{language}: {button.text()}"
    # The undo buttons show after a delete: their keys must be free then too.
    assert page.runs_table is not None
    undo = (page.history_table.undo_button, page.runs_table.undo_button)
    for button in page.findChildren(QAbstractButton):
        mnemonic = QKeySequence.mnemonic(button.text()).toString()
        if mnemonic and (button.isVisibleTo(window) or button in undo):
            keys.setdefault(mnemonic, []).append(button.text())
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}, language


def test_each_field_of_the_add_a_run_dialog_has_its_own_letter(
    language: str, make_window: WindowFactory
) -> None:
    dialog = AddRunDialog(datetime(2025, 3, 20, 18, 0), make_window())
    letters: dict[str, list[str]] = {}
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            mnemonic = QKeySequence.mnemonic(label.text()).toString()
            assert mnemonic, f"{language}: {label.text()} has no letter"
            letters.setdefault(mnemonic, []).append(label.text())
    assert len(letters) == 5, f"{language}: {letters}"  # start, time, distance, effort, kind
    dialog.close()


def test_each_menu_gives_each_entry_its_own_letter(
    language: str,
    make_window: WindowFactory,
    running_log: SessionLog,
    settings_path: Path,
    qtbot: QtBot,
) -> None:
    window = full_window(make_window, running_log, settings_path, qtbot)
    clashes: dict[str, list[str]] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if not action.isSeparator():
                mnemonic = QKeySequence.mnemonic(action.text()).toString()
                assert mnemonic, f"{language}: {action.text()} has no letter"
                letters.setdefault(mnemonic, []).append(action.text())
        clashes |= {
            f"{menu.title()} {key}": texts for key, texts in letters.items() if len(texts) > 1
        }
    assert clashes == {}, language
