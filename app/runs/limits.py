"""How much an import reads, and reading within it: big or hostile files are refused early.

One activity file, after decompression, may be at most ``MAX_CONTENT_BYTES`` (64 MiB). A run
of 48 hours recorded every second is about 7 MB as FIT and 45 MB as GPX with heart rate, so
nothing real comes near it, while the parsers' memory stays bounded: gpxpy holds about 16
times the text (measured: a 23 MB GPX, 28 hours at a point a second with heart rate, took
7 s and 364 MB), so a GPX at the limit costs about 1 GB for a few seconds, once.

A file on disk is measured before it is opened; a gzip stream is decompressed in chunks and
abandoned the moment it passes the limit (a gz bomb costs at most the limit); a zip entry is
refused on its declared size, or when it claims to inflate more than ``MAX_RATIO`` times
(real activity files compress 3 to 20 times; a bomb is hundreds of times), and is still
counted as it inflates, since a declared size can lie.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib
from pathlib import Path
from typing import Protocol

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError

MAX_CONTENT_BYTES = 64 * 1024 * 1024
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
# Below this, a high ratio is harmless (and tiny files can compress oddly well).
RATIO_FLOOR_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
KINDS = ("fit", "gpx", "tcx")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class ContentError(MessageError):
    """A source cannot be read; the message is a short reason for the user."""


def megabytes(size: int) -> Message:
    """``64 MB``, in whole megabytes."""
    return Message(
        QT_TRANSLATE_NOOP("errors", "{count} MB"), {"count": round(size / (1024 * 1024))}
    )


IS_EMPTY = QT_TRANSLATE_NOOP("errors", "is empty")
IS_A_FOLDER = QT_TRANSLATE_NOOP("errors", "is a folder, not a file")


def unreadable(error: OSError) -> ContentError:
    """``cannot be read: Permission denied``: the system's reason, as it gives it."""
    return ContentError(
        QT_TRANSLATE_NOOP("errors", "cannot be read: {reason}"), reason=error.strerror or error
    )


def kind_of(name: str) -> str | None:
    """``fit``, ``gpx`` or ``tcx`` from a name like ``run.FIT`` or ``run.tcx.gz``; else None."""
    lowered = name.lower().rstrip("/").removesuffix(".gz")
    suffix = lowered.rsplit(".", 1)[-1] if "." in lowered else ""
    return suffix if suffix in KINDS else None


def is_gzipped(name: str) -> bool:
    return name.lower().endswith(".gz")


def read_limited(stream: Readable, limit: int) -> bytes:
    """All of ``stream``, or ContentError as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise ContentError(
                QT_TRANSLATE_NOOP("errors", "is larger than {size} once unpacked; refused"),
                size=megabytes(limit),
            )
        chunks.append(chunk)


def gunzip(data: bytes, limit: int = MAX_CONTENT_BYTES) -> bytes:
    """Decompress gzip data within ``limit``; ContentError if damaged or too big."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return read_limited(stream, limit)
    except (OSError, EOFError, zlib.error) as error:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a readable gzip file ({reason})"), reason=error
        ) from None


def regular_size(path: Path) -> int:
    """The size of a regular file; ContentError for a folder, a FIFO or a missing file.

    Asked before opening, because opening a FIFO would wait for a writer forever.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise unreadable(error) from None
    if stat.S_ISDIR(info.st_mode):
        raise ContentError(IS_A_FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is not a regular file (a pipe or a device); skipped")
        )
    return info.st_size


def read_path(path: Path) -> bytes:
    """A file's activity content (gunzipped if ``.gz``), within the limits."""
    size = regular_size(path)
    if size == 0:
        raise ContentError(IS_EMPTY)
    if size > MAX_CONTENT_BYTES:
        raise ContentError(
            QT_TRANSLATE_NOOP("errors", "is {size}, over the {limit} limit"),
            size=megabytes(size),
            limit=megabytes(MAX_CONTENT_BYTES),
        )
    try:
        with path.open("rb") as stream:
            data = read_limited(stream, MAX_CONTENT_BYTES)
    except OSError as error:
        raise unreadable(error) from None
    return gunzip(data) if is_gzipped(path.name) else data
