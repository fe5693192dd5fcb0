"""Small numbers over bars, all drawn by one graphics item.

A pyqtgraph TextItem per bar costs about half a millisecond each to make and place; a year of
weekly bars with two rows of numbers is a hundred of them, which is most of the time a range
switch takes. This item keeps the labels as data and paints them in one pass, each centred
over its point at a fixed size in pixels, whatever the zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

GAP_PIXELS = 2.0


@dataclass(frozen=True)
class BarLabel:
    """One label: ``text`` centred above data point (``x``, ``y``), and an optional ``mark``
    (such as ▲) above that in its own colour."""

    x: float
    y: float
    text: str
    mark: str = ""


class BarLabels(pg.GraphicsObject):  # type: ignore[misc]
    """Labels over bars; set them with :meth:`set_labels`, read them back from ``labels``."""

    def __init__(self, pixels: int = 11) -> None:
        super().__init__()
        self.labels: tuple[BarLabel, ...] = ()
        self._font = QFont()
        self._font.setPixelSize(pixels)
        self._line = QFontMetricsF(self._font).height()
        self._text = QColor("black")
        self._mark = QColor("black")
        self._bounds = QRectF()

    def set_labels(self, labels: list[BarLabel], area: QRectF, text: QColor, mark: QColor) -> None:
        """Show ``labels``; ``area`` is the data rectangle they are drawn in (the plot's range,
        which leaves room above the tallest bar for its label)."""
        self.prepareGeometryChange()
        self.labels = tuple(labels)
        self._bounds = QRectF(area) if labels else QRectF()
        self._text, self._mark = text, mark
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.labels:
            return
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        line = self._line
        for label in self.labels:
            point = to_device.map(QPointF(label.x, label.y))
            box = QRectF(point.x() - 20, point.y() - GAP_PIXELS - line, 40, line)
            painter.setPen(self._text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
            if label.mark:
                painter.setPen(self._mark)
                painter.drawText(box.translated(0, -line), Qt.AlignmentFlag.AlignCenter, label.mark)
        painter.restore()
