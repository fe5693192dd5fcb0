"""The left-hand side of the routine editor: every routine, and the commands that act on one.

Presets are listed first, in italics and marked "(built in)" in the text itself, so a screen
reader says it too. Commands that cannot apply to the chosen routine are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.routine import Routine
from app.ui.plan.routine_words import routine_label


class RoutineList(QWidget):
    """The list of routines with New, Duplicate, Rename, Delete, Move up and Move down."""

    chosen = Signal()
    """The user chose another routine in the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routines: list[Routine] = []
        self.view = QListWidget(self)
        self.view.setAccessibleName(self.tr("Routines"))
        self.view.setMinimumWidth(200)
        caption = QLabel(self.tr("Rou&tines"), self)
        caption.setBuddy(self.view)
        self.new_button = self._button(self.tr("&New"))
        self.duplicate_button = self._button(self.tr("&Duplicate"))
        self.rename_button = self._button(self.tr("&Rename"))
        self.delete_button = self._button(self.tr("De&lete"))
        self.up_button = self._button(self.tr("Move &up"))
        self.down_button = self._button(self.tr("Move d&own"))
        commands = QGridLayout()
        for index, button in enumerate(
            (
                self.new_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.up_button,
                self.down_button,
            )
        ):
            commands.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(commands)
        self.view.currentRowChanged.connect(lambda _row: self.chosen.emit())

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a spin box must not press New
        return button

    def show_routines(self, routines: list[Routine], chosen: Routine) -> None:
        """List these routines and choose one, without reporting it as the user's choice."""
        self.routines = routines
        with QSignalBlocker(self.view):
            self.view.clear()
            for routine in routines:
                text = routine_label(routine)
                if routine.built_in:
                    text = self.tr("{name} (built in)").format(name=text)
                item = QListWidgetItem(text, self.view)
                if routine.built_in:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
        self.choose(chosen)

    def choose(self, routine: Routine) -> None:
        """Put the selection on this routine quietly (also to undo a refused choice)."""
        with QSignalBlocker(self.view):
            self.view.setCurrentRow(self.routines.index(routine))
        self._enable_commands(routine)

    def current(self) -> Routine | None:
        row = self.view.currentRow()
        return self.routines[row] if 0 <= row < len(self.routines) else None

    def _enable_commands(self, routine: Routine) -> None:
        own = not routine.built_in
        users = [r for r in self.routines if not r.built_in]
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.up_button.setEnabled(own and routine is not users[0])
        self.down_button.setEnabled(own and routine is not users[-1])
