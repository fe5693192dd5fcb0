"""From the paths a user gives to what each source in them gave.

A path may be a FIT, GPX or TCX file (each also ``.gz``), a folder (searched recursively,
in name order; files of other kinds in it are passed over silently, since export folders
hold photos and notes too), or a zip archive (see :mod:`app.runs.archive`). A path named
explicitly that is none of these is rejected with a reason.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.runs.activity import Activity, LocalOffset, machine_offset, outcome_of
from app.runs.archive import Extras, archive_reads, count_entries
from app.runs.fit_reader import read_fit
from app.runs.gpx_reader import read_gpx
from app.runs.limits import IS_EMPTY, ContentError, kind_of, read_path
from app.runs.outcome import Known, Outcome, Rejected, SourceRead
from app.runs.sports import shown_sport, sport_named
from app.runs.strava_csv import DateError, StravaRow, parse_date
from app.runs.tcx_reader import read_tcx

_READERS: dict[str, Callable[[bytes], list[Activity]]] = {
    "fit": read_fit,
    "gpx": read_gpx,
    "tcx": read_tcx,
}
NOT_ACTIVITY = Message(
    QT_TRANSLATE_NOOP("errors", "is not a FIT, GPX or TCX file (or .gz of one), nor a zip archive")
)


def _is_archive(path: Path) -> bool:
    return path.name.lower().endswith(".zip")


def _wanted(name: str) -> bool:
    return kind_of(name) is not None or name.lower().endswith(".zip")


def files_in(paths: Iterable[Path]) -> Iterator[Path]:
    """Every path named, with folders replaced by the activity files and zips inside them."""
    for path in paths:
        if path.is_dir():
            for root, folders, names in os.walk(path):
                folders.sort()
                for name in sorted(names):
                    if _wanted(name):
                        yield Path(root) / name
        else:
            yield path


def count_sources(paths: Iterable[Path]) -> int:
    """How many sources :func:`read_runs` will report, for a progress bar's total."""
    return sum(
        count_entries(path) if _is_archive(path) and path.is_file() else 1
        for path in files_in(paths)
    )


class _Reader:
    def __init__(self, known: Callable[[str], bool], local_offset: LocalOffset) -> None:
        self.known = known
        self.local_offset = local_offset

    def content(self, label: str, name: str, data: bytes, extras: Extras | None) -> SourceRead:
        kind = kind_of(name)
        if kind is None:
            return SourceRead(label, (Rejected(label, NOT_ACTIVITY),))
        if not data:
            return SourceRead(label, (Rejected(label, Message(IS_EMPTY)),))
        digest = hashlib.sha256(data).hexdigest()
        if self.known(digest):
            effort = None if extras is None else extras.effort
            return SourceRead(label, (Known(label, digest, effort),))
        try:
            activities = _READERS[kind](data)
        except ContentError as error:
            return SourceRead(label, (Rejected(label, error.message),))
        if extras is not None:
            activities = [
                replace(a, sport=extras.sport, sport_name=extras.sport_name, effort=extras.effort)
                for a in activities
            ]
        outcomes = tuple(outcome_of(a, label, digest, self.local_offset) for a in activities)
        return SourceRead(label, outcomes)

    def row(self, label: str, row: StravaRow) -> SourceRead:
        """A run typed in on Strava: the CSV's row is all there is."""
        if self.known(row.digest):
            return SourceRead(label, (Known(label, row.digest),))
        outcome: Outcome
        try:
            started = parse_date(row.date_text)
        except DateError as error:
            outcome = Rejected(label, error.message)
        else:
            if row.elapsed_seconds is None:
                no_time = QT_TRANSLATE_NOOP("errors", "has no elapsed time")
                outcome = Rejected(label, Message(no_time))
            else:
                activity = Activity(
                    sport=sport_named(row.type),
                    sport_name=shown_sport(row.type),
                    started_utc=started,
                    elapsed_seconds=row.elapsed_seconds,
                    moving_seconds=row.moving_seconds,
                    distance_m=row.distance_m,
                    avg_heart_rate=row.avg_heart_rate,
                    effort=row.effort,
                )
                outcome = outcome_of(activity, label, row.digest, self.local_offset)
        return SourceRead(label, (outcome,))

    def file(self, path: Path) -> SourceRead:
        label = path.name
        if kind_of(path.name) is None:
            return SourceRead(label, (Rejected(label, NOT_ACTIVITY),))
        try:
            data = read_path(path)
        except ContentError as error:
            return SourceRead(label, (Rejected(label, error.message),))
        return self.content(label, path.name, data, None)


def read_runs(
    paths: Iterable[Path],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    known: Callable[[str], bool] = lambda digest: False,
    local_offset: LocalOffset = machine_offset,
) -> Iterator[SourceRead]:
    """What each source under ``paths`` gave, one source at a time.

    ``known(sha256_hex)`` says whether the log already holds a file with that content: such
    a file is reported as Known without being parsed. ``cancelled()`` is asked before each
    source; once it says True nothing more is read.
    """
    reader = _Reader(known, local_offset)
    for path in files_in(paths):
        if cancelled():
            return
        if _is_archive(path) and path.is_file():
            yield from archive_reads(path, reader.content, reader.row, cancelled)
        elif not path.exists() and not path.is_symlink():
            missing = Message(QT_TRANSLATE_NOOP("errors", "does not exist"))
            yield SourceRead(path.name or str(path), (Rejected(str(path), missing),))
        else:
            yield reader.file(path)
