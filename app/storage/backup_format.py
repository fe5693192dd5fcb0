"""The JSON backup's identity: its format name and versions, checked in this one place.

Every reader of a backup (import, the recovery file) asks :func:`check_header`; every writer
(export) writes :data:`LOG_FORMAT` and :data:`LOG_VERSION`. A new version adds a name to
:data:`READABLE_VERSIONS` and keeps reading the older ones.
"""

from __future__ import annotations

from typing import Any

from app.core.message import QT_TRANSLATE_NOOP, MessageError

LOG_FORMAT = "plank-timer-log"
LOG_VERSION = 2
"""2 added the runs; a version 1 file (no runs) still imports."""
READABLE_VERSIONS = (1, 2)


class BackupHeaderError(MessageError, ValueError):
    """The top of the file is not a Plank Timer backup this app reads; one line."""


def check_header(top: dict[str, Any]) -> int:
    """The backup's version; BackupHeaderError unless format and version are ours."""
    if top.get("format") != LOG_FORMAT:
        raise BackupHeaderError(
            QT_TRANSLATE_NOOP("errors", "format must be {format}"), format=repr(LOG_FORMAT)
        )
    version = top.get("version")
    # JSON true is Python True, which equals 1: a version is a whole number, never a flag.
    if isinstance(version, bool) or not isinstance(version, int):
        raise BackupHeaderError(QT_TRANSLATE_NOOP("errors", "version must be a whole number"))
    if version not in READABLE_VERSIONS:
        readable = ", ".join(str(number) for number in READABLE_VERSIONS)
        raise BackupHeaderError(
            QT_TRANSLATE_NOOP(
                "errors", "version {version} is not one this app reads (it reads {readable})"
            ),
            version=str(version),
            readable=readable,
        )
    return version
