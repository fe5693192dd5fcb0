"""Every window, dialog, menu and the progress view in a pseudo-locale, at the default size.

The pseudo-locale (``tests/ui/pseudo_locale.py``) translates every string into bracketed,
accented text a third longer than English. Text left outside brackets was never passed
through the translator; a label or button narrower than its text would cut a long language.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.reminder import ReminderTimeError, parse_reminder_time
from app.languages import shipped_languages
from app.storage.database import SessionLog, open_log
from app.storage.history import History
from app.storage.recorder import SessionRecorder
from app.storage.routines import RoutineStore
from app.storage.statistics import Statistics
from app.ui.desktop.daily_reminder import DailyReminder
from app.ui.desktop.tray import TrayPresence
from app.ui.desktop.tray_integration import TrayIntegration
from app.ui.error_text import error_text
from app.ui.language_menu import LanguageMenu, native_name
from app.ui.log.check_in_dialog import CheckInDialog
from app.ui.log.log_integration import LogIntegration
from app.ui.main_window import MainWindow
from app.ui.plan.routine_editor import RoutineEditor
from app.ui.plan.routine_prompts import ask_name, confirm_delete
from app.ui.progress import ProgressPage
from tests.fakes import FakeClock
from tests.ui.conftest import SMALL_PLAN, WindowFactory, let_pass, plan_settings
from tests.ui.progress.conftest import MONTH_TODAY, record_month
from tests.ui.pseudo_locale import (
    compile_pseudo,
    cut_off,
    menu_texts,
    pseudo,
    shown_texts,
    untranslated,
)

# The user's own words (a custom exercise in the seeded month, a routine made here) and each
# language's name in itself (the Language menu), which no translation changes.
USER_WORDS = ("Bird dog", "Mine", *(native_name(code) for code in shipped_languages()))
DEFAULT_SIZE = (1024, 720)


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(compile_pseudo(tmp_path)))
    qapp.installTranslator(translator)  # installed last, so asked first
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def month_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "month")
    record_month(log)
    yield log
    log.close()


def assert_all_translated(texts: list[tuple[str, str]], moment: str = "") -> None:
    left = [(where, text) for where, text in texts if untranslated(text, USER_WORDS)]
    assert left == [], f"{moment}: text shown without going through the translator: {left}"


def assert_nothing_cut(widget: QWidget, moment: str = "") -> None:
    problems = cut_off(widget)
    assert problems == [], f"{moment}: text cut off: {problems}"


def full_window(
    make_window: WindowFactory, log: SessionLog, settings_path: Path, qtbot: QtBot
) -> MainWindow:
    """The main window with everything the program adds to it, on a month of workouts."""
    window = make_window(plan=SMALL_PLAN)
    settings = plan_settings(settings_path)
    window.workout.form.attach_routines(RoutineStore(log), settings)
    window.enable_progress(
        lambda: ProgressPage(Statistics(log, today=lambda: MONTH_TODAY), History(log))
    )
    LogIntegration(window, log, SessionRecorder(log), check_in=False)
    tray = TrayPresence(QIcon(), window)
    TrayIntegration(window, tray, DailyReminder(lambda: date(2025, 3, 20)), settings)  # type: ignore[arg-type]
    LanguageMenu(window, settings)
    window.resize(*DEFAULT_SIZE)
    qtbot.wait(1)
    return window


def test_the_pseudo_locale_wraps_lengthens_and_keeps_fields() -> None:
    assert pseudo("Round {round} of {rounds}") == "[Ŕóúñd {round} óf {rounds}~~~~]"
    assert pseudo("&Save") == "[&Sávé~~]"  # the mnemonic kept, accents after it
    assert pseudo("%n hold(s)") == "[%n hóld(ś)~~~]"


@pytest.mark.usefixtures("pseudo_locale")
def test_the_workout_window_and_its_menus_are_all_translated_and_nothing_is_cut(
    make_window: WindowFactory,
    month_log: SessionLog,
    settings_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    window = full_window(make_window, month_log, settings_path, qtbot)
    page = window.workout
    menus = [entry for action in window.menuBar().actions() for entry in menu_texts(action.menu())]
    assert_all_translated(menus, "menus")
    tray = window.findChild(TrayPresence)
    assert tray is not None
    assert_all_translated(menu_texts(tray.menu), "tray menu")
    assert_all_translated(shown_texts(window), "idle")
    assert_nothing_cut(window, "idle")

    page.start()
    # SMALL_PLAN: get ready 0-5 s, hold 5-15, rest 15-20, ... switch 35-45.
    for moment, seconds in (("get ready", 1.0), ("hold", 5.0), ("rest", 10.0), ("switch", 20.0)):
        let_pass(window, clock, seconds)
        assert_all_translated([*shown_texts(window), ("tray", tray.tray.toolTip())], moment)
        assert_nothing_cut(window, moment)
    page.toggle()
    assert_all_translated(shown_texts(window), "paused")
    assert_nothing_cut(window, "paused")
    page.toggle()
    let_pass(window, clock, 1000.0)
    assert_all_translated(shown_texts(window), "done")
    assert_nothing_cut(window, "done")


@pytest.mark.usefixtures("pseudo_locale")
def test_the_idle_window_with_its_plan_form_is_translated_and_nothing_is_cut(
    make_window: WindowFactory, month_log: SessionLog, settings_path: Path, qtbot: QtBot
) -> None:
    window = full_window(make_window, month_log, settings_path, qtbot)
    window.workout.form.select_routine(None)  # the Custom form, with its spin boxes
    qtbot.wait(1)
    assert_all_translated(shown_texts(window))
    assert_nothing_cut(window)
    window.workout.form.select_routine("Standard")  # a routine's summary instead
    qtbot.wait(1)
    assert_all_translated(shown_texts(window))
    assert_nothing_cut(window)


@pytest.mark.usefixtures("pseudo_locale")
def test_the_progress_view_is_translated_and_nothing_is_cut(
    make_window: WindowFactory, month_log: SessionLog, settings_path: Path, qtbot: QtBot
) -> None:
    window = full_window(make_window, month_log, settings_path, qtbot)
    window.show_progress()
    qtbot.wait(1)
    progress = window.progress
    assert isinstance(progress, ProgressPage)
    texts = shown_texts(progress)
    model = progress.history_table.model
    for column in range(model.columnCount()):
        texts.append(("history header", str(model.headerData(column, Qt.Orientation.Horizontal))))
        for row in range(model.rowCount()):
            texts.append(("history cell", str(model.data(model.index(row, column)) or "")))
    texts += [("heat map legend", name) for name in progress.heat_map.level_names()]
    texts.append(("heat map", progress.heat_map.tooltip_for(MONTH_TODAY)))
    texts.append(("chart", progress.chart.day_summary(len(progress.chart.shown_days()) - 1)))
    assert_all_translated(texts)
    assert_nothing_cut(progress)


@pytest.mark.usefixtures("pseudo_locale")
def test_the_dialogs_are_translated_and_nothing_is_cut(
    make_window: WindowFactory, month_log: SessionLog, settings_path: Path, qtbot: QtBot
) -> None:
    window = full_window(make_window, month_log, settings_path, qtbot)
    store = RoutineStore(month_log)
    editor = RoutineEditor(store, window)
    editor.show()
    qtbot.waitExposed(editor)
    for name in ("Gentle", None):  # a preset (read-only, with its note), then the user's own
        if name is None:
            editor._create("Mine")
        else:
            editor.side.choose(store.find(name))  # type: ignore[arg-type]
            editor.details.show_routine(store.find(name))
        qtbot.wait(1)
        assert_all_translated(shown_texts(editor))
        assert_nothing_cut(editor)
    prompt = ask_name(
        editor, editor.tr("New routine"), editor.tr("Name of the new routine:"), "", print
    )
    confirm = confirm_delete(editor, "Mine", lambda: None)
    check_in = CheckInDialog(window)
    check_in.show()
    notice = LanguageMenu(window, plan_settings(settings_path))
    notice.choose("de")
    assert notice.notice is not None
    for dialog in (prompt, confirm, check_in, notice.notice):
        qtbot.waitExposed(dialog)
        assert_all_translated(shown_texts(dialog))
        assert_nothing_cut(dialog)
        dialog.close()
    editor.close()


@pytest.mark.usefixtures("pseudo_locale")
def test_errors_from_core_and_storage_are_translated() -> None:
    with pytest.raises(ReminderTimeError) as caught:
        parse_reminder_time("25:00")
    assert untranslated(error_text(caught.value)) == ""
    with pytest.raises(PlanError) as plan_error:
        Plan.simple(hold=0)
    assert untranslated(error_text(plan_error.value)) == ""
