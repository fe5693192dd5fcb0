"""The running chart's upper plot: weekly running bars with the jump rule drawn on them, and
the weekly back-pain line.

Running bars (distance or time) use the left axis; jump weeks are drawn in their own colour
under a ▲, the weeks "after a jump" (the jump week and the next) have a light band behind
them, and each week's number of run days stands over its bar while there is room. Back pain
(0-10) has its own ViewBox tied to the right axis, with the same x, as in DailyChart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from app.core.running_load import JudgedWeek
from app.ui.progress.bar_labels import BarLabel, BarLabels
from app.ui.progress.chart_theme import ChartTheme
from app.ui.progress.chart_ticks import distance_ticks, duration_ticks, pain_ticks
from app.ui.progress.progress_text import number_text
from app.ui.progress.running_legend import RunColours
from app.ui.progress.running_text import Measure, RunningText
from app.ui.progress.weekly_plot import LABEL_PIXELS, LABEL_WEEKS, bar_width, drawn_bars

PAIN_MAX = 10.0
# Room below 0 and above the tallest bar (for its number and the ▲), shared by both y axes
# so their zeros line up.
BELOW, ABOVE = 0.04, 0.32
PAIN_GAP_WEEKS = 3
MIN_TOP = {Measure.DISTANCE: 1000.0, Measure.TIME: 1800.0}


class LoadPlot:
    """Draws into ``item``, the upper PlotItem of the running chart."""

    def __init__(self, item: pg.PlotItem) -> None:
        self.item = item
        self.pain_box = pg.ViewBox(enableMouse=False, enableMenu=False)
        item.scene().addItem(self.pain_box)
        item.getAxis("right").linkToView(self.pain_box)
        self.pain_box.setXLink(item)
        self.pain_box.setYRange(-PAIN_MAX * BELOW, PAIN_MAX * (1 + ABOVE), padding=0)
        item.vb.sigResized.connect(self._match_pain_box)
        # Added to the scene by hand the box would sit under the bars: the line goes on top.
        self.pain_box.setZValue(item.zValue() + 1)
        self.pain_halo = pg.PlotDataItem()
        self.pain_line = pg.PlotDataItem()
        self.pain_box.addItem(self.pain_halo)
        self.pain_box.addItem(self.pain_line)
        self.after_bands = pg.BarGraphItem(x=[], height=[], width=1.0)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.jump_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.jump_marks = pg.ScatterPlotItem()
        self.run_days = BarLabels(LABEL_PIXELS)
        for drawn in (self.after_bands, self.bars, self.jump_bars, self.jump_marks, self.run_days):
            item.addItem(drawn)
        item.getAxis("bottom").setStyle(showValues=False)  # the strip below names the weeks
        item.getAxis("right").setTicks(pain_ticks())
        self._mondays: tuple[date, ...] = ()

    def _match_pain_box(self) -> None:
        self.pain_box.setGeometry(self.item.vb.sceneBoundingRect())
        self.pain_box.linkedViewChanged(self.item.vb, self.pain_box.XAxis)

    def style(self, theme: ChartTheme, measure: Measure) -> None:
        """Axis titles for ``measure`` in ``theme``'s text colour."""
        if measure is Measure.DISTANCE:
            unit = RunningText.tr("km per week")
        else:
            unit = RunningText.tr("Running time per week")
        self.item.setLabel("left", unit, color=theme.text.name())
        self.item.setLabel("right", RunningText.tr("Back pain (0 to 10)"), color=theme.text.name())
        self.item.getAxis("right").setGrid(False)

    def draw(
        self,
        weeks: Sequence[JudgedWeek],
        measure: Measure,
        colours: RunColours,
        theme: ChartTheme,
    ) -> None:
        """One bar per week of ``weeks``, their marks and numbers, and the pain line."""
        self._mondays = tuple(week.week.monday for week in weeks)
        values = [
            w.week.distance_m if measure is Measure.DISTANCE else w.week.run_seconds for w in weeks
        ]
        top = max([*values, MIN_TOP[measure]])
        count = len(weeks)
        plain = [(i, v) for i, (v, w) in enumerate(zip(values, weeks, strict=True)) if not w.jump]
        jumps = [(i, v) for i, (v, w) in enumerate(zip(values, weeks, strict=True)) if w.jump]
        for bars, points, colour in (
            (self.bars, plain, colours.bar),
            (self.jump_bars, jumps, colours.jump),
        ):
            bars.setOpts(
                x=[i for i, _ in points],
                height=[v for _, v in points],
                width=bar_width(count),
                brush=colour,
                pen=pg.mkPen(None),
            )
        after = [i for i, week in enumerate(weeks) if week.after_jump]
        self.after_bands.setOpts(
            x=after,
            y0=[-top * BELOW] * len(after),
            height=[top * (1 + ABOVE + BELOW)] * len(after),
            width=1.0,
            brush=colours.band,
            pen=pg.mkPen(None),
        )
        labelled = count <= LABEL_WEEKS
        # With numbers over the bars the ▲ goes over the number; without, it is a mark.
        marks = [] if labelled else jumps
        self.jump_marks.setData(
            x=[i for i, _ in marks],
            y=[v + top * 0.06 for _, v in marks],
            symbol="t1",
            size=8,
            brush=colours.jump,
            pen=pg.mkPen(None),
        )
        labels = [
            BarLabel(i, value, number_text(week.week.run_days), "▲" if week.jump else "")
            for i, (week, value) in enumerate(zip(weeks, values, strict=True))
            if labelled and (week.week.run_days or week.jump)
        ]
        area = QRectF(-1, -top * BELOW, count + 1, top * (1 + BELOW + ABOVE))
        self.run_days.set_labels(labels, area, theme.text, colours.jump)
        self._draw_pain(weeks, theme)
        ticks = distance_ticks(top) if measure is Measure.DISTANCE else duration_ticks(top)
        self.item.getAxis("left").setTicks(ticks)
        self.item.setYRange(-top * BELOW, top * (1 + ABOVE), padding=0)

    def _draw_pain(self, weeks: Sequence[JudgedWeek], theme: ChartTheme) -> None:
        xs = [i for i, week in enumerate(weeks) if week.week.pain_mean is not None]
        ys = [weeks[i].week.pain_mean for i in xs]
        large = len(weeks) <= LABEL_WEEKS
        # Weeks without a score break the line rather than drawing a trend through them.
        connect = np.append(np.diff(np.array(xs, dtype=float)) < PAIN_GAP_WEEKS, False)[: len(xs)]
        halo = pg.mkPen(theme.background, width=6 if large else 3.5)
        self.pain_halo.setData(x=xs, y=ys, connect=connect, pen=halo)
        self.pain_line.setData(
            x=xs,
            y=ys,
            connect=connect,
            pen=pg.mkPen(theme.pain, width=2.5 if large else 1.8),
            symbol="o" if large else None,
            symbolSize=7,
            symbolBrush=theme.background,
            symbolPen=pg.mkPen(theme.pain, width=2),
        )

    # What the plot shows, read back from the drawn items (for tests and checks).

    def bar_values(self) -> dict[date, float]:
        """Each week's running bar as drawn (metres or seconds), weeks with a bar only."""
        return {**drawn_bars(self.bars, self._mondays), **drawn_bars(self.jump_bars, self._mondays)}

    def jump_bar_weeks(self) -> list[date]:
        """The weeks drawn in the jump colour, oldest first."""
        return [self._mondays[int(x)] for x in self.jump_bars.opts["x"]]

    def after_jump_weeks(self) -> list[date]:
        """The weeks under the "after a jump" band, oldest first."""
        return [self._mondays[int(x)] for x in self.after_bands.opts["x"]]

    def marked_weeks(self) -> list[date]:
        """The weeks with a ▲ drawn over them, as a mark or over their number."""
        xs, _ys = self.jump_marks.getData()
        marked = {self._mondays[int(x)] for x in (xs if xs is not None else [])}
        marked |= {self._mondays[int(label.x)] for label in self.run_days.labels if label.mark}
        return sorted(marked)

    def run_day_labels(self) -> dict[date, str]:
        """The numbers over the running bars (run days), as drawn."""
        return {self._mondays[int(label.x)]: label.text for label in self.run_days.labels}

    def pain_points(self) -> list[tuple[date, float]]:
        """The weekly back-pain points as drawn, oldest first."""
        xs, ys = self.pain_line.getData()
        if xs is None or ys is None:
            return []
        return [(self._mondays[int(x)], float(y)) for x, y in zip(xs, ys, strict=True)]

    def bar_colours(self) -> tuple[QColor, QColor]:
        """The brushes of plain and jump bars, for checking the palette switch."""
        return (
            pg.mkBrush(self.bars.opts["brush"]).color(),
            pg.mkBrush(self.jump_bars.opts["brush"]).color(),
        )
