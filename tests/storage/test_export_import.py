"""Export to JSON and CSV, and import JSON back: checked whole first, written all at once,
and never twice."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.exercise import BUILT_IN, PLANK, exercise_for
from app.storage.checkin import check_in
from app.storage.database import SessionLog, open_log
from app.storage.export import CSV_COLUMNS, export_csv, export_json, export_json_text
from app.storage.history import History
from app.storage.importer import ImportResult, import_data, import_json
from app.storage.log_format import LogImportError
from tests.storage.workouts import Workout, berlin, record

SET_KEYS = {"exercise", "round", "planned_seconds", "held_seconds", "completed", "started_at"}
SESSION_KEYS = {"started_at", "ended_at", "status", "plan", "back_pain", "note", "sets"}


@pytest.fixture
def filled(log: SessionLog) -> SessionLog:
    """Four workouts worth exporting, and one deleted that must not be."""
    winter = record(log, berlin(2024, 1, 15, 7, 0))
    check_in(log, winter, back_pain=6, note="stiff, but did it")
    stopped = Workout(log, berlin(2024, 6, 2, 21, 45), rounds=2, exercises=[PLANK])
    stopped.start().until_holds(1)
    stopped.clock.advance(5 + 2)  # the rest, then 2 s into the second hold
    stopped.session.stop()
    custom = record(log, berlin(2024, 6, 3, 0, 30), exercises=[*BUILT_IN, exercise_for("bird dog")])
    check_in(log, custom, back_pain=1, note=None)
    gone = record(log, berlin(2024, 6, 4, 7, 0))
    History(log).delete(gone)
    record(log, berlin(2024, 6, 5, 7, 0))
    return log


@pytest.fixture
def empty_log(tmp_path: Path) -> Iterator[SessionLog]:
    with open_log(tmp_path / "other") as other:
        yield other


def _write(tmp_path: Path, data: object, name: str = "backup.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_json_export_has_the_documented_shape(filled: SessionLog) -> None:
    data = export_json(filled)
    assert data["format"] == "plank-timer-log"
    assert data["version"] == 2
    sessions = data["sessions"]
    assert len(sessions) == 4  # the deleted one is left out
    assert all(set(session) == SESSION_KEYS for session in sessions)
    assert all(set(item) == SET_KEYS for session in sessions for item in session["sets"])
    assert [session["started_at"] for session in sessions] == [
        "2024-01-15T07:00:00.000+01:00",
        "2024-06-02T21:45:00.000+02:00",
        "2024-06-03T00:30:00.000+02:00",
        "2024-06-05T07:00:00.000+02:00",
    ]
    assert sessions[1] == {
        "started_at": "2024-06-02T21:45:00.000+02:00",
        "ended_at": "2024-06-02T21:45:22.000+02:00",
        "status": "stopped",
        "plan": {
            "blocks": [{"exercise": "plank", "hold": 10, "rest": 5, "rounds": 2}],
            "get_ready": 5,
            "switch": 10,
        },
        "back_pain": None,
        "note": None,
        "sets": [
            {
                "exercise": "plank",
                "round": 1,
                "planned_seconds": 10.0,
                "held_seconds": 10.0,
                "completed": True,
                "started_at": "2024-06-02T21:45:05.000+02:00",
            },
            {
                "exercise": "plank",
                "round": 2,
                "planned_seconds": 10.0,
                "held_seconds": 2.0,
                "completed": False,
                "started_at": "2024-06-02T21:45:20.000+02:00",
            },
        ],
    }
    exercises = {item["exercise"] for session in sessions for item in session["sets"]}
    assert exercises == {"plank", "side-left", "side-right", "bird dog"}
    assert (sessions[0]["back_pain"], sessions[0]["note"]) == (6, "stiff, but did it")


def test_export_then_import_into_an_empty_log_then_export_gives_the_same_sessions(
    filled: SessionLog, empty_log: SessionLog, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    path.write_text(export_json_text(filled), encoding="utf-8")
    assert import_json(empty_log, path) == ImportResult(added=4, skipped=0)
    assert export_json(empty_log) == export_json(filled)


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    filled: SessionLog, empty_log: SessionLog, tmp_path: Path
) -> None:
    path = _write(tmp_path, export_json(filled))
    import_json(empty_log, path)
    assert import_json(empty_log, path) == ImportResult(added=0, skipped=4)
    assert History(empty_log).count() == 4
    assert (
        empty_log.connection().execute("SELECT COUNT(*) FROM sets").fetchone()[0] == 9 + 2 + 12 + 9
    )
    # Back into the log it came from: every session is already there.
    assert import_json(filled, path) == ImportResult(added=0, skipped=4)
    assert History(filled).count() == 4


def test_an_import_adds_only_the_sessions_the_log_lacks(
    filled: SessionLog, empty_log: SessionLog, tmp_path: Path
) -> None:
    record(empty_log, berlin(2024, 6, 5, 7, 0))  # the same moment as one in the file
    record(empty_log, berlin(2024, 7, 1, 7, 0))
    assert import_json(empty_log, _write(tmp_path, export_json(filled))) == ImportResult(3, 1)
    assert History(empty_log).count() == 5


def _set_field(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(session: dict[str, Any]) -> None:
        target: Any = session
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop_field(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(session: dict[str, Any]) -> None:
        target: Any = session
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


BAD_SESSIONS = {
    "no start": (_drop_field(("started_at",)), "started_at is missing"),
    "start without offset": (
        _set_field(("started_at",), "2024-06-02T21:45:00"),
        "started_at must be an ISO 8601 time with a UTC offset",
    ),
    "start not a time": (
        _set_field(("started_at",), "yesterday"),
        "started_at must be an ISO 8601 time with a UTC offset, got 'yesterday'",
    ),
    "end before start": (
        _set_field(("ended_at",), "2024-06-02T21:00:00+02:00"),
        "ended_at must be after started_at",
    ),
    "unknown status": (_set_field(("status",), "great"), "status must be in_progress or"),
    "hold too long": (
        _set_field(("plan", "blocks", 0, "hold"), 500),
        "plan: blocks[0]: hold must be 1 to 120 seconds, got 500",
    ),
    "no plan": (_drop_field(("plan",)), "plan is missing"),
    "pain 11": (
        _set_field(("back_pain",), 11),
        "back_pain must be a whole number from 0 to 10, got 11",
    ),
    "pain as text": (_set_field(("back_pain",), "3"), "back_pain must be a whole number"),
    "note not text": (_set_field(("note",), 5), "note must be text"),
    "sets not a list": (_set_field(("sets",), "many"), "sets must be a list"),
    "empty exercise": (_set_field(("sets", 1, "exercise"), " "), "sets[1].exercise must be"),
    "round 0": (_set_field(("sets", 1, "round"), 0), "sets[1].round must be a whole number"),
    "planned as text": (
        _set_field(("sets", 0, "planned_seconds"), "10"),
        "sets[0].planned_seconds must be a number of seconds",
    ),
    "held more than planned": (
        _set_field(("sets", 1, "held_seconds"), 12.5),
        "sets[1].held_seconds must be a number of seconds from 0 to 10.001, got 12.5",
    ),
    "completed as text": (
        _set_field(("sets", 0, "completed"), "yes"),
        "sets[0].completed must be true or false",
    ),
    "set start garbled": (
        _set_field(("sets", 1, "started_at"), "2024-13-01T00:00:00+02:00"),
        "sets[1].started_at must be an ISO 8601 time",
    ),
    "set missing a field": (
        _drop_field(("sets", 0, "held_seconds")),
        "sets[0].held_seconds is missing",
    ),
}


@pytest.mark.parametrize("case", list(BAD_SESSIONS))
def test_a_bad_field_names_the_session_and_field_and_nothing_is_imported(
    filled: SessionLog, empty_log: SessionLog, tmp_path: Path, case: str
) -> None:
    change, expected = BAD_SESSIONS[case]
    data = copy.deepcopy(export_json(filled))
    started = data["sessions"][1]["started_at"]
    change(data["sessions"][1])
    path = _write(tmp_path, data)
    with pytest.raises(LogImportError) as caught:
        import_json(empty_log, path)
    message = str(caught.value)
    assert "\n" not in message
    assert expected in message
    assert message.startswith(f"{path}: sessions[1]")
    if not case.startswith(("no start", "start")):
        assert f"sessions[1] (started {started}): " in message
    # The valid session before the bad one was not written either.
    assert History(empty_log).count() == 0


def test_a_session_given_twice_in_one_file_is_refused(
    filled: SessionLog, empty_log: SessionLog
) -> None:
    data = export_json(filled)
    data["sessions"].append(copy.deepcopy(data["sessions"][0]))
    with pytest.raises(LogImportError, match=r"sessions\[4\] .*: started_at repeats sessions\[0\]"):
        import_data(empty_log, data)
    assert History(empty_log).count() == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "plank-timer-log", "version": 1, "sessions": [', "is not valid JSON:"),
        (
            '{"format": "other-app", "version": 1, "sessions": []}',
            "format must be 'plank-timer-log'",
        ),
        (
            '{"format": "plank-timer-log", "version": 3, "sessions": []}',
            "version 3 is not one this app reads (it reads 1, 2)",
        ),
        ('{"format": "plank-timer-log", "version": 1, "sessions": {}}', "sessions must be a list"),
        ("[1, 2, 3]", "must be an object"),
    ],
)
def test_a_file_that_is_not_a_plank_timer_log_is_refused_in_one_line(
    empty_log: SessionLog, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "backup.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LogImportError) as caught:
        import_json(empty_log, path)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_named_in_the_error(empty_log: SessionLog, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(LogImportError, match=f"Could not read {path}: No such file"):
        import_json(empty_log, path)


def test_the_csv_export_has_one_row_per_hold_with_its_session(filled: SessionLog) -> None:
    record(filled, berlin(2024, 6, 6, 7, 0), holds=0)  # stopped before any hold
    out = io.StringIO(newline="")
    rows_written = export_csv(filled, out).rows
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows_written == len(rows) == 9 + 2 + 12 + 9 + 1
    stopped = [row for row in rows if row["session_started_at"].startswith("2024-06-02")]
    assert [
        (row["exercise"], row["round"], row["held_seconds"], row["completed"]) for row in stopped
    ] == [
        ("plank", "1", "10.0", "1"),
        ("plank", "2", "2.0", "0"),
    ]
    assert {row["status"] for row in stopped} == {"stopped"}
    sides = {(row["exercise"], row["side"]) for row in rows if row["exercise"]}
    assert sides == {
        ("plank", ""),
        ("side-left", "left"),
        ("side-right", "right"),
        ("bird dog", ""),
    }
    winter = [row for row in rows if row["session_started_at"].startswith("2024-01-15")]
    assert {(row["back_pain"], row["note"]) for row in winter} == {("6", "stiff, but did it")}
    [empty] = [row for row in rows if row["session_started_at"].startswith("2024-06-06")]
    assert (empty["status"], empty["exercise"], empty["held_seconds"]) == ("stopped", "", "")
