"""Writing workouts into a folder as FIT files, one file per workout, each whole or not at all.

A file is named for the workout's local start and its id, e.g.
``plank-timer_2025-03-20_07-00-00_42.fit``: names sort by time, and two workouts never share
one. Exporting a workout again rewrites its file with the same bytes. Each file is written
under a ``.partial`` name first and renamed when complete, so a full disk or a kill never
leaves half a file under the real name; on the first failure the export stops (the next
file would fail the same way) and says which file and why.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError
from app.storage.fit_workout import FitEncodingError, workout_fit
from app.storage.logged_workouts import LoggedWorkout

FILE_PREFIX = "plank-timer"


class FitExportError(MessageError):
    """The folder cannot take the files; the message is one line, fit to show the user (in
    English by ``str()``, translated by the window's ``error_text``)."""


@dataclass
class FitExportResult:
    """What an export wrote, what it left out and why, and what stopped it, if anything."""

    written: list[Path] = field(default_factory=list)
    without_holds: int = 0
    """Workouts left out because they have no hold (stopped during the countdown)."""
    in_progress: int = 0
    """Workouts left out because a running copy of the app is still recording them."""
    failure: Message | None = None
    """Why writing stopped before the end, in one line (``str()`` gives the English); None
    when every file was written."""

    def summary(self, folder: Path) -> str:
        """One line for the user: what was written where, what was left out, what failed."""
        count = len(self.written)
        line = f"wrote {count} FIT file{'' if count == 1 else 's'} to {folder}"
        left_out = []
        if self.without_holds:
            left_out.append(f"{self.without_holds} with no hold")
        if self.in_progress:
            left_out.append(f"{self.in_progress} still in progress")
        if left_out:
            line += f" (left out {' and '.join(left_out)})"
        if self.failure:
            line += f"; then {self.failure}"
        return line


def fit_file_name(workout: LoggedWorkout) -> str:
    """The file's name: local start time, then the workout's id."""
    return f"{FILE_PREFIX}_{workout.started_at:%Y-%m-%d_%H-%M-%S}_{workout.session_id}.fit"


def check_folder(folder: Path) -> None:
    """Raise FitExportError unless ``folder`` is an existing folder this user can write in."""
    if not folder.exists():
        raise FitExportError(QT_TRANSLATE_NOOP("errors", "no such folder: {folder}"), folder=folder)
    if not folder.is_dir():
        raise FitExportError(QT_TRANSLATE_NOOP("errors", "{folder} is not a folder"), folder=folder)
    # Trying is the only sure test: access() says yes to root on a read-only file system.
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise FitExportError(
            QT_TRANSLATE_NOOP("errors", "cannot write to {folder}: {reason}"),
            folder=folder,
            reason=error.strerror or error,
        ) from error


def _write_whole(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            out.write(data)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def write_fit_files(
    workouts: Iterable[LoggedWorkout],
    folder: Path,
    on_written: Callable[[Path], None] | None = None,
) -> FitExportResult:
    """Write each workout with holds into ``folder`` as a FIT file.

    Raises FitExportError when the folder is missing or cannot be written. Trouble with one
    file (a full disk, say) stops the export and is named in the result's ``failure``; the
    files written before it stay.
    """
    check_folder(folder)
    result = FitExportResult()
    for workout in workouts:
        if workout.status == "in_progress":
            result.in_progress += 1
            continue
        if not workout.holds:
            result.without_holds += 1
            continue
        path = folder / fit_file_name(workout)
        try:
            _write_whole(path, workout_fit(workout))
        except FitEncodingError as error:
            result.failure = error.message
            break
        except OSError as error:
            result.failure = Message(
                QT_TRANSLATE_NOOP("errors", "could not write {file}: {reason}"),
                {"file": path.name, "reason": error.strerror or error},
            )
            break
        result.written.append(path)
        if on_written is not None:
            on_written(path)
    return result
