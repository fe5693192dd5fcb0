"""The row of big buttons under the display, easy to hit from the floor, and the volume."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from app.ui.fitted_font import fitted_pixel_size

Slot = Callable[[], None]


class WorkoutControls(QWidget):
    """Start/pause, skip, stop and mute buttons with their keys on them, and a volume slider."""

    def __init__(
        self, toggle: Slot, skip: Slot, stop: Slot, mute: Slot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.start_button = self._button(self.tr("Start  [Space]"), toggle)
        self.skip_button = self._button(self.tr("Skip  [S]"), skip)
        self.stop_button = self._button(self.tr("Stop  [Esc]"), stop)
        self.mute_button = self._button(self.tr("Mute  [M]"), mute)
        self.mute_button.setCheckable(True)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setMaximumWidth(160)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        for button in (self.start_button, self.skip_button, self.stop_button):
            row.addWidget(button, 2)
        row.addSpacing(12)
        row.addWidget(self.mute_button, 1)
        volume_label = QLabel(self.tr("&Volume"), self)
        volume_label.setBuddy(self.volume)
        row.addWidget(volume_label)
        row.addWidget(self.volume)

    def _button(self, text: str, slot: Slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumSize(QSize(120, 64))
        font = QFont(button.font())
        # Relative to the system font, so a larger desktop font gives larger buttons.
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        button.setFont(font)
        self._largest = QFontInfo(font).pixelSize()
        # Space belongs to the workout, so the buttons take focus only from Tab.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Each button's words at the big size, or smaller where a translation runs long."""
        for button in (self.start_button, self.skip_button, self.stop_button, self.mute_button):
            font = QFont(button.font())
            text = button.text().replace("&&", "&")
            padding = button.sizeHint().width() - QFontMetrics(font).horizontalAdvance(text)
            pixels = fitted_pixel_size(font, text, button.width() - padding, self._largest)
            if pixels != QFontInfo(font).pixelSize():
                font.setPixelSize(pixels)
                button.setFont(font)

    def show_state(self, *, active: bool, paused: bool) -> None:
        """Name the first button for what Space does now; skip and stop only mid-workout."""
        if not active:
            self.start_button.setText(self.tr("Start  [Space]"))
        elif paused:
            self.start_button.setText(self.tr("Resume  [Space]"))
        else:
            self.start_button.setText(self.tr("Pause  [Space]"))
        self.skip_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self._fit_buttons()

    def show_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute  [M]") if muted else self.tr("Mute  [M]"))
        self._fit_buttons()
