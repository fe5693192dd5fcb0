"""What the running chart's two plots share: one bar per week at x = the week's index,
axes of one width (so their x lines up), no mouse or menu, and reading drawn bars back."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg

LABEL_WEEKS = 60
"""Numbers over the bars up to this many weeks; beyond that they would run together."""
AXIS_WIDTH = 62
LABEL_PIXELS = 11


def bar_width(weeks: int) -> float:
    """Gaps between bars while there is room; touching bars over years."""
    return 0.8 if weeks <= LABEL_WEEKS else 1.0


def style_plot(plot: pg.PlotItem) -> None:
    """A still plot: no mouse, buttons or menu; both side axes of AXIS_WIDTH."""
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.showAxis("right")
    for name in ("left", "right"):
        plot.getAxis(name).setWidth(AXIS_WIDTH)


def drawn_bars(item: pg.BarGraphItem, mondays: tuple[date, ...]) -> dict[date, float]:
    """The bars an item draws, by week: only those with a height."""
    return {
        mondays[int(x)]: float(height)
        for x, height in zip(item.opts["x"], item.opts["height"], strict=True)
        if height > 0
    }
