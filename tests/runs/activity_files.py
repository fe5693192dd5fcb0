"""Real activity files for the tests, made with the formats' own writers.

FIT files are written by ``fit-tool`` (a different library from the ``fitdecode`` the app
reads them with), GPX by ``gpxpy``'s writer, and TCX from a small template written here
(no kept TCX writer exists); Strava-style zips with ``zipfile``.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import gpxpy.gpx
from fit_tool.fit_file import FitFile
from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.activity_message import ActivityMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.record_message import RecordMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.profile_type import FileType, Manufacturer, Sport, SubSport

FIT_EPOCH = 631065600  # 1989-12-31T00:00:00Z, where FIT's seconds start
START = datetime(2025, 3, 1, 6, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Shape:
    """What a test file says about its activity."""

    start: datetime = START
    minutes: float = 45.0
    km: float | None = 8.0
    sport: str = "running"
    sub_sport: str | None = None
    heart_rate: int | None = 145
    timer_minutes: float | None = None
    local_offset_hours: float | None = 1.0


def _ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


@cache
def _fit_template(records: int) -> bytes:
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.GARMIN.value
    file_id.product = 0
    file_id.serial_number = 1234
    file_id.time_created = _ms(START)
    builder.add(file_id)
    points = []
    for index in range(records):
        point = RecordMessage()
        point.timestamp = _ms(START) + index * 4000
        point.position_lat = 46.05 + index * 1e-4
        point.position_long = 14.5
        point.distance = index * 12.0
        point.heart_rate = 140 + index % 20
        # What a running watch records besides: a real file's points are 40-60 bytes each.
        point.enhanced_altitude = 300.0 + index % 50
        point.enhanced_speed = 3.0 + index % 10 / 10
        point.cadence = 85
        point.fractional_cadence = 0.5
        point.temperature = 12
        point.vertical_oscillation = 80.0
        point.stance_time = 250.0
        point.step_length = 1100.0
        points.append(point)
    builder.add_all(points)
    # Every field fit_bytes sets must be in the template: its definition fixes the fields.
    session = SessionMessage()
    session.start_time = session.timestamp = _ms(START)
    session.total_elapsed_time = session.total_timer_time = session.total_distance = 1.0
    session.sport = Sport.RUNNING
    session.sub_sport = SubSport.GENERIC
    session.avg_heart_rate = 1
    builder.add(session)
    activity = ActivityMessage()
    activity.timestamp = _ms(START)
    activity.num_sessions = 1
    activity.total_timer_time = 1.0
    activity.local_timestamp = 1
    builder.add(activity)
    return builder.build().to_bytes()


@cache
def _fit_file(records: int) -> FitFile:
    # Decoded once and then changed in place: decoding takes fit-tool 0.3 s for 600 points.
    return FitFile.from_bytes(_fit_template(records))


def fit_bytes(shape: Shape = Shape(), records: int = 20) -> bytes:
    """A FIT activity file with ``records`` track points and one session saying ``shape``."""
    unknown = None in (shape.km, shape.heart_rate, shape.local_offset_hours)
    # A field once emptied cannot be filled again: an unknown value gets a fresh copy.
    fit = FitFile.from_bytes(_fit_template(records)) if unknown else _fit_file(records)
    end = shape.start + timedelta(minutes=shape.minutes)
    for record in fit.records:
        message = record.message
        if isinstance(message, SessionMessage):
            message.start_time = _ms(shape.start)
            message.timestamp = _ms(end)
            message.total_elapsed_time = shape.minutes * 60
            message.total_timer_time = (shape.timer_minutes or shape.minutes) * 60
            message.total_distance = None if shape.km is None else shape.km * 1000
            message.sport = Sport[shape.sport.upper()]
            message.sub_sport = SubSport[(shape.sub_sport or "generic").upper()]
            message.avg_heart_rate = shape.heart_rate
        elif isinstance(message, ActivityMessage):
            message.timestamp = _ms(end)
            message.num_sessions = 1
            message.total_timer_time = shape.minutes * 60
            hours = shape.local_offset_hours
            local = None if hours is None else round(end.timestamp() + hours * 3600) - FIT_EPOCH
            message.local_timestamp = local
    return fit.to_bytes()


def gpx_text(shape: Shape = Shape(), kind: str | None = "running", timed: bool = True) -> str:
    """A GPX track going north for ``shape.km`` over ``shape.minutes``, written by gpxpy."""
    gpx = gpxpy.gpx.GPX()
    track = gpxpy.gpx.GPXTrack()
    track.type = kind
    gpx.tracks.append(track)
    segment = gpxpy.gpx.GPXTrackSegment()
    track.segments.append(segment)
    steps = 60
    metres = (shape.km or 0) * 1000
    for step in range(steps + 1):
        segment.points.append(
            gpxpy.gpx.GPXTrackPoint(
                latitude=46.0 + metres * step / steps / 111_195,
                longitude=14.5,
                time=shape.start + timedelta(minutes=shape.minutes * step / steps)
                if timed
                else None,
            )
        )
    return gpx.to_xml()


TCX = """<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
 <Activities>
  <Activity Sport="{sport}">
   <Id>{start}</Id>
   <Lap StartTime="{start}">
    <TotalTimeSeconds>{seconds}</TotalTimeSeconds>
    <DistanceMeters>{metres}</DistanceMeters>
    <Intensity>Active</Intensity>
    <TriggerMethod>Manual</TriggerMethod>
    <Track>{points}</Track>
   </Lap>
  </Activity>
 </Activities>
</TrainingCenterDatabase>
"""
TCX_POINT = """
     <Trackpoint><Time>{time}</Time><DistanceMeters>{metres}</DistanceMeters>
      <HeartRateBpm><Value>{heart}</Value></HeartRateBpm></Trackpoint>"""


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tcx_text(shape: Shape = Shape(), sport: str = "Running") -> str:
    """A TCX activity of one lap with a few track points (no positions: a treadmill's)."""
    metres = (shape.km or 0) * 1000
    points = "".join(
        TCX_POINT.format(
            time=_z(shape.start + timedelta(minutes=shape.minutes * step / 4)),
            metres=metres * step / 4,
            heart=shape.heart_rate or 0,
        )
        for step in range(5)
    )
    return TCX.format(
        sport=sport,
        start=_z(shape.start),
        seconds=shape.minutes * 60,
        metres=metres,
        points=points,
    )


def gz(data: bytes | str) -> bytes:
    return gzip.compress(data.encode() if isinstance(data, str) else data)


STRAVA_HEADER = [
    "Activity ID",
    "Activity Date",
    "Activity Name",
    "Activity Type",
    "Activity Description",
    "Elapsed Time",
    "Distance",
    "Max Heart Rate",
    "Relative Effort",
    "Commute",
    "Activity Private Note",
    "Activity Gear",
    "Filename",
    "Athlete Weight",
    "Bike Weight",
    "Elapsed Time",
    "Moving Time",
    "Distance",
    "Max Speed",
    "Average Speed",
    "Average Heart Rate",
    "Perceived Exertion",
]


@dataclass(frozen=True)
class StravaActivity:
    """One row of a Strava export, and the file it names (if any)."""

    shape: Shape = Shape()
    type: str = "Run"
    filename: str = ""
    content: bytes | None = None
    effort: int | None = None
    cells: tuple[tuple[str, str], ...] = ()
    """Cells written as given, by column name (the last column of that name): ``inf``, say."""


def strava_date(moment: datetime) -> str:
    """Strava's ``Mar 1, 2025, 6:30:00 AM``, in UTC."""
    utc = moment.astimezone(UTC)
    hour = utc.hour % 12 or 12
    half = "AM" if utc.hour < 12 else "PM"
    return f"{utc:%b} {utc.day}, {utc.year}, {hour}:{utc:%M:%S} {half}"


def strava_csv(activities: list[StravaActivity]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(STRAVA_HEADER)
    for number, item in enumerate(activities, 1):
        shape = item.shape
        seconds = shape.minutes * 60
        metres = "" if shape.km is None else shape.km * 1000
        km = "" if shape.km is None else shape.km
        row: list[object] = [
            number, strava_date(shape.start), f"Run {number}", item.type, "", round(seconds),
            km, "", "", "false", "", "", item.filename, "", "", seconds,
            (shape.timer_minutes or shape.minutes) * 60, metres, "", "",
            shape.heart_rate or "", item.effort or "",
        ]  # fmt: skip
        for name, text in item.cells:
            row[len(STRAVA_HEADER) - 1 - STRAVA_HEADER[::-1].index(name)] = text
        writer.writerow(row)
    return out.getvalue().encode()


def strava_zip(activities: list[StravaActivity], extra: dict[str, bytes] | None = None) -> bytes:
    """A Strava bulk export: activities.csv and the files it names, plus ``extra`` entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("activities.csv", strava_csv(activities))
        for item in activities:
            if item.filename and item.content is not None:
                archive.writestr(item.filename, item.content)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()
