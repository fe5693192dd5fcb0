"""The recorder writes each hold as it ends, and a log that will not take writes never stops
the workout: what could not be saved is kept and written once the log takes writes again."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.core.events import Finished, HoldFinished
from app.storage.checkin import CheckInError
from app.storage.database import SessionLog, open_log
from app.storage.history import History
from tests.storage.workouts import Workout, berlin


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What another program reading the file sees: only committed data."""
    with closing(sqlite3.connect(path)) as reader:
        return reader.execute(sql).fetchall()


def _sessions(path: Path) -> list[tuple[object, ...]]:
    return _read(path, "SELECT status, ended_at FROM sessions ORDER BY id")


def _sets(path: Path) -> list[tuple[object, ...]]:
    return _read(
        path,
        "SELECT exercise, side, round, held_seconds, completed, started_at FROM sets ORDER BY id",
    )


@pytest.fixture
def locked(log: SessionLog) -> Iterator[sqlite3.Connection]:
    """Another copy of the app holding the write lock, as if stuck in a long write."""
    blocker = sqlite3.connect(log.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    yield blocker
    blocker.close()


@pytest.fixture
def impatient_log(data_dir: Path, log: SessionLog) -> Iterator[SessionLog]:
    """The same log, waiting only 20 ms for the write lock, so a locked log fails fast."""
    with open_log(data_dir, busy_timeout_ms=20) as opened:
        yield opened


def test_each_hold_is_committed_the_moment_it_ends(log: SessionLog) -> None:
    workout = Workout(log, berlin(2024, 5, 1, 7, 0)).start()
    assert _sessions(log.path) == [("in_progress", None)]

    workout.until_holds(1)
    assert _sets(log.path) == [("plank", None, 1, 10.0, 1, "2024-05-01T05:00:05.000+00:00")]

    workout.finish()
    assert _sessions(log.path) == [("completed", "2024-05-01T05:02:25.000+00:00")]
    holds = _sets(log.path)
    assert [(exercise, side, round_) for exercise, side, round_, *_ in holds] == [
        ("plank", None, 1),
        ("plank", None, 2),
        ("plank", None, 3),
        ("side-left", "left", 1),
        ("side-left", "left", 2),
        ("side-left", "left", 3),
        ("side-right", "right", 1),
        ("side-right", "right", 2),
        ("side-right", "right", 3),
    ]
    assert holds[-1][5] == "2024-05-01T05:02:15.000+00:00"
    assert workout.recorder.problem is None
    assert workout.recorder.last_session_id == 1


def test_times_are_the_events_own_even_when_the_app_notices_them_late(log: SessionLog) -> None:
    workout = Workout(log, berlin(2024, 5, 1, 7, 0)).start()
    while workout.holds < 2:
        deadline = workout.session.next_deadline()
        assert deadline is not None
        workout.clock.set(deadline + 2.5)  # a busy window: every update comes 2.5 s late
        workout.session.update()
    starts = [row[5] for row in _sets(log.path)]
    assert starts == ["2024-05-01T05:00:05.000+00:00", "2024-05-01T05:00:20.000+00:00"]


def test_a_hold_paused_half_way_keeps_its_real_start_and_full_time(log: SessionLog) -> None:
    workout = Workout(log, berlin(2024, 5, 1, 7, 0)).start()
    workout.clock.set(workout.clock.now + 10)  # 5 s into the first hold
    workout.session.update()
    workout.session.pause()
    workout.clock.advance(60)
    workout.session.resume()
    workout.until_holds(1)
    [(_, _, _, held, completed, started)] = _sets(log.path)
    assert (held, completed, started) == (10.0, 1, "2024-05-01T05:00:05.000+00:00")


def test_a_workout_stopped_mid_hold_logs_the_cut_short_hold(log: SessionLog) -> None:
    workout = Workout(log, berlin(2024, 5, 1, 7, 0)).start().until_holds(2)
    workout.clock.set(workout.clock.now + 5 + 6.25)  # rest, then 6.25 s into hold 3
    workout.session.update()
    workout.session.stop()
    assert _sessions(log.path) == [("stopped", "2024-05-01T05:00:41.250+00:00")]
    assert [(row[2], row[3], row[4]) for row in _sets(log.path)] == [
        (1, 10.0, 1),
        (2, 10.0, 1),
        (3, 6.25, 0),
    ]


def test_a_locked_log_never_stops_the_workout_and_all_is_saved_when_it_ends(
    impatient_log: SessionLog, locked: sqlite3.Connection
) -> None:
    problems: list[str | None] = []
    workout = Workout(impatient_log, berlin(2024, 5, 1, 7), on_problem=problems.append)
    workout.start().until_holds(4)

    path = impatient_log.path
    assert workout.recorder.problem == f"Could not save to {path}: database is locked"
    assert problems == [workout.recorder.problem]  # told once, not at every hold
    assert workout.recorder.pending_sets == 4
    assert workout.recorder.last_session_id is None
    assert workout.holds == 4  # the workout went on

    locked.execute("ROLLBACK")  # the other copy lets go
    workout.clock.set(workout.clock.now + 2)  # into the rest
    workout.session.stop()

    assert _sessions(path) == [("stopped", "2024-05-01T05:01:07.000+00:00")]
    assert len(_sets(path)) == 4
    assert workout.recorder.problem is None
    assert workout.recorder.pending_sets == 0
    assert problems == [f"Could not save to {path}: database is locked", None]


def test_what_a_failed_write_left_behind_goes_in_with_the_next_hold(
    impatient_log: SessionLog, locked: sqlite3.Connection
) -> None:
    workout = Workout(impatient_log, berlin(2024, 5, 1, 7)).start().until_holds(2)
    assert _sets(impatient_log.path) == []
    locked.execute("ROLLBACK")
    workout.until_holds(3)
    assert [row[2] for row in _sets(impatient_log.path)] == [1, 2, 3]
    assert _sessions(impatient_log.path) == [("in_progress", None)]
    assert workout.recorder.problem is None


def test_a_full_disk_is_reported_and_the_holds_are_written_once_there_is_room(
    log: SessionLog,
) -> None:
    connection = log.connection()
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    # The file may not grow: SQLite answers exactly as on a full disk, root or not.
    connection.execute(f"PRAGMA max_page_count = {pages}")
    for day in range(1, 31):  # the free room in the pages fills up within a few workouts
        workout = Workout(log, berlin(2024, 5, day, 7), rounds=5).start()
        while workout.recorder.problem is None and workout.holds < 15:
            workout.until_holds(workout.holds + 1)
        if workout.recorder.problem is not None:
            break
        workout.finish()
    assert workout.recorder.problem == f"Could not save to {log.path}: database or disk is full"
    assert workout.session.is_active  # the workout goes on regardless

    connection.execute(f"PRAGMA max_page_count = {pages * 10}")  # room again
    workout.finish()
    assert workout.recorder.problem is None
    assert History(log).count() == day
    [latest] = History(log).rows(0, 1)
    assert (latest.status, latest.rounds_done) == ("completed", 15)


def test_a_read_only_log_never_raises_into_the_workout(data_dir: Path, log: SessionLog) -> None:
    with open_log(data_dir, read_only=True) as read_only:
        workout = Workout(read_only, berlin(2024, 5, 1, 7)).start().finish()
        assert isinstance(workout.events[-1], Finished)
        assert len([e for e in workout.events if isinstance(e, HoldFinished)]) == 9
        assert workout.recorder.problem == (
            f"Could not save to {read_only.path}: attempt to write a readonly database"
        )
        assert workout.recorder.pending_sets == 9
        assert workout.recorder.retry() is False
    assert _sessions(log.path) == []


def test_check_in_is_saved_with_the_workout_and_invalid_scores_are_refused(
    impatient_log: SessionLog, locked: sqlite3.Connection
) -> None:
    workout = Workout(impatient_log, berlin(2024, 5, 1, 7)).start().finish()
    with pytest.raises(CheckInError, match="back pain must be a whole number from 0 to 10, got 11"):
        workout.recorder.check_in(back_pain=11, note=None)
    assert workout.recorder.check_in(back_pain=3, note="  left side wobbly ") is False  # locked

    locked.execute("ROLLBACK")
    assert workout.recorder.retry() is True
    [row] = History(impatient_log).rows(0, 1)
    assert (row.status, row.rounds_done, row.back_pain, row.note) == (
        "completed",
        9,
        3,
        "left side wobbly",
    )


def test_another_copy_opening_the_log_mid_workout_does_not_spoil_it(
    data_dir: Path, log: SessionLog
) -> None:
    workout = Workout(log, berlin(2024, 5, 1, 7)).start().until_holds(2)
    with open_log(data_dir) as second_copy:
        # It cannot tell a running workout from a crashed one...
        assert second_copy.interrupted == 1
        workout.until_holds(3)
        # ...but the next hold puts it right, and the end is logged as usual.
        assert History(second_copy).rows(0, 1)[0].status == "in_progress"
        workout.finish()
        [row] = History(second_copy).rows(0, 1)
        assert (row.status, row.rounds_done) == ("completed", 9)


def test_two_copies_logging_at_the_same_time_lose_nothing(data_dir: Path, log: SessionLog) -> None:
    failures: list[str] = []

    def copy_of_the_app(hour: int) -> None:
        try:
            with open_log(data_dir) as own_log:
                for day in range(1, 11):
                    workout = Workout(own_log, berlin(2024, 5, day, hour)).start().finish()
                    if workout.recorder.problem:
                        failures.append(workout.recorder.problem)
        except Exception as error:  # e.g. "database is locked" while opening
            failures.append(repr(error))

    threads = [threading.Thread(target=copy_of_the_app, args=(hour,)) for hour in (7, 19)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert History(log).count() == 20
    assert len(_sets(log.path)) == 180
    assert {row.status for row in History(log).rows(0, 20)} == {"completed"}
