"""The history table: pages sorted in SQL, each row as the user reads it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.exercise import PLANK
from app.storage.checkin import check_in
from app.storage.database import SessionLog
from app.storage.history import History, HistoryRow, SortColumn
from tests.storage.workouts import Workout, berlin, record


@pytest.fixture
def history(log: SessionLog) -> History:
    first = record(log, berlin(2024, 5, 1, 7, 0), rounds=2)
    check_in(log, first, back_pain=5, note="knees sore")
    record(log, berlin(2024, 5, 2, 7, 0), rounds=3, holds=4)
    third = record(log, berlin(2024, 5, 3, 0, 30), rounds=4, exercises=[PLANK])
    check_in(log, third, back_pain=1, note="all good")
    Workout(log, berlin(2024, 5, 4, 7, 0)).start().until_holds(1)  # still going
    return History(log)


def _shown(rows: list[HistoryRow]) -> list[tuple[object, ...]]:
    return [
        (row.started_at.isoformat(), row.rounds_done, row.rounds_planned, row.status)
        for row in rows
    ]


def test_the_newest_workout_comes_first_with_what_was_done_of_what_was_planned(
    history: History,
) -> None:
    assert history.count() == 4
    assert _shown(history.rows(0, 10)) == [
        ("2024-05-04T07:00:00+02:00", 1, 9, "in_progress"),
        ("2024-05-03T00:30:00+02:00", 4, 4, "completed"),
        ("2024-05-02T07:00:00+02:00", 4, 9, "stopped"),
        ("2024-05-01T07:00:00+02:00", 6, 6, "completed"),
    ]
    oldest = history.rows(3, 1)[0]
    assert oldest.exercises == ("plank", "side-left", "side-right")
    assert (oldest.seconds_held, oldest.back_pain, oldest.note) == (60.0, 5, "knees sore")
    assert oldest.started_at.utcoffset() == timedelta(hours=2)


def test_pages_cover_the_history_without_gaps_or_repeats(history: History) -> None:
    pages = [history.rows(offset, 3) for offset in (0, 3, 6)]
    assert [len(page) for page in pages] == [3, 1, 0]
    ids = [row.session_id for page in pages for row in page]
    assert sorted(ids) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("sort", "ascending_ids"),
    [
        (SortColumn.DATE, [1, 2, 3, 4]),
        (SortColumn.ROUNDS, [4, 2, 3, 1]),  # ties go by date
        (SortColumn.HELD, [4, 2, 3, 1]),
        (SortColumn.STATUS, [1, 3, 4, 2]),
        (SortColumn.BACK_PAIN, [2, 4, 3, 1]),  # no answer sorts first
        (SortColumn.NOTE, [2, 4, 3, 1]),
        (SortColumn.EXERCISES, [1, 2, 4, 3]),
    ],
)
def test_every_column_sorts_both_ways(
    history: History, sort: SortColumn, ascending_ids: list[int]
) -> None:
    ascending = [row.session_id for row in history.rows(0, 10, sort, descending=False)]
    descending = [row.session_id for row in history.rows(0, 10, sort, descending=True)]
    assert ascending == ascending_ids
    assert descending == ascending_ids[::-1]


def test_a_negative_page_is_refused(history: History) -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        history.rows(-1, 10)
