"""When the daily reminder is next due, in local time."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from app.core.message import QT_TRANSLATE_NOOP, MessageError

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ReminderTimeError(MessageError, ValueError):
    """A reminder time that is not HH:MM; the message is one line, fit to show."""


def parse_reminder_time(text: str) -> time:
    """``"18:30"`` as a time of day; ReminderTimeError (a ValueError) otherwise."""
    match = _TIME.match(text.strip())
    if match is None:
        raise ReminderTimeError(
            QT_TRANSLATE_NOOP("errors", "reminder time must be HH:MM (24-hour), got {value}"),
            value=repr(text),
        )
    return time(int(match.group(1)), int(match.group(2)))


def next_reminder(now: datetime, at: time) -> datetime:
    """The next moment at ``at`` strictly after ``now`` (aware or naive, as ``now`` is).

    The wall-clock time is kept across daylight-saving changes: 18:30 stays 18:30.
    """
    candidate = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= now:
        day = (candidate + timedelta(days=1)).date()
        candidate = datetime.combine(day, at, tzinfo=now.tzinfo)
    return candidate
