"""One headline number in a card: what it is, the number large, and a line of detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

VALUE_PIXELS = 30
MIN_VALUE_PIXELS = 16
CAPTION_PIXELS = 13
SIDE_MARGIN = 14


class NumberCard(QFrame):
    """A caption ("Current streak"), a big value ("4 days") and a smaller detail line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberCard")
        # palette() colours follow the desktop theme, so the card stays readable in dark mode.
        self.setStyleSheet(
            "#numberCard { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 8px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = QLabel(caption, self)
        self.value = QLabel("—", self)
        self.detail = QLabel("", self)
        caption_font = QFont(self.font())
        caption_font.setPixelSize(CAPTION_PIXELS)
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        self.value_pixels = VALUE_PIXELS
        """The largest size for the value; it shrinks to fit a narrow card."""
        value_font = QFont(self.font())
        value_font.setPixelSize(VALUE_PIXELS)
        value_font.setBold(True)
        self.value.setFont(value_font)
        # Let the card be narrower than the value at full size: resizeEvent shrinks it. The
        # caption keeps its width: a long translation would otherwise lose its last letters.
        self.value.setMinimumWidth(1)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, 10, SIDE_MARGIN, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # stretched to a taller neighbour, the text stays at the top
        self.setAccessibleName(caption)

    def set_value(self, value: str, detail: str = "", colour: QColor | None = None) -> None:
        """Show ``value``; ``colour`` tints the detail line (up or down arrows)."""
        self.value.setText(value)
        self._fit_value()
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.detail.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        # Screen readers read the card as one sentence rather than three loose labels.
        spoken = f"{self.caption.text()}: {value}"
        self.setAccessibleDescription(f"{spoken}. {detail}" if detail else spoken)

    def set_value_pixels(self, pixels: int) -> None:
        self.value_pixels = pixels
        self._fit_value()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """The value as large as ``value_pixels`` allows while it fits the card's width."""
        font = QFont(self.value.font())
        room = self.width() - 2 * SIDE_MARGIN - 4
        pixels = self.value_pixels
        font.setPixelSize(pixels)
        width = QFontMetrics(font).horizontalAdvance(self.value.text())
        if width > room > 0:
            pixels = max(MIN_VALUE_PIXELS, int(pixels * room / width))
        if pixels != self.value.font().pixelSize():
            font.setPixelSize(pixels)
            self.value.setFont(font)
