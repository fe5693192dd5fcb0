"""Colours for the chart, the heat map and the cards, for light and for dark palettes.

The chart and the heat map paint their own backgrounds, so the colours here are chosen
against those backgrounds and read the same whatever the desktop theme. Plank keeps the
workout page's hold red; the two side planks share a blue (one exercise, two sides).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

EXERCISE_COLOURS = {"plank": "#c62828", "side-left": "#1565c0", "side-right": "#64b5f6"}
# Custom exercises take these in turn; none is close to red, blue or the back-pain line.
CUSTOM_COLOURS = ("#f9a825", "#00897b", "#8d6e63", "#7e57c2")


@dataclass(frozen=True)
class ChartTheme:
    """Background, text and accent colours for one palette brightness."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    pain: QColor
    up: QColor
    down: QColor
    heat: tuple[QColor, ...]
    """Heat-map cell colours from no workout (0) to the most time held (4)."""


LIGHT = ChartTheme(
    dark=False,
    background=QColor("#ffffff"),
    text=QColor("#212121"),
    muted=QColor("#616161"),
    grid=QColor("#e0e0e0"),
    pain=QColor("#212121"),
    up=QColor("#2e7d32"),
    down=QColor("#bf360c"),
    heat=tuple(QColor(c) for c in ("#ebedf0", "#f7b4b4", "#eb6f6f", "#d32f2f", "#7f0000")),
)
DARK = ChartTheme(
    dark=True,
    background=QColor("#1e1f22"),
    text=QColor("#eeeeee"),
    muted=QColor("#b0b0b0"),
    grid=QColor("#3a3b3f"),
    pain=QColor("#ffe082"),
    up=QColor("#81c784"),
    down=QColor("#ffab91"),
    heat=tuple(QColor(c) for c in ("#2d2f34", "#5d2424", "#8e2a2a", "#d32f2f", "#ff7961")),
)


def theme_for(palette: QPalette) -> ChartTheme:
    """The dark theme when the window background is dark, else the light one."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def exercise_colour(key: str, custom_index: int) -> QColor:
    """A built-in exercise's colour, or the ``custom_index``-th custom colour."""
    built_in = EXERCISE_COLOURS.get(key)
    if built_in is not None:
        return QColor(built_in)
    return QColor(CUSTOM_COLOURS[custom_index % len(CUSTOM_COLOURS)])
