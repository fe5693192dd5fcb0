"""From what a file says to a Run: one place that picks the offset and checks the values.

GPX, TCX and Strava's CSV give times in UTC only. Their runs are given the offset this
machine's time zone had *at that moment* (``datetime.astimezone()`` applies the zone's rules
for that date, daylight saving included): the right answer for anyone who runs where they
live, and off only for runs made while travelling. FIT files usually say the watch's local
time as well; their offset is taken from that when it is a plausible one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.core.run import (
    EFFORT_RANGE,
    ELAPSED_RANGE,
    HEART_RATE_RANGE,
    Run,
    RunError,
    Sport,
    check_start,
)
from app.runs.outcome import Found, Outcome, Rejected, Skipped

LocalOffset = Callable[[datetime], timedelta]
"""The UTC offset to give a run that started at this UTC moment."""

MAX_OFFSET = timedelta(hours=14)


def machine_offset(utc: datetime) -> timedelta:
    """This machine's zone's offset at ``utc`` (daylight saving as it was then)."""
    return utc.astimezone().utcoffset() or timedelta(0)


def plausible_offset(offset: timedelta) -> bool:
    """Real zones are within 14 hours of UTC and on a quarter hour."""
    return abs(offset) <= MAX_OFFSET and offset.total_seconds() % 900 == 0


@dataclass(frozen=True)
class Activity:
    """One activity as a reader found it, before it becomes a Run.

    ``sport`` is None for another sport, named by ``sport_name``. ``offset`` is the file's
    own local offset, when it has one.
    """

    sport: Sport | None
    sport_name: str
    started_utc: datetime
    elapsed_seconds: float
    moving_seconds: float | None = None
    distance_m: float | None = None
    avg_heart_rate: int | None = None
    effort: int | None = None
    offset: timedelta | None = None


def outcome_of(
    activity: Activity, source: str, digest: str | None, local_offset: LocalOffset
) -> Outcome:
    """The run this activity is, another sport skipped, or why it cannot be a run."""
    if activity.sport is None:
        return Skipped(source, activity.sport_name)
    if activity.elapsed_seconds < ELAPSED_RANGE[0]:
        too_short = QT_TRANSLATE_NOOP(
            "errors", "lasts under a minute (a watch started by mistake?)"
        )
        return Rejected(source, Message(too_short))
    try:
        # First, so a year-1 or year-9999 start, which has no UTC moment, is refused here
        # rather than overflow below.
        check_start(activity.started_utc)
    except RunError as error:
        return Rejected(source, error.message)
    started = activity.started_utc.astimezone(UTC)
    offset = activity.offset
    if offset is None or not plausible_offset(offset):
        offset = local_offset(started)
    moving = activity.moving_seconds
    if moving is not None:
        # Watches round the two times separately: a timer a second past the clock is noise.
        moving = max(0.0, min(moving, activity.elapsed_seconds))
    distance = activity.distance_m
    try:
        run = Run(
            started_at=started.astimezone(timezone(offset)),
            elapsed_seconds=round(activity.elapsed_seconds, 3),
            sport=activity.sport,
            moving_seconds=None if moving is None else round(moving, 3),
            distance_m=None if not distance else round(distance, 2),
            avg_heart_rate=_within(activity.avg_heart_rate, HEART_RATE_RANGE),
            effort=_within(activity.effort, EFFORT_RANGE),
            source_name=source,  # Run keeps it printable and short
            source_hash=digest,
        )
    except RunError as error:
        return Rejected(source, error.message)
    return Found(run)


def _within(value: int | None, bounds: tuple[int, int]) -> int | None:
    # A missing sensor reads as 0 or 255 in some files: no value, not a bad run.
    return value if value is not None and bounds[0] <= value <= bounds[1] else None
