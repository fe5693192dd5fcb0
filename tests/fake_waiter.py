"""A fake clock that worker threads sleep on: time passes only when the test moves it.

It is the clock (call it for the time) and the :class:`app.core.waiter.Waiter` of the
threads under test. A thread sleeps on a condition made here until another thread notifies
it or the test moves the time to its deadline. Moving the time goes from deadline to
deadline: at each, the threads due wake, and the move goes on once every thread made here is
asleep again (idle), so a thread acts at its deadline, never later, and everything it does
in the move is done when the move returns. A test that changes something else a thread
watches (pauses the session, say) calls :meth:`FakeWaiter.wait_idle` before it looks.

Nothing here sleeps for real time; waiting for a thread to react gives up after ``TIMEOUT``
real seconds, with a message, instead of hanging.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

TIMEOUT = 10.0
"""Real seconds to wait for the threads to fall asleep again: generous, as the machine is
shared, and only a bug makes it run out."""


@dataclass
class _Sleeper:
    """What the fake knows of the one thread that sleeps on a condition; changed only by a
    thread that holds that condition, so one that holds it reads it whole."""

    name: str
    asleep: bool = False
    woken: bool = False
    """Notified since it fell asleep: it is on its way to act, not idle."""
    deadline: float | None = None


class _WatchedCondition(threading.Condition):
    """A condition that tells its sleeper when it is notified, so that a thread woken by an
    event (not by the clock) does not count as idle before it has acted."""

    def __init__(self, owner: FakeWaiter, name: str) -> None:
        super().__init__()
        self.owner = owner
        self.sleeper = _Sleeper(name)

    def notify(self, n: int = 1) -> None:
        # notify_all comes here too; the caller holds this condition
        if self.sleeper.asleep:
            with self.owner._changed:
                self.sleeper.woken = True
        super().notify(n)


class FakeWaiter:
    """A monotonic clock that stands still until the test moves it, with threads asleep on it.

    Every condition it made must belong to a live thread whenever the test moves the time or
    waits for the threads to be idle: close the threads only at the end.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self._now = float(start)
        self._changed = threading.Condition()
        """Guards the time; notified when a thread falls asleep or wakes. Taken after a
        thread's own condition, never before it."""
        self._conditions: list[_WatchedCondition] = []

    # the clock

    def __call__(self) -> float:
        with self._changed:
            return self._now

    # the Waiter

    def condition(self) -> threading.Condition:
        with self._changed:
            condition = _WatchedCondition(self, f"condition {len(self._conditions) + 1}")
            self._conditions.append(condition)
        return condition

    def wait_until(self, condition: threading.Condition, deadline: float | None) -> None:
        if not isinstance(condition, _WatchedCondition) or condition.owner is not self:
            raise TypeError("a FakeWaiter sleeps only on conditions it made")
        sleeper = condition.sleeper
        with self._changed:
            if deadline is not None and deadline <= self._now:
                return
            sleeper.name = threading.current_thread().name
            sleeper.asleep, sleeper.woken, sleeper.deadline = True, False, deadline
            self._changed.notify_all()
        try:
            # Only a notify wakes it (the fake's own at its deadline, or an event's): no real
            # timeout, since real time means nothing here.
            while not sleeper.woken:
                condition.wait()
        finally:
            with self._changed:
                sleeper.asleep = sleeper.woken = False
                self._changed.notify_all()

    # moving the time

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass, waking each thread at its deadline; return once all are idle."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back {seconds} seconds")
        self.advance_to(self() + seconds)

    def advance_to(self, t: float) -> None:
        """Move to clock time ``t`` as :meth:`advance` does."""
        if t < self():
            raise ValueError(f"a monotonic clock cannot go back from {self()} to {t}")
        self.wait_idle()
        while True:
            with self._changed:
                deadlines = [d for d in self._deadlines() if d <= t]
                if not deadlines:
                    self._now = t
                    return
                # a deadline already past (after a jump) wakes its thread now
                self._now = now = max(self._now, min(deadlines))
                conditions = list(self._conditions)
            for condition in conditions:
                with condition:
                    # (its thread holds it to fall asleep or wake: the sleeper reads whole)
                    deadline = condition.sleeper.deadline
                    if self._asleep(condition) and deadline is not None and deadline <= now:
                        condition.notify_all()
            self.wait_idle()

    def jump(self, seconds: float) -> None:
        """Move the clock on at once and wake no one, as if every thread were starved meanwhile:
        each sees the new time when something wakes it (a notify, or the next advance)."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back {seconds} seconds")
        with self._changed:
            self._now += seconds

    def wait_idle(self) -> None:
        """Wait until every thread that sleeps here is asleep again and not yet woken."""
        with self._changed:
            if not self._changed.wait_for(self._idle, TIMEOUT):
                busy = [c.sleeper.name for c in self._conditions if not self._asleep(c)]
                raise AssertionError(f"gave up after {TIMEOUT} s waiting for {busy} to sleep")

    def _deadlines(self) -> list[float]:
        return [
            c.sleeper.deadline
            for c in self._conditions
            if self._asleep(c) and c.sleeper.deadline is not None
        ]

    def _idle(self) -> bool:
        return all(self._asleep(c) for c in self._conditions)

    @staticmethod
    def _asleep(condition: _WatchedCondition) -> bool:
        return condition.sleeper.asleep and not condition.sleeper.woken
