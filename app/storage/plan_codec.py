"""A plan as plain JSON data, stored with each session and routine and carried in exports.

The format names each exercise by its key (``plank``, ``side-left``, ``side-right`` or a custom
name); titles and sides follow from the key, so they are not stored twice. Each block carries
its own hold, rest and rounds. ``alternate_sides`` is written only when true, so plans that do
not alternate read exactly as before, and JSON without it (all older files) reads as false.
"""

from __future__ import annotations

import json
from typing import Any

from app.core.exercise import exercise_for
from app.core.message import QT_TRANSLATE_NOOP, Message, within
from app.core.plan import MAX_EXERCISES, Block, Plan
from app.core.plan_error import PlanError
from app.storage.field_messages import A_LIST, TRUE_OR_FALSE, missing, not_an_object, wrong
from app.storage.json_input import JsonInputError, parse_json


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data."""
    data: dict[str, Any] = {
        "blocks": [
            {
                "exercise": block.exercise.key,
                "hold": block.hold,
                "rest": block.rest,
                "rounds": block.rounds,
            }
            for block in plan.blocks
        ],
        "get_ready": plan.get_ready,
        "switch": plan.switch,
    }
    if plan.alternate_sides:
        data["alternate_sides"] = True
    return data


def plan_to_json(plan: Plan) -> str:
    """The plan as compact JSON text, as stored in the ``sessions.plan`` column."""
    return json.dumps(plan_to_dict(plan), separators=(",", ":"))


A_NAME = Message(QT_TRANSLATE_NOOP("errors", "a name"))


def _field(data: dict[str, Any], name: str, where: str) -> Any:
    if name not in data:
        raise PlanError(missing(f"{where}{name}"))
    return data[name]


def plan_from_dict(data: object) -> Plan:
    """Rebuild and validate a plan; PlanError names the field that is wrong, in one line."""
    if not isinstance(data, dict):
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "errors", "the plan must be an object with blocks, get_ready and switch"
            )
        )
    blocks_data = _field(data, "blocks", "")
    if not isinstance(blocks_data, list):
        raise PlanError(
            QT_TRANSLATE_NOOP("errors", "{field} must be {wanted}"), field="blocks", wanted=A_LIST
        )
    if len(blocks_data) > MAX_EXERCISES:
        # Before building any block: a 10,000-exercise plan is refused at once.
        raise PlanError(
            QT_TRANSLATE_NOOP("errors", "a plan has at most {most} exercises, got {count}"),
            most=MAX_EXERCISES,
            count=len(blocks_data),
        )
    blocks: list[Block] = []
    for index, block in enumerate(blocks_data):
        where = f"blocks[{index}]."
        if not isinstance(block, dict):
            raise PlanError(not_an_object(where, block))
        key = _field(block, "exercise", where)
        if not isinstance(key, str):
            raise PlanError(wrong(f"{where}exercise", A_NAME, key))
        try:
            blocks.append(
                Block(
                    exercise_for(key),
                    _field(block, "hold", where),
                    _field(block, "rest", where),
                    _field(block, "rounds", where),
                )
            )
        except PlanError as error:
            raise PlanError(within(where[:-1], error.message)) from None
    alternate = data.get("alternate_sides", False)
    if not isinstance(alternate, bool):
        raise PlanError(wrong("alternate_sides", TRUE_OR_FALSE, alternate))
    return Plan(
        tuple(blocks),
        get_ready=_field(data, "get_ready", ""),
        switch=_field(data, "switch", ""),
        alternate_sides=alternate,
    )


def plan_from_json(text: str) -> Plan:
    """The plan stored in a ``sessions.plan`` column."""
    try:
        return plan_from_dict(parse_json(text, "the stored plan"))
    except JsonInputError as error:
        raise PlanError(error.message) from None
