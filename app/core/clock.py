"""The clock every time-dependent class receives in its constructor."""

import time
from collections.abc import Callable

Clock = Callable[[], float]
"""A monotonic clock: seconds as a float, only differences are meaningful."""

monotonic: Clock = time.monotonic
