"""The part of the window read from the mat: phase colour, words and the huge count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.core.readout import Readout
from app.ui.fitted_font import SMALLEST_PIXELS, fitted_pixel_size
from app.ui.workout.big_count import BigCount
from app.ui.workout.phase_style import style_for
from app.ui.workout.readout_text import (
    coming_text,
    exercise_text,
    headline_text,
    round_text,
    time_left_text,
)

# Share of the display's height for each line of words; the count takes the rest.
HEADLINE_SHARE = 0.1
DETAIL_SHARE = 0.06
# Room a label needs beyond its text (margins, rounding), and the gap between the round and
# what comes next, as text of the same size.
TEXT_SLACK = 12
DETAIL_GAP = "\u2003\u2003"


class WorkoutDisplay(QFrame):
    """Shows a Readout: paints its own phase colour so it reads under any system palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setObjectName("workoutDisplay")
        self.headline = self._label(self.tr("Phase"))
        self.count = BigCount(self)
        self.exercise = self._label(self.tr("Exercise and side"))
        self.round = self._label(self.tr("Round"))
        self.coming = self._label(self.tr("What comes next"))
        self.time_left = self._label(self.tr("Workout time left"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Workout progress"))
        self._flash = False
        self._high_contrast = False
        self._readout: Readout | None = None

        details = QHBoxLayout()
        details.addWidget(self.round)
        details.addStretch(1)
        details.addWidget(self.coming)
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.time_left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.addWidget(self.headline, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.exercise, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(details)
        layout.addLayout(footer)

    def _label(self, accessible_name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(accessible_name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_readout(self, readout: Readout) -> None:
        """Paint a new moment; cheap when nothing changed."""
        if readout == self._readout:
            return
        restyle = self._readout is None or self._readout.state is not readout.state
        self._readout = readout
        headline = headline_text(readout)
        self.headline.setText(headline)
        self.count.set_text(readout.count, self._foreground())
        self.exercise.setText(exercise_text(readout))
        self.round.setText(round_text(readout))
        self.coming.setText(coming_text(readout))
        self.time_left.setText(time_left_text(readout))
        self.progress.setValue(round(readout.progress * 1000))
        self.setAccessibleDescription(f"{headline}, {readout.count}")
        self._fit_fonts()
        if restyle:
            self._apply_colours()

    def set_minimal(self, on: bool) -> None:
        """Floor mode: only the count, the colour, the exercise and side, and the round."""
        for widget in (self.coming, self.time_left, self.progress):
            widget.setVisible(not on)

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_high_contrast(self, on: bool) -> None:
        """Switch to colours with the highest contrast, for low vision or a glaring room."""
        if on != self._high_contrast:
            self._high_contrast = on
            self._apply_colours()

    def set_flash(self, on: bool) -> None:
        """Invert the colours for a moment: the visual stand-in for a missing sound."""
        if on != self._flash:
            self._flash = on
            self._apply_colours()

    def _colours(self) -> tuple[QColor, QColor]:
        if self._readout is None:
            return QColor("#263238"), QColor("white")
        style = style_for(self._readout.state, high_contrast=self._high_contrast)
        if self._flash:
            return style.foreground, style.background
        return style.background, style.foreground

    def _foreground(self) -> QColor:
        return self._colours()[1]

    def _apply_colours(self) -> None:
        background, foreground = self._colours()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.setPalette(palette)
        for label in (self.headline, self.exercise, self.round, self.coming, self.time_left):
            label.setPalette(palette)
        self.count.set_text(self.count.text(), foreground)
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: {background.darker(140).name()}; border: none;"
            f" min-height: 14px; max-height: 14px; border-radius: 7px; }}"
            f" QProgressBar::chunk {{ background: {foreground.name()}; border-radius: 7px; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Words as large as their share of the height allows, and never wider than the
        display: a long translation gets a smaller font rather than being cut off."""
        height = max(1, self.height())
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        room = self.width() - margins.left() - margins.right() - TEXT_SLACK
        self._set_pixel_size(self.headline, HEADLINE_SHARE * height, room, bold=True)
        self._set_pixel_size(self.exercise, HEADLINE_SHARE * 0.9 * height, room, bold=True)
        # The round and what comes next share a line.
        detail = max(SMALLEST_PIXELS, int(DETAIL_SHARE * height))
        line = f"{self.round.text()}{DETAIL_GAP}{self.coming.text()}"
        fitted = fitted_pixel_size(self.coming.font(), line, room - 2 * TEXT_SLACK, detail)
        self._set_pixel_size(self.round, fitted, room, bold=True)
        self._set_pixel_size(self.coming, fitted, room, bold=False)
        self._set_pixel_size(self.time_left, detail, room / 2, bold=False)

    @staticmethod
    def _set_pixel_size(label: QLabel, size: float, room: float, *, bold: bool) -> None:
        font = QFont(label.font())
        font.setBold(bold)
        pixels = fitted_pixel_size(font, label.text(), room, max(SMALLEST_PIXELS, int(size)))
        if font.pixelSize() != pixels or label.font().bold() != bold:
            font.setPixelSize(pixels)
            label.setFont(font)
