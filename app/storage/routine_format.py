"""Routines in the JSON log format: written by export, checked in full before import.

The top level of an export has ``"routines": [{"name": ..., "plan": {...}}, ...]``, the
user's own routines in their order (the presets are built in, so never exported). The key is
optional: files from before routines existed have none and still import.

An import adds the routines whose names the log lacks; one it already has, in any case, is
left as the user has it now, so importing twice adds nothing. An error names the routine by
index and name, then the field, in one line, e.g.
``routines[1] (Bird dog day): plan: blocks[0]: hold must be 1 to 120 seconds, got 500``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.message import QT_TRANSLATE_NOOP, MessageError, message_of, within
from app.core.plan_error import PlanError
from app.core.routine import NAME_MAX_CHARS, PRESETS, Routine, clean_name, find_in, name_key
from app.storage.database import SessionLog
from app.storage.field_messages import A_LIST, FieldError, missing, repeats, wrong
from app.storage.plan_codec import plan_from_dict, plan_to_dict
from app.storage.routines import RoutineStore, insert_routine


class RoutineFormatError(MessageError, ValueError):
    """A routine in the file is wrong; the message names it and the field, in one line."""


@dataclass(frozen=True)
class RoutineCounts:
    """How many routines an import added, and how many the log already had."""

    added: int
    skipped: int


def export_routines(log: SessionLog) -> list[dict[str, Any]]:
    """The user's routines as JSON-ready data, in their order."""
    return [
        {"name": routine.name, "plan": plan_to_dict(routine.plan)}
        for routine in RoutineStore(log).user_routines()
    ]


# An item of a list at the top of the file: named by its place, so "must be" needs no field.
OBJECT_WANTED = QT_TRANSLATE_NOOP("errors", "must be an object, got {kind}")


def _parse_one(item: object) -> Routine:
    if not isinstance(item, dict):
        raise FieldError(OBJECT_WANTED, kind=type(item).__name__)
    if "name" not in item:
        raise FieldError(missing("name"))
    try:
        name = clean_name(item["name"])
    except PlanError as error:
        raise FieldError(within("name", error.message)) from None
    if find_in(PRESETS, name) is not None:
        raise FieldError(
            QT_TRANSLATE_NOOP(
                "errors", "name {name} belongs to a built-in routine: rename it in the file"
            ),
            name=repr(name),
        )
    if "plan" not in item:
        raise FieldError(missing("plan"))
    try:
        plan = plan_from_dict(item["plan"])
    except PlanError as error:
        raise FieldError(within("plan", error.message)) from None
    return Routine(name, plan)


def parse_routines(top: dict[str, Any]) -> list[Routine]:
    """The routines of an exported log's top-level object; RoutineFormatError if one is wrong."""
    items = top.get("routines", [])
    if not isinstance(items, list):
        raise RoutineFormatError(wrong("routines", A_LIST, items))
    parsed: list[Routine] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        label = f"routines[{index}]"
        shown = item.get("name") if isinstance(item, dict) else None
        if isinstance(shown, str) and shown.strip() and shown.isprintable():
            # A name too long to be one is still named, by its start.
            name = shown.strip()
            if len(name) > 2 * NAME_MAX_CHARS:
                name = name[:NAME_MAX_CHARS] + "…"
            label = f"{label} ({name})"
        try:
            routine = _parse_one(item)
            if routine.key in seen:
                raise FieldError(repeats("name", f"routines[{seen[routine.key]}]"))
            seen[routine.key] = index
        except ValueError as error:
            raise RoutineFormatError(within(label, message_of(error))) from None
        parsed.append(routine)
    return parsed


def write_routines(connection: sqlite3.Connection, routines: list[Routine]) -> RoutineCounts:
    """Add the routines the log lacks, inside the caller's write transaction."""
    names = {name_key(name) for (name,) in connection.execute("SELECT name FROM routines")}
    added = 0
    for routine in routines:
        if routine.key in names:
            continue
        insert_routine(connection, routine)
        names.add(routine.key)
        added += 1
    return RoutineCounts(added=added, skipped=len(routines) - added)
