"""The workout's command line: its options, and the plan they make with the remembered one."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import __version__
from app.commands.common import PROG, OneLineParser, path_argument
from app.core.exercise import BUILT_IN, Exercise, close_built_in, exercise_for
from app.core.plan import Plan
from app.core.plan_error import PlanError

PLAN_OPTIONS = ("hold", "rest", "rounds", "exercises", "get_ready", "switch")


def _seconds(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole seconds, got {text!r}") from None


def workout_parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Interval plank timer: short holds, short rests, sound cues.",
        epilog=f"Log commands: {PROG} progress | export | import | runs (add --help to each).",
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
    parser.add_argument(
        "--data-dir", type=path_argument, metavar="DIR", help="where the log is kept"
    )
    parser.add_argument(
        "--verbose", action="store_true", help="say on stderr how cues reach the speakers"
    )
    add_language_option(parser)
    return parser


def exercises_from(text: str) -> list[Exercise]:
    """``--exercises``: built-in keys and custom names, comma-separated. PlanError for a
    typo of a built-in one ("plnk": did you mean plank?) or a name given twice."""
    exercises: list[Exercise] = []
    for key in (part for part in text.split(",") if part.strip()):
        exercise = exercise_for(key)
        typo = None if exercise in BUILT_IN else close_built_in(key)
        if typo is not None:
            raise PlanError(
                f"--exercises: there is no exercise {key.strip()!r}: did you mean {typo.key}?"
            )
        if exercise in exercises:
            raise PlanError(f"--exercises lists {exercise.key} twice")
        exercises.append(exercise)
    if not exercises:
        raise PlanError("--exercises needs at least one exercise")
    return exercises


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang CODE``: the window's language for this run (checked by check_language)."""
    parser.add_argument(
        "--lang", metavar="CODE", help="the window's language this run, e.g. de, fr, pt_BR"
    )


def check_language(requested: str | None) -> str | None:
    """The shipped language ``--lang`` means, or None without one; ValueError (one line,
    listing the codes) for a language the app does not have."""
    if requested is None:
        return None
    from app.languages import match_language, shipped_languages, unknown_language_message

    available = shipped_languages()
    found = match_language(requested, available)
    if found is None:
        raise ValueError(unknown_language_message(requested, available))
    return found


def plan_from_args(args: argparse.Namespace, base: Plan) -> Plan:
    """The remembered plan with whatever the command line overrides. Raises PlanError."""
    first = base.blocks[0]
    exercises = [block.exercise for block in base.blocks]
    if args.exercises is not None:
        exercises = exercises_from(args.exercises)
    return Plan.simple(
        exercises,
        hold=first.hold if args.hold is None else args.hold,
        rest=first.rest if args.rest is None else args.rest,
        rounds=first.rounds if args.rounds is None else args.rounds,
        get_ready=base.get_ready if args.get_ready is None else args.get_ready,
        switch=base.switch if args.switch is None else args.switch,
    )


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
