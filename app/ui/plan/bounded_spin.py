"""A spin box held to one of the plan's valid ranges, so a bad value cannot be entered."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSpinBox, QWidget


class SpinWords(QObject):
    """The translation context of the spin boxes' units (``SpinWords.tr``)."""


def seconds_suffix() -> str:
    """What follows a number of seconds in a spin box: `` s``."""
    return SpinWords.tr(" s", "after a number of seconds")


def bounded_spin(parent: QWidget, bounds: tuple[int, int], suffix: str, name: str) -> QSpinBox:
    """A spin box from ``bounds[0]`` to ``bounds[1]``, named ``name`` for screen readers."""
    spin = QSpinBox(parent)
    spin.setRange(*bounds)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin
