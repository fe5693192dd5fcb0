"""Makes the workout keys win over whichever control has the focus.

Without this, Space would tick the focused checkbox instead of starting the workout, because
Qt lets the focused widget claim a key (ShortcutOverride) before shortcuts see it. Text
fields keep their keys so that names can still be typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

WORKOUT_KEYS = frozenset(
    {
        Qt.Key.Key_Space,
        Qt.Key.Key_S,
        Qt.Key.Key_Right,
        Qt.Key.Key_Escape,
        Qt.Key.Key_F,
        Qt.Key.Key_F11,
        Qt.Key.Key_M,
    }
)


def _types_text(widget: QObject) -> bool:
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return True
    # A spin box's own line edit takes digits only; letters and Space are ours.
    return isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox)


class ShortcutKeys(QObject):
    """An application event filter that keeps the workout keys for one window's shortcuts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() is not QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or _types_text(watched):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # Swallowing the override leaves it unaccepted, so the window's shortcut fires.
        return mods == Qt.KeyboardModifier.NoModifier and Qt.Key(event.key()) in WORKOUT_KEYS
