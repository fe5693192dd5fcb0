"""``plank-timer progress | export | import``: the log's commands.

Export and import need no window. Errors are one line on stderr with status 2; a bad import
changes nothing. What the command did beyond its job (a damaged log moved aside, rows that
could not be read) is said on stderr too.
"""

from __future__ import annotations

import argparse
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
    say,
)
from app.commands.export_stream import export_to_stdout
from app.commands.fit_command import FIT_FORMAT, add_fit_options, export_fit, wants_fit
from app.commands.log_access import open_log_for_export, open_log_for_writing
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
    imported.add_argument("file", type=path_argument, metavar="FILE")
    for command in (progress, export, imported):
        command.add_argument(
            "--data-dir", type=path_argument, metavar="DIR", help="where the log is kept"
        )
    add_language_option(progress)
    return parser


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    from app.storage.export import ExportReport, export_csv, write_json
    from app.storage.export_file import ExportFileError, export_file

    opened = open_log_for_export(data_dir)
    if isinstance(opened, int):
        return opened
    with opened as log:
        write = export_csv if args.format == "csv" else write_json
        if args.output is None:
            report: ExportReport | int = export_to_stdout(lambda out: write(log, out))
            if isinstance(report, int):
                return report
        else:
            try:
                with export_file(args.output, log.path) as out:
                    report = write(log, out)
            except ExportFileError as error:
                return fail(str(error))
    if report.damaged:
        say(f"warning: {report.damaged.summary()}")
    return 0


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    from app.storage.importer import import_json
    from app.storage.log_format import LogImportError

    opened = open_log_for_writing(data_dir)
    if isinstance(opened, int):
        return opened
    try:
        with opened as log:
            result = import_json(log, args.file)
    except LogImportError as error:
        return fail(str(error))
    line = f"imported {result.added} sessions ({result.skipped} already in the log)"
    if result.routines_added or result.routines_skipped:
        line += f", {result.routines_added} routines ({result.routines_skipped} already there)"
    if result.runs_added or result.runs_skipped:
        line += f", {result.runs_added} runs ({result.runs_skipped} already there)"
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
