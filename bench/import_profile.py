"""Reads ``python -X importtime`` output: which imports a module's import time goes to."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "import time:"


@dataclass(frozen=True)
class Imported:
    """One line of -X importtime: a module, its own and its subtree's microseconds, depth."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int


def parse(text: str) -> list[Imported]:
    """The imports in the order Python reports them (children before their parent)."""
    found = []
    for line in text.splitlines():
        if not line.startswith(PREFIX) or "self [us]" in line:
            continue
        own, cumulative, name = line[len(PREFIX) :].split("|", 2)
        stripped = name.lstrip()
        # One space after the bar, then two more per level of nesting.
        depth = (len(name) - len(stripped) - 1) // 2
        found.append(Imported(stripped.strip(), int(own), int(cumulative), depth))
    return found


def children(imports: list[Imported], root: str) -> list[Imported]:
    """What ``root``'s import imported directly, costliest first (empty if it never was)."""
    position = next((i for i, item in enumerate(imports) if item.name == root), None)
    if position is None:
        return []
    depth = imports[position].depth
    direct = []
    for item in reversed(imports[:position]):
        if item.depth <= depth:
            break
        if item.depth == depth + 1:
            direct.append(item)
    return sorted(direct, key=lambda item: -item.cumulative_us)


def find(imports: list[Imported], name: str) -> Imported | None:
    return next((item for item in imports if item.name == name), None)
