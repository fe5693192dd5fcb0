"""CSV cells that a spreadsheet would run as a formula, made plain text (OWASP's advice).

OWASP's "CSV Injection" page: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return is read by spreadsheet programs as a formula. Prefixing it with a single
quote makes them show it as text; the CSV writer already quotes cells with commas, quotes
and line breaks. Only text the user typed (a note, an exercise's name) can begin so.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text``, with a ``'`` in front if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
