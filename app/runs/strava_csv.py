"""The ``activities.csv`` of a Strava bulk export: one row per activity, UTC times.

Strava repeats two column names: the first ``Elapsed Time`` and ``Distance`` are in the
athlete's display units (kilometres or miles), the later ones in seconds and metres. The
later ones are used; an older export with a single ``Distance`` column has it in
kilometres. ``Activity Date`` reads ``Jan 5, 2021, 7:04:05 AM`` in UTC, with English month
names whatever the machine's language (so it is not parsed with ``strptime``, which follows
the locale). ``Perceived Exertion`` (1 to 10) is the run's effort.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.runs.limits import ContentError

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
REQUIRED = ("Activity Date", "Activity Type", "Elapsed Time", "Filename")


@dataclass(frozen=True)
class StravaRow:
    """One activity as the CSV lists it; numbers are None where the cell is empty."""

    number: int
    """The row's line in the file (the header is line 1)."""
    name: str
    type: str
    date_text: str
    elapsed_seconds: float | None
    moving_seconds: float | None
    distance_m: float | None
    avg_heart_rate: int | None
    effort: int | None
    filename: str
    digest: str
    """SHA-256 of the row's text: what recognises a file-less activity imported before."""

    @property
    def label(self) -> str:
        return f"activities.csv line {self.number}" + (f" ({self.name})" if self.name else "")


class DateError(ValueError):
    """``Activity Date`` is not a date; ``message`` says so for the window."""

    def __init__(self, text: str) -> None:
        self.message = Message(
            QT_TRANSLATE_NOOP("errors", "Activity Date {value} is not a date"),
            {"value": f"{text!r:.40}"},
        )
        super().__init__(str(self.message))


def parse_date(text: str) -> datetime:
    """``Jan 5, 2021, 7:04:05 AM`` (or ISO ``2021-01-05 07:04:05``) as an aware UTC time."""
    cleaned = text.replace(",", " ").split()
    try:
        if len(cleaned) == 5 and cleaned[0][:3].lower() in _MONTHS:
            month, day, year, clock, half = cleaned
            hour, minute, second = (int(part) for part in clock.split(":"))
            if half.upper() not in ("AM", "PM") or not 1 <= hour <= 12:
                raise ValueError(text)
            hour = hour % 12 + (12 if half.upper() == "PM" else 0)
            return datetime(
                int(year), _MONTHS[month[:3].lower()], int(day), hour, minute, second, tzinfo=UTC
            )
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise DateError(text) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _number(text: str) -> float | None:
    """A cell's number; None where it is empty or negative (not given). ValueError for text
    that is no number, or ``inf``/``1e999``/``nan``, which no activity has."""
    text = text.strip()
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text!r:.40} is not a finite number")
    return value if value >= 0 else None


class _Columns:
    def __init__(self, header: list[str]) -> None:
        self.first: dict[str, int] = {}
        self.last: dict[str, int] = {}
        for index, name in enumerate(header):
            self.first.setdefault(name.strip(), index)
            self.last[name.strip()] = index
        self.metres = self.first.get("Distance") != self.last.get("Distance")

    def cell(self, row: list[str], name: str) -> str:
        index = self.last.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""


def _row(columns: _Columns, row: list[str], number: int) -> StravaRow:
    cell = columns.cell
    distance = _number(cell(row, "Distance"))
    if distance is not None and not columns.metres:
        distance *= 1000
    heart, effort = (
        _number(cell(row, "Average Heart Rate")),
        _number(cell(row, "Perceived Exertion")),
    )
    return StravaRow(
        number=number,
        name=cell(row, "Activity Name")[:60],
        type=cell(row, "Activity Type"),
        date_text=cell(row, "Activity Date"),
        elapsed_seconds=_number(cell(row, "Elapsed Time")),
        moving_seconds=_number(cell(row, "Moving Time")),
        distance_m=distance,
        avg_heart_rate=None if heart is None else round(heart),
        # Strava's scale is 1 to 10; anything else is no effort given.
        effort=round(effort) if effort is not None and 1 <= round(effort) <= 10 else None,
        filename=cell(row, "Filename"),
        digest=hashlib.sha256("\x1f".join(row).encode("utf-8")).hexdigest(),
    )


def read_activities_csv(data: bytes) -> tuple[list[StravaRow], list[tuple[str, Message]]]:
    """The rows of ``activities.csv``, and (label, reason) for each row that cannot be read.

    ContentError if the file is not such a list at all.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(QT_TRANSLATE_NOOP("errors", "is not UTF-8 text")) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        columns = _Columns(header)
        missing = [name for name in REQUIRED if name not in columns.last]
        if missing:
            raise ContentError(
                QT_TRANSLATE_NOOP("errors", "lacks the columns {columns} (not a Strava export?)"),
                columns=", ".join(missing),
            )
        rows: list[StravaRow] = []
        bad: list[tuple[str, Message]] = []
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            try:
                rows.append(_row(columns, row, number))
            except ValueError as error:
                reason = Message(
                    QT_TRANSLATE_NOOP("errors", "has a cell that is not a number ({reason})"),
                    {"reason": error},
                )
                bad.append((f"activities.csv line {number}", reason))
    except csv.Error as error:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a readable CSV file ({reason})"), reason=error
        ) from None
    return rows, bad
