"""The check-in after a workout: back pain from 0 to 10 and a free note, both optional."""

from __future__ import annotations

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError
from app.core.names import NOTE_MAX_CHARS, InvalidNameError, clean_text
from app.storage.database import SessionLog
from app.storage.transaction import write_transaction

BACK_PAIN_RANGE = (0, 10)
BACK_PAIN_NAME = Message(QT_TRANSLATE_NOOP("errors", "back pain"))


class CheckInError(MessageError, ValueError):
    """A check-in value is not valid; the message is one line, fit to show the user."""


def valid_back_pain(value: object) -> int | None:
    """``value`` as a back-pain score, or None for "not answered"; CheckInError if invalid."""
    if value is None:
        return None
    low, high = BACK_PAIN_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CheckInError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} must be a whole number from {low} to {high}, got {value}"
            ),
            name=BACK_PAIN_NAME,
            low=low,
            high=high,
            value=repr(value),
        )
    return value


def valid_note(value: object) -> str | None:
    """``value`` trimmed, or None when empty; CheckInError unless it passes the one validator
    for names and notes (see names): one line of printable text, at most 2000 characters."""
    if value is None:
        return None
    try:
        return clean_text(value, QT_TRANSLATE_NOOP("errors", "the note"), NOTE_MAX_CHARS) or None
    except InvalidNameError as error:
        raise CheckInError(error.message) from None


def check_in(log: SessionLog, session_id: int, *, back_pain: int | None, note: str | None) -> None:
    """Save back pain and note for a logged session (also to change them later).

    Raises CheckInError for an invalid value or an unknown session; sqlite3.Error if the
    log cannot be written.
    """
    pain = valid_back_pain(back_pain)
    text = valid_note(note)
    connection = log.connection()
    with write_transaction(connection):
        changed = connection.execute(
            "UPDATE sessions SET back_pain = ?, note = ? WHERE id = ? AND deleted = 0",
            (pain, text, session_id),
        ).rowcount
    if not changed:
        raise CheckInError(
            QT_TRANSLATE_NOOP("errors", "there is no workout {id} in the log"), id=str(session_id)
        )
