"""A row of toggle buttons of which exactly one is on, with a caption: "Show  [A] [B] [C]"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget


@dataclass(frozen=True)
class Choice:
    """One button: its key, its text (with an & mnemonic) and what a screen reader says."""

    key: str
    text: str
    accessible: str
    tooltip: str = ""


class ChoiceButtons(QWidget):
    """Exclusive, checkable buttons; ``chosen`` is emitted with the key the user picks.

    Reachable from the keyboard by Tab (then Space) and by each button's Alt mnemonic.
    """

    chosen = Signal(str)

    def __init__(
        self, caption: str, choices: list[Choice], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        label = QLabel(caption, self)
        layout.addWidget(label)
        layout.addSpacing(8)
        for index, choice in enumerate(choices):
            button = QPushButton(choice.text, self)
            button.setCheckable(True)
            button.setAccessibleName(choice.accessible)
            button.setToolTip(choice.tooltip or choice.accessible)
            self.group.addButton(button, index)
            self.buttons[choice.key] = button
            layout.addWidget(button)
        self._keys = [choice.key for choice in choices]
        label.setBuddy(self.buttons[self._keys[0]])
        self.buttons[current if current in self.buttons else self._keys[0]].setChecked(True)
        self.setAccessibleName(caption)
        self.group.idToggled.connect(self._toggled)

    def current(self) -> str:
        return self._keys[self.group.checkedId()]

    def choose(self, key: str) -> None:
        """Pick ``key`` as if its button were pressed (emits ``chosen`` if it changes)."""
        self.buttons[key].setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.chosen.emit(self._keys[index])
