"""The one validator for names and notes, wherever they enter: command line, import, the
routine editor, the plan form and the check-in.

A name is one line of printable text (Python's ``str.isprintable``: no control characters,
no line or paragraph separators, no format characters such as bidi overrides, no lone
surrogates, no unassigned code points), trimmed of surrounding spaces, of 1 to a stated
number of characters: :data:`EXERCISE_NAME_MAX_CHARS` for an exercise,
:data:`ROUTINE_NAME_MAX_CHARS` for a routine, :data:`NOTE_MAX_CHARS` for a note.

A name the user did not type (a run's file name, which Linux allows to hold line breaks and
terminal escapes) is not refused but made printable by the same rule: see
:func:`printable_name`.
"""

from __future__ import annotations

import unicodedata

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.core.plan_error import PlanError
from app.core.quoting import quoted

EXERCISE_NAME_MAX_CHARS = 40
"""Long enough for any exercise's name, short enough for one line of the big display."""
ROUTINE_NAME_MAX_CHARS = 40
NOTE_MAX_CHARS = 2000

# Marks, embeddings, overrides and isolates: they reorder what a terminal or a label shows.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


class InvalidNameError(PlanError):
    """A name or note is not one line of printable text of the allowed length."""


def _describe(char: str) -> Message:
    code = f"U+{ord(char):04X}"
    if char in _BIDI_CONTROLS:
        return Message(QT_TRANSLATE_NOOP("errors", "a bidi control ({code})"), {"code": code})
    category = unicodedata.category(char)
    if char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029":
        template = QT_TRANSLATE_NOOP("errors", "a line break ({code})")
    elif category == "Cs":
        template = QT_TRANSLATE_NOOP("errors", "a lone surrogate ({code})")
    elif category == "Cc":
        template = QT_TRANSLATE_NOOP("errors", "a control character ({code})")
    elif category == "Cn":
        template = QT_TRANSLATE_NOOP("errors", "an unassigned character ({code})")
    else:
        template = QT_TRANSLATE_NOOP("errors", "an unprintable character ({code})")
    return Message(template, {"code": code})


def clean_text(value: object, what: str, max_chars: int, *, empty: str | None = None) -> str:
    """``value`` trimmed; InvalidNameError (one line) unless it is one line of printable text of
    at most ``max_chars`` characters. ``what`` names the field (a template marked for
    translation); ``empty`` is the message for blank text; without it blank text is returned
    as "" (an optional note)."""
    field = Message(what)
    if not isinstance(value, str):
        raise InvalidNameError(
            QT_TRANSLATE_NOOP("errors", "{what} must be text, got {value}"),
            what=field,
            value=quoted(value),
        )
    text = value.strip()
    if not text and empty is not None:
        raise InvalidNameError(empty)
    if len(text) > max_chars:
        raise InvalidNameError(
            QT_TRANSLATE_NOOP("errors", "{what} must be at most {most} characters, got {count}"),
            what=field,
            most=max_chars,
            count=len(text),
        )
    for position, char in enumerate(text, start=1):
        if not char.isprintable():
            raise InvalidNameError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{what} must be one line of printable text; it has {char}"
                    " at character {position}",
                ),
                what=field,
                char=_describe(char),
                position=position,
            )
    return text


REPLACEMENT = "\ufffd"
"""What stands for a character a name may not show: the Unicode replacement character."""


def printable(text: str) -> str:
    """``text`` as one printable line, by the rule :func:`clean_text` refuses by: a space
    separator (a no-break or thin space) becomes a plain space, any other character it
    refuses (a line break, a control character such as a terminal escape, a bidi override, a
    lone surrogate from an undecodable file name) becomes U+FFFD."""
    return "".join(
        char if char.isprintable() else " " if unicodedata.category(char) == "Zs" else REPLACEMENT
        for char in text
    )


def printable_name(text: str, max_chars: int) -> str:
    """A name that came from elsewhere, made :func:`printable`, trimmed, and cut to
    ``max_chars`` keeping its end (where a file's own name is), marked by "…"."""
    shown = printable(text.strip()).strip()
    if len(shown) <= max_chars:
        return shown
    return "…" + shown[-(max_chars - 1) :]
