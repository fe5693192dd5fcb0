"""A published figure: our value over repeated runs, the naive reference beside it, a target."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from bench.stats import Spread


class Judge(enum.Enum):
    """Which run a target is checked against."""

    WORST = "every run"
    """Tail figures (p99, max, end error, CPU, memory): the worst run must be within it."""
    MEDIAN = "median of runs"
    """Durations of one action (startup, opening a view): the typical run must be within it."""


@dataclass(frozen=True)
class Target:
    """An upper limit on a figure; never loosened to fit a result."""

    limit: float
    judge: Judge = Judge.WORST

    def met_by(self, spread: Spread) -> bool:
        value = abs(spread.worst) if self.judge is Judge.WORST else spread.median
        return value <= self.limit


@dataclass(frozen=True)
class Figure:
    """One row of the results table."""

    label: str
    unit: str
    ours: Spread
    naive: Spread | None = None
    target: Target | None = None
    digits: int = 1

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.target.met_by(self.ours)


@dataclass
class BenchResult:
    """What one benchmark produced: its rows and the paragraphs that explain them."""

    number: int
    title: str
    figures: list[Figure] = field(default_factory=list)
    method: str = ""
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    """Why the benchmark could not be measured, when it could not."""
