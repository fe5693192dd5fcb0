"""Writing a JSON document a piece at a time, so memory stays flat however long the log.

The document is an object: a few scalar fields first, then named lists whose items come
from iterators, each item encoded on its own. The text is exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` would give for the whole thing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

Section = tuple[str, Iterable[Any]]
"""A top-level list: its key and its items, produced one at a time."""

_ITEM_INDENT = "\n    "


def _encoded(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


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
            out.write(separator + _encoded(item).replace("\n", _ITEM_INDENT))
            separator = "," + _ITEM_INDENT
        out.write("]" if separator == _ITEM_INDENT else "\n  ]")
    out.write("\n}\n" if not first_field else "}\n")
