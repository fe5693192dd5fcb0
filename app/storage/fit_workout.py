"""One logged workout as a FIT activity file: sport training, sub-sport strength training.

The file is laid out as a Garmin watch writes a strength workout ("summary last"): file_id,
file_creator, a timer start event, device_info and sport first; then, in time order, the
records and one set message per hold (``active``, with its FIT exercise category and name)
and one ``rest`` set for each gap between holds; then a timer stop event, the laps (one per
run of holds of one exercise), the session and the activity.

What the log does not know stays out rather than being made up: no heart rate, calories or
repetitions (a plank is held, not repeated), no distance. Pauses are not logged, so the timer
time equals the elapsed time. Two records, carrying only a timestamp, mark the workout's start
and end: FIT's activity file type asks for at least one record, and Strava wants a time on
every record it is given. (A record per hold boundary would add nothing an app shows, and
fit-tool's messages are slow to make: they took a third of the time per file.)

FIT stores moments to the whole second (UTC); durations keep milliseconds. The activity's
``local_timestamp`` is its end in the offset the user had when the workout started.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import groupby
from typing import Any

from fit_tool import FitError, FitFileBuilder
from fit_tool.profile.messages.activity_message import ActivityMessage
from fit_tool.profile.messages.device_info_message import DeviceInfoMessage
from fit_tool.profile.messages.event_message import EventMessage
from fit_tool.profile.messages.file_creator_message import FileCreatorMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.lap_message import LapMessage
from fit_tool.profile.messages.record_message import RecordMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.messages.set_message import SetMessage
from fit_tool.profile.messages.sport_message import SportMessage
from fit_tool.profile.profile_type import (
    Activity,
    Event,
    EventType,
    FileType,
    LapTrigger,
    Manufacturer,
    SessionTrigger,
    SetType,
    SourceType,
    Sport,
    SubSport,
    TimerTrigger,
)

import app  # the package itself, for its __version__
from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.storage.fit_exercises import fit_exercise
from app.storage.logged_workouts import LoggedHold, LoggedWorkout

PRODUCT_NAME = "Plank Timer"
# Apps without a manufacturer id from Garmin use "development" (255). The product and the
# serial number then only have to be stable: they name this app, not a device.
MANUFACTURER = Manufacturer.DEVELOPMENT.value
PRODUCT = 1
SERIAL_NUMBER = 0x504C4E4B  # "PLNK"
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
_CREATOR_INDEX = 0  # device_index "creator"


class FitEncodingError(MessageError, ValueError):
    """A workout could not be written as FIT; the message is one line, fit for the user."""


@dataclass(frozen=True)
class _Span:
    """A stretch of the workout: a lap's or a rest's start and end, to the millisecond."""

    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


def _ms(moment: datetime) -> int:
    """A moment as fit-tool takes it: milliseconds since 1970, on FIT's whole second."""
    return round(moment.timestamp()) * 1000


def _fill(message: Any, **fields: object) -> Any:
    """Set fields by name, refusing names the message does not have (fit-tool would not)."""
    for name, value in fields.items():
        if not isinstance(getattr(type(message), name, None), property):
            raise AttributeError(f"{type(message).__name__} has no field {name}")
        setattr(message, name, value)
    return message


def software_version() -> tuple[float, int]:
    """The app's version as device_info (2 decimals) and file_creator (times 100) want it."""
    major, minor = (int(part) for part in app.__version__.split(".")[:2])
    shown = float(f"{major}.{minor}")
    return shown, round(shown * 100)


def _hold_end(hold: LoggedHold) -> datetime:
    return hold.started_at + timedelta(seconds=hold.held_seconds)


def workout_end(workout: LoggedWorkout) -> datetime:
    """When the workout ended: its logged end, or its last hold's end if that is later."""
    held_until = _hold_end(workout.holds[-1])
    return max(workout.ended_at or held_until, held_until)


def _laps(workout: LoggedWorkout, end: datetime) -> list[_Span]:
    """One lap per run of holds of one exercise (a side plank's sides apart), end to end."""
    starts = [next(run).started_at for _, run in groupby(workout.holds, lambda h: h.exercise)]
    starts[0] = workout.started_at  # the first lap takes in the get-ready countdown
    return [_Span(a, b) for a, b in zip(starts, [*starts[1:], end], strict=True)]


def _timeline(workout: LoggedWorkout, end: datetime) -> Iterator[Any]:
    """The start record, the sets in time order, and the end record."""
    index = 0
    yield _fill(RecordMessage(), timestamp=_ms(workout.started_at))
    for number, hold in enumerate(workout.holds):
        if number:
            rest = _Span(_hold_end(workout.holds[number - 1]), hold.started_at)
            if rest.seconds > 0:
                yield _fill(
                    SetMessage(),
                    timestamp=_ms(rest.end),
                    start_time=_ms(rest.start),
                    duration=rest.seconds,
                    set_type=SetType.REST,
                    message_index=index,
                )
                index += 1
        exercise = fit_exercise(hold.exercise)
        yield _fill(
            SetMessage(),
            timestamp=_ms(_hold_end(hold)),
            start_time=_ms(hold.started_at),
            duration=hold.held_seconds,
            set_type=SetType.ACTIVE,
            category=[exercise.category],
            category_subtype=None if exercise.name is None else [exercise.name],
            message_index=index,
        )
        index += 1
    yield _fill(RecordMessage(), timestamp=_ms(end))


def _summaries(workout: LoggedWorkout, end: datetime) -> Iterator[Any]:
    """The timer stop event, the laps, the session and the activity."""
    sport = {"sport": Sport.TRAINING, "sub_sport": SubSport.STRENGTH_TRAINING}
    whole = _Span(workout.started_at, end)
    yield _fill(
        EventMessage(), timestamp=_ms(end), event=Event.TIMER, event_type=EventType.STOP_ALL
    )
    laps = _laps(workout, end)
    for number, lap in enumerate(laps):
        last = number == len(laps) - 1
        yield _fill(
            LapMessage(),
            message_index=number,
            timestamp=_ms(lap.end),
            start_time=_ms(lap.start),
            total_elapsed_time=lap.seconds,
            total_timer_time=lap.seconds,
            event=Event.LAP,
            event_type=EventType.STOP,
            lap_trigger=LapTrigger.SESSION_END if last else LapTrigger.TIME,
            **sport,
        )
    yield _fill(
        SessionMessage(),
        message_index=0,
        timestamp=_ms(end),
        start_time=_ms(workout.started_at),
        total_elapsed_time=whole.seconds,
        total_timer_time=whole.seconds,
        event=Event.LAP,
        event_type=EventType.STOP,
        trigger=SessionTrigger.ACTIVITY_END,
        first_lap_index=0,
        num_laps=len(laps),
        **sport,
    )
    local_end = end + timedelta(minutes=workout.utc_offset_minutes)
    yield _fill(
        ActivityMessage(),
        timestamp=_ms(end),
        total_timer_time=whole.seconds,
        num_sessions=1,
        type=Activity.MANUAL,
        event=Event.ACTIVITY,
        event_type=EventType.STOP,
        local_timestamp=round((local_end - FIT_EPOCH).total_seconds()),
    )


def _opening(workout: LoggedWorkout) -> Iterator[Any]:
    start = _ms(workout.started_at)
    shown_version, creator_version = software_version()
    yield _fill(
        FileIdMessage(),
        type=FileType.ACTIVITY,
        manufacturer=MANUFACTURER,
        product=PRODUCT,
        serial_number=SERIAL_NUMBER,
        time_created=start,
        product_name=PRODUCT_NAME,
    )
    yield _fill(FileCreatorMessage(), software_version=creator_version)
    yield _fill(
        EventMessage(),
        timestamp=start,
        event=Event.TIMER,
        event_type=EventType.START,
        timer_trigger=TimerTrigger.MANUAL,
    )
    yield _fill(
        DeviceInfoMessage(),
        timestamp=start,
        device_index=_CREATOR_INDEX,
        manufacturer=MANUFACTURER,
        product=PRODUCT,
        product_name=PRODUCT_NAME,
        software_version=shown_version,
        source_type=SourceType.LOCAL,
    )
    yield _fill(
        SportMessage(),
        sport=Sport.TRAINING,
        sub_sport=SubSport.STRENGTH_TRAINING,
        sport_name=PRODUCT_NAME,
    )


def workout_fit(workout: LoggedWorkout) -> bytes:
    """The workout as the bytes of a FIT activity file, CRC included.

    The same workout always gives the same bytes. Raises FitEncodingError for a workout
    with no holds, or one FIT's activity file type would not accept.
    """
    if not workout.holds:
        raise FitEncodingError(
            QT_TRANSLATE_NOOP("errors", "workout {id} has no holds"), id=workout.session_id
        )
    end = workout_end(workout)
    # strict: fit-tool checks the file against FIT's activity file type (the messages and
    # fields it requires) before handing the bytes over.
    builder = FitFileBuilder(auto_define=True, strict=True)
    try:
        for part in (_opening(workout), _timeline(workout, end), _summaries(workout, end)):
            builder.add_all(list(part))
        return bytes(builder.build_bytes())
    except FitError as error:
        raise FitEncodingError(
            QT_TRANSLATE_NOOP("errors", "workout {id} cannot be written as FIT: {reason}"),
            id=workout.session_id,
            reason=error,
        ) from error
