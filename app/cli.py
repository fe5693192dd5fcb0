"""The command line's entry point: it only parses and dispatches.

``plank-timer [options]`` runs a workout window; ``plank-timer progress|export|import`` are
the log's commands. Bad values exit with status 2 and one line on stderr, never a traceback.
Qt is imported only once a window is sure to open, so a bad value fails fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.commands.common import EXIT_NO_DISPLAY, display_problem
from app.commands.workout_options import (
    PLAN_OPTIONS,
    check_language,
    plan_from_args,
    routine_plan,
    workout_parser,
)
from app.core.plan import Plan
from app.core.plan_error import PlanError

LOG_COMMANDS = ("progress", "export", "import")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in LOG_COMMANDS:
        from app.commands.log_commands import run_log_command

        return run_log_command(arguments)
    if arguments and arguments[0] == "runs":
        from app.commands.run_commands import run_runs_command

        return run_runs_command(arguments[1:])
    parser = workout_parser()
    args = parser.parse_args(arguments)
    try:
        args.lang = check_language(args.lang)
    except ValueError as error:
        parser.error(str(error))
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
