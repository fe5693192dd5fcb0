"""The Routine picker on the plan form: Custom or a routine, remembered between runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.audio.silent_player import SilentPlayer
from app.core.exercise import PLANK, SIDE_LEFT, SIDE_RIGHT
from app.core.plan import Block, Plan
from app.core.routine import PRESETS, Routine
from app.storage.database import SessionLog, open_log
from app.storage.routines import RoutineStore
from app.ui.workout.workout_page import WorkoutPage
from tests.fakes import FakeClock
from tests.ui.conftest import WindowFactory, plan_settings

SIDES = Plan(
    (Block(SIDE_LEFT, 12, 6, 2), Block(SIDE_RIGHT, 12, 6, 2)), get_ready=5, alternate_sides=True
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RoutineStore]:
    log: SessionLog
    with open_log(tmp_path / "data") as log:
        RoutineStore(log).add(Routine("Sides", SIDES))
        yield RoutineStore(log)


def test_the_picker_lists_custom_the_presets_then_the_users_routines(
    make_window: WindowFactory, store: RoutineStore
) -> None:
    form = make_window().workout.form
    form.attach_routines(store)
    assert form.picker is not None
    combo = form.picker.combo

    texts = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert texts == ["Custom", "Gentle", "Standard", "Strong", "Sides"]
    assert form.routine() is None


def test_choosing_a_routine_runs_its_plan_and_custom_runs_the_form_again(
    qtbot: QtBot, make_window: WindowFactory, store: RoutineStore
) -> None:
    window = make_window()
    form = window.workout.form
    form.attach_routines(store)
    custom = form.plan()

    with qtbot.waitSignal(form.plan_changed):
        assert form.select_routine("SIDES")
    assert form.plan() == SIDES
    assert form.summary.isVisibleTo(form)
    assert form.summary.text().splitlines() == [
        "Side plank, left side: 2 rounds of 12 s, 6 s rest",
        "Side plank, right side: 2 rounds of 12 s, 6 s rest",
        "Sides alternate every round",
    ]
    assert not form.exercise_boxes["plank"].isVisibleTo(form)

    assert form.select_routine(None)
    assert form.plan() == custom
    assert form.hold.isVisibleTo(form)
    assert not form.summary.isVisibleTo(form)
    assert not form.select_routine("Lunch")
    assert form.routine() is None


def test_the_last_routine_is_chosen_again_on_the_next_run(
    make_window: WindowFactory, store: RoutineStore, settings_path: Path
) -> None:
    first = make_window().workout.form
    first.attach_routines(store, plan_settings(settings_path))
    first.select_routine("Strong")

    second = make_window().workout.form
    second.attach_routines(store, plan_settings(settings_path))
    assert second.routine() == PRESETS[2]
    assert second.plan() == PRESETS[2].plan


def test_a_remembered_routine_that_was_deleted_falls_back_to_custom(
    make_window: WindowFactory, store: RoutineStore, settings_path: Path
) -> None:
    plan_settings(settings_path).choose_routine("Sides")
    store.delete("Sides")

    form = make_window().workout.form
    form.attach_routines(store, plan_settings(settings_path))
    assert form.routine() is None
    assert plan_settings(settings_path).last_routine is None


def test_running_a_routine_leaves_the_custom_values_as_they_were(
    qtbot: QtBot, clock: FakeClock, store: RoutineStore, settings_path: Path
) -> None:
    # As the app is wired: the page and the form share one PlanSettings.
    settings = plan_settings(settings_path)
    settings.save_plan(Plan.simple([PLANK], hold=7, rounds=4))
    page = WorkoutPage(clock, SilentPlayer(), settings, settings.load_plan())
    qtbot.addWidget(page)
    page.form.attach_routines(store, settings)
    page.form.select_routine("Sides")

    page.start()
    assert page.session.timeline.holds[1].exercise == SIDE_RIGHT
    page.shut_down()
    assert plan_settings(settings_path).load_plan() == Plan.simple([PLANK], hold=7, rounds=4)
    assert plan_settings(settings_path).last_routine == "Sides"


def test_without_a_store_the_form_is_the_simple_form(make_window: WindowFactory) -> None:
    form = make_window().workout.form

    assert form.picker is None
    assert form.routine() is None
    assert form.select_routine(None)
    assert not form.select_routine("Standard")
    assert form.hold.isVisibleTo(form)
