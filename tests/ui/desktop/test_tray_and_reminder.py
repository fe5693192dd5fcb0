"""The tray badge and tooltip, and the daily reminder's timer, on a fake wall clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from app.core.readout import read
from app.core.session import Session
from app.core.session_state import SessionState
from app.core.timeline import build_timeline
from app.ui.desktop.daily_reminder import MAX_WAIT_MS, DailyReminder
from app.ui.desktop.tray import TrayPresence, readout_icon, readout_tooltip
from app.ui.workout.phase_style import STYLES
from tests.fakes import FakeClock
from tests.ui.conftest import SMALL_PLAN


def running_session(clock: FakeClock) -> Session:
    session = Session(build_timeline(SMALL_PLAN), clock)
    session.start()
    clock.advance(7.2)
    session.update()
    return session


def test_the_tray_badge_is_the_phase_colour(qtbot: QtBot) -> None:
    clock = FakeClock()
    readout = read(running_session(clock))
    image = readout_icon(readout).toImage()
    # The rim of the badge (away from the digits) carries the hold colour.
    assert image.pixelColor(32, 4).name() == STYLES[SessionState.HOLD].background.name()


def test_the_tooltip_says_phase_seconds_exercise_and_round(qtbot: QtBot) -> None:
    clock = FakeClock()
    tooltip = readout_tooltip(read(running_session(clock)))
    assert tooltip == "Plank Timer: Hold 8 s, Plank, Round 1 of 2"


def test_the_tray_menu_follows_the_workout(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = running_session(clock)
    tray = TrayPresence(QIcon())
    tray.show_readout(read(session))
    texts = [action.text() for action in tray.menu.actions() if action.text()]
    assert texts == ["Show window", "Pause", "Stop", "Quit"]
    session.pause()
    tray.show_readout(read(session))
    assert "Resume" in [action.text() for action in tray.menu.actions()]
    assert tray.tray.toolTip().startswith("Plank Timer: Paused · Hold")


class WallClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_reminder_waits_for_its_time_and_fires_daily(qtbot: QtBot) -> None:
    wall = WallClock(datetime(2026, 11, 25, 18, 20))
    reminder = DailyReminder(wall)
    reminder.set_time(time(18, 30))
    assert reminder.next_due == datetime(2026, 11, 25, 18, 30)
    assert reminder.timer.isActive()
    assert reminder.timer.interval() == 10 * 60 * 1000
    wall.now += timedelta(minutes=10)
    with qtbot.waitSignal(reminder.due, timeout=1000):
        reminder.timer.timeout.emit()
    assert reminder.next_due == datetime(2026, 11, 26, 18, 30)
    # A whole day ahead is waited in slices, so a changed clock is noticed.
    assert reminder.timer.interval() == MAX_WAIT_MS


def test_an_early_wake_does_not_fire(qtbot: QtBot) -> None:
    wall = WallClock(datetime(2026, 11, 25, 8, 0))
    reminder = DailyReminder(wall)
    reminder.set_time(time(18, 30))
    fired: list[bool] = []
    reminder.due.connect(lambda: fired.append(True))
    reminder.timer.timeout.emit()
    assert fired == []
    reminder.set_time(None)
    assert not reminder.timer.isActive()
