"""TCX files, read with ``python-tcxparser`` (lxml underneath): the first activity.

Start is the first lap's ``StartTime`` (UTC); elapsed time runs to the last track point's
time, or is the laps' ``TotalTimeSeconds`` added up when the file has no track points (a
treadmill or a hand-made file); moving time is that lap total; distance is the last track
point's running distance, or the laps' ``DistanceMeters`` added up; heart rate is the mean
of the track points'. The sport is the activity's ``Sport`` attribute (``Running``,
``Biking``, ``Other``).
"""

from __future__ import annotations

import io
from datetime import datetime

import lxml.etree
import tcxparser

from app.core.message import QT_TRANSLATE_NOOP
from app.runs.activity import Activity
from app.runs.limits import ContentError
from app.runs.sports import shown_sport, sport_named


def _moment(text: object) -> datetime:
    moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a time without a time zone")
    return moment


def _lap_sum(parsed: tcxparser.TCXParser, name: str) -> float:
    return sum(float(getattr(lap, name, 0) or 0) for lap in parsed.activity.Lap)


def read_tcx(data: bytes) -> list[Activity]:
    """The activity of a TCX file; ContentError (a short reason) if it cannot be read."""
    try:
        # lxml's defaults keep a hostile file harmless: no network, no external entities,
        # and libxml2 caps entity expansion (billion laughs) unless asked for a huge tree.
        parsed = tcxparser.TCXParser(io.BytesIO(data))
        kind = str(parsed.activity.attrib.get("Sport", ""))
        started = _moment(parsed.started_at)
        laps = _lap_sum(parsed, "TotalTimeSeconds")
        times = parsed.time_values()
        ended = _moment(times[-1]) if times else None
        distance = float(parsed.distance) or _lap_sum(parsed, "DistanceMeters")
        heart = parsed.hr_avg
    except lxml.etree.XMLSyntaxError:
        raise ContentError(QT_TRANSLATE_NOOP("errors", "is not valid TCX (broken XML)")) from None
    except Exception as error:  # a library at the edge: any failure is this file's fault
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a readable TCX file ({reason})"),
            reason=type(error).__name__,
        ) from None
    elapsed = (ended - started).total_seconds() if ended is not None else laps
    return [
        Activity(
            sport=sport_named(kind),
            sport_name=shown_sport(kind),
            started_utc=started,
            elapsed_seconds=max(elapsed, laps),
            moving_seconds=laps or None,
            distance_m=distance or None,
            avg_heart_rate=heart,
        )
    ]
