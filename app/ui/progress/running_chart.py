"""Weekly running load as bars with the back-pain line, and core work in a strip below.

Two plots share one x, the week's index in the range shown (0, 1, 2 ...), with Monday, month
or year ticks from chart_ticks. Above: running bars (distance or time), jump weeks in their own
colour under a ▲, each week's number of run days over its bar while there is room, and the
weekly mean back pain on its own 0-10 axis to the right (a ViewBox tied to the right axis, as
in DailyChart). Below: the week's core time held, with its number of sessions. Only the report
the section passes in is drawn; nothing here touches the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.running_load import JudgedWeek, LoadReport
from app.ui.progress.bar_labels import BarLabel, BarLabels
from app.ui.progress.chart_theme import LIGHT, ChartTheme, exercise_colour
from app.ui.progress.chart_ticks import PAIN_TICKS, distance_ticks, duration_ticks, week_ticks
from app.ui.progress.running_text import Measure, week_tooltip

PAIN_MAX = 10.0
# Room below 0 and above the tallest bar (for its number and the ▲), shared by both y axes
# of the upper plot so their zeros line up.
BELOW, ABOVE = 0.04, 0.32
CORE_ABOVE = 0.45
LABEL_WEEKS = 60
"""Numbers over the bars up to this many weeks; beyond that they would run together."""
PAIN_GAP_WEEKS = 3
AXIS_WIDTH = 62
LABEL_PIXELS = 11


@dataclass(frozen=True)
class RunColours:
    """The running chart's own colours for one palette brightness."""

    bar: QColor
    jump: QColor
    band: QColor
    """Behind the weeks after a jump: the jump colour faded into the background."""
    core: QColor


def _blend(colour: QColor, background: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        *(
            share * mine + (1 - share) * theirs
            for mine, theirs in zip(colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)
        )
    )


def run_colours(theme: ChartTheme) -> RunColours:
    """Teal running, orange jumps (far from the pain line's colour), plank red for core."""
    if theme.dark:
        bar, jump = QColor("#4db6ac"), QColor("#ffa040")
    else:
        bar, jump = QColor("#00897b"), QColor("#e65100")
    band = _blend(jump, theme.background, 0.25 if theme.dark else 0.15)
    return RunColours(bar, jump, band, exercise_colour("plank", 0))


def _style_plot(plot: pg.PlotItem) -> None:
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.showAxis("right")
    for name in ("left", "right"):
        plot.getAxis(name).setWidth(AXIS_WIDTH)


class RunningChart(QWidget):
    """The two plots and a legend row above them (so the legend never hides a bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QWidget(self)
        self._legend_layout = QHBoxLayout(self.legend)
        self._legend_layout.setContentsMargins(4, 0, 4, 0)
        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setMinimumHeight(330)
        self.plot.setAccessibleName("Running per week, core work and back pain")
        self.plot.ci.layout.setContentsMargins(0, 4, 0, 0)
        self.plot.ci.layout.setVerticalSpacing(0)
        # Without menus from the start: making them and throwing them away costs milliseconds.
        self.load: pg.PlotItem = self.plot.addPlot(row=0, col=0, enableMenu=False)
        self.core: pg.PlotItem = self.plot.addPlot(row=1, col=0, enableMenu=False)
        self.plot.ci.layout.setRowStretchFactor(0, 3)
        self.plot.ci.layout.setRowStretchFactor(1, 1)
        for plot in (self.load, self.core):
            _style_plot(plot)
        self.core.setXLink(self.load)
        self.core.getAxis("right").setStyle(showValues=False)
        self.load.getAxis("bottom").setStyle(showValues=False)
        self.pain_box = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.load.scene().addItem(self.pain_box)
        self.load.getAxis("right").linkToView(self.pain_box)
        self.pain_box.setXLink(self.load)
        self.pain_box.setYRange(-PAIN_MAX * BELOW, PAIN_MAX * (1 + ABOVE), padding=0)
        self.load.vb.sigResized.connect(self._match_pain_box)
        # Added to the scene by hand the box would sit under the bars: the line goes on top.
        self.pain_box.setZValue(self.load.zValue() + 1)
        self.pain_halo = pg.PlotDataItem()
        self.pain_line = pg.PlotDataItem()
        self.pain_box.addItem(self.pain_halo)
        self.pain_box.addItem(self.pain_line)
        # Behind the bars, a light band over each week "after a jump" (the jump week and the
        # one after it): the weeks the summary sentence counts as such.
        self.after_bands = pg.BarGraphItem(x=[], height=[], width=1.0)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.jump_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.jump_marks = pg.ScatterPlotItem()
        self.core_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        for item in (self.after_bands, self.bars, self.jump_bars, self.jump_marks):
            self.load.addItem(item)
        self.core.addItem(self.core_bars)
        self.run_days = BarLabels(LABEL_PIXELS)
        self.sessions = BarLabels(LABEL_PIXELS)
        self.load.addItem(self.run_days)
        self.core.addItem(self.sessions)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self._weeks: tuple[JudgedWeek, ...] = ()
        self._measure = Measure.DISTANCE
        self._this_week: date | None = None
        self._theme = LIGHT
        self._look: tuple[bool, Measure, bool] | None = None
        """The theme, measure and label mode the axes and legend were last styled for."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot)

    def _match_pain_box(self) -> None:
        self.pain_box.setGeometry(self.load.vb.sceneBoundingRect())
        self.pain_box.linkedViewChanged(self.load.vb, self.pain_box.XAxis)

    def show_report(
        self,
        report: LoadReport,
        measure: Measure,
        theme: ChartTheme,
        this_week: date | None = None,
    ) -> None:
        """Draw the report's weeks; ``this_week`` (a Monday) is the one still going on."""
        self._weeks = report.weeks
        self._measure = measure
        self._this_week = this_week
        self._theme = theme
        colours = run_colours(theme)
        # Restyling axes and rebuilding the legend is a third of a redraw: only on change.
        look = (theme.dark, measure, len(self._weeks) <= LABEL_WEEKS)
        if look != self._look:
            self._apply_theme(theme)
            self._fill_legend(theme, colours)
            self._look = look
        count = len(self._weeks)
        values = [self._value(week) for week in self._weeks]
        top = max([*values, 1000.0 if measure is Measure.DISTANCE else 1800.0])
        self._draw_load(values, colours, top)
        held = [week.week.held_seconds for week in self._weeks]
        core_top = max([*held, 300.0])
        width = 0.8 if count <= LABEL_WEEKS else 1.0
        self.core_bars.setOpts(
            x=list(range(count)), height=held, width=width, brush=colours.core, pen=pg.mkPen(None)
        )
        self._draw_labels(values, top, held, core_top, colours)
        self._draw_pain(theme)
        self.load.setXRange(-0.6, count - 0.4, padding=0)
        mondays = self.shown_weeks()
        self.core.getAxis("bottom").setTicks(week_ticks(mondays))
        self.load.getAxis("bottom").setTicks(week_ticks(mondays))
        ticks = distance_ticks(top) if measure is Measure.DISTANCE else duration_ticks(top)
        self.load.getAxis("left").setTicks(ticks)
        self.load.getAxis("right").setTicks(PAIN_TICKS)
        self.load.setYRange(-top * BELOW, top * (1 + ABOVE), padding=0)
        self.core.getAxis("left").setTicks(duration_ticks(core_top, most=2))
        self.core.setYRange(0, core_top * (1 + CORE_ABOVE), padding=0)
        self.plot.setAccessibleDescription(self._description())

    def _value(self, week: JudgedWeek) -> float:
        if self._measure is Measure.DISTANCE:
            return week.week.distance_m
        return week.week.run_seconds

    def _apply_theme(self, theme: ChartTheme) -> None:
        self.plot.setBackground(theme.background)
        for plot in (self.load, self.core):
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.text))
            plot.showGrid(x=False, y=True, alpha=0.25)
        self.load.getAxis("right").setGrid(False)
        self.core.getAxis("right").setGrid(False)
        unit = "km per week" if self._measure is Measure.DISTANCE else "Running time per week"
        self.load.setLabel("left", unit, color=theme.text.name())
        self.load.setLabel("right", "Back pain (0 to 10)", color=theme.text.name())
        self.core.setLabel("left", "Core held", color=theme.text.name())
        self.core.setLabel("right", "", color=theme.text.name())

    def _draw_load(self, values: list[float], colours: RunColours, top: float) -> None:
        plain = [
            (i, v) for i, (v, w) in enumerate(zip(values, self._weeks, strict=True)) if not w.jump
        ]
        jumps = [(i, v) for i, (v, w) in enumerate(zip(values, self._weeks, strict=True)) if w.jump]
        width = 0.8 if len(values) <= LABEL_WEEKS else 1.0
        for item, points, colour in (
            (self.bars, plain, colours.bar),
            (self.jump_bars, jumps, colours.jump),
        ):
            item.setOpts(
                x=[i for i, _ in points],
                height=[v for _, v in points],
                width=width,
                brush=colour,
                pen=pg.mkPen(None),
            )
        after = [i for i, week in enumerate(self._weeks) if week.after_jump]
        self.after_bands.setOpts(
            x=after,
            y0=[-top * BELOW] * len(after),
            height=[top * (1 + ABOVE + BELOW)] * len(after),
            width=1.0,
            brush=colours.band,
            pen=pg.mkPen(None),
        )
        # With numbers over the bars the ▲ is part of the number's label; without, a mark.
        marks = [] if len(values) <= LABEL_WEEKS else jumps
        self.jump_marks.setData(
            x=[i for i, _ in marks],
            y=[v + top * 0.06 for _, v in marks],
            symbol="t1",
            size=8,
            brush=colours.jump,
            pen=pg.mkPen(None),
        )

    def _draw_labels(
        self,
        values: list[float],
        top: float,
        held: list[float],
        core_top: float,
        colours: RunColours,
    ) -> None:
        runs: list[BarLabel] = []
        sessions: list[BarLabel] = []
        count = len(values)
        if count <= LABEL_WEEKS:
            for index, (judged, value) in enumerate(zip(self._weeks, values, strict=True)):
                week = judged.week
                if week.run_days or judged.jump:
                    mark = "▲" if judged.jump else ""
                    runs.append(BarLabel(index, value, str(week.run_days), mark))
                if week.core_sessions:
                    sessions.append(BarLabel(index, held[index], str(week.core_sessions)))
        text = self._theme.text
        load_area = QRectF(-1, -top * BELOW, count + 1, top * (1 + BELOW + ABOVE))
        self.run_days.set_labels(runs, load_area, text, colours.jump)
        core_area = QRectF(-1, 0, count + 1, core_top * (1 + CORE_ABOVE))
        self.sessions.set_labels(sessions, core_area, text, colours.jump)

    def _draw_pain(self, theme: ChartTheme) -> None:
        xs = [i for i, week in enumerate(self._weeks) if week.week.pain_mean is not None]
        ys = [self._weeks[i].week.pain_mean for i in xs]
        large = len(self._weeks) <= LABEL_WEEKS
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

    def _fill_legend(self, theme: ChartTheme, colours: RunColours) -> None:
        while (child := self._legend_layout.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.hide()  # deleteLater() alone leaves it painted until the next loop
                widget.deleteLater()
        running = "Distance run" if self._measure is Measure.DISTANCE else "Time run"
        entries = [
            (running, f'<span style="color:{colours.bar.name()}">■</span> {running}'),
            ("Jump week", f'<span style="color:{colours.jump.name()}">■ ▲</span> Jump week'),
            (
                "After a jump: the jump week and the next",
                f'<span style="color:{colours.band.name()}">█</span> After a jump',
            ),
            (
                "Back pain, weekly average (right axis)",
                f'<span style="color:{theme.pain.name()}">─○─</span> Back pain, weekly average'
                " (right axis)",
            ),
            (
                "Core time held",
                f'<span style="color:{colours.core.name()}">■</span> Core time held',
            ),
        ]
        if len(self._weeks) <= LABEL_WEEKS:
            entries.append(
                (
                    "Numbers over the bars: run days, core sessions",
                    "Numbers: run days · core sessions",
                )
            )
        for name, text in entries:
            label = QLabel(text, self.legend)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
            self._legend_layout.addWidget(label)
        self._legend_layout.addStretch(1)

    def _description(self) -> str:
        runs = sum(week.week.runs for week in self._weeks)
        jumps = sum(week.jump for week in self._weeks)
        return f"{len(self._weeks)} weeks, {runs} runs, {jumps} marked jumps"

    def _hover(self, position: QPointF) -> None:
        index: int | None = None
        for plot in (self.load, self.core):
            if self._weeks and plot.vb.sceneBoundingRect().contains(position):
                index = round(plot.vb.mapSceneToView(position).x())
        if index is None or not 0 <= index < len(self._weeks):
            self.plot.setToolTip("")
            return
        self.plot.setToolTip(self.week_summary(index))

    def week_summary(self, index: int) -> str:
        """The tooltip for the ``index``-th week shown."""
        week = self._weeks[index]
        return week_tooltip(week, so_far=week.week.monday == self._this_week)

    # What the chart shows, read back from the drawn items (for tests and checks).

    def week_count(self) -> int:
        return len(self._weeks)

    def shown_weeks(self) -> tuple[date, ...]:
        return tuple(week.week.monday for week in self._weeks)

    def _drawn(self, item: pg.BarGraphItem) -> dict[date, float]:
        mondays = self.shown_weeks()
        return {
            mondays[int(x)]: float(height)
            for x, height in zip(item.opts["x"], item.opts["height"], strict=True)
            if height > 0
        }

    def bar_values(self) -> dict[date, float]:
        """Each week's running bar as drawn (metres or seconds), weeks with a bar only."""
        return {**self._drawn(self.bars), **self._drawn(self.jump_bars)}

    def after_jump_weeks(self) -> list[date]:
        """The weeks under the "after a jump" band, oldest first."""
        mondays = self.shown_weeks()
        return [mondays[int(x)] for x in self.after_bands.opts["x"]]

    def jump_bar_weeks(self) -> list[date]:
        """The weeks drawn in the jump colour, oldest first."""
        mondays = self.shown_weeks()
        return [mondays[int(x)] for x in self.jump_bars.opts["x"]]

    def marked_weeks(self) -> list[date]:
        """The weeks with a ▲ drawn over them, as a mark or over their number."""
        mondays = self.shown_weeks()
        xs, _ys = self.jump_marks.getData()
        marked = {mondays[int(x)] for x in (xs if xs is not None else [])}
        marked |= {mondays[int(label.x)] for label in self.run_days.labels if label.mark == "▲"}
        return sorted(marked)

    def run_day_labels(self) -> dict[date, str]:
        """The numbers over the running bars (run days), as drawn."""
        mondays = self.shown_weeks()
        return {mondays[int(label.x)]: label.text for label in self.run_days.labels}

    def session_labels(self) -> dict[date, str]:
        """The numbers over the core bars (sessions), as drawn."""
        mondays = self.shown_weeks()
        return {mondays[int(label.x)]: label.text for label in self.sessions.labels}

    def core_values(self) -> dict[date, float]:
        """Each week's core seconds held as drawn, weeks with a bar only."""
        return self._drawn(self.core_bars)

    def pain_points(self) -> list[tuple[date, float]]:
        """The weekly back-pain points as drawn, oldest first."""
        xs, ys = self.pain_line.getData()
        if xs is None or ys is None:
            return []
        mondays = self.shown_weeks()
        return [(mondays[int(x)], float(y)) for x, y in zip(xs, ys, strict=True)]

    def bar_colours(self) -> tuple[QColor, QColor]:
        """The brushes of plain and jump bars, for checking the palette switch."""
        return (
            pg.mkBrush(self.bars.opts["brush"]).color(),
            pg.mkBrush(self.jump_bars.opts["brush"]).color(),
        )

    def background(self) -> QColor:
        return self.plot.backgroundBrush().color()

    def legend_names(self) -> list[str]:
        names = []
        for index in range(self._legend_layout.count()):
            item = self._legend_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                names.append(widget.accessibleName())
        return names
