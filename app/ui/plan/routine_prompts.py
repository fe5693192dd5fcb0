"""The two small questions the routine editor asks: a name, and "really delete?".

Both are opened with ``open()``, not ``exec()``: the editor's event loop keeps running (no
nested loop to re-enter), and a test can answer them through their widgets like a user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.core.routine import NAME_MAX_CHARS


class RoutinePrompts(QObject):
    """The translation context of the two questions (``RoutinePrompts.tr``)."""


def ask_name(
    parent: QWidget, title: str, label: str, text: str, then: Callable[[str], None]
) -> QInputDialog:
    """Ask for a routine name; ``then`` gets the text if the user presses OK or Enter."""
    prompt = QInputDialog(parent)
    prompt.setWindowTitle(title)
    prompt.setLabelText(label)
    prompt.setTextValue(text)
    prompt.setToolTip(
        RoutinePrompts.tr("1 to {most} characters, not used by another routine").format(
            most=NAME_MAX_CHARS
        )
    )
    prompt.textValueSelected.connect(then)
    prompt.open()
    return prompt


def confirm_delete(parent: QWidget, name: str, then: Callable[[], None]) -> QMessageBox:
    """Ask before deleting the routine ``name``; ``then`` runs only if the user says Delete."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        RoutinePrompts.tr("Delete routine"),
        RoutinePrompts.tr("Delete the routine “{name}”? This cannot be undone.").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    # No is the default, so a stray Enter keeps the routine.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(RoutinePrompts.tr("&Delete"))
    yes.clicked.connect(then)
    box.open()
    return box
