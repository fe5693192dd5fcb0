"""Routines travel in the JSON export and come back on import, checked first, never twice."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.exercise import SIDE_LEFT, SIDE_RIGHT, exercise_for
from app.core.plan import Block, Plan
from app.core.routine import Routine
from app.storage.database import SessionLog, open_log
from app.storage.export import export_json, export_json_text
from app.storage.history import History
from app.storage.importer import ImportResult, import_data, import_json
from app.storage.log_format import LogImportError
from app.storage.routines import RoutineStore
from tests.storage.workouts import berlin, record

BIRD_DOG_DAY = Plan(
    (
        Block(exercise_for("bird dog"), 8, 4, 4),
        Block(SIDE_LEFT, 12, 6, 3),
        Block(SIDE_RIGHT, 12, 6, 3),
    ),
    get_ready=3,
    switch=15,
    alternate_sides=True,
)


@pytest.fixture
def with_routines(log: SessionLog) -> SessionLog:
    """One workout and two routines, the second moved above the first."""
    record(log, berlin(2024, 6, 5, 7, 0))
    store = RoutineStore(log)
    store.save(Routine("Evening", Plan.simple(rounds=2)))
    store.save(Routine("Bird dog day", BIRD_DOG_DAY))
    store.move_up("Bird dog day")
    return log


@pytest.fixture
def empty_log(tmp_path: Path) -> Iterator[SessionLog]:
    with open_log(tmp_path / "other") as other:
        yield other


def _names(log: SessionLog) -> list[str]:
    return [routine.name for routine in RoutineStore(log).user_routines()]


def test_the_export_lists_the_users_routines_in_order_and_not_the_presets(
    with_routines: SessionLog,
) -> None:
    data = export_json(with_routines)

    assert data["version"] == 2
    assert [item["name"] for item in data["routines"]] == ["Bird dog day", "Evening"]
    assert data["routines"][0]["plan"] == {
        "blocks": [
            {"exercise": "bird dog", "hold": 8, "rest": 4, "rounds": 4},
            {"exercise": "side-left", "hold": 12, "rest": 6, "rounds": 3},
            {"exercise": "side-right", "hold": 12, "rest": 6, "rounds": 3},
        ],
        "get_ready": 3,
        "switch": 15,
        "alternate_sides": True,
    }


def test_routines_come_back_in_order_and_a_second_import_adds_nothing(
    with_routines: SessionLog, empty_log: SessionLog, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    path.write_text(export_json_text(with_routines), encoding="utf-8")

    assert import_json(empty_log, path) == ImportResult(1, 0, routines_added=2)
    assert RoutineStore(empty_log).user_routines() == RoutineStore(with_routines).user_routines()
    assert import_json(empty_log, path) == ImportResult(0, 1, routines_skipped=2)
    assert _names(empty_log) == ["Bird dog day", "Evening"]
    assert export_json(empty_log) == export_json(with_routines)


def test_a_routine_the_log_already_has_keeps_the_users_version(
    with_routines: SessionLog, empty_log: SessionLog
) -> None:
    mine = Routine("EVENING", Plan.simple(rounds=5))
    RoutineStore(empty_log).save(mine)

    result = import_data(empty_log, export_json(with_routines))
    assert (result.routines_added, result.routines_skipped) == (1, 1)
    assert RoutineStore(empty_log).find("evening") == mine
    assert _names(empty_log) == ["EVENING", "Bird dog day"]


def test_an_export_from_before_routines_still_imports(
    with_routines: SessionLog, empty_log: SessionLog
) -> None:
    data = export_json(with_routines)
    del data["routines"]

    assert import_data(empty_log, data) == ImportResult(added=1, skipped=0)
    assert History(empty_log).count() == 1
    assert _names(empty_log) == []


def _routine(data: dict[str, Any], index: int = 1) -> dict[str, Any]:
    item: dict[str, Any] = data["routines"][index]
    return item


BAD_ROUTINES = {
    "no name": (
        lambda d: _routine(d).pop("name"),
        "routines[1]: name is missing",
    ),
    "blank name": (
        lambda d: _routine(d).update(name="   "),
        "routines[1]: name: a routine needs a name",
    ),
    "name too long": (
        lambda d: _routine(d).update(name="y" * 41),
        f"routines[1] ({'y' * 41}): name: a routine name must be at most 40 characters",
    ),
    "a preset's name": (
        lambda d: _routine(d).update(name="standard"),
        "routines[1] (standard): name 'standard' belongs to a built-in routine",
    ),
    "name given twice": (
        lambda d: _routine(d).update(name="bird DOG day"),
        "routines[1] (bird DOG day): name repeats routines[0]",
    ),
    "hold too long": (
        lambda d: _routine(d)["plan"]["blocks"][0].update(hold=500),
        "routines[1] (Evening): plan: blocks[0]: hold must be 1 to 120 seconds, got 500",
    ),
    "no exercises": (
        lambda d: _routine(d)["plan"].update(blocks=[]),
        "routines[1] (Evening): plan: choose at least one exercise",
    ),
    "alternate as text": (
        lambda d: _routine(d, 0)["plan"].update(alternate_sides="yes"),
        "routines[0] (Bird dog day): plan: alternate_sides must be true or false, got 'yes'",
    ),
    "no plan": (
        lambda d: _routine(d).pop("plan"),
        "routines[1] (Evening): plan is missing",
    ),
    "not an object": (
        lambda d: d["routines"].__setitem__(1, "Evening"),
        "routines[1]: must be an object, got str",
    ),
    "not a list": (
        lambda d: d.update(routines={"Evening": {}}),
        "routines must be a list",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROUTINES))
def test_a_bad_routine_is_named_with_its_field_and_nothing_is_imported(
    with_routines: SessionLog, empty_log: SessionLog, tmp_path: Path, case: str
) -> None:
    change, expected = BAD_ROUTINES[case]
    data = copy.deepcopy(export_json(with_routines))
    change(data)
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(LogImportError) as caught:
        import_json(empty_log, path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message
    # Neither the valid routine nor the session in the same file was written.
    assert _names(empty_log) == []
    assert History(empty_log).count() == 0
