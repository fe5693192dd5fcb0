"""Plank Timer: an interval timer for short plank and side-plank holds."""

__version__ = "0.1.0"
