"""Writing a JSON document a piece at a time, so memory stays flat however long the log.

The document is an object: a few scalar fields first, then named lists whose items come
from iterators, each item encoded on its own. The text is exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` would give for the whole thing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any, TextIO

Section = tuple[str, Iterable[Any]]
"""A top-level list: its key and its items, produced one at a time."""

_ITEM_INDENT = "\n    "
_STEP = "  "


def _float(value: float) -> str:
    if math.isfinite(value):
        return float.__repr__(value)
    return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")


def _encode(value: Any, indent: str, parts: list[str]) -> None:
    """Append ``value`` as ``json.dumps(indent=2, ensure_ascii=False)`` writes it, nested at
    ``indent``. Written out here because json's own indenting encoder is pure Python and
    generator-based: this is about twice as fast, and the export is mostly this."""
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = "\n" + indent + _STEP
        separator = "{" + inner
        for key, item in value.items():
            parts.append(separator + encode_basestring(str(key)) + ": ")
            _encode(item, indent + _STEP, parts)
            separator = "," + inner
        parts.append("\n" + indent + "}")
    elif isinstance(value, list | tuple):
        if not value:
            parts.append("[]")
            return
        inner = "\n" + indent + _STEP
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _encode(item, indent + _STEP, parts)
            separator = "," + inner
        parts.append("\n" + indent + "]")
    else:
        parts.append(json.dumps(value, indent=2, ensure_ascii=False))  # raises TypeError


def _encoded(value: Any, indent: str = "") -> str:
    parts: list[str] = []
    _encode(value, indent, parts)
    return "".join(parts)


def write_document(out: TextIO, head: Mapping[str, Any], sections: Sequence[Section]) -> None:
    """Write ``{**head, name: [items...] for each section}`` to ``out``, item by item."""
    out.write("{")
    first_field = True
    for key, value in head.items():
        out.write(("\n" if first_field else ",\n") + f"  {_encoded(key)}: {_encoded(value)}")
        first_field = False
    for key, items in sections:
        out.write(("\n" if first_field else ",\n") + f"  {_encoded(key)}: [")
        first_field = False
        separator = _ITEM_INDENT
        for item in items:
            out.write(separator + _encoded(item, "    "))
            separator = "," + _ITEM_INDENT
        out.write("]" if separator == _ITEM_INDENT else "\n  ]")
    out.write("\n}\n" if not first_field else "}\n")
