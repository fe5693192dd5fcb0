"""The running chart's colours, and its legend: a row of labels above the plots, so that the
legend never hides a bar."""

from __future__ import annotations

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
    return f'<span style="color:{colour.name()}">{symbol}</span> {text}'


class RunningLegend(QWidget):
    """What each colour and mark means; each entry is a label with an accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)

    def show_entries(
        self, theme: ChartTheme, colours: RunColours, measure: Measure, numbers: bool
    ) -> None:
        """Rebuild the entries; ``numbers``: whether numbers stand over the bars."""
        while (child := self._layout.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.hide()  # deleteLater() alone leaves it painted until the next loop
                widget.deleteLater()
        running = "Distance run" if measure is Measure.DISTANCE else "Time run"
        entries = [
            (running, _swatch(colours.bar, "■", running)),
            ("Jump week", _swatch(colours.jump, "■ ▲", "Jump week")),
            (
                "After a jump: the jump week and the next",
                _swatch(colours.band, "█", "After a jump"),
            ),
            (
                "Back pain, weekly average (right axis)",
                _swatch(theme.pain, "─○─", "Back pain, weekly average (right axis)"),
            ),
            ("Core time held", _swatch(colours.core, "■", "Core time held")),
        ]
        if numbers:
            entries.append(
                (
                    "Numbers over the bars: run days, core sessions",
                    "Numbers: run days · core sessions",
                )
            )
        for name, text in entries:
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
            self._layout.addWidget(label)
        self._layout.addStretch(1)

    def names(self) -> list[str]:
        """The entries' accessible names, left to right."""
        names = []
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                names.append(widget.accessibleName())
        return names
