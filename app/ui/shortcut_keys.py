"""Makes the workout keys win over whichever control has the focus, and runs floor mode's keys.

Without this, Space would tick the focused checkbox instead of starting the workout, because
Qt lets the focused widget claim a key (ShortcutOverride) before shortcuts see it. Text
fields keep their keys so that names can still be typed.

In floor mode every key is the workout's: any key pauses, Space resumes, Esc leaves.
"""

from __future__ import annotations

from collections.abc import Callable

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
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
    }
)

FloorKeyHandler = Callable[[Qt.Key], None]


def _types_text(widget: QObject) -> bool:
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return True
    # A spin box's own line edit takes digits only; letters and Space are ours.
    return isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox)


class ShortcutKeys(QObject):
    """An application event filter that keeps the workout keys for one window."""

    def __init__(self, window: QWidget, active: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._active = active
        self.floor_handler: FloorKeyHandler | None = None
        """While set, floor mode is on and every key press goes to it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if self.floor_handler is not None:
            if kind is QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut fires; the key press comes to us instead
            elif not event.isAutoRepeat() and key not in MODIFIER_KEYS:
                self.floor_handler(key)
            return True
        if kind is not QEvent.Type.ShortcutOverride or not self._active() or _types_text(watched):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # Swallowing the override leaves it unaccepted, so the window's shortcut fires.
        return mods == Qt.KeyboardModifier.NoModifier and key in WORKOUT_KEYS
