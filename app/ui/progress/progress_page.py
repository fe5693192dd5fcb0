"""The progress page: am I keeping at it, how much do I do, is my back feeling better?

Top to bottom, in the order those questions come: the headline numbers, the one
suggestion, personal bests, time held per day with back pain, running per week beside core
work and back pain, the year as a calendar, and every workout in a table. Everything comes
from Statistics, RunStatistics and History aggregates.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.storage.history import History
from app.storage.run_statistics import RunStatistics
from app.storage.runs import RunStore
from app.storage.statistics import Statistics
from app.storage.suggestion import IN_A_ROW
from app.ui.progress.calendar_grid import CalendarGrid
from app.ui.progress.chart_theme import theme_for
from app.ui.progress.daily_chart import DailyChart
from app.ui.progress.heat_map import HeatMap
from app.ui.progress.history_table import HistoryTable
from app.ui.progress.progress_text import day_text, number_text
from app.ui.progress.range_selector import RangeSelector
from app.ui.progress.running_section import RunningSection
from app.ui.progress.runs_table import RunsTable
from app.ui.progress.summary_row import BestsColumn, SummaryRow

HEADING_PIXELS = 17
TITLE_PIXELS = 22
BESTS_WIDTH = 250


def _heading(text: str, parent: QWidget, pixels: int = HEADING_PIXELS) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(True)
    label.setFont(font)
    return label


class ProgressPage(QWidget):
    """The whole progress view in one scrollable page.

    Built from a Statistics and a History over the same log. Call :meth:`refresh` after
    anything changes the log from outside (a workout logged, an import); deletes made in
    the page's own table refresh the numbers by themselves.
    """

    def __init__(
        self,
        statistics: Statistics,
        history: History,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        runs: RunStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.statistics = statistics
        self.setAccessibleName(self.tr("Progress"))
        content = QWidget(self)
        self.title = _heading(self.tr("Your progress"), content, TITLE_PIXELS)
        self.as_of = QLabel("", content)
        self.empty_note = QLabel(
            self.tr("No workouts logged yet. Your progress shows here after your first workout."),
            content,
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.tr("No workouts yet"))
        self.summary = SummaryRow(content)
        self.suggestion = QLabel("", content)
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Suggestion"))
        self.suggestion.setStyleSheet(
            "QLabel { background: rgba(244, 180, 0, 45); border-left: 4px solid #f4b400;"
            " padding: 8px 10px; }"
        )
        self.bests = BestsColumn(_heading(self.tr("Personal bests"), content), content)
        self.bests.setFixedWidth(BESTS_WIDTH)
        self.range_selector = RangeSelector(parent=content)
        self.chart = DailyChart(content)
        # Runs from the same log, on the same "today"; settings remember its range and measure.
        self.running = RunningSection(
            _heading(self.tr("Running and your back"), content),
            RunStatistics(statistics.log, statistics.today),
            settings,
            content,
        )
        self.heat_caption = QLabel("", content)
        self.heat_caption.setWordWrap(True)
        self.heat_map = HeatMap(content)
        self.history_table = HistoryTable(history, content)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        title_row.addWidget(self.as_of)
        chart_row = QHBoxLayout()
        chart_row.addWidget(_heading(self.tr("Time held per day"), content))
        chart_row.addStretch(1)
        chart_row.addWidget(self.range_selector)
        heat_title = QHBoxLayout()
        heat_title.addWidget(_heading(self.tr("The last 12 months"), content))
        heat_title.addSpacing(12)
        heat_title.addWidget(self.heat_caption, 1)
        heat_column = QVBoxLayout()
        heat_column.addLayout(heat_title)
        heat_column.addWidget(self.heat_map)
        heat_column.addStretch(1)
        # The calendar is narrower than the page: the bests fill the room beside it.
        year_row = QHBoxLayout()
        year_row.setSpacing(14)
        year_row.addLayout(heat_column, 1)
        year_row.addWidget(self.bests)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestion)
        layout.addSpacing(6)
        layout.addLayout(chart_row)
        layout.addWidget(self.chart)
        layout.addSpacing(6)
        layout.addWidget(self.running)
        layout.addSpacing(6)
        layout.addLayout(year_row)
        layout.addSpacing(6)
        layout.addWidget(_heading(self.tr("History"), content))
        layout.addWidget(self.history_table)
        # Runs, with delete and undo, below the workouts (issue 8).
        self.runs_table = RunsTable(runs, content) if runs is not None else None
        if self.runs_table is not None:
            layout.addSpacing(6)
            layout.addWidget(_heading(self.tr("Runs"), content))
            layout.addWidget(self.runs_table)
        layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        # MainWindow focuses the page when it shows it: start at the range buttons.
        self.setFocusProxy(self.range_selector.buttons[self.range_selector.days()])

        self.range_selector.days_changed.connect(self.draw_chart)
        self.history_table.history_changed.connect(self.refresh_numbers)
        if self.runs_table is not None:
            # A run deleted or brought back changes the running chart and its sentence.
            self.runs_table.runs_changed.connect(self.refresh_numbers)
        self._loaded_day: date | None = None
        self.refresh_numbers()  # the table loaded its first page itself

    def refresh(self) -> None:
        """Reload every number, the chart, the calendar and the table (from its first page)."""
        self.refresh_numbers()
        self.history_table.reload()
        if self.runs_table is not None:
            self.runs_table.reload()

    def refresh_numbers(self) -> None:
        """Reload everything but the table: summary, suggestion, bests, chart, calendar."""
        statistics = self.statistics
        today = statistics.today()
        self._loaded_day = today
        theme = theme_for(self.palette())
        summary = statistics.summary()
        self.as_of.setText(self.tr("as of {day}").format(day=day_text(today)))
        self.empty_note.setVisible(summary.sessions == 0)
        # Only the days this week has had so far, from last week, for a fair comparison.
        recent = statistics.day_totals(today.weekday() + 8)
        same_day_last_week = today - timedelta(days=7)
        last_so_far = sum(seconds for day, seconds in recent.items() if day <= same_day_last_week)
        self.summary.show_summary(summary, theme, last_so_far, today.weekday())
        rounds = statistics.suggestion()
        if rounds is not None:
            self.suggestion.setText(
                self.tr(
                    "Every round done in your last {count} workouts: try %n round(s) next time,"
                    " with the same holds.",
                    "",
                    rounds,
                ).format(count=number_text(IN_A_ROW))
            )
        self.suggestion.setVisible(rounds is not None)
        self.bests.show_bests(statistics.bests())
        self.draw_chart()
        self.running.refresh(theme)
        grid = CalendarGrid(today)
        totals = statistics.day_totals(grid.day_count)
        self.heat_map.show_days(grid, totals, theme)
        worked = sum(1 for seconds in totals.values() if seconds > 0)
        self.heat_caption.setText(
            self.tr("%Ln workout day(s) since {day}", "", worked).format(day=day_text(grid.first))
        )

    def draw_chart(self) -> None:
        """Redraw the chart for the range chosen above it."""
        days = self.range_selector.days()
        series = self.statistics.daily_seconds(days)
        # Twice the range, so the chart can say whether back pain went down or up.
        pain = self.statistics.back_pain(2 * days)
        first = series.days[0]
        self.chart.show_days(
            series,
            [(day, score) for day, score in pain if day >= first],
            theme_for(self.palette()),
            pain_before=[score for day, score in pain if day < first],
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # Left open overnight, the streak and "this week" would be a day behind.
        if self._loaded_day is not None and self._loaded_day != self.statistics.today():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # The chart and calendar paint their own backgrounds: follow a light/dark switch.
        if event.type() == QEvent.Type.PaletteChange and self._loaded_day is not None:
            self.refresh_numbers()
        super().changeEvent(event)
