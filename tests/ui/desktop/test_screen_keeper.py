"""The screen stays awake while a workout runs, and only then.

Each test gets a private dbus-daemon and, where it wants one, a stand-in
org.freedesktop.ScreenSaver in its own process (tests/ui/desktop/screensaver_service.py). What the
stand-in logs is what a desktop's screen saver would have been told.
"""

from __future__ import annotations

import json
import selectors
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from app.core.exercise import PLANK
from app.core.plan import Plan
from app.core.session import Session
from app.core.timeline import build_timeline
from app.ui.desktop.screen_keeper import APP_NAME, REASON, ScreenKeeper
from tests.fakes import FakeClock, run_to_end
from tests.ui.conftest import WindowFactory
from tests.ui.desktop import screensaver_service

PLAN = Plan.simple([PLANK], hold=10, rest=5, rounds=2, get_ready=5, switch=10)
STARTUP_TIMEOUT_S = 10.0
REPLY_TIMEOUT_MS = 3000

# Only what a test needs: no service directories, so nothing can be started on demand.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def first_line(process: subprocess.Popen[str], what: str) -> str:
    """The first line ``process`` prints, without waiting forever if it prints nothing."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(STARTUP_TIMEOUT_S):
            raise AssertionError(f"{what} printed nothing within {STARTUP_TIMEOUT_S} s")
    line = process.stdout.readline().strip()
    if not line:
        raise AssertionError(f"{what} exited with {process.wait()} before it was ready")
    return line


def end(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    with (tmp_path / "dbus-daemon.err").open("w") as errors:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--config-file", str(config), "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    try:
        yield first_line(daemon, "dbus-daemon")
    finally:
        end(daemon)


@pytest.fixture
def bus(qapp: object, bus_address: str) -> Iterator[QDBusConnection]:
    """The test program's own connection to the private bus, as the app would pass it."""
    name = f"screen-keeper-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@dataclass
class StandIn:
    """A running stand-in screen saver and the calls it has accepted."""

    process: subprocess.Popen[str]
    log: Path

    def calls(self) -> list[dict[str, Any]]:
        text = self.log.read_text(encoding="utf-8") if self.log.exists() else ""
        return [json.loads(line) for line in text.splitlines()]

    def stop(self) -> None:
        end(self.process)


StandInFactory = Callable[..., StandIn]


@pytest.fixture
def start_screensaver(bus_address: str, tmp_path: Path) -> Iterator[StandInFactory]:
    started: list[StandIn] = []

    def start(paths: tuple[str, ...] = (), first_cookie: int = 1) -> StandIn:
        log = tmp_path / f"screensaver-{len(started)}.jsonl"
        command = [sys.executable, screensaver_service.__file__, bus_address, str(log)]
        command += [f"--path={path}" for path in paths]
        command += [f"--first-cookie={first_cookie}"]
        with (tmp_path / f"screensaver-{len(started)}.err").open("w") as errors:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        stand_in = StandIn(process, log)
        started.append(stand_in)
        assert first_line(process, "the stand-in screen saver") == "ready"
        return stand_in

    yield start
    for stand_in in started:
        stand_in.stop()


@pytest.fixture
def screensaver(start_screensaver: StandInFactory) -> StandIn:
    return start_screensaver()


@pytest.fixture
def keeper(bus: QDBusConnection) -> ScreenKeeper:
    return ScreenKeeper(bus)


def new_session(clock: FakeClock) -> Session:
    return Session(build_timeline(PLAN), clock)


def inhibited(cookie: int) -> dict[str, Any]:
    return {"call": "Inhibit", "app": APP_NAME, "reason": REASON, "cookie": cookie}


def released(cookie: int) -> dict[str, Any]:
    return {"call": "UnInhibit", "cookie": cookie, "known": True}


def wait_until_held(qtbot: QtBot, keeper: ScreenKeeper) -> None:
    qtbot.waitUntil(lambda: keeper.holding, timeout=REPLY_TIMEOUT_MS)


def test_starting_a_workout_asks_the_screen_saver_once(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    session = new_session(clock)
    keeper.follow(session)
    assert screensaver.calls() == []

    session.start()
    wait_until_held(qtbot, keeper)
    # Phases come and go (get ready, hold, rest): the one inhibition covers them all.
    for _ in range(3):
        deadline = session.next_deadline()
        assert deadline is not None
        clock.set(deadline)
        session.update()

    assert keeper.holding
    assert screensaver.calls() == [inhibited(1)]
    assert keeper.status == "keeping the screen awake (org.freedesktop.ScreenSaver, cookie 1)"


def test_pause_releases_the_cookie_resume_takes_a_new_one_and_the_end_releases_it(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    session = new_session(clock)
    keeper.follow(session)
    session.start()
    wait_until_held(qtbot, keeper)

    clock.advance(7)
    session.pause()
    # UnInhibit is answered before pause() returns: the screen may blank while paused.
    assert not keeper.holding
    assert screensaver.calls() == [inhibited(1), released(1)]

    clock.advance(60)
    session.resume()
    wait_until_held(qtbot, keeper)
    assert screensaver.calls() == [inhibited(1), released(1), inhibited(2)]

    run_to_end(session, clock)
    assert not keeper.holding
    assert screensaver.calls() == [inhibited(1), released(1), inhibited(2), released(2)]
    assert keeper.status == "screen saver allowed again (cookie 2 returned)"


def test_the_keys_in_the_window_start_pause_resume_and_stop_the_keeping(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, make_window: WindowFactory
) -> None:
    # The hook the program passes to WorkoutPage: called with each new session.
    window = make_window(on_session=lambda session, _plan: keeper.follow(session))
    assert screensaver.calls() == []

    qtbot.keyClick(window, Qt.Key.Key_Space)  # start
    wait_until_held(qtbot, keeper)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert screensaver.calls() == [inhibited(1), released(1)]
    qtbot.keyClick(window, Qt.Key.Key_Space)  # resume
    wait_until_held(qtbot, keeper)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # stop
    assert screensaver.calls() == [inhibited(1), released(1), inhibited(2), released(2)]
    assert not keeper.holding


def test_stopping_releases_once_whether_running_or_paused(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    running = new_session(clock)
    keeper.follow(running)
    running.start()
    wait_until_held(qtbot, keeper)
    clock.advance(12)
    running.stop()
    assert not keeper.holding
    assert screensaver.calls() == [inhibited(1), released(1)]

    paused = new_session(clock)
    keeper.follow(paused)
    paused.start()
    wait_until_held(qtbot, keeper)
    paused.pause()
    paused.stop()
    assert screensaver.calls() == [inhibited(1), released(1), inhibited(2), released(2)]


def test_the_cookie_goes_back_as_uint32_the_only_type_the_service_accepts(
    qtbot: QtBot,
    keeper: ScreenKeeper,
    start_screensaver: StandInFactory,
    bus: QDBusConnection,
    clock: FakeClock,
) -> None:
    # Above 2**31: a Python int would travel as int64 ("x"), a wrong guess could not pass.
    big = 3_000_000_001
    screensaver = start_screensaver(first_cookie=big)
    session = new_session(clock)
    keeper.follow(session)
    session.start()
    wait_until_held(qtbot, keeper)

    # The stand-in is as strict as the real service: the cookie as a plain int is refused.
    untyped = QDBusMessage.createMethodCall(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "UnInhibit",
    )
    untyped.setArguments([big])
    reply = bus.call(untyped, QDBus.CallMode.Block, REPLY_TIMEOUT_MS)
    assert reply.type() is QDBusMessage.MessageType.ErrorMessage
    assert reply.errorName() == "org.freedesktop.DBus.Error.UnknownMethod"
    assert "(signature 'x')" in reply.errorMessage()
    untyped.setArguments([5])
    assert bus.call(untyped, QDBus.CallMode.Block, REPLY_TIMEOUT_MS).errorName() == (
        "org.freedesktop.DBus.Error.UnknownMethod"
    )
    assert screensaver.calls() == [inhibited(big)]

    session.stop()
    assert screensaver.calls() == [inhibited(big), released(big)]
    assert keeper.status == f"screen saver allowed again (cookie {big} returned)"


def test_a_service_only_at_the_short_path_is_found_there(
    qtbot: QtBot, keeper: ScreenKeeper, start_screensaver: StandInFactory, clock: FakeClock
) -> None:
    screensaver = start_screensaver(paths=("/ScreenSaver",))
    session = new_session(clock)
    keeper.follow(session)
    session.start()
    wait_until_held(qtbot, keeper)
    session.stop()
    assert screensaver.calls() == [inhibited(1), released(1)]


def test_inhibit_and_release_twice_hold_and_return_one_cookie(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn
) -> None:
    keeper.inhibit()
    keeper.inhibit()  # while the first call is still on its way
    wait_until_held(qtbot, keeper)
    keeper.inhibit()  # while holding
    keeper.release()
    keeper.release()
    assert screensaver.calls() == [inhibited(1), released(1)]


def test_released_before_the_service_answered_the_cookie_is_returned_on_arrival(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn
) -> None:
    keeper.inhibit("Workout in progress")
    keeper.release()
    qtbot.waitUntil(lambda: screensaver.calls() == [inhibited(1), released(1)])
    assert not keeper.holding
    assert keeper.status == "screen saver allowed again (cookie 1 returned)"


def test_a_replaced_session_no_longer_decides(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    old = new_session(clock)
    keeper.follow(old)
    old.start()
    wait_until_held(qtbot, keeper)

    new = new_session(clock)
    keeper.follow(new)  # not started yet: nothing runs, so the screen may blank
    assert screensaver.calls() == [inhibited(1), released(1)]
    new.start()
    wait_until_held(qtbot, keeper)
    old.stop()
    assert keeper.holding
    assert screensaver.calls() == [inhibited(1), released(1), inhibited(2)]


def test_without_a_screen_saver_service_the_workout_runs_and_the_status_says_why(
    qtbot: QtBot, keeper: ScreenKeeper, clock: FakeClock
) -> None:
    session = new_session(clock)
    keeper.follow(session)
    with qtbot.waitSignal(keeper.status_changed, timeout=REPLY_TIMEOUT_MS):
        session.start()
    assert keeper.status == (
        "screen may blank: no org.freedesktop.ScreenSaver service on the session bus"
    )
    assert not keeper.holding
    session.pause()
    session.resume()
    run_to_end(session, clock)
    assert not keeper.holding


def test_without_a_session_bus_the_status_says_so(
    qapp: object, tmp_path: Path, clock: FakeClock
) -> None:
    name = f"screen-keeper-test-{uuid.uuid4().hex}"
    nowhere = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        assert not nowhere.isConnected()
        keeper = ScreenKeeper(nowhere)
        session = new_session(clock)
        keeper.follow(session)
        session.start()
        assert keeper.status.startswith("screen may blank: no D-Bus session bus")
        session.stop()
        assert not keeper.holding
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_a_service_that_went_away_cannot_stop_the_workout_from_ending(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    session = new_session(clock)
    keeper.follow(session)
    session.start()
    wait_until_held(qtbot, keeper)
    screensaver.stop()

    session.stop()
    assert not session.is_active
    assert not keeper.holding
    assert keeper.status.startswith("could not release the screen (cookie 1):")


@pytest.mark.usefixtures("german")
def test_the_reason_desktops_show_is_in_the_users_language(
    qtbot: QtBot, keeper: ScreenKeeper, screensaver: StandIn, clock: FakeClock
) -> None:
    session = new_session(clock)
    keeper.follow(session)

    session.start()
    wait_until_held(qtbot, keeper)

    assert screensaver.calls() == [
        {"call": "Inhibit", "app": APP_NAME, "reason": "Training läuft", "cookie": 1}
    ]
