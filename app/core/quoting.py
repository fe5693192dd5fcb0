"""Quoting a bad value in a one-line message: a short prefix, never the whole thing.

A 10 MB note quoted whole made a 10.5 MB error line and froze the window for half a
minute building its message box; a list nested 100,000 deep cannot even be printed.
"""

from __future__ import annotations

import reprlib

from app.core.message import QT_TRANSLATE_NOOP, Message

QUOTE_CHARS = 40
"""The longest stretch of a bad value an error message shows."""

_repr = reprlib.Repr()
_repr.maxstring = QUOTE_CHARS
_repr.maxother = QUOTE_CHARS
_repr.maxlong = QUOTE_CHARS
_repr.maxlevel = 2
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 4


def quoted(value: object) -> str | Message:
    """``repr(value)`` cut short: strings to about 40 characters, containers to 4 items,
    2 levels deep. A long string says its length, in words the window translates."""
    if isinstance(value, str) and len(value) > QUOTE_CHARS:
        # reprlib keeps the end too; a prefix says more about where the text went wrong.
        return Message(
            QT_TRANSLATE_NOOP("errors", "{start}… ({count} characters)"),
            {"start": repr(value[:QUOTE_CHARS]), "count": len(value)},
        )
    return _repr.repr(value)
