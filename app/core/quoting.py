"""Quoting a bad value in a one-line message: a short prefix, never the whole thing.

A 10 MB note quoted whole made a 10.5 MB error line and froze the window for half a
minute building its message box; a list nested 100,000 deep cannot even be printed.
"""

from __future__ import annotations

import reprlib

QUOTE_CHARS = 40
"""The longest stretch of a bad value an error message shows."""

_repr = reprlib.Repr()
_repr.maxstring = QUOTE_CHARS
_repr.maxother = QUOTE_CHARS
_repr.maxlong = QUOTE_CHARS
_repr.maxlevel = 2
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 4


def quoted(value: object) -> str:
    """``repr(value)`` cut short: strings to about 40 characters, containers to 4 items,
    2 levels deep."""
    if isinstance(value, str) and len(value) > QUOTE_CHARS:
        # reprlib keeps the end too; a prefix says more about where the text went wrong.
        return repr(value[:QUOTE_CHARS]) + f"… ({len(value):,} characters)"
    return _repr.repr(value)
