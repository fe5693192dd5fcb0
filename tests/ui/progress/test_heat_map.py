"""The year calendar: each day's square in the right place, shade and tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog
from app.ui.progress.calendar_grid import WEEKDAYS, WEEKS, CalendarGrid
from app.ui.progress.heat_map import HeatMap
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory


def _colour_at(heat_map: HeatMap, day: date) -> str:
    rect = heat_map.cell_rect(day)
    assert rect is not None
    return heat_map.grab().toImage().pixelColor(rect.center()).name()


def test_a_days_square_is_shaded_by_time_held_and_its_tooltip_says_so(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    heat_map = page.heat_map
    heat = heat_map.theme.heat
    busy, one_workout, short, rest = (date(2025, 3, d) for d in (18, 13, 11, 12))
    assert _colour_at(heat_map, busy) == heat[4].name()  # 3 min: the darkest
    assert _colour_at(heat_map, one_workout) == heat[3].name()  # 2 min
    assert _colour_at(heat_map, short) == heat[1].name()  # 30 s
    assert _colour_at(heat_map, rest) == heat[0].name()
    rect = heat_map.cell_rect(busy)
    assert rect is not None
    assert heat_map.tooltip_at(rect.center()) == "Tue, 18 Mar 2025: 3 min held"
    assert heat_map.tooltip_at(QPoint(2, 2)) is None  # over the month labels
    assert heat_map.tooltip_for(rest) == "Wed, 12 Mar 2025: no workout"
    assert page.heat_caption.text() == "13 workout days since Mon, 18 Mar 2024"


def test_the_calendar_is_53_monday_weeks_ending_today() -> None:
    grid = CalendarGrid(MONTH_TODAY)
    assert grid.first == date(2024, 3, 18)
    assert grid.first.weekday() == 0
    assert grid.cell_of(MONTH_TODAY) == (WEEKS - 1, 3)  # Thursday, in the last column
    assert grid.day_at(WEEKS - 1, 4) is None  # Friday has not come yet
    assert grid.day_count == (WEEKS - 1) * WEEKDAYS + 4
    labels = dict(grid.month_labels())
    # April 2024 starts in the third column; "Mar" in the first would crowd it.
    assert 0 not in labels
    assert labels[2] == "Apr"
    assert list(labels.values()).count("Mar") == 1  # March 2025
    assert "Jan 2025" in labels.values()
    # On New Year's Eve the last column reaches into January, which has not begun yet.
    assert CalendarGrid(date(2025, 12, 31)).month_labels()[-1][1] == "Dec"


def test_arrow_keys_walk_the_calendar_and_say_each_day(
    qtbot: QtBot, month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    heat_map = page.heat_map
    heat_map.setFocus()
    assert heat_map.selected == MONTH_TODAY
    qtbot.keyClick(heat_map, Qt.Key.Key_Up)  # the day before
    assert heat_map.accessibleDescription() == "Wed, 19 Mar 2025: 1 min 30 s held"
    qtbot.keyClick(heat_map, Qt.Key.Key_Left)  # a week earlier
    assert heat_map.accessibleDescription() == "Wed, 12 Mar 2025: no workout"
    qtbot.keyClick(heat_map, Qt.Key.Key_End)
    qtbot.keyClick(heat_map, Qt.Key.Key_Down)  # tomorrow is not on the calendar yet
    assert heat_map.selected == MONTH_TODAY
