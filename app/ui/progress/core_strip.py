"""The running chart's lower strip: each week's core time held, with its number of sessions
over the bar while there is room, under the same weeks as the running bars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QRectF

from app.core.running_load import JudgedWeek
from app.ui.progress.bar_labels import BarLabel, BarLabels
from app.ui.progress.chart_theme import ChartTheme
from app.ui.progress.chart_ticks import duration_ticks
from app.ui.progress.progress_text import number_text
from app.ui.progress.running_legend import RunColours
from app.ui.progress.running_text import RunningText
from app.ui.progress.weekly_plot import LABEL_PIXELS, LABEL_WEEKS, bar_width, drawn_bars

ABOVE = 0.45  # room over the tallest bar for its number
MIN_TOP_SECONDS = 300.0


class CoreStrip:
    """Draws into ``item``, the lower PlotItem of the running chart."""

    def __init__(self, item: pg.PlotItem) -> None:
        self.item = item
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.sessions = BarLabels(LABEL_PIXELS)
        item.addItem(self.bars)
        item.addItem(self.sessions)
        item.getAxis("right").setStyle(showValues=False)  # only to line up with the plot above
        self._mondays: tuple[date, ...] = ()

    def style(self, theme: ChartTheme) -> None:
        self.item.setLabel(
            "left",
            RunningText.tr("Core held", "the title of a short axis: a word or two"),
            color=theme.text.name(),
        )
        self.item.setLabel("right", "", color=theme.text.name())
        self.item.getAxis("right").setGrid(False)

    def draw(self, weeks: Sequence[JudgedWeek], colours: RunColours, theme: ChartTheme) -> None:
        self._mondays = tuple(week.week.monday for week in weeks)
        held = [week.week.held_seconds for week in weeks]
        top = max([*held, MIN_TOP_SECONDS])
        count = len(weeks)
        self.bars.setOpts(
            x=list(range(count)),
            height=held,
            width=bar_width(count),
            brush=colours.core,
            pen=pg.mkPen(None),
        )
        labels = [
            BarLabel(i, held[i], number_text(week.week.core_sessions))
            for i, week in enumerate(weeks)
            if count <= LABEL_WEEKS and week.week.core_sessions
        ]
        area = QRectF(-1, 0, count + 1, top * (1 + ABOVE))
        self.sessions.set_labels(labels, area, theme.text, colours.jump)
        self.item.getAxis("left").setTicks(duration_ticks(top, most=2))
        self.item.setYRange(0, top * (1 + ABOVE), padding=0)

    def core_values(self) -> dict[date, float]:
        """Each week's core seconds held as drawn, weeks with a bar only."""
        return drawn_bars(self.bars, self._mondays)

    def session_labels(self) -> dict[date, str]:
        """The numbers over the core bars (sessions), as drawn."""
        return {self._mondays[int(label.x)]: label.text for label in self.sessions.labels}
