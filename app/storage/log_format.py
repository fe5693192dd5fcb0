"""Reading the JSON log format back: every field checked before anything is written.

An error names the session (its index and start) and the field, in one line, e.g.
``sessions[2] (started 2024-03-31T00:30:00.000+01:00): sets[1].held_seconds must be ...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.exercise import exercise_for
from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError, message_of, within
from app.core.plan import HOLD_RANGE, ROUNDS_RANGE, Plan
from app.core.plan_error import PlanError
from app.storage.backup_format import BackupHeaderError, check_header
from app.storage.checkin import BACK_PAIN_RANGE, CheckInError, valid_note
from app.storage.field_messages import (
    A_LIST,
    AN_ISO_TIME,
    TRUE_OR_FALSE,
    FieldError,
    missing,
    not_an_object,
    repeats,
    seconds_between,
    started_label,
    whole_between,
    wrong,
)
from app.storage.plan_codec import plan_from_dict
from app.storage.set_record import SetRecord
from app.storage.timestamps import parse_aware

STATUSES = ("in_progress", "completed", "stopped", "interrupted")
# Held may exceed planned by float rounding, never by more.
_HELD_SLACK = 0.001


class LogImportError(MessageError):
    """The file cannot be imported; the message is one line naming where and why."""


@dataclass(frozen=True)
class ImportedSession:
    """A session read from the file, every field valid."""

    started_at: datetime
    ended_at: datetime | None
    status: str
    plan: Plan
    back_pain: int | None
    note: str | None
    sets: tuple[SetRecord, ...]


class _Fields:
    """Typed access to one JSON object; FieldError names the field that is wrong."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise FieldError(not_an_object(where, data))
        self.data: dict[str, Any] = data
        self.where = where

    def get(self, name: str) -> Any:
        if name not in self.data:
            raise FieldError(missing(f"{self.where}{name}"))
        return self.data[name]

    def fail(self, name: str, wanted: str | Message) -> FieldError:
        return FieldError(wrong(f"{self.where}{name}", wanted, self.data[name]))

    def moment(self, name: str) -> datetime:
        value = self.get(name)
        try:
            if isinstance(value, str):
                return parse_aware(value)
        except ValueError:
            pass
        raise self.fail(name, AN_ISO_TIME)

    def optional_moment(self, name: str) -> datetime | None:
        return None if self.get(name) is None else self.moment(name)

    def number(self, name: str, low: float, high: float) -> float:
        value = self.get(name)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise self.fail(name, seconds_between(low, high))
        return float(value)

    def whole(self, name: str, low: int, high: int) -> int:
        value = self.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, whole_between(low, high))
        return value

    def optional_whole(self, name: str, low: int, high: int) -> int | None:
        return None if self.get(name) is None else self.whole(name, low, high)


def _parse_set(data: object, where: str) -> SetRecord:
    fields = _Fields(data, where)
    key = fields.get("exercise")
    if not isinstance(key, str) or not key.strip():
        wanted = QT_TRANSLATE_NOOP("errors", "plank, side-left, side-right or a custom name")
        raise fields.fail("exercise", Message(wanted))
    try:
        exercise = exercise_for(key)
    except PlanError as error:
        raise FieldError(within(f"{where}exercise", error.message)) from None
    planned = fields.number("planned_seconds", 0, HOLD_RANGE[1])
    held = fields.number("held_seconds", 0, planned + _HELD_SLACK)
    completed = fields.get("completed")
    if not isinstance(completed, bool):
        raise fields.fail("completed", TRUE_OR_FALSE)
    round_ = fields.whole("round", *ROUNDS_RANGE)
    started = fields.moment("started_at")
    return SetRecord(exercise.key, exercise.side, round_, planned, held, completed, started)


def _parse_session(fields: _Fields, started: datetime) -> ImportedSession:
    ended = fields.optional_moment("ended_at")
    if ended is not None and ended < started:
        raise fields.fail("ended_at", Message(QT_TRANSLATE_NOOP("errors", "after started_at")))
    status = fields.get("status")
    if status not in STATUSES:
        raise fields.fail("status", " or ".join(STATUSES))
    try:
        plan = plan_from_dict(fields.get("plan"))
    except PlanError as error:
        raise FieldError(within("plan", error.message)) from None
    pain = fields.optional_whole("back_pain", *BACK_PAIN_RANGE)
    try:
        note = valid_note(fields.get("note"))
    except CheckInError as error:
        raise FieldError(within("note", error.message)) from None
    sets = fields.get("sets")
    if not isinstance(sets, list):
        raise fields.fail("sets", A_LIST)
    parsed = tuple(_parse_set(item, f"sets[{index}].") for index, item in enumerate(sets))
    return ImportedSession(started, ended, status, plan, pain, note, parsed)


def parse_log(data: object) -> list[ImportedSession]:
    """Check a whole exported log; LogImportError names the first thing wrong."""
    try:
        top = _Fields(data, "")
        check_header(top.data)
        sessions = top.get("sessions")
        if not isinstance(sessions, list):
            raise top.fail("sessions", A_LIST)
    except (ValueError, BackupHeaderError) as error:
        raise LogImportError(
            QT_TRANSLATE_NOOP("errors", "not a Plank Timer log: {reason}"),
            reason=message_of(error),
        ) from None
    parsed: list[ImportedSession] = []
    seen: dict[datetime, int] = {}
    for index, item in enumerate(sessions):
        name = f"sessions[{index}]"
        label: str | Message = name
        try:
            fields = _Fields(item, "")
            started = fields.moment("started_at")
            label = started_label(name, fields.data["started_at"])
            if started in seen:
                raise FieldError(repeats("started_at", f"sessions[{seen[started]}]"))
            seen[started] = index
            parsed.append(_parse_session(fields, started))
        except ValueError as error:
            raise LogImportError(within(label, message_of(error))) from None
    return parsed
