"""The command line, and the one place the program is wired together.

``plank-timer [options]`` runs a workout window; ``plank-timer progress|export|import`` are
the log's commands. Bad values exit with status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.core.exercise import exercise_for
from app.core.plan import Plan
from app.core.plan_error import PlanError

PROG = "plank-timer"
EXIT_USAGE = 2
EXIT_NO_DISPLAY = 3

NO_DISPLAY_MESSAGE = (
    f"{PROG}: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset or "
    "unreachable). Run it from a desktop session, or on a headless machine use: "
    f"xvfb-run -a {PROG}"
)


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``plank-timer: error: ...``."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}\n")


def _seconds(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole seconds, got {text!r}") from None


def workout_parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Interval plank timer: short holds, short rests, sound cues.",
        epilog=f"Log commands: {PROG} progress | export | import (add --help to each).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--hold", type=_seconds, metavar="S", help="hold seconds (1-120)")
    parser.add_argument("--rest", type=_seconds, metavar="S", help="rest seconds (1-60)")
    parser.add_argument("--rounds", type=_seconds, metavar="N", help="rounds per exercise (1-50)")
    parser.add_argument(
        "--exercises", metavar="LIST", help="comma-separated: plank,side-left,side-right"
    )
    parser.add_argument("--get-ready", type=_seconds, metavar="S", help="countdown before start")
    parser.add_argument("--switch", type=_seconds, metavar="S", help="pause between exercises")
    parser.add_argument(
        "--routine", metavar="NAME", help="run a routine: Gentle, Standard, Strong or your own"
    )
    parser.add_argument("--start", action="store_true", help="start the workout at once")
    parser.add_argument(
        "--quit-when-done", action="store_true", help="exit 0 once the done cue has played"
    )
    parser.add_argument("--mute", action="store_true", help="no sound this run")
    parser.add_argument(
        "--no-voice", action="store_true", help="beeps only, no spoken words this run"
    )
    parser.add_argument("--fullscreen", action="store_true", help="start full screen")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="where the log is kept")
    return parser


def plan_from_args(args: argparse.Namespace, base: Plan) -> Plan:
    """The remembered plan with whatever the command line overrides. Raises PlanError."""
    first = base.blocks[0]
    exercises = [block.exercise for block in base.blocks]
    if args.exercises is not None:
        exercises = [exercise_for(key) for key in args.exercises.split(",") if key.strip()]
        if not exercises:
            raise PlanError("--exercises needs at least one exercise")
    return Plan.simple(
        exercises,
        hold=first.hold if args.hold is None else args.hold,
        rest=first.rest if args.rest is None else args.rest,
        rounds=first.rounds if args.rounds is None else args.rounds,
        get_ready=base.get_ready if args.get_ready is None else args.get_ready,
        switch=base.switch if args.switch is None else args.switch,
    )


PLAN_OPTIONS = ("hold", "rest", "rounds", "exercises", "get_ready", "switch")


def routine_plan(name: str, data_dir: Path | None) -> Plan:
    """The plan of the routine called ``name``; LookupError (one line) naming the choices."""
    from app.data_location import data_directory
    from app.storage.database import LogOpenError, open_log
    from app.storage.routines import find_routine, unknown_routine_message

    try:
        # Read-only: with no log yet (or one from before routines) only the presets exist.
        log = open_log(data_directory(data_dir), read_only=True)
    except LogOpenError:
        log = None
    try:
        routine = find_routine(log, name)
        if routine is None:
            raise LookupError(unknown_routine_message(name, log))
        return routine.to_plan()
    finally:
        if log is not None:
            log.close()


def display_problem() -> str | None:
    """Why no window can open here, or None. Qt would abort the process instead of saying so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return NO_DISPLAY_MESSAGE
    if display.startswith(":"):
        number = display[1:].split(".")[0]
        if number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return NO_DISPLAY_MESSAGE
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in ("progress", "export", "import"):
        from app.log_commands import run_log_command

        return run_log_command(arguments)
    parser = workout_parser()
    args = parser.parse_args(arguments)
    try:
        # Validate against the defaults first, so bad values fail before any window opens.
        plan_from_args(args, Plan.simple())
    except PlanError as error:
        parser.error(str(error))
    if args.routine is not None:
        overridden = [f"--{name.replace('_', '-')}" for name in PLAN_OPTIONS if getattr(args, name)]
        if overridden:
            parser.error(f"--routine sets the whole plan; leave out {', '.join(overridden)}")
        try:
            args.routine_plan = routine_plan(args.routine, args.data_dir)
        except LookupError as error:
            parser.error(str(error))
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from app.wiring import run_workout_app

    return run_workout_app(args)
