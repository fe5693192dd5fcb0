"""Every window, dialog, menu and the progress view in a pseudo-locale, at the default size.

The pseudo-locale (``tests/ui/pseudo_locale.py``) translates every string into bracketed,
accented text a third longer than English. Text left outside brackets was never passed
through the translator; a label or button narrower than its text would cut a long language.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.reminder import ReminderTimeError, parse_reminder_time
from app.core.running_load import PainComparison, Verdict
from app.storage.database import SessionLog, open_log
from app.storage.fit_export import FitExportError, check_folder, fit_file_name
from app.storage.fit_workout import FitEncodingError, workout_fit
from app.storage.history import History
from app.storage.logged_workouts import workouts_by_id
from app.storage.recorder import SessionRecorder
from app.storage.routines import RoutineStore
from app.storage.statistics import Statistics
from app.ui.desktop.tray import TrayPresence
from app.ui.error_text import error_text
from app.ui.language_menu import LanguageMenu
from app.ui.log.check_in_dialog import CheckInDialog
from app.ui.log.log_integration import LogIntegration
from app.ui.plan.routine_editor import RoutineEditor
from app.ui.plan.routine_prompts import ask_name, confirm_delete
from app.ui.progress import ProgressPage
from app.ui.progress.history_table import HistoryTable
from app.ui.progress.running_section import RunningSection
from app.ui.progress.running_text import comparison_text
from tests.fakes import FakeClock
from tests.run_seed import add_run
from tests.storage.workouts import Workout, berlin
from tests.ui.conftest import WindowFactory, let_pass, plan_settings
from tests.ui.full_window import DEFAULT_SIZE, full_window
from tests.ui.progress.conftest import MONTH_TODAY, add_known_runs, record_month
from tests.ui.pseudo_locale import (
    USER_WORDS,
    assert_all_translated,
    assert_nothing_cut,
    menu_texts,
    pseudo,
    shown_texts,
    untranslated,
)


@pytest.fixture
def month_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "month")
    record_month(log)
    yield log
    log.close()


def test_the_pseudo_locale_wraps_lengthens_and_keeps_fields() -> None:
    assert pseudo("Round {round} of {rounds}") == "[Ŕóúñd {round} óf {rounds}~~~~]"
    assert pseudo("&Save") == "[&Śávé~~]"  # the mnemonic kept, on its accented letter
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


def running_texts(section: RunningSection) -> list[tuple[str, str]]:
    """Everything the running section shows, says on hover or paints on its axes."""
    chart = section.chart
    texts = shown_texts(section)
    texts += [("axis", text) for text in chart.axis_texts()]
    texts += [("week tooltip", chart.week_summary(i)) for i in range(chart.week_count())]
    texts.append(("chart description", chart.plot.accessibleDescription()))
    for buttons in (section.measure, section.range):
        texts += [("button tooltip", button.toolTip()) for button in buttons.buttons.values()]
    return texts


@pytest.mark.usefixtures("pseudo_locale")
def test_the_running_section_is_translated_in_every_state_and_nothing_is_cut(
    make_window: WindowFactory, month_log: SessionLog, settings_path: Path, qtbot: QtBot
) -> None:
    add_known_runs(month_log)  # a jump, the weeks after it, a run without distance
    window = full_window(make_window, month_log, settings_path, qtbot)
    window.show_progress()
    progress = window.progress
    assert isinstance(progress, ProgressPage)
    section = progress.running
    for measure, weeks in (("distance", "52"), ("time", "13"), ("distance", "all")):
        section.measure.choose(measure)
        section.range.choose(weeks)
        qtbot.wait(1)
        moment = f"{measure} over {weeks} weeks"
        assert section.chart.load.marked_weeks(), moment
        assert_all_translated(running_texts(section), moment)
        assert_nothing_cut(progress, moment)
    # What the sentence says when the data says something else.
    for verdict, weeks, shown in (
        (Verdict.NO_RUNS, 1, 13),
        (Verdict.NO_SCORES, 13, 13),
        (Verdict.NO_JUMPS, 9, 52),
        (Verdict.TOO_FEW, 13, 13),
        (Verdict.COMPARED, 52, 52),
    ):
        comparison = PainComparison(verdict, weeks, 2, 3, 4.5, 20, 3.25)
        assert_all_translated([(verdict.value, comparison_text(comparison, shown))])


@pytest.mark.usefixtures("pseudo_locale")
def test_the_running_section_without_distances_is_translated(tmp_path: Path, qtbot: QtBot) -> None:
    log = open_log(tmp_path / "treadmill")
    add_run(log, berlin(2025, 3, 18, 7), 30, sport="treadmill")
    page = ProgressPage(Statistics(log, today=lambda: MONTH_TODAY), History(log))
    qtbot.addWidget(page)
    page.resize(*DEFAULT_SIZE)
    page.show()
    qtbot.waitExposed(page)
    assert not page.running.measure.buttons["distance"].isEnabled()
    assert_all_translated(running_texts(page.running), "time only")
    assert_nothing_cut(page, "time only")
    page.close()
    log.close()


class Folders:
    """Answers the folder dialog of the FIT export."""

    def __init__(self, answer: Path | str) -> None:
        self.answer = str(answer)

    def __call__(self, parent: object, start: str) -> str:
        return self.answer


def select(table: HistoryTable, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.view.selectionModel().clearSelection()
    for row in rows:
        table.view.selectionModel().select(table.model.index(row, 0), flags)


@pytest.mark.usefixtures("pseudo_locale")
def test_the_fit_export_speaks_the_users_language_in_every_state(
    make_window: WindowFactory,
    month_log: SessionLog,
    settings_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    Workout(month_log, berlin(2025, 3, 20, 19, 0)).start().session.stop()  # no hold
    Workout(month_log, berlin(2025, 3, 20, 20, 0)).start().until_holds(1)  # still recording
    window = full_window(make_window, month_log, settings_path, qtbot)
    window.show_progress()
    progress = window.progress
    assert isinstance(progress, ProgressPage)
    table = progress.history_table
    export = table.fit_export
    model = table.model
    out = tmp_path / "fit"
    out.mkdir()
    # The folder, the command and the system's reasons are not the app's words.
    allowed = (
        *USER_WORDS,
        str(out),
        "/sys/kernel",
        "plank-timer export --format fit --session",
        os.strerror(errno.EACCES),
        os.strerror(errno.EISDIR),
    )
    texts = [
        ("button", export.button.text()),
        ("button tooltip", export.button.toolTip()),
        ("menu", export.action.text()),
        ("ID tooltip", str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))),
    ]
    sessions = [model.session_at(row) for row in range(model.rowCount())]
    unfinished = {
        "in progress": next(r for r, s in enumerate(sessions) if s.status == "in_progress"),
        "no hold": next(r for r, s in enumerate(sessions) if not s.seconds_held),
    }
    done = [row for row, s in enumerate(sessions) if s.status == "completed"]
    export.choose_folder = Folders("")  # never a real dialog: cancel, unless a test answers

    def export_and_read(rows: list[int], folder: Path | str, moment: str) -> None:
        select(table, rows)
        export.choose_folder = Folders(folder)
        with qtbot.waitSignal(export.finished, timeout=10_000):
            export.button.click()
            texts.append((f"{moment}, while exporting", table.status.text()))
        texts.append((moment, table.status.text()))
        assert_nothing_cut(progress, moment)

    select(table, [])
    export.button.click()
    texts.append(("nothing selected", table.status.text()))
    for status, row in unfinished.items():
        select(table, [row])
        export.button.click()
        texts.append((status, table.status.text()))
        assert_nothing_cut(progress, status)
    export_and_read([done[0], *unfinished.values()], out, "written, two left out")
    export_and_read([done[0]], "/sys/kernel", "a folder that cannot be written")
    second = workouts_by_id(month_log, [sessions[done[2]].session_id])[0]
    (out / fit_file_name(second)).mkdir()  # a folder where the second file should go
    export_and_read([done[1], done[2]], out, "stopped by a file it cannot write")
    assert_all_translated(texts, "FIT export", (*allowed, fit_file_name(second)))

    stopped = workouts_by_id(month_log, [sessions[unfinished["no hold"]].session_id])[0]
    with pytest.raises(FitEncodingError) as no_holds:
        workout_fit(stopped)
    errors = [("no holds", error_text(no_holds.value))]
    (tmp_path / "a-file").write_text("")
    for folder in (tmp_path / "missing", tmp_path / "a-file"):
        with pytest.raises(FitExportError) as refused:
            check_folder(folder)
        errors.append((folder.name, error_text(refused.value)))
    folders = (str(tmp_path / "missing"), str(tmp_path / "a-file"))
    assert_all_translated(errors, "FIT errors", (*allowed, *folders))


@pytest.mark.usefixtures("pseudo_locale")
def test_a_log_that_cannot_be_written_is_said_in_the_users_language(
    make_window: WindowFactory, tmp_path: Path, clock: FakeClock
) -> None:
    with open_log(tmp_path / "busy", busy_timeout_ms=20) as log:
        recorder = SessionRecorder(log, monotonic_clock=clock)
        integrations: list[LogIntegration] = []
        window = make_window(on_session=lambda s, p: integrations[0].follow(s, p))
        integrations.append(LogIntegration(window, log, recorder, check_in=False))
        recorder.on_problem = integrations[0].report_problem
        other = sqlite3.connect(log.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another copy of the app holds the write lock
        window.workout.start()
        let_pass(window, clock, 15.0)  # through the first hold
        said = window.workout.message.text()
        other.execute("COMMIT")
        other.close()
        window.workout.stop()
    assert "database is locked" in said, said
    # The log's path and SQLite's own words are not the app's.
    assert untranslated(said, (str(log.path), "database is locked")) == ""


@pytest.mark.usefixtures("pseudo_locale")
def test_a_copy_of_a_preset_is_named_in_the_users_language(
    month_log: SessionLog, qtbot: QtBot
) -> None:
    store = RoutineStore(month_log)
    editor = RoutineEditor(store)
    qtbot.addWidget(editor)
    editor.side.choose(store.find("Gentle"))  # type: ignore[arg-type]
    editor._duplicate()
    copy = editor.current()
    assert copy is not None
    assert not copy.built_in
    assert untranslated(copy.name) == "", copy.name  # the preset's name and "copy" both
    assert_all_translated(shown_texts(editor), "after the copy")
