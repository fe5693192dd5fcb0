"""Opening the log for a command: read-only for what only reads it, and saying what happened.

Commands that only read the log (``export`` in every format, ``runs list``, ``runs export``)
open it read-only: they never create a log or a folder (a mistyped ``--data-dir`` is one line,
status 2), and never mark a workout that another copy of the app is recording as
interrupted. Commands that write (``import``, ``runs import``, ``runs add``) open it for
writing; a damaged log is then moved aside, a new one started, and the command says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import fail, say

if TYPE_CHECKING:
    from app.storage.database import SessionLog


def open_log_for_export(data_dir: Path) -> SessionLog | int:
    """The log to read from, or the exit status after saying in one line why there is none.

    Never creates a log; a damaged one is moved aside (as the window would) and refused.
    """
    from app.storage.database import LOG_FILE_NAME, DamagedLogError, LogOpenError, open_log

    if not data_dir.is_dir():
        return fail(f"there is no folder {data_dir}")
    if not (data_dir / LOG_FILE_NAME).is_file():
        return fail(f"there is no workout log in {data_dir}")
    try:
        try:
            # Read-only, so an export never marks a workout running in the app as interrupted.
            return open_log(data_dir, read_only=True)
        except DamagedLogError:
            log = open_log(data_dir)  # moves it aside, as the window does at its start
        except LogOpenError:
            log = open_log(data_dir)  # an older schema: the normal open upgrades it
    except LogOpenError as error:
        return fail(str(error))
    if log.moved_aside is not None:
        log.close()
        return fail(
            f"the workout log was damaged, so it was moved aside to {log.moved_aside} and a"
            " new, empty one started: there is nothing to export"
        )
    return log


def open_log_for_writing(data_dir: Path) -> SessionLog | int:
    """The log to write to (made if need be), or the exit status after saying why not.

    A damaged log is moved aside and a new one started, and its ``notice`` (where the old
    one went) is said on stderr; the caller then does its job in the new log, as
    ``plank-timer import`` always has.
    """
    from app.storage.database import LogOpenError, open_log

    try:
        log = open_log(data_dir)
    except LogOpenError as error:
        return fail(str(error))
    if log.notice:
        say(log.notice)
    return log
