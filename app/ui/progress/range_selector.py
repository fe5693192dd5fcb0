"""The 30 / 90 / 365 days switch above the chart: three toggle buttons, one always on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

RANGES = (30, 90, 365)


class RangeSelector(QWidget):
    """Pick how many days the chart shows. Alt+3, Alt+9 and Alt+6 choose from the keyboard."""

    days_changed = Signal(int)

    def __init__(self, days: int = RANGES[0], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        label = QLabel(self.tr("Show the last"), self)
        layout.addWidget(label)
        layout.addSpacing(8)
        # Mnemonics on distinct digits: Alt+3 for 30, Alt+9 for 90, Alt+6 for 365.
        texts = (self.tr("&30 days"), self.tr("&90 days"), self.tr("3&65 days"))
        for count, text in zip(RANGES, texts, strict=True):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show the last %n days", "", count))
            button.setToolTip(self.tr("Chart the last %n days", "", count))
            self.group.addButton(button, count)
            self.buttons[count] = button
            layout.addWidget(button)
        label.setBuddy(self.buttons[RANGES[0]])
        self.buttons[days].setChecked(True)
        self.setAccessibleName(self.tr("Chart range"))
        self.group.idToggled.connect(self._toggled)

    def days(self) -> int:
        return self.group.checkedId()

    def set_days(self, days: int) -> None:
        """Choose a range as if its button were pressed (emits days_changed if it changes)."""
        self.buttons[days].setChecked(True)

    def _toggled(self, days: int, checked: bool) -> None:
        if checked:
            self.days_changed.emit(days)
