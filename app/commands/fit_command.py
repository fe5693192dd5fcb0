"""``plank-timer export --format fit --session ID|--since DATE --output DIR``.

Writes each workout as a FIT activity file into DIR, for Garmin Connect, Strava and the
like. Bad values (an unknown ID, a date that is no date, a folder that is missing or cannot
be written) get one line on stderr and exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import fail, say

if TYPE_CHECKING:
    from app.storage.damaged_rows import DamagedRows

FIT_FORMAT = "fit"
ID_HINT = "the progress view shows a workout's ID when you point at its date in the history"


def workout_id(text: str) -> int:
    """argparse type: a workout's ID, a whole number above 0."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a workout ID is a whole number above 0, got {text!r}")
    return value


def calendar_day(text: str) -> date:
    """argparse type: a calendar day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2025-03-20, got {text!r}") from None


def add_fit_options(export: argparse.ArgumentParser) -> None:
    """The export command's options for --format fit."""
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--session",
        type=workout_id,
        metavar="ID",
        help="with --format fit: the workout to write (its ID shows in the history's tooltip)",
    )
    which.add_argument(
        "--since",
        type=calendar_day,
        metavar="DATE",
        help="with --format fit: every workout on or after DATE (YYYY-MM-DD), one file each",
    )


def wants_fit(args: argparse.Namespace) -> bool:
    """True when the export command was given --format fit or one of its options."""
    return bool(args.format == FIT_FORMAT or args.session or args.since)


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.format != FIT_FORMAT:
        return "--session and --since go with --format fit"
    if args.session is None and args.since is None:
        return "--format fit needs --session ID or --since DATE"
    if args.output is None:
        return "--format fit needs --output DIR, the folder to write the files into"
    return None


def export_fit(args: argparse.Namespace, data_dir: Path) -> int:
    """Run the FIT export; return the exit status."""
    from app.commands.log_access import open_log_for_export
    from app.storage.damaged_rows import DamagedRows
    from app.storage.fit_export import FitExportError, check_folder, write_fit_files
    from app.storage.logged_workouts import workouts_by_id, workouts_since

    problem = _usage_problem(args)
    if problem:
        return fail(problem)
    folder: Path = args.output
    try:
        check_folder(folder)
    except FitExportError as error:
        return fail(str(error))
    # Read-only, as every export: never a new log, never a workout marked interrupted.
    opened = open_log_for_export(data_dir)
    if isinstance(opened, int):
        return opened
    damaged = DamagedRows()
    with opened as log:
        if args.session is not None:
            found = workouts_by_id(log, [args.session], damaged)
            if not found and damaged:
                return fail(f"workout {args.session} cannot be read (a damaged byte in the log)")
            if not found:
                return fail(f"no workout with ID {args.session} in the log ({ID_HINT})")
            workout = found[0]
            if workout.status == "in_progress":
                return fail(f"workout {args.session} is still in progress; export it once it ends")
            if not workout.holds:
                return fail(f"workout {args.session} has no holds to export")
            workouts = found
        else:
            workouts = workouts_since(log, args.since, damaged)
            if not workouts:
                print(f"no workouts on or after {args.since.isoformat()}; wrote nothing")
                _warn(damaged)
                return 0
        try:
            result = write_fit_files(workouts, folder)
        except FitExportError as error:
            return fail(str(error))
    if result.failure:
        _warn(damaged)
        return fail(result.summary(folder))
    print(result.summary(folder), file=sys.stdout)
    _warn(damaged)
    return 0


def _warn(damaged: DamagedRows) -> None:
    """What was left out because it could not be read, as the CSV and JSON exports say it."""
    if damaged:
        say(f"warning: {damaged.summary()}")
