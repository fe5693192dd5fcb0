"""Weekly running load with the back-pain line, and core work in a strip below, on one x.

Two plots share one x, the week's index in the range shown (0, 1, 2 ...), with Monday, month
or year ticks from chart_ticks: LoadPlot above (running bars, jumps, back pain) and CoreStrip
below (time held). The legend is a row of labels above them. Only the report the section
passes in is drawn; nothing here touches the log.
"""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.running_load import JudgedWeek, LoadReport
from app.ui.progress.chart_theme import ChartTheme
from app.ui.progress.chart_ticks import week_ticks
from app.ui.progress.core_strip import CoreStrip
from app.ui.progress.load_plot import LoadPlot
from app.ui.progress.running_legend import RunningLegend, run_colours
from app.ui.progress.running_text import (
    Measure,
    jumps_text,
    runs_text,
    week_tooltip,
    weeks_text,
)
from app.ui.progress.weekly_plot import LABEL_WEEKS, style_plot


class RunningChart(QWidget):
    """The legend, and under it the two plots in one graphics view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = RunningLegend(self)
        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setMinimumHeight(330)
        self.plot.setAccessibleName(self.tr("Running per week, core work and back pain"))
        grid = self.plot.ci.layout
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setVerticalSpacing(0)
        # Without menus from the start: making them and throwing them away costs milliseconds.
        upper = self.plot.addPlot(row=0, col=0, enableMenu=False)
        lower = self.plot.addPlot(row=1, col=0, enableMenu=False)
        grid.setRowStretchFactor(0, 3)
        grid.setRowStretchFactor(1, 1)
        for item in (upper, lower):
            style_plot(item)
        lower.setXLink(upper)
        self.load = LoadPlot(upper)
        self.core = CoreStrip(lower)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self._weeks: tuple[JudgedWeek, ...] = ()
        self._this_week: date | None = None
        self._look: tuple[bool, Measure, bool] | None = None
        """The theme, measure and label mode the axes and legend were last styled for."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot)

    def show_report(
        self,
        report: LoadReport,
        measure: Measure,
        theme: ChartTheme,
        this_week: date | None = None,
    ) -> None:
        """Draw the report's weeks; ``this_week`` (a Monday) is the one still going on."""
        self._weeks = report.weeks
        self._this_week = this_week
        colours = run_colours(theme)
        count = len(self._weeks)
        # Restyling axes and rebuilding the legend is a third of a redraw: only on change.
        look = (theme.dark, measure, count <= LABEL_WEEKS)
        if look != self._look:
            self._style(theme, measure)
            self.legend.show_entries(theme, colours, measure, numbers=count <= LABEL_WEEKS)
            self._look = look
        self.load.draw(self._weeks, measure, colours, theme)
        self.core.draw(self._weeks, colours, theme)
        self.load.item.setXRange(-0.6, count - 0.4, padding=0)
        ticks = week_ticks(self.shown_weeks())
        for item in (self.load.item, self.core.item):
            item.getAxis("bottom").setTicks(ticks)
        runs = sum(week.week.runs for week in self._weeks)
        jumps = sum(week.jump for week in self._weeks)
        self.plot.setAccessibleDescription(
            self.tr("{weeks}, {runs}, {jumps}", "a list of counts").format(
                weeks=weeks_text(count),
                runs=runs_text(runs),
                jumps=jumps_text(jumps),
            )
        )

    def _style(self, theme: ChartTheme, measure: Measure) -> None:
        self.plot.setBackground(theme.background)
        for item in (self.load.item, self.core.item):
            for name in ("left", "bottom", "right"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.text))
            item.showGrid(x=False, y=True, alpha=0.25)
        self.load.style(theme, measure)
        self.core.style(theme)

    def _hover(self, position: QPointF) -> None:
        index: int | None = None
        for item in (self.load.item, self.core.item):
            if self._weeks and item.vb.sceneBoundingRect().contains(position):
                index = round(item.vb.mapSceneToView(position).x())
        if index is None or not 0 <= index < len(self._weeks):
            self.plot.setToolTip("")
            return
        self.plot.setToolTip(self.week_summary(index))

    def week_summary(self, index: int) -> str:
        """The tooltip for the ``index``-th week shown: every number of that week."""
        week = self._weeks[index]
        return week_tooltip(week, so_far=week.week.monday == self._this_week)

    def axis_texts(self) -> list[str]:
        """Every word and number painted on the axes: titles, then tick labels."""
        texts = []
        for item in (self.load.item, self.core.item):
            for name in ("left", "bottom", "right"):
                axis = item.getAxis(name)
                texts.append(axis.labelText)
                # The ticks given to setTicks (pyqtgraph keeps them on the axis).
                for level in axis._tickLevels or []:
                    texts += [label for _, label in level]
        return [text for text in texts if text]

    def week_count(self) -> int:
        return len(self._weeks)

    def shown_weeks(self) -> tuple[date, ...]:
        """The Mondays of the weeks shown, oldest first."""
        return tuple(week.week.monday for week in self._weeks)

    def background(self) -> QColor:
        return self.plot.backgroundBrush().color()
