"""Opening the log: where it lives, WAL, damaged files moved aside, folders that will not do."""

from __future__ import annotations

import contextlib
import os
import re
import threading
from datetime import datetime
from pathlib import Path

import pytest

from app.storage.database import LOG_FILE_NAME, LogOpenError, SessionLog, open_log
from app.storage.history import History
from app.storage.migrations import LATEST_VERSION
from tests.storage.workouts import Workout, berlin, record

MOVED_AT = datetime(2024, 5, 1, 8, 30, 0)


def test_a_new_log_is_made_in_the_data_folder_in_wal_mode(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "there" / "yet"
    with open_log(data_dir, busy_timeout_ms=1234) as log:
        connection = log.connection()
        assert log.path == data_dir / LOG_FILE_NAME
        assert log.path.is_file()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 1234
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert log.notice is None
        assert log.interrupted == 0


def test_each_thread_has_its_own_connection_to_the_same_log(log: SessionLog) -> None:
    record(log, berlin(2024, 5, 1, 7))
    seen: list[object] = []

    def other_thread() -> None:
        connection = log.connection()
        seen.append(connection)
        seen.append(connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert seen[0] is not log.connection()
    assert seen[1] == 1


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_log_started(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    junk = b"these are my notes, not a database\n" * 200
    (data_dir / LOG_FILE_NAME).write_bytes(junk)

    with open_log(data_dir, wall_clock=lambda: MOVED_AT) as log:
        moved = data_dir / f"{LOG_FILE_NAME}.corrupt-20240501-083000"
        assert log.moved_aside == moved
        assert moved.read_bytes() == junk
        assert log.notice is not None
        assert "\n" not in log.notice
        assert str(moved) in log.notice
        record(log, berlin(2024, 5, 1, 9))
        assert History(log).count() == 1


def test_a_damaged_log_is_moved_aside_with_every_byte_kept(data_dir: Path) -> None:
    with open_log(data_dir) as log:
        for day in range(1, 6):
            record(log, berlin(2024, 5, day, 7))
    path = data_dir / LOG_FILE_NAME
    damaged = bytearray(path.read_bytes())
    assert len(damaged) > 3 * 4096
    damaged[4096 : 3 * 4096] = b"\xa5" * (2 * 4096)  # pages 2 and 3: the tables' roots
    path.write_bytes(bytes(damaged))

    with open_log(data_dir) as log:
        assert log.moved_aside is not None
        assert re.fullmatch(
            rf"{re.escape(LOG_FILE_NAME)}\.corrupt-\d{{8}}-\d{{6}}", log.moved_aside.name
        )
        assert log.moved_aside.read_bytes() == bytes(damaged)
        assert History(log).count() == 0
        record(log, berlin(2024, 5, 6, 7))
        assert History(log).count() == 1


def test_a_second_damaged_file_in_the_same_second_does_not_replace_the_first(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / LOG_FILE_NAME
    path.write_bytes(b"first broken file" * 100)
    open_log(data_dir, wall_clock=lambda: MOVED_AT).close()
    path.unlink()
    path.write_bytes(b"second broken file" * 100)
    with open_log(data_dir, wall_clock=lambda: MOVED_AT) as log:
        assert log.moved_aside is not None
        assert log.moved_aside.name == f"{LOG_FILE_NAME}.corrupt-20240501-083000-2"
    assert (data_dir / f"{LOG_FILE_NAME}.corrupt-20240501-083000").read_bytes().startswith(b"first")
    assert log.moved_aside.read_bytes().startswith(b"second")


def test_a_data_folder_that_cannot_exist_gives_a_one_line_reason(tmp_path: Path) -> None:
    # A regular file where a folder should be: fails for root too, unlike chmod.
    (tmp_path / "settings.txt").write_text("I am a file")
    data_dir = tmp_path / "settings.txt" / "data"
    with pytest.raises(LogOpenError) as caught:
        open_log(data_dir)
    message = str(caught.value)
    assert "\n" not in message
    assert str(tmp_path / "settings.txt") in message


def test_a_log_written_by_a_newer_app_is_refused_and_left_alone(data_dir: Path) -> None:
    with open_log(data_dir) as log:
        record(log, berlin(2024, 5, 1, 7))
        log.connection().execute("PRAGMA user_version = 99")
    before = (data_dir / LOG_FILE_NAME).read_bytes()
    with pytest.raises(LogOpenError, match="newer"):
        open_log(data_dir)
    assert (data_dir / LOG_FILE_NAME).read_bytes() == before
    assert not list(data_dir.glob("*.corrupt-*"))


def test_a_workout_cut_off_by_a_crash_is_marked_interrupted_and_keeps_its_holds(
    data_dir: Path,
) -> None:
    log = open_log(data_dir)
    workout = Workout(log, berlin(2024, 5, 1, 7, 0)).start().until_holds(4)
    assert workout.recorder.problem is None
    log.close()  # the app dies: no Finished, no Stopped

    with open_log(data_dir) as reopened:
        assert reopened.interrupted == 1
        [row] = History(reopened).rows(0, 10)
        assert row.status == "interrupted"
        assert row.rounds_done == 4
        ended = reopened.connection().execute("SELECT ended_at FROM sessions").fetchone()[0]
        # 5 s get ready, 3 plank holds of 10 s with two 5 s rests, 10 s switch, one 10 s hold
        assert ended == "2024-05-01T05:01:05.000+00:00"
    with open_log(data_dir) as again:
        assert again.interrupted == 0


def test_read_only_opening_for_export_changes_nothing(data_dir: Path) -> None:
    log = open_log(data_dir)
    Workout(log, berlin(2024, 5, 1, 7, 0)).start().until_holds(2)
    log.close()
    with open_log(data_dir, read_only=True) as reader:
        assert reader.interrupted == 0
        [row] = History(reader).rows(0, 10)
        assert row.status == "in_progress"
    with pytest.raises(LogOpenError, match="no workout log"):
        open_log(data_dir / "elsewhere", read_only=True)


def test_an_up_to_date_log_opens_for_writing_while_another_copy_holds_the_write_lock(
    data_dir: Path,
) -> None:
    open_log(data_dir).close()
    other = SessionLog(data_dir / LOG_FILE_NAME)
    other.connection().execute("BEGIN IMMEDIATE")
    try:
        # Before, the migrations' empty write transactions waited out the busy timeout and
        # the app fell back to a read-only log that could not save the next workout.
        with open_log(data_dir, busy_timeout_ms=50) as log:
            assert not log.read_only
            assert History(log).count() == 0
    finally:
        other.connection().execute("ROLLBACK")
        other.close()


def _open_files_on(path: Path) -> int:
    """How many of this process's file descriptors are open on the log, its WAL and its
    shared memory."""
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            count += os.readlink(fd).startswith(str(path.resolve()))
    return count


def test_a_worker_thread_closes_its_own_connection_when_done(tmp_path: Path) -> None:
    with open_log(tmp_path) as log:
        log.connection()

        def work() -> None:
            log.connection().execute("SELECT COUNT(*) FROM runs").fetchone()
            log.close_thread_connection()

        counts = []
        for _ in range(4):
            thread = threading.Thread(target=work)
            thread.start()
            thread.join()
            counts.append(_open_files_on(log.path))

        # SQLite keeps a closed connection's descriptor on the log for the next one to
        # reuse (closing it would drop the other connection's POSIX locks): at most one.
        assert counts == [counts[0]] * 4
        assert log.connection().execute("SELECT 1").fetchone() == (1,)
