"""GPX files, read with ``gpxpy``: the whole file is one activity.

Start and end are the first and last timed points (UTC, so the offset is chosen as
:mod:`app.runs.activity` says), the distance is gpxpy's 2-D length (what watches report),
moving time is gpxpy's (it leaves out stops), the sport is the first track's ``<type>``
(``running``, ``trail_running``...; a file without one is taken as a run, since that is what
people import here), and the heart rate is the mean of the points' Garmin ``hr`` extension.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

import gpxpy
import gpxpy.gpx

from app.core.message import QT_TRANSLATE_NOOP
from app.core.run import Sport
from app.runs.activity import Activity
from app.runs.limits import ContentError
from app.runs.sports import shown_sport, sport_named


def _heart_rates(gpx: gpxpy.gpx.GPX) -> list[int]:
    rates = []
    for track in gpx.tracks:
        for segment in track.segments:
            for point in segment.points:
                for extension in point.extensions:
                    rates.extend(_hr_values(extension))
    return rates


def _hr_values(element: Any) -> list[int]:
    # <gpxtpx:TrackPointExtension><gpxtpx:hr>142</gpxtpx:hr>...; any namespace, any depth.
    found = []
    for node in element.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.rsplit("}", 1)[-1].lower() == "hr" and node.text:
            try:
                found.append(round(float(node.text)))
            except ValueError:
                continue
    return found


def read_gpx(data: bytes) -> list[Activity]:
    """The activity of a GPX file; ContentError (a short reason) if it cannot be one."""
    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig", errors="replace"))
        bounds = gpx.get_time_bounds()
        moving = gpx.get_moving_data()
        distance = gpx.length_2d()
        rates = _heart_rates(gpx)
    except gpxpy.gpx.GPXXMLSyntaxException:
        raise ContentError(QT_TRANSLATE_NOOP("errors", "is not valid GPX (broken XML)")) from None
    except Exception as error:  # a library at the edge: any failure is this file's fault
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a readable GPX file ({reason})"),
            reason=type(error).__name__,
        ) from None
    if bounds.start_time is None or bounds.end_time is None:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                "errors", "has no times in it (a route or a track without timestamps)"
            )
        )
    kind = next((track.type for track in gpx.tracks if track.type), None)
    sport = Sport.RUN if kind is None else sport_named(kind)
    return [
        Activity(
            sport=sport,
            sport_name=shown_sport(kind),
            # GPX times are UTC by the standard, written with or without the "Z".
            started_utc=bounds.start_time.replace(tzinfo=bounds.start_time.tzinfo or UTC),
            elapsed_seconds=(bounds.end_time - bounds.start_time).total_seconds(),
            moving_seconds=moving.moving_time if moving else None,
            distance_m=distance or None,
            avg_heart_rate=round(sum(rates) / len(rates)) if rates else None,
        )
    ]
