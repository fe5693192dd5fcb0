"""Where an export goes: never over the log itself, never replacing a link or a device.

A regular file (or a new one) is written beside the real file under a temporary name and
renamed over it at the end, so a full disk never leaves half a backup under the real name;
through a symlink the file it points to is the one replaced, and the link stays. A device,
a pipe or a socket (``/dev/null``, ``/dev/stdout``, a FIFO) is written into, as a shell's
``>`` does: it is never replaced by a regular file. The log and the files SQLite keeps beside
it are refused.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.storage.corrupt_file import SIDECARS


class ExportFileError(MessageError):
    """The export cannot go there; the message is one line, fit to show the user."""


CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "cannot write {file}: {reason}")


def _cannot_write(target: Path, error: OSError) -> ExportFileError:
    return ExportFileError(CANNOT_WRITE, file=target, reason=error.strerror or str(error))


def _is_log_file(target: Path, log_path: Path) -> bool:
    real = os.path.realpath(target)
    for protected in (log_path, *(Path(f"{log_path}{suffix}") for suffix in SIDECARS)):
        if real == os.path.realpath(protected):
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(target, protected):  # a hard link, or another path to it
                return True
    return False


def check_target(target: Path, log_path: Path) -> None:
    """ExportFileError if ``target`` is the log (or its WAL files) or a folder."""
    if _is_log_file(target, log_path):
        raise ExportFileError(
            QT_TRANSLATE_NOOP(
                "errors", "cannot export into {file}: it is the workout log itself (or part of it)"
            ),
            file=target,
        )
    if target.is_dir():
        raise ExportFileError(
            QT_TRANSLATE_NOOP("errors", "cannot export into {file}: it is a folder"), file=target
        )


@contextmanager
def _into_special(target: Path) -> Iterator[TextIO]:
    try:
        out = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with out:
            yield out
    except OSError as error:
        raise _cannot_write(target, error) from error


def _create_beside(real: Path, mode: int | None) -> tuple[int, Path]:
    """A new, empty file next to ``real``: its mode, or a new file's (the umask applies)."""
    while True:
        temporary = real.with_name(f".{real.name}.{secrets.token_hex(4)}.partial")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            os.fchmod(descriptor, mode)
        return descriptor, temporary


@contextmanager
def _replacing(target: Path, mode: int | None) -> Iterator[TextIO]:
    real = Path(os.path.realpath(target))  # through a symlink: replace what it points to
    try:
        descriptor, temporary = _create_beside(real, mode)
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as out:
            yield out
        # Whole or nothing: a full disk never leaves half a backup under the real name.
        os.replace(temporary, real)
    except OSError as error:
        raise _cannot_write(target, error) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


@contextmanager
def export_file(target: Path, log_path: Path) -> Iterator[TextIO]:
    """A text stream (UTF-8, no newline translation) whose content ends up at ``target``.

    Raises ExportFileError (one line) if it cannot go there or cannot be written whole.
    """
    check_target(target, log_path)
    try:
        found = os.stat(target)  # follows a symlink to what it names
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise _cannot_write(target, error) from error
    if found is not None and not stat.S_ISREG(found.st_mode):
        with _into_special(target) as out:
            yield out
        return
    with _replacing(target, stat.S_IMODE(found.st_mode) if found else None) as out:
        yield out
