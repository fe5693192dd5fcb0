"""FIT activity files, read with ``fitdecode``: one activity per session message.

The whole file is decoded, so its CRC is checked (a damaged or truncated file is refused,
never half-read). Decoding runs without fitdecode's data processor, which would convert
every field of every track point; only the session and activity messages are looked at, and
their times are converted here from FIT's epoch (40 % faster on a one-hour run).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

import fitdecode
from fitdecode.processors import FIT_DATETIME_MIN, FIT_UTC_REFERENCE

from app.core.message import QT_TRANSLATE_NOOP
from app.runs.activity import Activity
from app.runs.limits import ContentError
from app.runs.sports import fit_sport, shown_sport

_SESSION_FIELDS = (
    "start_time",
    "timestamp",
    "total_elapsed_time",
    "total_timer_time",
    "total_moving_time",
    "total_distance",
    "sport",
    "sub_sport",
    "avg_heart_rate",
)
_QUARTER_HOUR = 900


def _moment(raw: object) -> datetime | None:
    # Below FIT_DATETIME_MIN a time counts seconds since the device was switched on.
    if isinstance(raw, int) and raw >= FIT_DATETIME_MIN:
        return datetime.fromtimestamp(FIT_UTC_REFERENCE + raw, UTC)
    return None


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def _offset(activity: dict[str, Any]) -> timedelta | None:
    """The watch's local offset: its local time minus UTC, to the nearest quarter hour."""
    local, utc = activity.get("local_timestamp"), activity.get("timestamp")
    if not isinstance(local, int) or not isinstance(utc, int) or utc < FIT_DATETIME_MIN:
        return None
    seconds = local - utc
    quarters = round(seconds / _QUARTER_HOUR)
    if abs(seconds - quarters * _QUARTER_HOUR) > 60:
        return None
    return timedelta(seconds=quarters * _QUARTER_HOUR)


def _decode(data: bytes) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    sessions: list[dict[str, Any]] = []
    activity: dict[str, Any] = {}
    reader = fitdecode.FitReader(
        io.BytesIO(data),
        processor=None,
        check_crc=fitdecode.CrcCheck.RAISE,
        error_handling=fitdecode.ErrorHandling.RAISE,
    )
    with reader:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            if frame.name == "session":
                sessions.append(
                    {f.name: f.value for f in frame.fields if f.name in _SESSION_FIELDS}
                )
            elif frame.name == "activity":
                activity = {f.name: f.value for f in frame.fields}
    return sessions, activity


def read_fit(data: bytes) -> list[Activity]:
    """The activities of a FIT file; ContentError (a short reason) if it cannot be read."""
    try:
        sessions, activity = _decode(data)
    except fitdecode.FitCRCError:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is damaged: its FIT checksum (CRC) does not match")
        ) from None
    except fitdecode.FitEOFError:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is cut short (truncated FIT file)")
        ) from None
    except fitdecode.FitHeaderError:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a FIT file (no valid FIT header)")
        ) from None
    except Exception as error:  # a library at the edge: any failure is this file's fault
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a readable FIT file ({reason})"),
            reason=type(error).__name__,
        ) from None
    if not sessions:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                "errors", "holds no activity (a FIT settings, workout or monitoring file)"
            )
        )
    offset = _offset(activity)
    found = []
    for session in sessions:
        started = _moment(session.get("start_time"))
        if started is None:
            raise ContentError(
                QT_TRANSLATE_NOOP(
                    "errors", "has no real start time (the watch's clock was not set)"
                )
            )
        timer = _number(session.get("total_timer_time"))
        elapsed = _number(session.get("total_elapsed_time")) or timer
        if elapsed is None:
            raise ContentError(
                QT_TRANSLATE_NOOP("errors", "does not say how long the activity lasted")
            )
        heart = session.get("avg_heart_rate")
        found.append(
            Activity(
                sport=fit_sport(session.get("sport"), session.get("sub_sport")),
                sport_name=shown_sport(session.get("sport")),
                started_utc=started,
                elapsed_seconds=elapsed,
                moving_seconds=_number(session.get("total_moving_time")) or timer,
                distance_m=_number(session.get("total_distance")),
                avg_heart_rate=heart if isinstance(heart, int) else None,
                offset=offset,
            )
        )
    return found
