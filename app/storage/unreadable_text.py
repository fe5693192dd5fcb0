"""Text in the log that is not valid UTF-8: read anyway, and marked so readers can skip it.

Left to itself, Python's sqlite3 raises on such a value and its cursor never gets past the
row, so one damaged byte inside one session's note would stop the export, the progress view
and the history for good. Every connection to the log decodes text with
:func:`decode_text` instead: good text is a plain ``str``; damaged text is an
:class:`UnreadableText`, the bytes decoded with U+FFFD where they are wrong.
"""

from __future__ import annotations

from collections.abc import Iterable


class UnreadableText(str):
    """A text value whose bytes are not UTF-8: shown with U+FFFD, never trusted."""

    __slots__ = ()


def decode_text(data: bytes) -> str:
    """The ``text_factory`` of every connection to the log."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return UnreadableText(data.decode("utf-8", "replace"))


def has_unreadable(values: Iterable[object]) -> bool:
    """True if any of ``values`` is text that could not be read."""
    # type() rather than isinstance: UnreadableText is never subclassed, and this runs for
    # every row an export reads.
    return UnreadableText in map(type, values)
