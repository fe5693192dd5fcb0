"""Reading a JSON file the app did not write (an import, a recovery file) within stated limits.

Every limit is checked before the data goes anywhere, and each breach is one line:

* size: at most :data:`MAX_JSON_BYTES`, checked before reading (a sparse 8 GB file is
  refused at once instead of exhausting memory);
* nesting: as deep as Python's parser goes (its recursion limit, about 1,000 levels; a
  backup needs 6), then refused instead of raising RecursionError;
* integers: at most :data:`MAX_INT_DIGITS` digits (an integer of 5,000 digits is refused,
  not a ValueError); ``NaN`` and ``Infinity``, which are not JSON, are refused;
* text: UTF-8, with or without the byte-order mark Windows editors write;
* the path: a folder, a pipe or a device is named as such (a pipe is never waited on).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError

MAX_JSON_BYTES = 1024 * 1024 * 1024
"""1 GiB: the backup of 179,000 workouts of 12 holds each is 632 MB (benchmark 9)."""
MAX_INT_DIGITS = 15


class JsonInputError(MessageError, ValueError):
    """The file cannot be read as JSON within the limits; one line naming the file."""


class _LimitError(MessageError, ValueError):
    pass


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _LimitError(
            QT_TRANSLATE_NOOP("errors", "it has an integer of {digits} digits"),
            digits=len(text.lstrip("-")),
        )
    return int(text)


def _not_json(name: str) -> Any:
    raise _LimitError(
        QT_TRANSLATE_NOOP("errors", "it has {name}, which is not a JSON number"), name=name
    )


def _kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return Message(QT_TRANSLATE_NOOP("errors", "it is a folder, not a file"))
    if stat.S_ISFIFO(mode):
        return Message(QT_TRANSLATE_NOOP("errors", "it is a pipe, not a file"))
    if stat.S_ISSOCK(mode):
        return Message(QT_TRANSLATE_NOOP("errors", "it is a socket, not a file"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(QT_TRANSLATE_NOOP("errors", "it is a device, not a file"))
    return Message(QT_TRANSLATE_NOOP("errors", "it is not a regular file"))


COULD_NOT_READ = QT_TRANSLATE_NOOP("errors", "Could not read {file}: {reason}")
CANNOT_BE_READ = QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {reason}")


def read_json_bytes(path: Path, max_bytes: int = MAX_JSON_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; JsonInputError otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise JsonInputError(COULD_NOT_READ, file=path, reason=error.strerror or error) from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise JsonInputError(COULD_NOT_READ, file=path, reason=_kind(mode))
    with open(descriptor, "rb") as stream:
        os.set_blocking(descriptor, True)
        size = os.fstat(descriptor).st_size
        if size > max_bytes:
            raise JsonInputError(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} is {size} bytes; this app reads backups of at most {most}"
                ),
                file=path,
                size=size,
                most=max_bytes,
            )
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise JsonInputError(
                COULD_NOT_READ, file=path, reason=error.strerror or error
            ) from None
    if len(data) > max_bytes:  # it grew while we read
        raise JsonInputError(
            QT_TRANSLATE_NOOP("errors", "{file} is larger than {most} bytes"),
            file=path,
            most=max_bytes,
        )
    return data


def parse_json(data: bytes | str, where: str) -> Any:
    """Parse JSON text within the limits; JsonInputError starting with ``where``."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark, if any, is not content
        except UnicodeDecodeError as error:
            raise JsonInputError(
                QT_TRANSLATE_NOOP("errors", "{file} is not UTF-8 text (byte {byte} is wrong)"),
                file=where,
                byte=error.start,
            ) from None
    try:
        return json.loads(data, parse_int=_whole_number, parse_constant=_not_json)
    except json.JSONDecodeError as error:
        # The parser's own words (``Expecting value``) stay as it says them.
        raise JsonInputError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} is not valid JSON: {reason} at line {line} column {column}"
            ),
            file=where,
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except _LimitError as error:
        raise JsonInputError(CANNOT_BE_READ, file=where, reason=error.message) from None
    except RecursionError:
        too_deep = Message(QT_TRANSLATE_NOOP("errors", "it is nested too deeply"))
        raise JsonInputError(CANNOT_BE_READ, file=where, reason=too_deep) from None


def load_json_file(path: Path, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read and parse a JSON file within every limit above."""
    return parse_json(read_json_bytes(path, max_bytes), str(path))
