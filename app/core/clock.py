"""The clock every time-dependent class receives in its constructor."""

from collections.abc import Callable
import time

Clock = Callable[[], float]
"""A monotonic clock: seconds as a float, only differences are meaningful."""

monotonic: Clock = time.monotonic
