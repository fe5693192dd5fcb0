"""Fixtures for the progress view: a month of known workouts, ten seeded years, a page.

"Today" is fixed in every test, so streaks and weeks never depend on the day tests run.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.exercise import BUILT_IN, PLANK, Exercise, exercise_for
from app.storage.checkin import check_in
from app.storage.database import LOG_FILE_NAME, SessionLog, open_log
from app.storage.history import History
from app.storage.statistics import Statistics
from app.ui.progress import ProgressPage
from tests.history_seed import SeededHistory, seed_history
from tests.run_seed import add_run
from tests.storage.workouts import berlin, record

MONTH_TODAY = date(2025, 3, 20)  # a Thursday: this week is Mon 17 to Thu 20 March
SEED_END = date(2025, 12, 31)
BIRD_DOG = exercise_for("bird dog")

PageFactory = Callable[..., ProgressPage]


def _workout(
    log: SessionLog,
    month: int,
    day: int,
    hour: int = 7,
    *,
    pain: int | None = None,
    rounds: int = 3,
    exercises: Sequence[Exercise] = BUILT_IN,
    holds: int | None = None,
) -> None:
    start = berlin(2025, month, day, hour, 0)
    session_id = record(log, start, rounds=rounds, exercises=exercises, holds=holds)
    if pain is not None:
        check_in(log, session_id, back_pain=pain, note=None)


def record_month(log: SessionLog) -> None:
    """Fourteen workouts, 24 February to 20 March 2025; the numbers in the tests follow."""
    for day in (24, 25, 26, 27):
        _workout(log, 2, day, rounds=2)  # 6 holds of 10 s: 60 s a day
    _workout(log, 2, 28)  # 90 s; 24-28 February is the longest streak, 5 days
    _workout(log, 3, 4, pain=6)  # 90 s
    _workout(log, 3, 6, 18, pain=5, holds=4)  # stopped after 4 holds: 40 s
    _workout(log, 3, 11, pain=5, exercises=[PLANK])  # 30 s                last week:
    _workout(log, 3, 13, pain=4, exercises=[*BUILT_IN, BIRD_DOG])  # 120 s  150 s in all
    _workout(log, 3, 17, pain=3)  # this week: five workouts of 90 s on four days
    _workout(log, 3, 18, pain=4)
    _workout(log, 3, 18, 20, pain=2)
    _workout(log, 3, 19)
    _workout(log, 3, 20, pain=1)


@pytest.fixture
def month_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "month")
    record_month(log)
    yield log
    log.close()


@pytest.fixture
def empty_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "empty")
    yield log
    log.close()


@pytest.fixture(scope="session")
def seeded_years(tmp_path_factory: pytest.TempPathFactory) -> SeededHistory:
    folder = tmp_path_factory.mktemp("seeded")
    return seed_history(folder / LOG_FILE_NAME, days=3650, end=SEED_END)


@pytest.fixture
def years_log(seeded_years: SeededHistory, tmp_path: Path) -> Iterator[SessionLog]:
    """A private copy of the ten seeded years, so deleting in one test leaves the others be."""
    folder = tmp_path / "years"
    folder.mkdir()
    shutil.copyfile(seeded_years.path, folder / LOG_FILE_NAME)
    log = open_log(folder)
    yield log
    log.close()


@pytest.fixture
def make_page(qtbot: QtBot) -> PageFactory:
    def make(log: SessionLog, today: date, history: History | None = None) -> ProgressPage:
        page = ProgressPage(Statistics(log, today=lambda: today), history or History(log))
        qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        qtbot.waitExposed(page)
        # Shortcuts (Delete, Ctrl+Z) reach only the active window, as on a desktop.
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def add_known_runs(log: SessionLog) -> None:
    """Runs beside record_month's workouts, 20 January to Wednesday 19 March 2025.

    Five weeks of 3 x 40 min (8 km each), then four runs of 50 min (10 km) in the week of
    24 February: 200 min against 120, a jump. Then 3 x 40 min; then a 40 min run and a
    45 min treadmill run without distance (and a run deleted); then, this week so far, two.
    """
    for week in range(5):
        for day in (1, 3, 5):
            add_run(log, berlin(2025, 1, 20 + day, 7) + timedelta(weeks=week), 40, 8.0)
    for day in (25, 26, 27):
        add_run(log, berlin(2025, 2, day, 7), 50, 10.0)
    add_run(log, berlin(2025, 3, 1, 7), 50, 10.0)
    for day in (4, 6, 8):
        add_run(log, berlin(2025, 3, day, 7), 40, 8.0)
    add_run(log, berlin(2025, 3, 11, 7), 40, 8.0)
    add_run(log, berlin(2025, 3, 13, 7), 45, sport="treadmill")
    add_run(log, berlin(2025, 3, 15, 7), 60, 12.0, deleted=True)
    add_run(log, berlin(2025, 3, 18, 7), 40, 8.0)
    add_run(log, berlin(2025, 3, 19, 18), 40, 8.0)
