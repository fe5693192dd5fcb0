"""``plank-timer progress | export | import``: the log's commands.

Export and import need no window. Errors are one line on stderr with status 2; a bad import
changes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from app.commands.common import (
    EXIT_NO_DISPLAY,
    PROG,
    OneLineParser,
    display_problem,
    fail,
    path_argument,
)
from app.commands.fit_command import FIT_FORMAT, add_fit_options, export_fit, wants_fit
from app.commands.workout_options import add_language_option, check_language


def log_parser() -> OneLineParser:
    parser = OneLineParser(prog=PROG, description="The workout log's commands.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    progress = commands.add_parser("progress", help="open the progress view")
    export = commands.add_parser(
        "export", help="write the whole log as CSV or JSON, or workouts as FIT files"
    )
    export.add_argument("--format", choices=("csv", "json", FIT_FORMAT), default="json")
    export.add_argument(
        "--output",
        type=path_argument,
        metavar="FILE",
        help="default: standard output; with --format fit, the folder to write into",
    )
    add_fit_options(export)  # --format fit writes FIT files into the folder --output names
    imported = commands.add_parser("import", help="add a JSON backup to the log")
    imported.add_argument("file", type=Path, metavar="FILE")
    for command in (progress, export, imported):
        command.add_argument("--data-dir", type=Path, metavar="DIR", help="where the log is kept")
    add_language_option(progress)
    return parser


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    from app.storage.database import LogOpenError, open_log
    from app.storage.export import export_csv, export_json_text

    try:
        try:
            # Read-only, so an export never marks a workout running in the app as interrupted.
            log = open_log(data_dir, read_only=True)
        except LogOpenError:
            # No log yet, or an older schema: the normal open creates or upgrades it.
            log = open_log(data_dir)
    except LogOpenError as error:
        return fail(str(error))
    with log:
        if args.output is None:
            if args.format == "json":
                sys.stdout.write(export_json_text(log))
            else:
                export_csv(log, sys.stdout)
            return 0
        temporary = args.output.with_name(args.output.name + ".partial")
        try:
            with temporary.open("w", encoding="utf-8", newline="") as out:
                if args.format == "json":
                    out.write(export_json_text(log))
                else:
                    export_csv(log, out)
            # Whole or nothing: a full disk never leaves half a backup under the real name.
            temporary.replace(args.output)
        except OSError as error:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return fail(f"cannot write {args.output}: {error.strerror or error}")
    return 0


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    from app.storage.database import LogOpenError, open_log
    from app.storage.importer import import_json
    from app.storage.log_format import LogImportError

    if not args.file.is_file():
        return fail(f"cannot import {args.file}: no such file")
    try:
        with open_log(data_dir) as log:
            result = import_json(log, args.file)
    except (LogOpenError, LogImportError) as error:
        return fail(str(error))
    line = f"imported {result.added} sessions ({result.skipped} already in the log)"
    if result.routines_added or result.routines_skipped:
        line += f", {result.routines_added} routines ({result.routines_skipped} already there)"
    print(line)
    return 0


def run_log_command(arguments: Sequence[str]) -> int:
    parser = log_parser()
    args = parser.parse_args(list(arguments))
    if args.command == "progress":
        try:
            args.lang = check_language(args.lang)
        except ValueError as error:
            parser.error(str(error))
    from app.data_location import data_directory

    data_dir = data_directory(args.data_dir)
    if args.command == "export" and wants_fit(args):
        return export_fit(args, data_dir)
    if args.command == "export":
        return _export(args, data_dir)
    if args.command == "import":
        return _import(args, data_dir)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from app.wiring import run_progress_app

    return run_progress_app(data_dir, explicit=args.data_dir is not None, lang=args.lang)
