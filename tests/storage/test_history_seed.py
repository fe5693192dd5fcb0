"""Ten years of seeded history: the statistics stay sensible, and the per-day queries read
indexes instead of scanning every hold."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.storage import statistics
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.history import History, SortColumn
from app.storage.statistics import Statistics
from tests.history_seed import SeededHistory, seed_history

END = date(2025, 12, 31)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> SeededHistory:
    data_dir = tmp_path_factory.mktemp("ten-years")
    started = time.perf_counter()
    history = seed_history(data_dir / LOG_FILE_NAME, days=3650, end=END)
    # A generous bound: the progress-view tests seed this in every run.
    assert time.perf_counter() - started < 15
    return history


@pytest.fixture
def ten_years(seeded: SeededHistory) -> Iterator[SessionLog]:
    with open_log(seeded.path.parent) as log:
        yield log


def _longest_run(days: frozenset[date]) -> int:
    first, best, run = min(days), 0, 0
    for offset in range((END - first).days + 1):
        run = run + 1 if first + timedelta(days=offset) in days else 0
        best = max(best, run)
    return best


def test_ten_years_look_like_a_real_history(seeded: SeededHistory) -> None:
    assert seeded.first_day == date(2016, 1, 4)  # 3650 days up to END
    assert 2800 <= seeded.sessions <= 3400
    assert 35_000 <= seeded.sets <= 45_000
    assert 2400 <= len(seeded.workout_days) <= 3000  # gaps: far from every day


def test_the_statistics_of_ten_years_add_up(ten_years: SessionLog, seeded: SeededHistory) -> None:
    stats = Statistics(ten_years, today=lambda: END)
    summary = stats.summary()
    assert summary.sessions == seeded.sessions_with_holds
    assert summary.seconds_held == pytest.approx(seeded.seconds_held)
    assert summary.longest_streak.length == _longest_run(seeded.workout_days)
    assert 0 < summary.this_week_seconds < 7 * 2 * 200
    assert stats.workout_days() == sorted(seeded.workout_days)

    year = stats.daily_seconds(365)
    assert len(year.days) == 365
    assert set(year.seconds) >= {"plank", "side-left", "side-right"}
    per_day = [sum(values) for values in zip(*year.seconds.values(), strict=True)]
    heat = stats.day_totals(365)
    assert sum(per_day) == pytest.approx(sum(heat.values()))
    assert all(END - timedelta(days=364) <= day <= END for day in heat)

    pain = stats.back_pain(3650)
    first_year = [score for day, score in pain if day < date(2017, 1, 1)]
    last_year = [score for day, score in pain if day >= date(2025, 1, 1)]
    assert sum(first_year) / len(first_year) > sum(last_year) / len(last_year) + 2

    bests = stats.bests()
    assert 15 <= bests.most_rounds <= 20  # three or four exercises, five rounds
    assert bests.longest_streak == summary.longest_streak
    assert bests.best_week_seconds >= summary.this_week_seconds


def test_a_history_page_deep_in_ten_years_is_in_order(
    ten_years: SessionLog, seeded: SeededHistory
) -> None:
    history = History(ten_years)
    assert history.count() == seeded.sessions
    page = history.rows(1500, 50)
    assert len(page) == 50
    starts = [row.started_at for row in page]
    assert starts == sorted(starts, reverse=True)
    held = [row.seconds_held for row in history.rows(0, 50, SortColumn.HELD)]
    assert held == sorted(held, reverse=True)
    assert held[0] <= 200


WEEKS = {"this": "2025-12-29", "last": "2025-12-22", "today": "2025-12-31"}
YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("sql", "parameters"),
    [
        pytest.param(statistics.WORKOUT_DAYS_SQL, (), id="workout days"),
        pytest.param(statistics.DAILY_SECONDS_SQL, YEAR, id="per day and exercise"),
        pytest.param(statistics.DAY_TOTALS_SQL, YEAR, id="heat map"),
        pytest.param(statistics.BACK_PAIN_SQL, YEAR, id="back pain"),
        pytest.param(statistics.WEEKS_SQL, WEEKS, id="this week and last"),
    ],
)
def test_per_day_queries_read_indexes_not_every_hold(
    ten_years: SessionLog, sql: str, parameters: tuple[str, ...] | dict[str, str]
) -> None:
    explained = ten_years.connection().execute(f"EXPLAIN QUERY PLAN {sql}", parameters)
    plan = [row[3] for row in explained]
    assert not [line for line in plan if line.startswith("SCAN")], plan
    assert any(line.startswith("SEARCH s USING") and "sessions_by_day" in line for line in plan)
    if "sets" in sql:
        assert "SEARCH t USING COVERING INDEX sets_by_session (session_id=?)" in plan, plan


def test_the_same_seed_gives_the_same_history(tmp_path: Path) -> None:
    def dump(path: Path) -> list[str]:
        with closing(sqlite3.connect(path)) as connection:
            return list(connection.iterdump())

    seed_history(tmp_path / "a.sqlite3", days=120)
    seed_history(tmp_path / "b.sqlite3", days=120)
    seed_history(tmp_path / "c.sqlite3", days=120, seed=7)
    assert dump(tmp_path / "a.sqlite3") == dump(tmp_path / "b.sqlite3")
    assert dump(tmp_path / "a.sqlite3") != dump(tmp_path / "c.sqlite3")
