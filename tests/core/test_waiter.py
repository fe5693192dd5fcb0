"""The real waiter sleeps for the time its clock says is left, and wakes early when notified.

The clock here is a constant, so nothing waits for time to pass: a deadline already reached
must not wait at all, and one far off must not keep a notified thread asleep (a pause or a
skip would not take effect). A waiter that got either wrong would leave its thread asleep
for minutes, and the thread would not be done within the generous ``TIMEOUT``.
"""

from __future__ import annotations

import threading

from app.core.waiter import ClockWaiter

TIMEOUT = 10.0
NOW = 1_000_000.0


def asleep_in_thread(
    waiter: ClockWaiter, deadline: float
) -> tuple[threading.Condition, threading.Event]:
    """Starts a thread that sleeps on a new condition until ``deadline``; the condition, and
    an event set once the thread woke. The thread is asleep (or done) when this returns."""
    condition = waiter.condition()
    done = threading.Event()
    ready = threading.Event()

    def sleep() -> None:
        with condition:
            ready.set()
            waiter.wait_until(condition, deadline)
        done.set()

    threading.Thread(target=sleep, name="sleeper", daemon=True).start()
    assert ready.wait(TIMEOUT)
    # to be had only once the thread sleeps, which lets go of it
    assert condition.acquire(timeout=TIMEOUT), "the sleeping thread holds on to its condition"
    condition.release()
    return condition, done


def test_a_deadline_the_clock_has_passed_does_not_wait() -> None:
    _, done = asleep_in_thread(ClockWaiter(lambda: NOW), NOW - 100.0)
    assert done.wait(TIMEOUT)


def test_a_notify_wakes_a_thread_whose_deadline_is_far_off() -> None:
    condition, done = asleep_in_thread(ClockWaiter(lambda: NOW), NOW + 100.0)
    with condition:
        condition.notify()
    assert done.wait(TIMEOUT)
