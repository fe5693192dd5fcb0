"""The driver repaints the count when its number changes: just after each whole second of
the phase, not on a fixed beat (which cost the GUI thread 1.4 % of a core for one new number
a second), and never so late that a second is skipped. Timers are read, not waited for: the
fake clock is moved to the moment each would fire."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.readout import read
from app.core.session import Session
from app.ui.workout.session_driver import AFTER_CHANGE_S, SessionDriver, next_change_ms
from tests.audio.test_cue_thread import HOLD, REST, timeline
from tests.fakes import FakeClock


@pytest.mark.parametrize(
    ("left", "expected"),
    [(10.0, 2), (9.7, 702), (4.0005, 3), (0.25, 252), (3.5, 502)],
)
def test_the_next_repaint_is_just_after_the_count_changes(left: float, expected: int) -> None:
    assert next_change_ms(left) == expected


def test_each_repaint_shows_the_next_number_and_none_is_skipped(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = Session(timeline((HOLD, 4.0), (REST, 3.0)), clock)
    driver = SessionDriver(session, clock)
    repaints: list[str] = []
    driver.refresh.connect(lambda: repaints.append(read(session).count))
    session.start()
    clock.advance(0.4)  # the GUI thread was busy for a while
    driver.poll()
    while driver._repaint.isActive():
        wait_ms = driver._repaint.interval()
        assert wait_ms <= 1000 + AFTER_CHANGE_S * 1000 + 1
        clock.advance(wait_ms / 1000)
        deadline = session.next_deadline()
        if deadline is not None and clock() >= deadline:
            driver.poll()  # the deadline's own timer fires first, and turns the phase
        if driver._repaint.isActive():
            driver._tick()
    # Each repaint while it runs shows a new number, and every number of both phases is
    # shown: the hold's 3, 2, 1 and the rest's 3, 2, 1; then the finished workout's tick.
    running = [count for count in repaints if count != "✓"]
    assert running == ["3", "2", "1", "3", "2", "1"]
    assert repaints[-1] == "✓"
    driver.shut_down()
