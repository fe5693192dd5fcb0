"""Seconds held per day as stacked bars by exercise, with the back-pain score as a line.

The bars use the left axis; back pain (0-10) has its own ViewBox tied to the right axis, with
the same x. The x axis counts days from the first shown (0, 1, 2 ...) with date ticks from
chart_ticks, so a day sits at one whole number whatever the machine's time zone. Only the
aggregates the page passes in are drawn; nothing here touches the log.
"""

from __future__ import annotations

import html
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.storage.statistics import DailySeries
from app.ui.progress.chart_theme import LIGHT, ChartTheme, exercise_colour
from app.ui.progress.chart_ticks import day_ticks, pain_ticks, seconds_ticks
from app.ui.progress.progress_text import day_text, exercise_name, held_text, pain_trend_text

PAIN_MAX = 10.0
# Both axes leave the same share of room below 0 and above the top, so their zeros line up
# and a point at 0 or 10 is not cut in half by the frame.
BELOW, ABOVE = 0.04, 0.12
MIN_TOP_SECONDS = 60.0
PAIN_GAP_DAYS = 8


class DailyChart(QWidget):
    """The chart, with its legend in a row of labels above it so it never hides a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QWidget(self)
        self._legend_layout = QHBoxLayout(self.legend)
        self._legend_layout.setContentsMargins(4, 0, 4, 0)
        self.pain_trend = QLabel("", self)
        self.pain_trend.setAccessibleName(self.tr("Back pain trend"))
        self.pain_trend.setWordWrap(True)
        self.pain_trend.setContentsMargins(4, 0, 4, 0)
        self.plot = pg.PlotWidget(self)
        self.plot.setMinimumHeight(260)
        self.plot.setAccessibleName(self.tr("Time held per day and back pain"))
        self.item = self.plot.getPlotItem()
        self.item.setMouseEnabled(x=False, y=False)
        self.item.hideButtons()
        self.item.setMenuEnabled(False)
        self.item.showAxis("right")
        self.pain_box = pg.ViewBox(enableMouse=False)
        self.pain_box.setMenuEnabled(False)
        self.item.scene().addItem(self.pain_box)
        self.item.getAxis("right").linkToView(self.pain_box)
        self.pain_box.setXLink(self.item)
        self.pain_box.setYRange(-PAIN_MAX * BELOW, PAIN_MAX * (1 + ABOVE), padding=0)
        self.item.vb.sigResized.connect(self._match_pain_box)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self._colours: dict[str, QColor] = {}
        # The line gets a halo in the background colour so it reads over bars of any colour.
        self.pain_halo = pg.PlotDataItem()
        self.pain_line = pg.PlotDataItem()
        self.pain_box.addItem(self.pain_halo)
        self.pain_box.addItem(self.pain_line)
        # Added to the scene by hand, the box would sit under the bars; the line goes on top.
        # It is a sibling of the whole plot item in the scene, so it must rise above that.
        self.pain_box.setZValue(self.item.zValue() + 1)
        self._days: tuple[date, ...] = ()
        self._seconds: dict[str, tuple[float, ...]] = {}
        self._pain: dict[int, float] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pain_trend)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot)
        self._theme = LIGHT

    def _match_pain_box(self) -> None:
        self.pain_box.setGeometry(self.item.vb.sceneBoundingRect())
        self.pain_box.linkedViewChanged(self.item.vb, self.pain_box.XAxis)

    def show_days(
        self,
        series: DailySeries,
        pain: list[tuple[date, float]],
        theme: ChartTheme,
        pain_before: list[float] | None = None,
    ) -> None:
        """Draw ``series`` (one bar per day) and the back-pain scores that fall in it.

        ``pain_before``: the daily scores of as many days again before the first, for the
        trend sentence ("down from 4.2 in the 30 days before").
        """
        self._theme = theme
        self._days = series.days
        self._seconds = dict(series.seconds)
        index = {day: i for i, day in enumerate(series.days)}
        self._pain = {index[day]: score for day, score in pain if day in index}
        self.pain_trend.setText(
            pain_trend_text(list(self._pain.values()), pain_before or [], len(series.days))
        )
        self._apply_theme(theme)
        self._draw_bars()
        self._draw_pain(theme)
        self._fill_legend(theme)
        count = len(series.days)
        self.item.setXRange(-0.6, count - 0.4, padding=0)
        self.item.getAxis("bottom").setTicks(day_ticks(series.days))
        top = max(MIN_TOP_SECONDS, max(self._totals(), default=0.0))
        self.item.getAxis("left").setTicks(seconds_ticks(top))
        self.item.getAxis("right").setTicks(pain_ticks())
        self.item.setYRange(-top * BELOW, top * (1 + ABOVE), padding=0)
        first, last = series.days[0], series.days[-1]
        self.plot.setAccessibleDescription(
            self.tr("{time} held from {first} to {last}").format(
                time=held_text(sum(self._totals())), first=day_text(first), last=day_text(last)
            )
        )

    def _apply_theme(self, theme: ChartTheme) -> None:
        self.plot.setBackground(theme.background)
        for name in ("left", "bottom", "right"):
            axis = self.item.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.text))
        self.item.setLabel("left", self.tr("Seconds held per day"), color=theme.text.name())
        self.item.setLabel("right", self.tr("Back pain (0 to 10)"), color=theme.text.name())
        self.item.showGrid(x=False, y=True, alpha=0.25)
        # One set of grid lines, the seconds': the back-pain ticks fall between them.
        self.item.getAxis("right").setGrid(False)

    def _draw_bars(self) -> None:
        for bar in self.bars.values():
            self.item.removeItem(bar)
        self.bars = {}
        self._colours = {}
        count = len(self._days)
        width = 0.82 if count <= 92 else 1.0
        base = [0.0] * count
        custom = 0
        for key, values in self._seconds.items():
            colour = exercise_colour(key, custom)
            custom += key not in ("plank", "side-left", "side-right")
            bar = pg.BarGraphItem(
                x=list(range(count)),
                y0=list(base),
                height=list(values),
                width=width,
                brush=colour,
                pen=pg.mkPen(None),
            )
            self.item.addItem(bar)
            self.bars[key] = bar
            self._colours[key] = colour
            base = [low + value for low, value in zip(base, values, strict=True)]

    def _draw_pain(self, theme: ChartTheme) -> None:
        xs = sorted(self._pain)
        ys = [self._pain[x] for x in xs]
        large = len(self._days) <= 92
        # A week or more without a score breaks the line rather than drawing a trend in it.
        connect = np.append(np.diff(np.array(xs, dtype=float)) < PAIN_GAP_DAYS, False)[: len(xs)]
        self.pain_halo.setData(x=xs, y=ys, connect=connect, pen=pg.mkPen(theme.background, width=6))
        self.pain_line.setData(
            x=xs,
            y=ys,
            connect=connect,
            pen=pg.mkPen(theme.pain, width=2.5 if large else 1.5),
            symbol="o",
            symbolSize=9 if large else 5,
            symbolBrush=theme.background,
            symbolPen=pg.mkPen(theme.pain, width=2.5 if large else 1.5),
        )

    def _fill_legend(self, theme: ChartTheme) -> None:
        while (child := self._legend_layout.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.hide()  # deleteLater() alone leaves it painted until the next loop
                widget.deleteLater()
        entries = [
            (exercise_name(key), colour.name(), "■") for key, colour in self._colours.items()
        ]
        entries.append((self.tr("Back pain (right axis)"), theme.pain.name(), "─○─"))
        for name, colour, symbol in entries:
            # A custom exercise is named by the user: escape it, the label is rich text.
            text = f'<span style="color:{colour}">{symbol}</span> {html.escape(name)}'
            label = QLabel(text, self.legend)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
            self._legend_layout.addWidget(label)
        self._legend_layout.addStretch(1)

    def _totals(self) -> list[float]:
        return [sum(day) for day in zip(*self._seconds.values(), strict=True)]

    def _hover(self, position: QPointF) -> None:
        if not self._days or not self.item.vb.sceneBoundingRect().contains(position):
            self.plot.setToolTip("")
            return
        index = round(self.item.vb.mapSceneToView(position).x())
        self.plot.setToolTip(self.day_summary(index) if 0 <= index < len(self._days) else "")

    def day_summary(self, index: int) -> str:
        """The tooltip for the ``index``-th day shown: total, each exercise, back pain."""
        day = self._days[index]
        parts = [
            f"{exercise_name(key)} {held_text(values[index])}"
            for key, values in self._seconds.items()
            if values[index] > 0
        ]
        total = sum(values[index] for values in self._seconds.values())
        if total:
            text = self.tr("{day}: {time} held").format(day=day_text(day), time=held_text(total))
        else:
            text = self.tr("{day}: rest").format(day=day_text(day))
        if parts:
            text += f" ({', '.join(parts)})"
        if index in self._pain:
            score = QLocale().toString(float(self._pain[index]), "g", 3)
            text += "\n" + self.tr("Back pain {score} of 10").format(score=score)
        return text

    # What the chart shows, read back from the drawn items (for tests and checks).

    def day_count(self) -> int:
        return len(self._days)

    def shown_days(self) -> tuple[date, ...]:
        return self._days

    def bar_totals(self) -> dict[date, float]:
        """Seconds per day as drawn: the top of each day's stack, days with bars only."""
        totals: dict[date, float] = {}
        for bar in self.bars.values():
            for x, low, height in zip(
                bar.opts["x"], bar.opts["y0"], bar.opts["height"], strict=True
            ):
                if height > 0:
                    day = self._days[int(x)]
                    totals[day] = max(totals.get(day, 0.0), low + height)
        return totals

    def pain_points(self) -> list[tuple[date, float]]:
        """The back-pain points as drawn, oldest first."""
        xs, ys = self.pain_line.getData()
        if xs is None or ys is None:
            return []
        return [(self._days[int(x)], float(y)) for x, y in zip(xs, ys, strict=True)]

    def legend_names(self) -> list[str]:
        names = []
        for index in range(self._legend_layout.count()):
            item = self._legend_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                names.append(widget.accessibleName())
        return names
