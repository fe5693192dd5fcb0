"""Ten seeded years of runs beside ten years of planks: the runs look like a runner's, and the
weekly SQL aggregates add up to exactly what the seed wrote."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.core.running_load import Verdict
from app.core.streaks import week_start
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.run_statistics import RunStatistics
from tests.history_seed import seed_history
from tests.run_seed import SeededRuns, seed_runs

END = date(2025, 12, 31)


@dataclass(frozen=True)
class Seeded:
    runs: SeededRuns
    path: Path


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    path = tmp_path_factory.mktemp("runs") / LOG_FILE_NAME
    seed_history(path, days=3650, end=END)
    return Seeded(seed_runs(path, days=3650, end=END), path)


@pytest.fixture
def ten_years(seeded: Seeded) -> Iterator[SessionLog]:
    with open_log(seeded.path.parent) as log:
        yield log


def test_ten_years_of_runs_look_like_a_runners(seeded: Seeded) -> None:
    runs = seeded.runs
    assert 1_700 <= runs.runs <= 2_300
    assert 0 < runs.deleted < 50
    assert 0.03 < runs.without_distance / runs.runs < 0.12  # treadmill runs, mostly
    per_week = [len({d for d in runs.run_days if week_start(d) == m}) for m in runs.weekly_seconds]
    assert max(per_week) <= 5
    assert sum(2 <= days <= 5 for days in per_week) / len(per_week) > 0.95
    weeks = (END - runs.first_day).days // 7
    assert 0.80 < len(runs.weekly_seconds) / weeks < 0.97  # breaks, but a runner
    assert 20 <= len(runs.jump_weeks) <= 100
    hours = runs.seconds / 3600
    assert 2 < hours / (len(runs.weekly_seconds)) < 6  # two to six hours a running week
    assert 4.5 < runs.seconds / runs.distance_m * 1000 / 60 < 7.5  # minutes per km, roughly


def test_the_weekly_aggregates_add_up_to_what_was_seeded(
    ten_years: SessionLog, seeded: Seeded
) -> None:
    stats = RunStatistics(ten_years, today=lambda: END)
    report = stats.report(None)
    weeks = [judged.week for judged in report.weeks]
    assert report.running_since == week_start(seeded.runs.first_day)
    assert sum(week.runs for week in weeks) == seeded.runs.runs
    assert sum(week.runs_without_distance for week in weeks) == seeded.runs.without_distance
    assert sum(week.run_days for week in weeks) == len(seeded.runs.run_days)
    assert sum(week.distance_m for week in weeks) == pytest.approx(seeded.runs.distance_m)
    drawn = {week.monday: week.run_seconds for week in weeks if week.runs}
    assert drawn.keys() == seeded.runs.weekly_seconds.keys()
    for monday, seconds in seeded.runs.weekly_seconds.items():
        assert drawn[monday] == pytest.approx(seconds)
    assert {j.week.monday for j in report.weeks if j.jump} == seeded.runs.jump_weeks


def test_back_pain_follows_running_load_a_little_in_the_seed(
    ten_years: SessionLog, seeded: Seeded
) -> None:
    comparison = RunStatistics(ten_years, today=lambda: END).report(None).comparison
    assert comparison.verdict is Verdict.COMPARED
    assert comparison.jumps == len(seeded.runs.jump_weeks)
    assert comparison.after_mean is not None
    assert comparison.other_mean is not None
    assert 0.3 < comparison.after_mean - comparison.other_mean < 3


def test_the_same_seed_gives_the_same_runs(tmp_path: Path) -> None:
    def dump(path: Path) -> list[str]:
        with closing(sqlite3.connect(path)) as connection:
            return list(connection.iterdump())

    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        seed_history(tmp_path / f"{name}.sqlite3", days=365)
        seed_runs(tmp_path / f"{name}.sqlite3", days=365, seed=seed)
    assert dump(tmp_path / "a.sqlite3") == dump(tmp_path / "b.sqlite3")
    assert dump(tmp_path / "a.sqlite3") != dump(tmp_path / "c.sqlite3")
