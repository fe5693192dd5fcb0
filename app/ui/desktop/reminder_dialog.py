"""Asks for the daily reminder time; bad input is refused with one line and changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.core.reminder import ReminderTimeError, parse_reminder_time
from app.ui.error_text import error_text


class ReminderDialog(QObject):
    """The translation context of the reminder question (``ReminderDialog.tr``)."""


@dataclass(frozen=True)
class ReminderChoice:
    """What the user chose: a time of day, or None for no reminder."""

    at: time | None


def ask_reminder_time(parent: QWidget, current: time | None) -> ReminderChoice | None:
    """The user's choice, or None when they cancelled or typed something invalid."""
    shown = current.strftime("%H:%M") if current else ""
    text, accepted = QInputDialog.getText(
        parent,
        ReminderDialog.tr("Daily reminder"),
        ReminderDialog.tr("Remind me every day at (HH:MM, 24-hour; leave empty for no reminder):"),
        text=shown,
    )
    if not accepted:
        return None
    if not text.strip():
        return ReminderChoice(None)
    try:
        return ReminderChoice(parse_reminder_time(text))
    except ReminderTimeError as error:
        QMessageBox.warning(
            parent,
            ReminderDialog.tr("Daily reminder"),
            ReminderDialog.tr("Not changed: {reason}.").format(reason=error_text(error)),
        )
        return None
