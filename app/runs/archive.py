"""Zip archives, read in place: a Strava bulk export, or any zip of activity files.

Nothing is extracted to disk. The central directory is read first; then each entry that is
needed is inflated on its own, in chunks, within the limits of :mod:`app.runs.limits`, so a
big export never sits in memory whole. With an ``activities.csv`` at the top (Strava's
export) the archive is read as that list says: its type decides whether the run's file is
read at all, its perceived exertion becomes the run's effort, and a row that names no file
(an activity typed in on Strava) is a run by itself. Without one, every FIT, GPX and TCX
entry is read. An entry whose name climbs out of the archive (``../x``) or is absolute is
refused, though nothing would be written there: such an archive is not a real export.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.core.run import Sport
from app.runs.limits import (
    IS_A_FOLDER,
    MAX_CONTENT_BYTES,
    MAX_CSV_BYTES,
    MAX_RATIO,
    RATIO_FLOOR_BYTES,
    ContentError,
    gunzip,
    is_gzipped,
    kind_of,
    megabytes,
    read_limited,
    unreadable,
)
from app.runs.outcome import Rejected, Skipped, SourceRead
from app.runs.sports import shown_sport, sport_named
from app.runs.strava_csv import StravaRow, read_activities_csv

CSV_NAME = "activities.csv"
OUTSIDE = QT_TRANSLATE_NOOP("errors", "is a name outside the archive; refused")


@dataclass(frozen=True)
class Extras:
    """What Strava's list adds to a run's file: its type (as the athlete last set it), effort."""

    sport: Sport | None
    sport_name: str
    effort: int | None


ContentReader = Callable[[str, str, bytes, Extras | None], SourceRead]
"""Reads one file's content: (label, file name, bytes, extras) to what it gave."""
RowReader = Callable[[str, StravaRow], SourceRead]
"""Makes a run of a CSV row that names no file."""


def unsafe_name(name: str) -> bool:
    """A name that is absolute, climbs up (``..``) or carries a drive or backslash."""
    parts = name.split("/")
    return name.startswith("/") or "\\" in name or ":" in parts[0] or ".." in parts


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ContentError(QT_TRANSLATE_NOOP("errors", "is not a readable zip file")) from None
    except OSError as error:
        raise unreadable(error) from None


def entry_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One entry's content, refused on its declared size or ratio before inflating it."""
    if info.is_dir():
        raise ContentError(IS_A_FOLDER)
    if info.file_size > limit:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "declares {size} unpacked, over the {limit} limit"),
            size=megabytes(info.file_size),
            limit=megabytes(limit),
        )
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * info.compress_size:
        ratio = info.file_size // max(info.compress_size, 1)
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "would inflate {ratio} times (a zip bomb?); refused"),
            ratio=ratio,
        )
    try:
        with archive.open(info) as stream:
            data = read_limited(stream, limit)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is damaged in the archive ({reason})"), reason=error
        ) from None
    except (NotImplementedError, RuntimeError) as error:  # unknown method, encrypted
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "cannot be unpacked ({reason})"), reason=error
        ) from None
    return gunzip(data) if is_gzipped(info.filename) else data


def _csv_entry(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    return next((i for i in archive.infolist() if i.filename.lower() == CSV_NAME), None)


def _strava_rows(
    archive: zipfile.ZipFile,
) -> tuple[list[StravaRow], list[tuple[str, Message]]] | None:
    info = _csv_entry(archive)
    if info is None:
        return None
    try:
        return read_activities_csv(entry_bytes(archive, info, MAX_CSV_BYTES))
    except ContentError:
        return None  # not Strava's list: read the archive's files instead


def count_entries(path: Path) -> int:
    """How many sources the archive holds (for a progress bar); 1 if it cannot be read."""
    try:
        with _open(path) as archive:
            listed = _strava_rows(archive)
            if listed is not None:
                return len(listed[0]) + len(listed[1])
            return sum(1 for info in archive.infolist() if kind_of(info.filename)) or 1
    except ContentError:
        return 1


def _row_read(
    archive: zipfile.ZipFile,
    prefix: str,
    row: StravaRow,
    read_content: ContentReader,
    read_row: RowReader,
) -> SourceRead:
    label = f"{prefix}:{row.label}"
    sport = sport_named(row.type)
    if sport is None:
        return SourceRead(label, (Skipped(label, shown_sport(row.type)),))
    if not row.filename:
        return read_row(label, row)
    label = f"{prefix}:{row.filename}"
    if unsafe_name(row.filename):
        return SourceRead(label, (Rejected(label, Message(OUTSIDE)),))
    if not kind_of(row.filename):
        reason = Message(QT_TRANSLATE_NOOP("errors", "is not a FIT, GPX or TCX file"))
        return SourceRead(label, (Rejected(label, reason),))
    try:
        info = archive.getinfo(row.filename)
        data = entry_bytes(archive, info, MAX_CONTENT_BYTES)
    except KeyError:
        reason = Message(
            QT_TRANSLATE_NOOP("errors", "is named by {row} but missing from the archive"),
            {"row": row.label},
        )
        return SourceRead(label, (Rejected(label, reason),))
    except ContentError as error:
        return SourceRead(label, (Rejected(label, error.message),))
    extras = Extras(sport, shown_sport(row.type), row.effort)
    return read_content(label, row.filename, data, extras)


def archive_reads(
    path: Path,
    read_content: ContentReader,
    read_row: RowReader,
    cancelled: Callable[[], bool],
) -> Iterator[SourceRead]:
    """What each source in the archive gave, one at a time; stops early when cancelled."""
    prefix = path.name
    try:
        archive = _open(path)
    except ContentError as error:
        yield SourceRead(prefix, (Rejected(prefix, error.message),))
        return
    with archive:
        listed = _strava_rows(archive)
        if listed is not None:
            rows, bad = listed
            for label, reason in bad:
                source = f"{prefix}:{label}"
                yield SourceRead(source, (Rejected(source, reason),))
            for row in rows:
                if cancelled():
                    return
                yield _row_read(archive, prefix, row, read_content, read_row)
            return
        for info in archive.infolist():
            if not kind_of(info.filename):
                continue
            if cancelled():
                return
            label = f"{prefix}:{info.filename}"
            if unsafe_name(info.filename):
                yield SourceRead(label, (Rejected(label, Message(OUTSIDE)),))
                continue
            try:
                data = entry_bytes(archive, info, MAX_CONTENT_BYTES)
            except ContentError as error:
                yield SourceRead(label, (Rejected(label, error.message),))
                continue
            yield read_content(label, info.filename, data, None)
