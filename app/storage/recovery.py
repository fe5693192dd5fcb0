"""Holds that could not be written when the app closed: kept in a recovery file, added back
at the next start.

When the log stays locked by another program, or its disk stays full, until the app closes,
the holds still in memory are written to ``plank-timer-recovery-<when>-<pid>.json`` in the
backup format (see export), with ``"recovery_for"`` naming the log they belong to. The
folders are tried in the order given (the app's order: next to the log, the user's state
folder, the cache folder, the temporary folder), so a full data disk still leaves them
somewhere. The next start (:func:`recover`) adds them to that log, session by session and
hold by hold, so a workout of which the log kept 7 holds of 9 gets the other 2; a file read
twice adds nothing the second time, and one imported is deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError, listed, message_of, within
from app.storage.backup_format import LOG_FORMAT, LOG_VERSION
from app.storage.database import SessionLog
from app.storage.importer import find_session, insert_session
from app.storage.json_input import JsonInputError, load_json_file
from app.storage.log_format import ImportedSession, LogImportError, parse_log
from app.storage.plan_codec import plan_to_dict
from app.storage.recorder import SessionRecorder
from app.storage.set_record import insert_sets
from app.storage.timestamps import to_utc_text
from app.storage.transaction import write_transaction
from app.storage.workout_record import WorkoutRecord

FILE_PREFIX = "plank-timer-recovery-"
_FINISHED = ("completed", "stopped")


class RecoveryError(MessageError):
    """No folder would take the recovery file; the message is one line naming why."""


@dataclass(frozen=True)
class SavedForLater:
    """Where the holds that could not be written went."""

    path: Path
    holds: int


@dataclass
class Recovered:
    """What :func:`recover` added from recovery files, and the files it could not use."""

    files: list[Path] = field(default_factory=list)
    holds: int = 0
    problems: list[Message] = field(default_factory=list)


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


def _belongs_to(path: Path, log_path: Path) -> dict[str, Any] | None:
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
                if path not in found and _belongs_to(path, log_path) is not None:
                    found.append(path)
    return found


def _merge(connection: sqlite3.Connection, session: ImportedSession) -> tuple[int, bool]:
    """Add what the log lacks of ``session``: its holds added, and whether the log had it
    as cut off (marked interrupted at this start) while the file says how it ended."""
    id_ = find_session(connection, session.started_at)
    if id_ is None:
        insert_session(connection, session)
        return len(session.sets), False
    have = {
        text
        for (text,) in connection.execute(
            "SELECT started_at FROM sets WHERE session_id = ?", (id_,)
        )
    }
    new = [item for item in session.sets if to_utc_text(item.started_at) not in have]
    insert_sets(connection, id_, new)
    (status,) = connection.execute("SELECT status FROM sessions WHERE id = ?", (id_,)).fetchone()
    connection.execute(
        "UPDATE sessions SET status = ?, ended_at = COALESCE(?, ended_at),"
        " back_pain = COALESCE(?, back_pain), note = COALESCE(?, note) WHERE id = ?",
        (
            session.status,
            to_utc_text(session.ended_at) if session.ended_at else None,
            session.back_pain,
            session.note,
            id_,
        ),
    )
    return len(new), status == "interrupted" and session.status in _FINISHED


def recover(log: SessionLog, folders: Sequence[Path]) -> Recovered:
    """Add every recovery file of this log found in ``folders``, then delete it.

    A workout the file finishes no longer counts as cut off (``log.interrupted``). A file
    that cannot be read or written stays where it is and is named in ``problems``.
    """
    result = Recovered()
    connection = log.connection()
    for path in recovery_files(log.path, folders):
        try:
            sessions = parse_log(_belongs_to(path, log.path))
            with write_transaction(connection):
                merged = [_merge(connection, session) for session in sessions]
        except (LogImportError, sqlite3.Error) as error:
            result.problems.append(within(path, message_of(error)))
            continue
        result.files.append(path)
        result.holds += sum(holds for holds, _ in merged)
        log.interrupted = max(0, log.interrupted - sum(finished for _, finished in merged))
        with contextlib.suppress(OSError):
            path.unlink()
    return result


@dataclass(frozen=True)
class ClosingReport:
    """What became of the holds the log could not take when the app closed."""

    text: Message
    """One line for the user, to show in their language."""
    lost: bool
    """True if no folder took them either: they are gone."""

    @property
    def message(self) -> str:
        """The same line in English (stderr's)."""
        return str(self.text)


# What was left unsaved, by what it was: the sentence agrees with it in every language.
_NOWHERE = (
    QT_TRANSLATE_NOOP(
        "errors", "{problem}. How the last workout ended could not be saved anywhere: {reason}."
    ),
    QT_TRANSLATE_NOOP("errors", "{problem}. 1 hold could not be saved anywhere: {reason}."),
    QT_TRANSLATE_NOOP("errors", "{problem}. {count} holds could not be saved anywhere: {reason}."),
)
_SAVED_IN = (
    QT_TRANSLATE_NOOP(
        "errors",
        "{problem}. How the last workout ended is saved in {file} instead and will be added to"
        " the log when Plank Timer next starts.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{problem}. 1 hold is saved in {file} instead and will be added to the log when Plank"
        " Timer next starts.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{problem}. {count} holds are saved in {file} instead and will be added to the log when"
        " Plank Timer next starts.",
    ),
)


def _by_count(templates: tuple[str, str, str], holds: int) -> str:
    return templates[min(holds, 2)]


def save_unsaved(
    recorder: SessionRecorder, folders: Sequence[Path], when: datetime
) -> ClosingReport | None:
    """At close: try the log once more, then put what it still lacks in a recovery file.

    None when the log has everything; otherwise what happened, in one line.
    """
    if recorder.retry():
        return None
    records = recorder.unsaved()
    holds = sum(record.pending_sets for record in records)
    problem = recorder.problem_message or Message(
        QT_TRANSLATE_NOOP("errors", "Could not save to {file}"), {"file": recorder.log.path}
    )
    try:
        saved = write_recovery_file(records, recorder.log.path, folders, when)
    except RecoveryError as error:
        text = Message(
            _by_count(_NOWHERE, holds),
            {"problem": problem, "count": holds, "reason": error.message},
        )
        return ClosingReport(text, True)
    text = Message(
        _by_count(_SAVED_IN, holds), {"problem": problem, "count": holds, "file": saved.path}
    )
    return ClosingReport(text, False)


def recovered_message(recovered: Recovered) -> Message | None:
    """One line on what the start added from recovery files (or could not), or None."""
    parts: list[Message] = []
    if recovered.files:
        files = ", ".join(str(path) for path in recovered.files)
        if recovered.holds == 1:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Added 1 hold to the log that could not be saved last time (from {files}, now"
                " deleted).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Added {count} holds to the log that could not be saved last time (from {files},"
                " now deleted).",
            )
        parts.append(Message(template, {"count": recovered.holds, "files": files}))
    if recovered.problems:
        parts.append(
            Message(
                QT_TRANSLATE_NOOP("errors", "Could not add a recovery file: {problems}."),
                {"problems": listed(recovered.problems, "; ")},
            )
        )
    return listed(parts, " ") if parts else None
