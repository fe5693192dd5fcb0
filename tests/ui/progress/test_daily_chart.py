"""The chart over a month of known workouts: bars per day, the range switch, back pain."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog
from app.storage.statistics import Statistics
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory


def _march(day: int) -> date:
    return date(2025, 3, day)


def test_the_bars_stack_each_days_exercises_up_to_that_days_total(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    chart = page.chart
    assert chart.day_count() == 30
    assert chart.shown_days()[-1] == MONTH_TODAY
    totals = chart.bar_totals()
    assert totals == Statistics(month_log, today=lambda: MONTH_TODAY).day_totals(30)
    assert totals[_march(18)] == 180.0  # two workouts that day
    assert totals[_march(13)] == 120.0  # with bird dog
    assert totals[_march(6)] == 40.0  # stopped after four holds
    assert _march(12) not in totals
    assert chart.legend_names() == [
        "Plank",
        "Side plank, left",
        "Side plank, right",
        "Bird dog",
        "Back pain (right axis)",
    ]
    # Hovering a day says what made up its bar.
    index = chart.shown_days().index(_march(13))
    assert chart.day_summary(index) == (
        "Thu, 13 Mar 2025: 2 min held (Plank 30 s, Side plank, left 30 s,"
        " Side plank, right 30 s, Bird dog 30 s)\nBack pain 4 of 10"
    )


def test_the_back_pain_line_has_one_point_per_day_scored_the_mean_of_that_day(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    assert page.chart.pain_points() == [
        (_march(4), 6.0),
        (_march(6), 5.0),
        (_march(11), 5.0),
        (_march(13), 4.0),
        (_march(17), 3.0),
        (_march(18), 3.0),  # 4 in the morning, 2 in the evening
        (_march(20), 1.0),
    ]
    # The mean of those seven days; there are no scores from the 30 days before.
    assert page.chart.pain_trend.text() == "Back pain averaged 3.9 of 10 in these 30 days"


def test_the_range_buttons_switch_the_chart_between_30_90_and_365_days(
    qtbot: QtBot, month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    statistics = Statistics(month_log, today=lambda: MONTH_TODAY)
    buttons = page.range_selector.buttons
    qtbot.mouseClick(buttons[90], Qt.MouseButton.LeftButton)
    assert page.chart.day_count() == 90
    assert page.chart.shown_days()[0] == MONTH_TODAY - timedelta(days=89)
    assert page.chart.bar_totals() == statistics.day_totals(90)
    # From the keyboard: Tab to a button, Space presses it.
    buttons[365].setFocus()
    qtbot.keyClick(buttons[365], Qt.Key.Key_Space)
    assert page.chart.day_count() == 365
    assert page.chart.bar_totals() == statistics.day_totals(365)
    assert len(page.chart.pain_points()) == 7
    qtbot.mouseClick(buttons[30], Qt.MouseButton.LeftButton)
    assert page.chart.day_count() == 30
    assert all(button.accessibleName() for button in buttons.values())


def test_only_the_chosen_range_is_charted(month_log: SessionLog, make_page: PageFactory) -> None:
    # Seen from 10 April, the 30 days start on 12 March: earlier workouts are not drawn.
    page = make_page(month_log, date(2025, 4, 10))
    shown = page.chart.bar_totals()
    assert min(shown) == _march(13)
    assert sum(shown.values()) == 120 + 5 * 90
    assert [day for day, _ in page.chart.pain_points()] == [
        _march(13),
        _march(17),
        _march(18),
        _march(20),
    ]
    # 4, 3, 3 and 1 against 6, 5 and 5 in the 30 days before 12 March.
    assert page.chart.pain_trend.text() == (
        "Back pain averaged 2.8 of 10 in these 30 days, down from 5.3 in the 30 days before"
    )
