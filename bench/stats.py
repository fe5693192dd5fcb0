"""Percentiles of one run, and the median and spread of a figure over repeated runs."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Spread:
    """One figure measured in several runs: the median, and the lowest and highest run."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            raise ValueError("a figure needs at least one run")
        return cls(tuple(float(value) for value in values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def worst(self) -> float:
        """The run furthest from zero: errors may be early (negative) as well as late."""
        return max(self.values, key=abs)

    @property
    def runs(self) -> int:
        return len(self.values)


def summary(values: Sequence[float]) -> dict[str, float]:
    """p50, p99 and max of the absolute values of one run (errors, late or early)."""
    absolute = [abs(value) for value in values]
    return {
        "p50": percentile(absolute, 50),
        "p99": percentile(absolute, 99),
        "max": max(absolute),
    }
