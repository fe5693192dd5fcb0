"""Errors from core and storage in the user's language.

They carry an English template and its values (``app/core/message.py``); here the template
goes through Qt's translator (context ``errors``) and the values are filled in, numbers
through ``QLocale`` and nested messages translated in turn. An error without a template (a
message from the operating system, say) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.message import Message


def message_text(message: Message) -> str:
    """The message translated, with its values filled in."""
    template = QCoreApplication.translate(message.context, message.template)
    if not message.args:
        return template
    values = {name: _value_text(value) for name, value in message.args.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or misspelt a field: the English line beats no line.
        return message.template.format_map(values)


def _value_text(value: object) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float) and value.is_integer():
        return QLocale().toString(int(value))
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def error_text(error: BaseException) -> str:
    """An exception's one line in the user's language."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message_text(message)
    return str(error)
