"""The running chart's colours, and its legend: a row of labels above the plots, so that the
legend never hides a bar."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.ui.progress.chart_theme import ChartTheme, exercise_colour
from app.ui.progress.running_text import Measure


@dataclass(frozen=True)
class RunColours:
    """The running chart's own colours for one palette brightness (the rest is ChartTheme's)."""

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


def _swatch(colour: QColor, symbol: str, text: str) -> str:
    return f'<span style="color:{colour.name()}">{symbol}</span> {html.escape(text)}'


def _entry(text: str) -> str:
    """One entry kept on one line; the line breaks only between entries."""
    return f'<span style="white-space:nowrap">{text}</span>'


class RunningLegend(QWidget):
    """What each colour and mark means, as one line of entries that wraps where the window
    is narrow (a longer language's legend is wider than the chart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Legend"))
        self._names: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)

    def show_entries(
        self, theme: ChartTheme, colours: RunColours, measure: Measure, numbers: bool
    ) -> None:
        """Show the entries; ``numbers``: whether numbers stand over the bars."""
        running = self.tr("Distance run") if measure is Measure.DISTANCE else self.tr("Time run")
        jump = self.tr("Jump week")
        pain = self.tr("Back pain, weekly average (right axis)")
        core = self.tr("Core time held")
        entries = [
            (running, _swatch(colours.bar, "■", running)),
            (jump, _swatch(colours.jump, "■ ▲", jump)),
            (
                self.tr("After a jump: the jump week and the next"),
                _swatch(colours.band, "█", self.tr("After a jump")),
            ),
            (pain, _swatch(theme.pain, "─○─", pain)),
            (core, _swatch(colours.core, "■", core)),
        ]
        if numbers:
            entries.append(
                (
                    self.tr("Numbers over the bars: run days, core sessions"),
                    html.escape(self.tr("Numbers: run days · core sessions")),
                )
            )
        self._names = [name for name, _ in entries]
        # Wide gaps between entries, so each reads as its own.
        self.label.setText("&nbsp;&nbsp;&nbsp; ".join(_entry(text) for _, text in entries))
        # A screen reader reads each entry's full meaning, not the swatches.
        self.label.setAccessibleDescription("; ".join(self._names))

    def names(self) -> list[str]:
        """What the entries mean, left to right, as a screen reader is told."""
        return list(self._names)
