"""Running and your back: what the section draws over known runs and workouts, read back from
the drawn items; distance or time (remembered), ranges from the keyboard, no runs at all, ten
seeded years, and the light/dark palette."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.core.running_load import Verdict
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.history import History
from app.storage.run_statistics import RunStatistics
from app.storage.statistics import Statistics
from app.ui.progress import ProgressPage
from app.ui.progress.chart_theme import DARK, LIGHT
from app.ui.progress.running_chart import run_colours
from app.ui.progress.running_section import MEASURE_KEY, RANGE_KEY
from app.ui.progress.running_text import comparison_text
from tests.history_seed import SeededHistory
from tests.run_seed import add_run, seed_runs
from tests.storage.workouts import berlin
from tests.ui.progress.conftest import MONTH_TODAY, SEED_END, add_known_runs

RunningPage = Callable[..., ProgressPage]
FIRST_MONDAY = date(2025, 1, 20)
JUMP = date(2025, 2, 24)


def _monday(offset: int) -> date:
    return FIRST_MONDAY + timedelta(weeks=offset)


@pytest.fixture
def running_log(month_log: SessionLog) -> SessionLog:
    add_known_runs(month_log)
    return month_log


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def running_page(qtbot: QtBot, settings: QSettings) -> RunningPage:
    def make(log: SessionLog, today: date = MONTH_TODAY) -> ProgressPage:
        page = ProgressPage(Statistics(log, today=lambda: today), History(log), settings=settings)
        qtbot.addWidget(page)
        page.resize(1024, 720)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def test_the_bars_show_each_weeks_distance_with_the_jump_marked(
    running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    chart = page.running.chart
    assert chart.week_count() == 52  # a year by default
    assert chart.shown_weeks()[-1] == date(2025, 3, 17)
    assert chart.load.bar_values() == {
        **{_monday(week): 24_000.0 for week in range(5)},
        JUMP: 40_000.0,
        date(2025, 3, 3): 24_000.0,
        date(2025, 3, 10): 8_000.0,  # the treadmill run has no distance; the deleted run none
        date(2025, 3, 17): 16_000.0,
    }
    assert chart.load.jump_bar_weeks() == [JUMP]
    assert chart.load.marked_weeks() == [JUMP]
    assert chart.load.after_jump_weeks() == [JUMP, date(2025, 3, 3)]
    assert chart.load.run_day_labels() == {
        **{_monday(week): "3" for week in range(5)},
        JUMP: "4",
        date(2025, 3, 3): "3",
        date(2025, 3, 10): "2",
        date(2025, 3, 17): "2",
    }
    # record_month: 24-27 Feb 60 s a day and 28 Feb 90 s; then 90 + 40; 30 + 120; 5 x 90.
    assert chart.core.core_values() == {
        JUMP: 330.0,
        date(2025, 3, 3): 130.0,
        date(2025, 3, 10): 150.0,
        date(2025, 3, 17): 450.0,
    }
    assert chart.core.session_labels() == {
        JUMP: "5",
        date(2025, 3, 3): "2",
        date(2025, 3, 10): "2",
        date(2025, 3, 17): "5",
    }
    assert chart.load.pain_points() == [
        (date(2025, 3, 3), 5.5),
        (date(2025, 3, 10), 4.5),
        (date(2025, 3, 17), 2.5),
    ]
    assert chart.legend.names()[:3] == [
        "Distance run",
        "Jump week",
        "After a jump: the jump week and the next",
    ]


def test_the_sentence_the_rule_and_the_tooltips_say_what_the_weeks_hold(
    running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    section = page.running
    # One scored week after the jump (3 March) and two others: below the minimum.
    assert section.summary.text() == (
        "Not enough data yet: setting back pain after jumps against other weeks needs scores"
        " in at least 4 weeks of each; scored in the 9 weeks since your first run: 1 after a"
        " jump, 2 others."
    )
    assert section.summary.isVisible()
    rule = section.rule.text()
    assert "more than 30% above the average of the 4 weeks before it" in rule
    assert "after 4 weeks with no running, any running counts" in rule
    assert "“After a jump” means the marked week and the week after it" in rule
    assert "at least 4 weeks after a jump and 4 other weeks" in rule
    assert "not what caused what" in rule
    assert section.rule.isVisible()
    assert section.distance_note.isVisible()
    assert section.distance_note.text().startswith("1 run without a distance")
    chart = section.chart
    weeks = chart.shown_weeks()
    assert chart.week_summary(weeks.index(JUMP)) == (
        "Week of Mon, 24 Feb 2025\n"
        "Running: 4 runs on 4 days, 3 h 20 min, 40.0 km\n"
        "▲ Jump: 67% above the 4 weeks before (average 2 h)\n"
        "Core: 5 sessions, 5 min 30 s held\n"
        "Back pain: no score"
    )
    assert chart.week_summary(weeks.index(date(2025, 3, 10))) == (
        "Week of Mon, 10 Mar 2025\n"
        "Running: 2 runs on 2 days, 1 h 25 min, 8.0 km\n"
        "   1 run without a distance (45 min)\n"
        "39% below the 4 weeks before (average 2 h 20 min)\n"
        "Core: 2 sessions, 2 min 30 s held\n"
        "Back pain: 4.5 of 10 (2 scores)"
    )
    this_week = chart.week_summary(len(weeks) - 1)
    assert this_week.startswith("Week of Mon, 17 Mar 2025 (so far)\n")
    assert this_week.endswith("Back pain: 2.5 of 10 (4 scores)")
    assert chart.week_summary(weeks.index(_monday(0))).splitlines()[2] == (
        "Not judged: fewer than 4 weeks of runs logged before it"
    )


def test_time_instead_of_distance_is_remembered_with_the_range(
    qtbot: QtBot, running_log: SessionLog, running_page: RunningPage, settings: QSettings
) -> None:
    page = running_page(running_log)
    section = page.running
    qtbot.mouseClick(section.measure.buttons["time"], Qt.MouseButton.LeftButton)
    bars = section.chart.load.bar_values()
    assert bars[date(2025, 3, 10)] == 85 * 60  # the treadmill run counts in time
    assert bars[JUMP] == 200 * 60
    assert not section.distance_note.isVisible()
    assert section.chart.legend.names()[0] == "Time run"
    qtbot.mouseClick(section.range.buttons["13"], Qt.MouseButton.LeftButton)
    assert section.chart.week_count() == 13
    assert settings.value(MEASURE_KEY) == "time"
    assert settings.value(RANGE_KEY) == "13"

    second = running_page(running_log)
    again = second.running
    assert again.measure.current() == "time"
    assert again.chart.week_count() == 13
    assert again.chart.load.bar_values()[date(2025, 3, 10)] == 85 * 60


def test_unknown_stored_choices_fall_back_to_a_year_of_distance(
    running_log: SessionLog, running_page: RunningPage, settings: QSettings
) -> None:
    settings.setValue(MEASURE_KEY, "furlongs")
    settings.setValue(RANGE_KEY, "forever")
    page = running_page(running_log)
    assert page.running.range.current() == "52"
    assert page.running.measure.current() == "distance"
    assert page.running.chart.week_count() == 52


def test_hovering_a_week_shows_its_numbers(
    running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    chart = page.running.chart
    index = chart.shown_weeks().index(JUMP)
    for plot in (chart.load.item, chart.core.item):
        spot = plot.vb.mapViewToScene(QPointF(index + 0.2, 1.0))
        chart.plot.scene().sigMouseMoved.emit(spot)
        assert chart.plot.toolTip() == chart.week_summary(index)
        assert chart.plot.toolTip().startswith("Week of Mon, 24 Feb 2025\n")
    chart.plot.scene().sigMouseMoved.emit(QPointF(-50, -50))  # off the plots
    assert chart.plot.toolTip() == ""


def test_with_no_distance_in_the_weeks_the_bars_show_time_without_forgetting_distance(
    running_page: RunningPage, empty_log: SessionLog, settings: QSettings
) -> None:
    for week in range(3):
        add_run(empty_log, berlin(2025, 3, 4, 7) + timedelta(weeks=week), 30, sport="treadmill")
    settings.setValue(MEASURE_KEY, "distance")
    page = running_page(empty_log)
    section = page.running
    distance = section.measure.buttons["distance"]
    assert not distance.isEnabled()
    assert "No run in these weeks has a distance" in distance.toolTip()
    assert section.measure.current() == "time"
    assert section.chart.load.bar_values() == {
        date(2025, 3, 3): 1800.0,
        date(2025, 3, 10): 1800.0,
        date(2025, 3, 17): 1800.0,
    }
    assert settings.value(MEASURE_KEY) == "distance"
    add_run(empty_log, berlin(2025, 3, 19, 7), 30, 6.0)
    section.refresh(LIGHT)
    assert distance.isEnabled()
    assert section.measure.current() == "distance"
    assert section.chart.load.bar_values() == {date(2025, 3, 17): 6000.0}


def test_the_choices_work_from_the_keyboard(
    qtbot: QtBot, running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    section = page.running
    button = section.range.buttons["13"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert section.chart.week_count() == 13
    # Alt + the underlined letter: A for All, T for Time. A mnemonic animates the click, so
    # the button is released (and chosen) a moment later.
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: section.range.current() == "all")
    assert section.chart.shown_weeks()[0] == FIRST_MONDAY
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: section.measure.current() == "time")
    assert section.chart.legend.names()[0] == "Time run"
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Alt+D is Delete
    qtbot.waitUntil(lambda: section.measure.current() == "distance")
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: section.measure.current() == "time")
    # Tab goes from group to group, to the chosen button; arrows choose within a group.
    section.measure.buttons["time"].setFocus()
    qtbot.keyClick(section.measure.buttons["time"], Qt.Key.Key_Tab)
    assert section.range.buttons["all"].hasFocus()
    qtbot.keyClick(section.range.buttons["all"], Qt.Key.Key_Left)
    assert section.range.buttons["52"].hasFocus()
    assert section.range.current() == "52"
    assert section.chart.week_count() == 52
    names = [b.accessibleName() for b in [*section.range.buttons.values()]]
    assert names == [
        "Show the last 13 weeks of running",
        "Show the last 52 weeks of running",
        "Show every week since your first run",
    ]


def test_every_alt_key_on_the_page_does_one_thing(
    running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    keys: dict[str, list[str]] = {}
    for button in page.findChildren(QAbstractButton):
        mnemonic = QKeySequence.mnemonic(button.text()).toString()
        if mnemonic:
            keys.setdefault(mnemonic, []).append(button.text())
    assert {"Alt+I", "Alt+T", "Alt+O", "Alt+Y", "Alt+A"} <= keys.keys()
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}


def test_with_no_runs_it_says_how_to_bring_them_in(
    month_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(month_log)
    section = page.running
    assert section.empty_note.isVisible()
    note = section.empty_note.text()
    assert "No runs logged yet" in note
    assert "Log → Import runs…" in note
    assert "Log → Add a run…" in note
    for hidden in (section.chart, section.summary, section.rule, section.range, section.measure):
        assert not hidden.isVisible()


def test_runs_brought_in_later_show_on_refresh(
    month_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(month_log)
    add_run(month_log, berlin(2025, 3, 19, 7), 30, 5.0)
    page.refresh()
    section = page.running
    assert not section.empty_note.isVisible()
    assert section.chart.isVisible()
    assert section.chart.load.bar_values() == {date(2025, 3, 17): 5000.0}


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_the_chart_follows_a_switch_to_a_dark_palette_and_back(
    running_log: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(running_log)
    chart = page.running.chart
    light = run_colours(LIGHT)
    assert chart.background() == LIGHT.background
    assert chart.load.bar_colours() == (light.bar, light.jump)
    page.setPalette(_dark_palette())
    dark = run_colours(DARK)
    assert chart.background() == DARK.background
    assert chart.load.bar_colours() == (dark.bar, dark.jump)
    assert dark.bar != light.bar
    assert chart.load.pain_line.opts["pen"].color() == DARK.pain
    assert chart.load.bar_values()[JUMP] == 40_000.0  # the same weeks, redrawn
    page.setPalette(QPalette())
    assert chart.background() == LIGHT.background


@pytest.fixture
def years_with_runs(seeded_years: SeededHistory, tmp_path: Path) -> Iterator[SessionLog]:
    folder = tmp_path / "years"
    folder.mkdir()
    shutil.copyfile(seeded_years.path, folder / LOG_FILE_NAME)
    seed_runs(folder / LOG_FILE_NAME, days=3650, end=SEED_END)
    log = open_log(folder)
    yield log
    log.close()


def test_ten_years_of_runs_draw_every_week_and_mark_every_jump(
    qtbot: QtBot, years_with_runs: SessionLog, running_page: RunningPage
) -> None:
    page = running_page(years_with_runs, SEED_END)
    section = page.running
    qtbot.mouseClick(section.range.buttons["all"], Qt.MouseButton.LeftButton)
    report = RunStatistics(years_with_runs, today=lambda: SEED_END).report(None)
    chart = section.chart
    assert chart.week_count() == len(report.weeks) > 500
    jumps = [week.week.monday for week in report.weeks if week.jump]
    assert chart.load.jump_bar_weeks() == jumps
    assert chart.load.marked_weeks() == jumps  # as marks now: no room for numbers
    assert chart.load.run_day_labels() == {}
    assert report.comparison.verdict is Verdict.COMPARED
    assert section.summary.text() == comparison_text(report.comparison, len(report.weeks))
    assert section.summary.text().startswith("In the ")
    assert f"({len(jumps)} marked jumps)" in section.summary.text()
