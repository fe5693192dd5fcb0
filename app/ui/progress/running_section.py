"""Running and your back: weekly running beside core work and back pain, on one page section.

Top to bottom: the heading with the range (3 months, 1 year, all) and what the bars measure
(distance or time, remembered), the one summary sentence, the chart, and the rule the marks
follow. With no runs in the log it says how to bring them in instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.running_load import LoadReport
from app.core.streaks import week_start
from app.storage.run_statistics import RunStatistics
from app.ui.progress.chart_theme import LIGHT, ChartTheme
from app.ui.progress.choice_buttons import Choice, ChoiceButtons
from app.ui.progress.running_chart import RunningChart
from app.ui.progress.running_text import (
    Measure,
    comparison_text,
    no_runs_text,
    rule_text,
)

RANGE_KEY = "progress/running_range"
MEASURE_KEY = "progress/running_measure"
RANGES: dict[str, int | None] = {"13": 13, "52": 52, "all": None}
DEFAULT_RANGE = "52"
SUMMARY_PIXELS = 15


class RunningSection(QWidget):
    """The section; call :meth:`refresh` with the page's theme whenever the log changes.

    ``settings`` remembers the range and the measure between runs of the app (None: not
    remembered, for tests and tools).
    """

    def __init__(
        self,
        heading: QWidget,
        statistics: RunStatistics,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.statistics = statistics
        self._settings = settings
        self._theme = LIGHT
        self.report: LoadReport | None = None
        heading.setParent(self)
        # Made in the order they stand, left to right, so Tab goes through them so.
        self.measure = ChoiceButtons(
            self.tr("Bars"),
            [
                # Alt+D is the history table's Delete: distance takes the I.
                Choice("distance", self.tr("D&istance"), self.tr("Running bars show distance")),
                Choice("time", self.tr("&Time"), self.tr("Running bars show running time")),
            ],
            self._remembered(MEASURE_KEY, Measure.DISTANCE.value, [m.value for m in Measure]),
            self,
        )
        self.range = ChoiceButtons(
            self.tr("Show"),
            [
                Choice("13", self.tr("3 m&onths"), self.tr("Show the last 13 weeks of running")),
                Choice("52", self.tr("1 &year"), self.tr("Show the last 52 weeks of running")),
                Choice("all", self.tr("&All"), self.tr("Show every week since your first run")),
            ],
            self._remembered(RANGE_KEY, DEFAULT_RANGE, list(RANGES)),
            self,
        )
        self._measure_choice = Measure(self.measure.current())
        """What the user picked; the bars show time while no shown week has a distance."""
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Running and back pain, in words"))
        font = QFont(self.summary.font())
        font.setPixelSize(SUMMARY_PIXELS)
        self.summary.setFont(font)
        self.empty_note = QLabel(no_runs_text(), self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.tr("No runs yet"))
        self.chart = RunningChart(self)
        self.distance_note = QLabel("", self)
        self.distance_note.setWordWrap(True)
        self.distance_note.setAccessibleName(self.tr("Runs without a distance"))
        self.rule = QLabel(rule_text(), self)
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("How jumps are marked"))

        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.measure)
        title_row.addSpacing(16)
        title_row.addWidget(self.range)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.distance_note)
        layout.addWidget(self.rule)
        self.range.chosen.connect(lambda key: self._chosen(RANGE_KEY, key))
        self.measure.chosen.connect(self._measure_chosen)

    def _remembered(self, key: str, default: str, allowed: list[str]) -> str:
        """The stored choice, or ``default`` when there is none or it is not one we know."""
        if self._settings is None:
            return default
        value = str(self._settings.value(key, default))
        return value if value in allowed else default

    def _chosen(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(key, value)
        self.refresh(self._theme)

    def _measure_chosen(self, key: str) -> None:
        self._measure_choice = Measure(key)
        self._chosen(MEASURE_KEY, key)

    def refresh(self, theme: ChartTheme) -> None:
        """Query the chosen weeks and redraw everything in ``theme``'s colours."""
        self._theme = theme
        report = self.statistics.report(RANGES[self.range.current()])
        self.report = report
        has_runs = report.running_since is not None
        self.empty_note.setVisible(not has_runs)
        for widget in (self.summary, self.chart, self.rule, self.range, self.measure):
            widget.setVisible(has_runs)
        if not has_runs:
            self.distance_note.hide()
            return
        measure = self._measure(report)
        self.chart.show_report(report, measure, theme, week_start(self.statistics.today()))
        self.summary.setText(comparison_text(report.comparison, len(report.weeks)))
        muted = f"QLabel {{ color: {theme.muted.name()}; }}"
        self.rule.setStyleSheet(muted)
        self.distance_note.setStyleSheet(muted)
        unmeasured = sum(week.week.runs_without_distance for week in report.weeks)
        self.distance_note.setVisible(measure is Measure.DISTANCE and unmeasured > 0)
        self.distance_note.setText(
            self.tr(
                "%Ln run(s) without a distance (treadmill, or added without km) count in the"
                " tooltips but not in the distance bars; choose Time to see them in the bars.",
                "",
                unmeasured,
            )
        )

    def _measure(self, report: LoadReport) -> Measure:
        """The chosen measure, or time when no shown week has a distance."""
        measurable = any(week.week.distance_m > 0 for week in report.weeks)
        distance = self.measure.buttons[Measure.DISTANCE.value]
        distance.setEnabled(measurable)
        distance.setToolTip(
            self.tr("Running bars show distance")
            if measurable
            else self.tr("No run in these weeks has a distance: the bars show time")
        )
        shown = self._measure_choice if measurable else Measure.TIME
        # Checked without a signal: showing time for want of distances is not a new choice.
        self.measure.group.blockSignals(True)
        self.measure.buttons[shown.value].setChecked(True)
        self.measure.group.blockSignals(False)
        return shown
