"""The huge countdown digits, sized from the widget's height so they read from 3 m."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Digits fill this share of the widget's height; the rest is breathing room.
FILL = 0.92


class BigCount(QWidget):
    """Paints one short text (``7``, ``2:25``) as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._color = QColor("white")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)
        self.setAccessibleName(self.tr("Seconds left"))

    def text(self) -> str:
        return self._text

    def set_text(self, text: str, color: QColor) -> None:
        if text == self._text and color == self._color:
            return
        self._text = text
        self._color = color
        self.setAccessibleDescription(text)
        self.update()

    def count_font(self) -> QFont:
        """The font the digits are drawn with: as tall as fits both height and width."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(self.height() * FILL / 0.73)))
        metrics = QFontMetrics(font)
        sample = self._text if len(self._text) >= 2 else "00"
        width = metrics.horizontalAdvance(sample)
        if width > self.width() * 0.95 and width > 0:
            font.setPixelSize(max(8, int(font.pixelSize() * self.width() * 0.95 / width)))
        return font

    def digit_height(self) -> int:
        """Pixel height of a digit as painted now (for tests: readable from 3 m)."""
        return QFontMetrics(self.count_font()).tightBoundingRect("0").height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.count_font())
        painter.setPen(self._color)
        painter.drawText(
            QRect(0, 0, self.width(), self.height()), Qt.AlignmentFlag.AlignCenter, self._text
        )
        painter.end()
