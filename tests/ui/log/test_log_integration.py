"""The window and the log together: holds saved as they finish, the check-in, faults said."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.exercise import PLANK
from app.core.plan import Plan
from app.core.session import Session
from app.storage.database import SessionLog, open_log
from app.storage.export import export_json
from app.storage.recorder import SessionRecorder
from app.ui.log.check_in_dialog import CheckInDialog
from app.ui.log.log_integration import LogIntegration
from app.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.conftest import WindowFactory, let_pass

PLAN = Plan.simple([PLANK], hold=10, rest=5, rounds=2, get_ready=0)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SessionLog]:
    # A short busy timeout, so a write blocked by another copy of the app fails fast.
    with open_log(tmp_path / "data", busy_timeout_ms=20) as opened:
        yield opened


def logged_window(
    make_window: WindowFactory, log: SessionLog, clock: FakeClock
) -> tuple[MainWindow, SessionRecorder]:
    def wall() -> datetime:
        # The wall clock moves with the fake monotonic clock, as a real one would.
        return datetime(2026, 11, 25, 7, 0, tzinfo=UTC) + timedelta(seconds=clock.now)

    recorder = SessionRecorder(log, wall, clock)
    hooks: list[LogIntegration] = []

    def follow(session: Session, plan: Plan) -> None:
        hooks[0].follow(session, plan)

    window = make_window(plan=PLAN, on_session=follow)
    integration = LogIntegration(window, log, recorder)
    recorder.on_problem = integration.report_problem
    hooks.append(integration)
    return window, recorder


def sets_in(log: SessionLog) -> list[tuple[int, float, bool]]:
    return [
        (s["round"], s["held_seconds"], s["completed"])
        for session in export_json(log)["sessions"]
        for s in session["sets"]
    ]


def open_check_in() -> CheckInDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckInDialog)]
    assert len(dialogs) == 1
    return dialogs[0]


def test_each_hold_is_saved_as_it_finishes(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock
) -> None:
    window, _ = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 10.0)
    assert sets_in(log) == [(1, 10.0, True)]
    let_pass(window, clock, 5.0 + 4.0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert sets_in(log) == [(1, 10.0, True), (2, 4.0, False)]
    assert export_json(log)["sessions"][0]["status"] == "stopped"


def test_the_check_in_after_a_workout_is_saved_with_it(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock
) -> None:
    window, _ = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 100.0)
    dialog = open_check_in()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    dialog.note.setText("a bit stiff")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    (session,) = export_json(log)["sessions"]
    assert (session["status"], session["back_pain"], session["note"]) == (
        "completed",
        3,
        "a bit stiff",
    )


def test_escape_skips_the_check_in(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock
) -> None:
    window, _ = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 100.0)
    dialog = open_check_in()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    (session,) = export_json(log)["sessions"]
    assert (session["back_pain"], session["note"]) == (None, None)


def test_a_failing_save_is_said_and_the_holds_are_kept_for_later(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock
) -> None:
    window, recorder = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    # Another copy of the app holds the write lock for longer than we may wait.
    other = sqlite3.connect(log.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    let_pass(window, clock, 10.0)
    message = window.workout.message.text()
    assert "database is locked" in message
    assert "Your holds are kept" in message
    assert recorder.pending_sets == 1
    other.execute("COMMIT")
    other.close()
    let_pass(window, clock, 100.0)
    open_check_in().reject()
    assert sets_in(log) == [(1, 10.0, True), (2, 10.0, True)]
    assert window.workout.message.text() == ""


def test_a_workout_cut_off_last_time_is_reported_on_the_next_start(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock, tmp_path: Path
) -> None:
    window, _ = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 10.0)
    # The app dies here: nothing closes the session. The next start opens the log afresh.
    with open_log(tmp_path / "data") as reopened:
        assert reopened.interrupted == 1
        later = make_window(plan=PLAN)
        LogIntegration(later, reopened, SessionRecorder(reopened))
        assert later.workout.message.text() == (
            "A workout was cut off last time (the app closed unexpectedly);"
            " every hold finished before that is kept in the log."
        )
        (session,) = export_json(reopened)["sessions"]
        assert session["status"] == "interrupted"
        assert len(session["sets"]) == 1


def test_holds_the_log_would_not_take_until_the_end_come_back_at_the_next_start(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, clock: FakeClock, tmp_path: Path
) -> None:
    from app.storage.closing_report import save_unsaved
    from app.storage.recovery import recover

    window, recorder = logged_window(make_window, log, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    let_pass(window, clock, 10.0)  # the first hold is saved
    other = sqlite3.connect(log.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the log from here to the end
    let_pass(window, clock, 100.0)
    open_check_in().reject()
    assert "kept in a recovery file when the app closes" in window.workout.message.text()
    report = save_unsaved(recorder, [tmp_path / "data"], datetime(2026, 11, 25, 7, 5))
    log.close()
    other.execute("ROLLBACK")
    other.close()
    assert report is not None
    (saved,) = (tmp_path / "data").glob("plank-timer-recovery-*.json")
    assert f"1 hold is saved in {saved} instead" in report.message

    with open_log(tmp_path / "data") as reopened:  # the next start
        recovered = recover(reopened, [tmp_path / "data"])
        later = make_window(plan=PLAN)
        LogIntegration(later, reopened, SessionRecorder(reopened), recovered=recovered)
        assert later.workout.message.text() == (
            f"Added 1 hold to the log that could not be saved last time (from {saved}, now"
            " deleted)."
        )
        assert sets_in(reopened) == [(1, 10.0, True), (2, 10.0, True)]
        assert export_json(reopened)["sessions"][0]["status"] == "completed"
