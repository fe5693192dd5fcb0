"""Custom exercises from the command line show in the plan form and run in its order."""

from __future__ import annotations

from app.core.exercise import PLANK, SIDE_RIGHT, exercise_for
from app.core.plan import Plan
from app.core.session import SessionState
from app.core.timeline import PhaseKind
from tests.ui.conftest import WindowFactory


def test_custom_names_get_a_ticked_box_and_run_in_the_command_lines_order(
    make_window: WindowFactory,
) -> None:
    plan = Plan.simple([exercise_for("bird dog"), SIDE_RIGHT, PLANK], rounds=2)
    form = make_window(plan=plan).workout.form
    box = form.exercise_boxes["bird dog"]
    assert box.isChecked()
    assert box.text() == "Bird dog"
    assert box.accessibleName() == "Include Bird dog"
    assert not form.exercise_boxes["side-left"].isChecked()
    assert form.plan() == plan


def test_only_custom_exercises_make_a_plan_that_starts(make_window: WindowFactory) -> None:
    plan = Plan.simple([exercise_for("dead bug")], rounds=1)
    window = make_window(plan=plan)
    assert window.workout.form.plan() == plan
    window.workout.start()
    assert window.workout.session.state is SessionState.GET_READY
    holds = [p.exercise for p in window.workout.session.timeline.phases if p.kind is PhaseKind.HOLD]
    assert holds == [exercise_for("dead bug")]
