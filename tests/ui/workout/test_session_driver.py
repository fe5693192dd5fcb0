"""The driver repaints the count when its number changes: just after each whole second of
the phase, not on a fixed beat (which cost the GUI thread 1.4 % of a core for one new number
a second), and never so late that a number is skipped, however the session's other
deadlines (countdown ticks on whole seconds, spoken words between them) fall.

Both of the driver's timers are replaced by timers on the fake clock, which fire in order of
their due time and a little late, as Qt's do; nothing waits for real time."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from app.core.cues import Cue, CueKind
from app.core.events import PhaseStarted
from app.core.readout import read
from app.core.session import Session
from app.ui.workout.session_driver import SessionDriver, next_change_ms
from tests.audio.test_cue_thread import HOLD, REST, timeline
from tests.fakes import FakeClock

LATE_S = 0.0007
"""How late a timer fires after its due time (Qt rounds up to the millisecond and wakes late)."""
SHOWN_WITHIN_S = 0.005


class FakeTimer:
    """A single-shot QTimer on the fake clock."""

    def __init__(self, clock: FakeClock, slot: Callable[[], None]) -> None:
        self.clock = clock
        self.slot = slot
        self.due: float | None = None

    def start(self, ms: int) -> None:
        self.due = self.clock() + ms / 1000

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:  # noqa: N802 (QTimer's name)
        return self.due is not None

    def remainingTime(self) -> int:  # noqa: N802 (QTimer's name)
        return -1 if self.due is None else max(0, math.ceil((self.due - self.clock()) * 1000))


@pytest.mark.parametrize(
    ("left", "expected"),
    [(10.0, 2), (9.7, 702), (4.0005, 3), (0.25, 252), (3.5, 502)],
)
def test_the_next_repaint_is_just_after_the_count_changes(left: float, expected: int) -> None:
    assert next_change_ms(left) == expected


def test_every_number_is_shown_within_5_ms_of_its_moment_between_ticks_and_words() -> None:
    clock = FakeClock()
    line = timeline((REST, 5.0), (HOLD, 4.0))
    # Ticks on whole seconds before the hold (the moment the count changes) and words at
    # fractions of a second, as a spoken schedule puts them.
    cues = [
        Cue(0, 0.15, CueKind.VOICE, clip="rest"),
        Cue(1, 1.55, CueKind.VOICE, clip="plank"),
        Cue(2, 2.0, CueKind.TICK),
        Cue(3, 3.0, CueKind.TICK),
        Cue(4, 4.0, CueKind.TICK),
        Cue(5, 5.0, CueKind.HOLD),
        Cue(6, 6.3, CueKind.VOICE, clip="hold"),
        Cue(7, 9.0, CueKind.DONE),
    ]
    session = Session(line, clock, cues)
    driver = SessionDriver(session, clock)
    driver._deadline = FakeTimer(clock, driver.poll)  # type: ignore[assignment]
    driver._repaint = FakeTimer(clock, driver._tick)  # type: ignore[assignment]
    shown: list[tuple[float, str]] = []

    def show() -> None:
        shown.append((clock(), read(session).count))

    driver.refresh.connect(show)
    # The page repaints at once on a new phase, as WorkoutPage does.
    driver.event.connect(lambda event: show() if isinstance(event, PhaseStarted) else None)
    start = clock()
    session.start()
    show()
    timers = [driver._deadline, driver._repaint]
    while any(timer.isActive() for timer in timers):
        timer = min((t for t in timers if t.due is not None), key=lambda t: t.due or 0.0)
        assert timer.due is not None
        clock.set(max(clock(), timer.due + LATE_S))
        timer.due = None
        timer.slot()

    numbers = [count for _, count in shown]
    changes = [count for i, count in enumerate(numbers) if i == 0 or count != numbers[i - 1]]
    assert changes == ["5", "4", "3", "2", "1", "4", "3", "2", "1", "✓"]
    for second in (*range(1, 5), *range(6, 9)):  # each moment a number changes
        first = next(t for t, count in shown if t >= start + second)
        assert first - (start + second) <= SHOWN_WITHIN_S, (second, shown)
