"""``plank-timer runs import | add | list | export``: the runs in the log, without a window.

``runs import`` reads every file it can and says what it could not: exit 0 when every
source was read, 2 when some were rejected (the good ones are imported all the same). Other
errors are one line on stderr with status 2 and change nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from app.commands.common import EXIT_USAGE, PROG, OneLineParser, fail, path_argument, say
from app.core.run import (
    DISTANCE_MAX_M,
    EFFORT_RANGE,
    ELAPSED_RANGE,
    Run,
    RunError,
    Sport,
    start_error,
)

if TYPE_CHECKING:
    from app.runs.importer import ImportCounts
    from app.storage.damaged_rows import DamagedRows
    from app.storage.database import SessionLog

# A run added with a date only is placed at noon: any day's run then lands on its day.
DEFAULT_HOUR = 12


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def runs_parser() -> OneLineParser:
    parser = OneLineParser(prog=f"{PROG} runs", description="Your runs in the log.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    imported = commands.add_parser(
        "import", help="bring in runs from FIT, GPX, TCX files, folders or a Strava export zip"
    )
    imported.add_argument("paths", type=path_argument, nargs="+", metavar="PATH")
    added = commands.add_parser("add", help="add a run by hand")
    added.add_argument("--date", required=True, metavar="D", help="YYYY-MM-DD[THH:MM], local")
    added.add_argument("--minutes", required=True, type=_number, metavar="M")
    added.add_argument("--km", type=_number, metavar="K", help="distance in kilometres")
    added.add_argument("--effort", type=_whole, metavar="1-10", help="how hard it felt")
    added.add_argument("--sport", choices=[sport.value for sport in Sport], default=Sport.RUN.value)
    listed = commands.add_parser("list", help="every run, oldest first")
    export = commands.add_parser("export", help="write the runs as CSV, one row per run")
    export.add_argument("--format", choices=("csv",), default="csv")
    export.add_argument(
        "--output", type=path_argument, metavar="FILE", help="default: standard output"
    )
    for command in (imported, added, listed, export):
        command.add_argument(
            "--data-dir", type=path_argument, metavar="DIR", help="where the log is kept"
        )
    return parser


def manual_run(
    day_text: str, minutes: float, km: float | None, effort: int | None, sport: Sport
) -> Run:
    """A run typed in by hand, checked by Run; RunError (one line) when a value is wrong."""
    try:
        if "T" in day_text or " " in day_text:
            moment = datetime.fromisoformat(day_text)
        else:
            moment = datetime.combine(date.fromisoformat(day_text), time(DEFAULT_HOUR))
    except ValueError:
        raise RunError(f"--date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {day_text!r}") from None
    now = datetime.now(UTC)
    if moment.tzinfo is None:
        try:
            moment = moment.astimezone()  # the machine's zone, as it was on that day
        except (OverflowError, ValueError, OSError):  # year 1 or 9999: no local time then
            raise start_error(day_text, now) from None
    # Said in the options' own units: Run checks seconds and metres.
    low, high = (bound / 60 for bound in ELAPSED_RANGE)
    if not low <= minutes <= high:
        raise RunError(f"--minutes must be {low:g} to {high:g}, got {minutes:g}")
    if km is not None and not 0 <= km <= DISTANCE_MAX_M / 1000:
        raise RunError(f"--km must be 0 to {DISTANCE_MAX_M / 1000:g}, got {km:g}")
    return Run(
        started_at=moment,
        elapsed_seconds=minutes * 60,
        sport=sport,
        distance_m=None if km is None else km * 1000,
        effort=effort,
        now=now,
    )


class _TerminalProgress:
    """One line on stderr, rewritten in place, when stderr is a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.shown:
            print(f"\rreading {done:,} of {total:,} files…", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _import(args: argparse.Namespace, log: SessionLog) -> int:
    from app.runs.importer import ImportCounts, import_runs
    from app.storage.runs import RunStore

    counts = ImportCounts()
    progress = _TerminalProgress()
    try:
        import_runs(args.paths, RunStore(log), counts, progress=progress)
    except sqlite3.Error as error:
        progress.close()
        return fail(f"could not write to the log ({error}); {_committed(counts)}")
    except KeyboardInterrupt:
        progress.close()
        print(f"{PROG}: stopped; {_committed(counts)}", file=sys.stderr)
        return 130
    progress.close()
    for rejected in counts.rejected:
        print(f"{PROG}: skipped {rejected.line}", file=sys.stderr)
    print(counts.summary)
    return EXIT_USAGE if counts.rejected else 0


def _committed(counts: ImportCounts) -> str:
    return f"{counts.added:,} runs were added before that and are kept"


def _add(args: argparse.Namespace, log: SessionLog) -> int:
    from app.storage.runs import RunStore

    try:
        run = manual_run(args.date, args.minutes, args.km, args.effort, Sport(args.sport))
    except RunError as error:
        return fail(str(error))
    if RunStore(log).add(run):
        print(f"added a run on {run.started_at:%Y-%m-%d %H:%M}")
    else:
        print(f"the log already has this run ({run.started_at:%Y-%m-%d %H:%M})")
    return 0


def _list(log: SessionLog) -> int:
    from app.storage.damaged_rows import DamagedRows
    from app.storage.runs import RunStore

    damaged = DamagedRows()
    for run in RunStore(log).runs(damaged):
        distance = "" if run.distance_m is None else f"{run.distance_m / 1000:6.2f} km"
        minutes = f"{run.elapsed_seconds / 60:6.1f} min"
        effort = "" if run.effort is None else f"effort {run.effort}"
        print(
            f"{run.started_at:%Y-%m-%d %H:%M}  {run.sport.title:<9}  {minutes}  {distance:>9}  "
            f"{effort:<9}  {run.source_name}".rstrip()
        )
    _warn(damaged)
    return 0


def _warn(damaged: DamagedRows) -> None:
    """What was left out because it could not be read, on stderr, as the log's export says it."""
    if damaged:
        say(f"warning: {damaged.summary()}")


def _export(args: argparse.Namespace, log: SessionLog) -> int:
    from app.commands.export_stream import export_to_stdout
    from app.storage.damaged_rows import DamagedRows
    from app.storage.export_file import ExportFileError, export_file
    from app.storage.run_format import export_runs_csv

    damaged = DamagedRows()
    # The same rules as the log's export: never over the log, a link or a device; quiet on a
    # closed pipe; one line on a full disk.
    if args.output is None:
        # A tuple, so the rows written are not taken for an exit status.
        written = export_to_stdout(lambda out: (export_runs_csv(log, out, damaged),))
        if isinstance(written, int):
            return written
    else:
        try:
            with export_file(args.output, log.path) as out:
                export_runs_csv(log, out, damaged)
        except ExportFileError as error:
            return fail(str(error))
    _warn(damaged)
    return 0


def run_runs_command(arguments: Sequence[str]) -> int:
    """``arguments`` start after ``runs``."""
    args = runs_parser().parse_args(list(arguments))
    if args.command == "add" and args.effort is not None:
        low, high = EFFORT_RANGE
        if not low <= args.effort <= high:
            return fail(f"--effort must be {low} to {high}, got {args.effort}")
    from app.commands.log_access import open_log_for_export, open_log_for_writing
    from app.data_location import data_directory

    data_dir = data_directory(args.data_dir)
    # list and export only read: read-only, as the log's export (no log made, no workout
    # that another copy is recording marked interrupted); add and import say if a damaged
    # log was moved aside.
    writes = args.command in ("import", "add")
    opened = open_log_for_writing(data_dir) if writes else open_log_for_export(data_dir)
    if isinstance(opened, int):
        return opened
    with opened as log:
        try:
            if args.command == "import":
                return _import(args, log)
            if args.command == "add":
                return _add(args, log)
            if args.command == "list":
                return _list(log)
            return _export(args, log)
        except sqlite3.Error as error:
            return fail(f"the workout log {log.path} could not be used: {error}")
