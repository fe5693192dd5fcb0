"""The last twelve months as a calendar: one square per day, darker for more time held.

Painted with QPainter from a dict of day totals (one aggregate query for ~371 days), so it
costs the same with ten years in the log as with ten days. Hover a square, or move to it
with the arrow keys, to read its date and time held.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.progress.calendar_grid import (
    WEEKDAYS,
    WEEKS,
    CalendarGrid,
    level,
)
from app.ui.progress.chart_theme import LIGHT, ChartTheme
from app.ui.progress.progress_text import day_text, held_text, weekday_text

LEFT, TOP, GAP = 38, 20, 3
LEGEND_HEIGHT = 30
MIN_PITCH, MAX_PITCH = 10, 18
_ROW_LABELS = (0, 2, 4, 6)  # Monday, Wednesday, Friday, Sunday
_MOVES = {
    Qt.Key.Key_Left: -WEEKDAYS,
    Qt.Key.Key_Right: WEEKDAYS,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
}


class HeatMap(QWidget):
    """A year of days in week columns, shaded by time held; tooltips name each day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = CalendarGrid(date.today())
        self.totals: dict[date, float] = {}
        self.theme = LIGHT
        self.selected: date | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Calendar of the last 12 months"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_days(self, grid: CalendarGrid, totals: dict[date, float], theme: ChartTheme) -> None:
        """Shade ``grid``'s days from ``totals`` (seconds held per day; missing means none)."""
        self.grid, self.totals, self.theme = grid, totals, theme
        if self.selected is None or grid.cell_of(self.selected) is None:
            self.selected = grid.today
        days = sum(1 for day, seconds in totals.items() if seconds > 0 and grid.cell_of(day))
        self.setAccessibleDescription(
            self.tr(
                "%Ln workout day(s) in the last 12 months. Arrow keys move from day to day.",
                "",
                days,
            )
        )
        self.update()

    # geometry

    def pitch(self, width: int | None = None) -> int:
        """Distance from one square to the next, from the width there is."""
        room = (self.width() if width is None else width) - LEFT - 4
        return max(MIN_PITCH, min(MAX_PITCH, room // WEEKS))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return TOP + WEEKDAYS * self.pitch(width) + LEGEND_HEIGHT

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = LEFT + WEEKS * MAX_PITCH + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = LEFT + WEEKS * MIN_PITCH + 4
        return QSize(width, self.heightForWidth(width))

    def cell_rect(self, day: date) -> QRect | None:
        """Where ``day``'s square is painted, or None when it is not on the calendar."""
        cell = self.grid.cell_of(day)
        if cell is None:
            return None
        column, row = cell
        pitch = self.pitch()
        return QRect(LEFT + column * pitch, TOP + row * pitch, pitch - GAP, pitch - GAP)

    def day_at(self, point: QPoint) -> date | None:
        """The day whose square (or the gap after it) is under ``point``."""
        pitch = self.pitch()
        if point.x() < LEFT or point.y() < TOP:
            return None
        return self.grid.day_at((point.x() - LEFT) // pitch, (point.y() - TOP) // pitch)

    # words

    def tooltip_for(self, day: date) -> str:
        """``Thu 13 Mar 2025: 1 min 30 s held`` (or ``no workout``)."""
        seconds = self.totals.get(day, 0.0)
        if seconds <= 0:
            return self.tr("{day}: no workout").format(day=day_text(day))
        return self.tr("{day}: {time} held").format(day=day_text(day), time=held_text(seconds))

    def tooltip_at(self, point: QPoint) -> str | None:
        """What hovering ``point`` shows, or None off the squares."""
        day = self.day_at(point)
        return None if day is None else self.tooltip_for(day)

    def level_of(self, day: date) -> int:
        return level(self.totals.get(day, 0.0))

    # events

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        target: date | None = None
        if key in _MOVES and self.selected is not None:
            target = self.selected + timedelta(days=_MOVES[key])
        elif key == Qt.Key.Key_Home:
            target = self.grid.first
        elif key == Qt.Key.Key_End:
            target = self.grid.today
        if target is None or self.grid.cell_of(target) is None:
            super().keyPressEvent(event)
            return
        self.select(target)

    def select(self, day: date) -> None:
        """Outline ``day`` and write out its date and time held: the keyboard's hover."""
        self.selected = day
        self.setAccessibleDescription(self.tooltip_for(day))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.theme.background)
        pitch = self.pitch()
        painter.setPen(self.theme.muted)
        metrics = painter.fontMetrics()
        free_from = 0
        for column, text in self.grid.month_labels():
            width = metrics.horizontalAdvance(text)
            x = min(LEFT + column * pitch, self.width() - width - 2)
            if x >= free_from:  # squeezed squares: skip a label rather than overprint it
                painter.drawText(QPoint(x, TOP - 6), text)
                free_from = x + width + 6
        for row in _ROW_LABELS:
            painter.drawText(QPoint(4, TOP + row * pitch + pitch - GAP - 1), weekday_text(row))
        painter.setPen(Qt.PenStyle.NoPen)
        radius = 2.0
        for offset in range(self.grid.day_count):
            day = self.grid.first + timedelta(days=offset)
            rect = self.cell_rect(day)
            if rect is not None:
                painter.setBrush(self.theme.heat[self.level_of(day)])
                painter.drawRoundedRect(rect, radius, radius)
        if self.selected is not None and self.hasFocus():
            rect = self.cell_rect(self.selected)
            if rect is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.theme.text, 2))
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), radius, radius)
        self._paint_legend(painter, TOP + WEEKDAYS * pitch + 8)
        if self.selected is not None and self.hasFocus():
            painter.setPen(self.theme.text)
            right = LEFT + WEEKS * pitch - GAP
            box = QRect(LEFT, TOP + WEEKDAYS * pitch + 4, right - LEFT, LEGEND_HEIGHT - 6)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, flags, self.tooltip_for(self.selected))
        painter.end()

    def level_names(self) -> tuple[str, ...]:
        """What each shade means, from none to the most (see calendar_grid.LEVEL_LIMITS)."""
        return (
            self.tr("no workout"),
            self.tr("under 1 min"),
            self.tr("1 to 2 min"),
            self.tr("2 to 3 min"),
            self.tr("3 min or more"),
        )

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        """Each shade with its meaning, left to right, under the squares."""
        size = 12
        x = LEFT
        metrics = painter.fontMetrics()
        for shade, name in enumerate(self.level_names()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.theme.heat[shade])
            painter.drawRoundedRect(QRect(x, top, size, size), 2.0, 2.0)
            painter.setPen(self.theme.muted)
            painter.drawText(QPoint(x + size + 5, top + size - 1), name)
            x += size + 5 + metrics.horizontalAdvance(name) + 18
