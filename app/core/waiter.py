"""How a worker thread sleeps until a clock time or until another thread wakes it.

A thread that acts at deadlines (the cue thread, the cue feeder) sleeps on a condition that
every change of the schedule notifies. Its timeout comes from the clock it was given; the
real clock's time passes by itself, so a plain ``Condition.wait`` with the time left will do.
A test's fake clock does not move by itself: the thread must sleep on that clock instead,
so the test can move it and wake the thread at the right moment without any real time
passing. The thread therefore receives a :class:`Waiter` in its constructor, which makes its
condition and does its sleeping.
"""

from __future__ import annotations

import threading
from typing import Protocol

from app.core.clock import Clock, monotonic


class Waiter(Protocol):
    """Makes conditions, and sleeps on them until notified or until a clock time."""

    def condition(self) -> threading.Condition:
        """A new condition for one thread to sleep on; others notify it to wake that thread."""
        ...

    def wait_until(self, condition: threading.Condition, deadline: float | None) -> None:
        """Sleep until ``condition`` is notified or the clock reaches ``deadline`` (None:
        no deadline). The caller holds ``condition``, as for ``Condition.wait``, and checks
        what changed after: like ``Condition.wait``, this does not say why it returned."""
        ...


class ClockWaiter:
    """The :class:`Waiter` for a clock whose time passes by itself (the monotonic clock)."""

    def __init__(self, clock: Clock = monotonic) -> None:
        self._clock = clock

    def condition(self) -> threading.Condition:
        return threading.Condition()

    def wait_until(self, condition: threading.Condition, deadline: float | None) -> None:
        # The time left is read now, with the condition held, so no time is lost between
        # working out the deadline and falling asleep.
        timeout = None if deadline is None else max(0.0, deadline - self._clock())
        condition.wait(timeout)
