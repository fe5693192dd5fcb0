"""A logged workout as a FIT activity file, read back with Garmin's decoder, not the writer.

Every field the writer sets is compared whole, message by message, with what Garmin's SDK
reads: the sport, each set's exercise, duration and times, the laps, the session and the
activity. The workouts are recorded as the app records them (a real session on a fake
clock), in Berlin, so the local time in the file can be checked against the offset.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app import __version__
from app.core.exercise import PLANK, SIDE_LEFT, exercise_for
from app.storage.database import SessionLog
from app.storage.fit_workout import FitEncodingError, workout_fit
from app.storage.logged_workouts import LoggedWorkout, workouts_by_id
from tests.storage.fit_reading import decode, exercise_name
from tests.storage.workouts import Workout, berlin, record

START = datetime(2025, 3, 20, 6, 0, tzinfo=UTC)  # 07:00 in Berlin (winter time, UTC+1)
SPORT = {"sport": "training", "sub_sport": "strength_training"}
VERSION = float(".".join(__version__.split(".")[:2]))


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def local_fit_seconds(local: datetime) -> int:
    """A local wall-clock time as FIT's local_date_time counts it: seconds since 1989-12-31."""
    return round((local - datetime(1989, 12, 31)).total_seconds())


def logged(log: SessionLog, session_id: int) -> LoggedWorkout:
    (workout,) = workouts_by_id(log, [session_id])
    return workout


def active(start: float, end: float, name: int, index: int) -> dict[str, Any]:
    return {
        "timestamp": at(end),
        "start_time": at(start),
        "duration": end - start,
        "set_type": "active",
        "category": "plank",
        "category_subtype": name,
        "message_index": index,
    }


def rest(start: float, end: float, index: int) -> dict[str, Any]:
    return {
        "timestamp": at(end),
        "start_time": at(start),
        "duration": end - start,
        "set_type": "rest",
        "message_index": index,
    }


@pytest.fixture
def two_by_two(log: SessionLog) -> LoggedWorkout:
    """Plank then left side plank, 2 rounds each: 5 s get-ready, 10 s holds, 5 s rests, and
    10 s to switch between the exercises. Holds at 5-15, 20-30, 40-50 and 55-65 s."""
    return logged(
        log, record(log, berlin(2025, 3, 20, 7, 0), rounds=2, exercises=[PLANK, SIDE_LEFT])
    )


def test_every_field_reads_back_as_written(two_by_two: LoggedWorkout) -> None:
    fit = decode(workout_fit(two_by_two))
    assert fit.intact
    assert fit.errors == []
    messages = fit.messages
    assert messages["file_id_mesgs"] == [
        {
            "type": "activity",
            "manufacturer": "development",
            "product": 1,
            "serial_number": 0x504C4E4B,
            "time_created": START,
            "product_name": "Plank Timer",
        }
    ]
    assert messages["file_creator_mesgs"] == [{"software_version": round(VERSION * 100)}]
    assert messages["device_info_mesgs"] == [
        {
            "timestamp": START,
            "device_index": "creator",
            "manufacturer": "development",
            "product": 1,
            "product_name": "Plank Timer",
            "software_version": VERSION,
            "source_type": "local",
        }
    ]
    assert messages["sport_mesgs"] == [{**SPORT, "name": "Plank Timer"}]
    assert messages["event_mesgs"] == [
        {
            "timestamp": START,
            "event": "timer",
            "event_type": "start",
            "data": 0,
            "timer_trigger": "manual",
        },
        {"timestamp": at(65), "event": "timer", "event_type": "stop_all"},
    ]
    plank, side_plank = 43, 66
    assert exercise_name("plank", plank) == "plank"
    assert exercise_name("plank", side_plank) == "side_plank"
    assert messages["set_mesgs"] == [
        active(5, 15, plank, 0),
        rest(15, 20, 1),
        active(20, 30, plank, 2),
        rest(30, 40, 3),  # the switch to the next exercise
        active(40, 50, side_plank, 4),
        rest(50, 55, 5),
        active(55, 65, side_plank, 6),
    ]
    assert messages["record_mesgs"] == [{"timestamp": START}, {"timestamp": at(65)}]
    lap = {"event": "lap", "event_type": "stop", **SPORT}
    assert messages["lap_mesgs"] == [
        {
            **lap,
            "message_index": 0,
            "timestamp": at(40),
            "start_time": START,
            "total_elapsed_time": 40.0,
            "total_timer_time": 40.0,
            "lap_trigger": "time",
        },
        {
            **lap,
            "message_index": 1,
            "timestamp": at(65),
            "start_time": at(40),
            "total_elapsed_time": 25.0,
            "total_timer_time": 25.0,
            "lap_trigger": "session_end",
        },
    ]
    assert messages["session_mesgs"] == [
        {
            **lap,
            "message_index": 0,
            "timestamp": at(65),
            "start_time": START,
            "total_elapsed_time": 65.0,
            "total_timer_time": 65.0,
            "first_lap_index": 0,
            "num_laps": 2,
            "trigger": "activity_end",
        }
    ]
    assert messages["activity_mesgs"] == [
        {
            "timestamp": at(65),
            "total_timer_time": 65.0,
            "num_sessions": 1,
            "type": "manual",
            "event": "activity",
            "event_type": "stop",
            "local_timestamp": local_fit_seconds(datetime(2025, 3, 20, 7, 1, 5)),
        }
    ]
    assert set(messages) == {
        "file_id_mesgs",
        "file_creator_mesgs",
        "device_info_mesgs",
        "sport_mesgs",
        "event_mesgs",
        "set_mesgs",
        "record_mesgs",
        "lap_mesgs",
        "session_mesgs",
        "activity_mesgs",
    }


def test_messages_come_in_the_order_a_garmin_watch_writes_them(two_by_two: LoggedWorkout) -> None:
    # A Fenix 6S strength recording: file_id, file_creator, timer start, device_info, sport,
    # then records and sets as they happen, and the summaries last.
    assert decode(workout_fit(two_by_two)).order == [
        "file_id",
        "file_creator",
        "event",
        "device_info",
        "sport",
        "record",
        *["set"] * 7,
        "record",
        "event",
        "lap",
        "lap",
        "session",
        "activity",
    ]


def test_a_hold_cut_short_counts_what_was_held_and_summer_time_shows_locally(
    log: SessionLog,
) -> None:
    workout = Workout(log, berlin(2025, 7, 1, 18, 30), rounds=3, exercises=[PLANK]).start()
    workout.until_holds(1)  # the first hold ends 15 s in
    workout.clock.advance(5 + 4.25)  # the rest, then 4.25 s of the second hold
    workout.session.update()
    workout.session.stop()
    session_id = workout.recorder.last_session_id
    assert session_id is not None
    messages = decode(workout_fit(logged(log, session_id))).messages
    start = datetime(2025, 7, 1, 16, 30, tzinfo=UTC)
    second_hold = messages["set_mesgs"][-1]
    assert second_hold["duration"] == 4.25
    assert second_hold["start_time"] == start + timedelta(seconds=20)
    assert "repetitions" not in second_hold  # a plank is held, not repeated
    (session,) = messages["session_mesgs"]
    assert session["total_elapsed_time"] == 24.25
    assert session["timestamp"] == start + timedelta(seconds=24)  # FIT keeps whole seconds
    (activity,) = messages["activity_mesgs"]
    assert activity["local_timestamp"] == local_fit_seconds(datetime(2025, 7, 1, 18, 30, 24))


@pytest.mark.parametrize(
    ("name", "category", "exercise"),
    [
        ("dead bug", "hip_stability", "dead_bug"),
        ("Side plank", "plank", "side_plank"),
        ("bird dog", "core", None),  # FIT has no bird dog: the category alone
    ],
)
def test_a_custom_exercise_gets_its_fit_category_and_name_if_fit_has_one(
    log: SessionLog, name: str, category: str, exercise: str | None
) -> None:
    session_id = record(log, berlin(2025, 3, 20, 7, 0), rounds=1, exercises=[exercise_for(name)])
    (hold,) = decode(workout_fit(logged(log, session_id))).messages["set_mesgs"]
    assert hold["category"] == category
    if exercise is None:
        assert "category_subtype" not in hold
    else:
        assert exercise_name(category, hold["category_subtype"]) == exercise


def test_the_files_crc_is_checked(two_by_two: LoggedWorkout) -> None:
    data = workout_fit(two_by_two)
    assert decode(data).intact
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0x01
    assert not decode(bytes(damaged)).intact


def test_the_same_workout_always_gives_the_same_bytes(two_by_two: LoggedWorkout) -> None:
    assert workout_fit(two_by_two) == workout_fit(two_by_two)


def test_a_workout_with_no_hold_is_not_written(log: SessionLog) -> None:
    workout = Workout(log, berlin(2025, 3, 20, 7, 0)).start()
    workout.clock.advance(2)  # stopped during the get-ready countdown
    workout.session.update()
    workout.session.stop()
    session_id = workout.recorder.last_session_id
    assert session_id is not None
    with pytest.raises(FitEncodingError, match=f"workout {session_id} has no holds"):
        workout_fit(logged(log, session_id))
