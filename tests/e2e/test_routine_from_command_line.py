"""A routine saved in the app runs from ``--routine NAME``, and the log shows it ran."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.exercise import PLANK, exercise_for
from app.core.plan import Block, Plan
from app.core.routine import Routine
from app.storage.database import open_log
from app.storage.plan_codec import plan_to_dict
from app.storage.routines import RoutineStore
from tests.e2e.plank_command import plank


def test_a_saved_routine_runs_by_name(tmp_path: Path) -> None:
    plan = Plan(
        (Block(PLANK, 1, 1, 1), Block(exercise_for("bird dog"), 2, 1, 1)),
        get_ready=0,
        switch=1,
    )
    with open_log(tmp_path) as log:
        RoutineStore(log).add(Routine("Quick one", plan))
    result = plank(
        "--routine",
        "quick ONE",
        "--start",
        "--quit-when-done",
        "--mute",
        "--data-dir",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    exported = json.loads(plank("export", "--data-dir", str(tmp_path)).stdout)
    (session,) = exported["sessions"]
    assert session["plan"] == plan_to_dict(plan)
    assert [(s["exercise"], s["held_seconds"]) for s in session["sets"]] == [
        ("plank", 1.0),
        ("bird dog", 2.0),
    ]


def test_an_unknown_routine_lists_the_ones_there_are(tmp_path: Path) -> None:
    result = plank("--routine", "Lunch", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: error: no routine called 'Lunch'; the routines are: Gentle, Standard, Strong"
    ]


def test_a_routine_cannot_be_mixed_with_plan_options(tmp_path: Path) -> None:
    result = plank("--routine", "Gentle", "--rounds", "4", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: error: --routine sets the whole plan; leave out --rounds"
    ]
