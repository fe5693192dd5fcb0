"""The words a backup's field errors are made of, as translatable templates.

An import names what is wrong by the field's place in the file (``sessions[2]``,
``sets[1].held_seconds``): those names stay as the file spells them; the words around them
are templates (see ``app/core/message.py``), so the command line prints the English line and
the window shows it in the user's language.
"""

from __future__ import annotations

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError
from app.core.quoting import quoted


class FieldError(MessageError, ValueError):
    """A value in a backup is wrong; the message names the field, in one line."""


def not_an_object(where: str, data: object) -> Message:
    """``sets[0] must be an object, got str`` (``it must be ...`` at the top)."""
    kind = type(data).__name__
    if where:
        template = QT_TRANSLATE_NOOP("errors", "{field} must be an object, got {kind}")
        return Message(template, {"field": where.rstrip("."), "kind": kind})
    return Message(QT_TRANSLATE_NOOP("errors", "it must be an object, got {kind}"), {"kind": kind})


def missing(field: str) -> Message:
    """``sets[0].held_seconds is missing``."""
    return Message(QT_TRANSLATE_NOOP("errors", "{field} is missing"), {"field": field})


def wrong(field: str, wanted: str | Message, value: object) -> Message:
    """``back_pain must be a whole number from 0 to 10, got 11``."""
    return Message(
        QT_TRANSLATE_NOOP("errors", "{field} must be {wanted}, got {value}"),
        {"field": field, "wanted": wanted, "value": quoted(value)},
    )


def repeats(field: str, other: str) -> Message:
    """``name repeats routines[0]``: a value that must be unique is not."""
    return Message(
        QT_TRANSLATE_NOOP("errors", "{field} repeats {other}"), {"field": field, "other": other}
    )


def started_label(item: str, started: object) -> Message:
    """``sessions[2] (started 2024-03-31T00:30:00.000+01:00)``: an item named by its start."""
    return Message(
        QT_TRANSLATE_NOOP("errors", "{item} (started {time})"), {"item": item, "time": started}
    )


def seconds_between(low: float, high: float) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("errors", "a number of seconds from {low} to {high}"),
        {"low": low, "high": high},
    )


def whole_between(low: int, high: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("errors", "a whole number from {low} to {high}"),
        {"low": low, "high": high},
    )


AN_ISO_TIME = Message(QT_TRANSLATE_NOOP("errors", "an ISO 8601 time with a UTC offset"))
A_LIST = Message(QT_TRANSLATE_NOOP("errors", "a list"))
TRUE_OR_FALSE = Message(QT_TRANSLATE_NOOP("errors", "true or false"))
