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

MAX_JSON_BYTES = 1024 * 1024 * 1024
"""1 GiB: the backup of 179,000 workouts of 12 holds each is 632 MB (benchmark 9)."""
MAX_INT_DIGITS = 15


class JsonInputError(ValueError):
    """The file cannot be read as JSON within the limits; one line naming the file."""


class _LimitError(ValueError):
    pass


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _LimitError(f"it has an integer of {len(text.lstrip('-')):,} digits")
    return int(text)


def _not_json(name: str) -> Any:
    raise _LimitError(f"it has {name}, which is not a JSON number")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_json_bytes(path: Path, max_bytes: int = MAX_JSON_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; JsonInputError otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise JsonInputError(f"Could not read {path}: {error.strerror or error}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise JsonInputError(f"Could not read {path}: it is {_kind(mode)}, not a file")
    with open(descriptor, "rb") as stream:
        os.set_blocking(descriptor, True)
        size = os.fstat(descriptor).st_size
        if size > max_bytes:
            raise JsonInputError(
                f"{path} is {size:,} bytes; this app reads backups of at most {max_bytes:,}"
            )
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise JsonInputError(f"Could not read {path}: {error.strerror or error}") from None
    if len(data) > max_bytes:  # it grew while we read
        raise JsonInputError(f"{path} is larger than {max_bytes:,} bytes")
    return data


def parse_json(data: bytes | str, where: str) -> Any:
    """Parse JSON text within the limits; JsonInputError starting with ``where``."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")  # a byte-order mark, if any, is not content
        except UnicodeDecodeError as error:
            raise JsonInputError(
                f"{where} is not UTF-8 text (byte {error.start:,} is wrong)"
            ) from None
    try:
        return json.loads(data, parse_int=_whole_number, parse_constant=_not_json)
    except json.JSONDecodeError as error:
        raise JsonInputError(
            f"{where} is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    except _LimitError as error:
        raise JsonInputError(f"{where} cannot be read: {error}") from None
    except RecursionError:
        raise JsonInputError(f"{where} cannot be read: it is nested too deeply") from None


def load_json_file(path: Path, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read and parse a JSON file within every limit above."""
    return parse_json(read_json_bytes(path, max_bytes), str(path))
