"""How moments are stored: UTC text plus the local offset, and the local day for streaks.

Every stored time is ``YYYY-MM-DDTHH:MM:SS.mmm+00:00``: fixed width, so text order is time
order and an index on it sorts history. Milliseconds are kept (and no more) so that an export
read back in names exactly the same moments, which is how an import recognises sessions it
already holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

WallClock = Callable[[], datetime]
"""The wall clock: an aware datetime in the user's time zone (a naive one is taken as local)."""


def local_now() -> datetime:
    """Now, in the machine's local time zone."""
    return datetime.now().astimezone()


def local_today() -> date:
    """Today's local date: the day a workout started now would count for."""
    return local_now().date()


def aware(moment: datetime) -> datetime:
    """``moment`` with a time zone; a naive datetime is taken as local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def to_utc_text(moment: datetime) -> str:
    """The stored form of a moment: UTC, millisecond precision."""
    utc = aware(moment).astimezone(UTC)
    return utc.isoformat(timespec="milliseconds")


def offset_minutes(moment: datetime) -> int:
    """The local offset from UTC in whole minutes at ``moment``, e.g. 120 for CEST."""
    offset = aware(moment).utcoffset() or timedelta(0)
    return round(offset.total_seconds() / 60)


def local_day_text(moment: datetime) -> str:
    """The local calendar day of ``moment`` as ``YYYY-MM-DD``: 00:30 counts for the new day."""
    return aware(moment).date().isoformat()


def from_stored(utc_text: str, minutes: int) -> datetime:
    """A stored UTC moment shown in the offset the user had then."""
    utc = datetime.fromisoformat(utc_text)
    return utc.astimezone(timezone(timedelta(minutes=minutes)))


def local_text(utc_text: str, minutes: int) -> str:
    """ISO 8601 with the user's offset then, e.g. ``2024-03-31T00:30:00.000+01:00``."""
    return from_stored(utc_text, minutes).isoformat(timespec="milliseconds")


def parse_aware(text: str) -> datetime:
    """Parse ISO 8601 text that carries an offset; raise ValueError for anything else."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("it has no UTC offset")
    try:
        # Year 9999 at a negative offset, or year 1 at a positive one, has no UTC moment.
        moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("it lies outside the years UTC can show") from None
    # Keep milliseconds, as stored, so the same moment always compares equal.
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def wall_time_of(at: float, wall_now: datetime, monotonic_now: float) -> datetime:
    """The wall-clock moment of monotonic time ``at``: ``wall_now - (monotonic_now - at)``.

    The subtraction happens in UTC, so a daylight-saving change in between cannot shift it;
    the result is then shown in ``wall_now``'s zone.
    """
    now = aware(wall_now)
    moment = now.astimezone(UTC) - timedelta(seconds=monotonic_now - at)
    return moment.astimezone(now.tzinfo)
