"""The recovery file: holds the log would not take when the app closed, kept in the backup
format until the next start adds them (see recovery).

``plank-timer-recovery-<when>-<pid>.json`` holds the unsaved workouts in the backup format
(see export), with ``"recovery_for"`` naming the log they belong to. The folders are tried in
the order given (the app's order: next to the log, the user's state folder, the cache folder,
the temporary folder), so a full data disk still leaves them somewhere. The file is written
privately and whole (a temporary name, fsync, then a rename).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.storage.backup_format import LOG_FORMAT, LOG_VERSION
from app.storage.json_input import JsonInputError, load_json_file
from app.storage.plan_codec import plan_to_dict
from app.storage.workout_record import WorkoutRecord

FILE_PREFIX = "plank-timer-recovery-"


class RecoveryError(MessageError):
    """No folder would take the recovery file; the message is one line naming why."""


@dataclass(frozen=True)
class SavedForLater:
    """Where the holds that could not be written went."""

    path: Path
    holds: int


def _moment(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="milliseconds")


def _session(record: WorkoutRecord) -> dict[str, Any]:
    return {
        "started_at": _moment(record.started_at),
        "ended_at": _moment(record.ended_at),
        "status": record.status,
        "plan": plan_to_dict(record.plan),
        "back_pain": record.back_pain,
        "note": record.note,
        "sets": [
            {
                "exercise": item.exercise,
                "round": item.round,
                "planned_seconds": item.planned_seconds,
                "held_seconds": item.held_seconds,
                "completed": item.completed,
                "started_at": _moment(item.started_at),
            }
            for item in record.sets
        ],
    }


def _write_in(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    temporary = folder / f".{name}.partial"
    try:
        # Private: it may hold notes, and the temporary folder is shared with other users.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return path


def write_recovery_file(
    records: Sequence[WorkoutRecord], log_path: Path, folders: Sequence[Path], when: datetime
) -> SavedForLater:
    """Write ``records`` (whole: a merge at the next start skips what the log has) to the
    first of ``folders`` that takes them; RecoveryError if none does."""
    data = {
        "format": LOG_FORMAT,
        "version": LOG_VERSION,
        "recovery_for": str(log_path.resolve()),
        "sessions": [_session(record) for record in records],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    name = f"{FILE_PREFIX}{when.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.json"
    holds = sum(record.pending_sets for record in records)
    reasons = []
    for folder in folders:
        try:
            return SavedForLater(_write_in(folder, name, text), holds)
        except OSError as error:
            reasons.append(f"{folder}: {error.strerror or error}")
    raise RecoveryError(
        QT_TRANSLATE_NOOP("errors", "no folder would take them ({reasons})"),
        reasons="; ".join(reasons),
    )


def recovery_data(path: Path, log_path: Path) -> dict[str, Any] | None:
    """The content of ``path`` if it is this user's recovery file for the log at
    ``log_path``; None otherwise (another log's, another user's, not JSON)."""
    try:
        # Another user could leave a file in the shared temporary folder: only ours count.
        if hasattr(os, "geteuid") and path.stat().st_uid != os.geteuid():
            return None
        data = load_json_file(path)
    except (JsonInputError, OSError):
        return None
    if isinstance(data, dict) and data.get("recovery_for") == str(log_path.resolve()):
        return data
    return None


def recovery_files(log_path: Path, folders: Sequence[Path]) -> list[Path]:
    """The recovery files in ``folders`` that belong to the log at ``log_path``."""
    found: list[Path] = []
    for folder in dict.fromkeys(folders):
        with contextlib.suppress(OSError):
            for path in sorted(folder.glob(f"{FILE_PREFIX}*.json")):
                if path not in found and recovery_data(path, log_path) is not None:
                    found.append(path)
    return found
