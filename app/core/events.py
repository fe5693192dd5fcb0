"""What a session reports to its listeners, in the order it happens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.cues import Cue
from app.core.timeline import Phase


@dataclass(frozen=True)
class Started:
    """The workout began at clock time ``at``."""

    at: float


@dataclass(frozen=True)
class PhaseStarted:
    """A phase began; ``at`` is its deadline on the clock, not when it was noticed."""

    phase: Phase
    index: int
    at: float


@dataclass(frozen=True)
class CueDue:
    """A cue's deadline passed. Sound is played by the cue thread; this is for the screen."""

    cue: Cue
    at: float


@dataclass(frozen=True)
class HoldFinished:
    """A hold ended: fully (``completed``) or cut short by skip or stop."""

    phase: Phase
    held: float
    completed: bool
    at: float


@dataclass(frozen=True)
class Paused:
    """The workout was paused."""

    at: float


@dataclass(frozen=True)
class Resumed:
    """The workout went on after ``paused_for`` seconds."""

    at: float
    paused_for: float


@dataclass(frozen=True)
class Finished:
    """The last phase ended."""

    at: float


@dataclass(frozen=True)
class Stopped:
    """The user stopped the workout before its end."""

    at: float


Event = Started | PhaseStarted | CueDue | HoldFinished | Paused | Resumed | Finished | Stopped
Listener = Callable[[Event], None]
