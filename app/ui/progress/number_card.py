"""One headline number in a card: what it is, the number large, and a line of detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

VALUE_PIXELS = 30
CAPTION_PIXELS = 13


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
        value_font = QFont(self.font())
        value_font.setPixelSize(VALUE_PIXELS)
        value_font.setBold(True)
        self.value.setFont(value_font)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def set_value(self, value: str, detail: str = "", colour: QColor | None = None) -> None:
        """Show ``value``; ``colour`` tints the detail line (up or down arrows)."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.detail.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        # Screen readers read the card as one sentence rather than three loose labels.
        spoken = f"{self.caption.text()}: {value}"
        self.setAccessibleDescription(f"{spoken}. {detail}" if detail else spoken)
