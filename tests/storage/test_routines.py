"""The routine store: presets first, the user's routines in their order, kept in the log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT, exercise_for
from app.core.plan import Block, Plan
from app.core.routine import Routine, RoutineError
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.history import History
from app.storage.migrations import LATEST_VERSION, migrate, schema_version
from app.storage.plan_codec import plan_from_dict, plan_to_dict, plan_to_json
from app.storage.routines import (
    RoutineStore,
    RoutineStoreError,
    find_routine,
    routine_names,
    unknown_routine_message,
)

PRESET_NAMES = ["Gentle", "Standard", "Strong"]
BIRD_DOG_DAY = Plan(
    (
        Block(exercise_for("bird dog"), 8, 4, 4),
        Block(SIDE_LEFT, 12, 6, 3),
        Block(SIDE_RIGHT, 12, 6, 2),
    ),
    get_ready=3,
    switch=15,
    alternate_sides=True,
)


@pytest.fixture
def store(log: SessionLog) -> RoutineStore:
    return RoutineStore(log)


def names(store: RoutineStore) -> list[str]:
    return [routine.name for routine in store.routines()]


def test_a_new_log_lists_the_three_presets(store: RoutineStore) -> None:
    assert names(store) == PRESET_NAMES
    assert all(routine.built_in for routine in store.routines())


def test_saved_routines_follow_the_presets_in_the_order_saved(store: RoutineStore) -> None:
    store.save(Routine("Evening", Plan.simple(rounds=2)))
    store.save(Routine("Bird dog day", BIRD_DOG_DAY))

    assert names(store) == [*PRESET_NAMES, "Evening", "Bird dog day"]
    assert not any(routine.built_in for routine in store.user_routines())


def test_a_routine_comes_back_whole_after_the_app_is_closed(data_dir: Path) -> None:
    with open_log(data_dir) as log:
        RoutineStore(log).save(Routine("Bird dog day", BIRD_DOG_DAY))
    with open_log(data_dir) as log:
        found = RoutineStore(log).find("bird DOG day")

    assert found is not None
    assert found.plan == BIRD_DOG_DAY  # per-exercise timings, pauses and alternation
    assert [b.exercise.key for b in found.plan.blocks] == ["bird dog", "side-left", "side-right"]


def test_saving_under_a_name_in_another_case_updates_instead_of_adding(
    store: RoutineStore,
) -> None:
    store.save(Routine("Evening", Plan.simple(rounds=2)))
    store.save(Routine("EVENING", Plan.simple(rounds=4)))

    [evening] = store.user_routines()
    assert (evening.name, evening.plan.blocks[0].rounds) == ("EVENING", 4)


def test_a_preset_cannot_be_saved_over_renamed_or_deleted(store: RoutineStore) -> None:
    with pytest.raises(RoutineError, match="'Standard' is built in: duplicate it"):
        store.save(Routine("standard", Plan.simple(rounds=9)))
    with pytest.raises(RoutineError, match="built in"):
        store.rename("Gentle", "Soft")
    with pytest.raises(RoutineError, match="built in"):
        store.delete("Strong")

    assert names(store) == PRESET_NAMES
    assert store.find("Standard") == Routine("Standard", Plan.simple(), built_in=True)


def test_rename_keeps_the_plan_and_refuses_a_name_already_taken(store: RoutineStore) -> None:
    store.save(Routine("Evening", BIRD_DOG_DAY))
    store.save(Routine("Morning", Plan.simple()))

    renamed = store.rename("evening", "  Night  ")
    assert (renamed.name, renamed.plan) == ("Night", BIRD_DOG_DAY)
    with pytest.raises(RoutineError, match="another routine is already called 'Morning'"):
        store.rename("Night", "morning")
    with pytest.raises(RoutineError, match="a built-in routine is already called 'Strong'"):
        store.rename("Night", "STRONG")
    with pytest.raises(RoutineError, match="there is no routine called 'Lunch'"):
        store.rename("Lunch", "Dinner")
    store.rename("Night", "NIGHT")  # a change of case alone is fine

    assert names(store) == [*PRESET_NAMES, "NIGHT", "Morning"]


def test_duplicating_a_preset_gives_an_editable_copy(store: RoutineStore) -> None:
    copy = store.duplicate("standard")
    second = store.duplicate("Standard")

    assert (copy.name, copy.built_in, copy.plan) == ("Standard copy", False, Plan.simple())
    assert second.name == "Standard copy 2"
    changed = Routine("Standard copy", Plan.simple(hold=8))
    store.save(changed)
    assert store.find("Standard copy") == changed
    assert store.find("Standard") == Routine("Standard", Plan.simple(), built_in=True)


def test_a_copy_of_a_preset_is_named_after_the_name_the_user_reads(store: RoutineStore) -> None:
    # In a German window the preset "Gentle" shows as "Sanft": its copy is "Sanft (Kopie)".
    german = {"label": "Sanft", "first": "{name} (Kopie)", "more": "{name} (Kopie {number})"}
    copy = store.duplicate("Gentle", **german)
    again = store.duplicate("Gentle", **german)
    assert (copy.name, again.name) == ("Sanft (Kopie)", "Sanft (Kopie 2)")
    assert copy.plan == store.find("Gentle").plan  # type: ignore[union-attr]


def test_delete_removes_only_that_routine(store: RoutineStore) -> None:
    for name in ("A", "B", "C"):
        store.save(Routine(name, Plan.simple()))
    store.delete("b")

    assert names(store) == [*PRESET_NAMES, "A", "C"]
    with pytest.raises(RoutineError, match="there is no routine called 'B'"):
        store.delete("B")


def test_move_up_and_down_reorders_the_users_routines_only(store: RoutineStore) -> None:
    for name in ("A", "B", "C"):
        store.save(Routine(name, Plan.simple()))

    assert store.move_up("C")
    assert names(store) == [*PRESET_NAMES, "A", "C", "B"]
    assert store.move_down("a")
    assert names(store) == [*PRESET_NAMES, "C", "A", "B"]
    # The ends do not move, and the presets stay where they are.
    assert not store.move_up("C")
    assert not store.move_down("B")
    with pytest.raises(RoutineError, match="built in"):
        store.move_down("Strong")
    store.save(Routine("D", Plan.simple()))
    assert names(store) == [*PRESET_NAMES, "C", "A", "B", "D"]


def test_find_routine_for_the_command_line(store: RoutineStore, log: SessionLog) -> None:
    store.save(Routine("Bird dog day", BIRD_DOG_DAY))

    found = find_routine(log, "BIRD DOG DAY")
    assert found is not None
    assert found.to_plan() == BIRD_DOG_DAY
    assert find_routine(store, "strong") == store.find("Strong")
    # Without a log (it could not be opened) the presets still run.
    preset = find_routine(None, "gentle")
    assert preset is not None
    assert preset.name == "Gentle"
    assert find_routine(log, "Lunch") is None
    assert routine_names(log) == [*PRESET_NAMES, "Bird dog day"]
    assert unknown_routine_message(" Lunch ", log) == (
        "no routine called 'Lunch'; the routines are: Gentle, Standard, Strong, Bird dog day"
    )


def test_a_locked_log_says_so_in_one_line_and_saves_nothing(data_dir: Path) -> None:
    with open_log(data_dir, busy_timeout_ms=50) as log:
        other = sqlite3.connect(data_dir / LOG_FILE_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(RoutineStoreError) as caught:
                RoutineStore(log).save(Routine("Evening", Plan.simple()))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert "Could not save the routines" in str(caught.value)
        assert "\n" not in str(caught.value)
        assert names(RoutineStore(log)) == PRESET_NAMES


def test_a_version_2_log_gains_the_routines_table_and_keeps_its_workouts(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = SessionLog(data_dir / LOG_FILE_NAME)
    migrate(old.connection(), target=2)
    old.connection().execute(
        "INSERT INTO sessions (started_at, utc_offset_minutes, local_day, plan, planned_rounds,"
        " status) VALUES ('2024-01-02T07:00:00.000+00:00', 60, '2024-01-02', ?, 9, 'stopped')",
        (plan_to_json(Plan.simple()),),
    )
    old.close()

    with open_log(data_dir) as log:
        assert schema_version(log.connection()) == LATEST_VERSION
        assert History(log).count() == 1
        RoutineStore(log).save(Routine("Evening", Plan.simple()))
        assert names(RoutineStore(log)) == [*PRESET_NAMES, "Evening"]


def test_plan_json_without_alternate_sides_reads_as_not_alternating() -> None:
    old = {"blocks": [{"exercise": "plank", "hold": 10, "rest": 5, "rounds": 2}]}
    old |= {"get_ready": 5, "switch": 10}

    assert plan_from_dict(old).alternate_sides is False
    # Plans that do not alternate are written exactly as before.
    assert plan_to_dict(plan_from_dict(old)) == old
    assert plan_to_dict(Plan.simple([PLANK], alternate_sides=True))["alternate_sides"] is True
    with pytest.raises(ValueError, match="alternate_sides must be true or false, got 'yes'"):
        plan_from_dict(old | {"alternate_sides": "yes"})
