"""Back pain and a note after a workout, changed later from the history too."""

from __future__ import annotations

import pytest

from app.storage.checkin import CheckInError, check_in
from app.storage.database import SessionLog
from app.storage.history import History
from tests.storage.workouts import berlin, record


def _checked_in(log: SessionLog) -> tuple[int | None, str | None]:
    [row] = History(log).rows(0, 1)
    return row.back_pain, row.note


def test_back_pain_and_a_note_are_saved_trimmed_and_can_be_cleared(log: SessionLog) -> None:
    session_id = record(log, berlin(2024, 5, 1, 7))
    check_in(log, session_id, back_pain=0, note="  no pain at all\n")
    assert _checked_in(log) == (0, "no pain at all")
    check_in(log, session_id, back_pain=10, note="bad day")
    assert _checked_in(log) == (10, "bad day")
    check_in(log, session_id, back_pain=None, note="   ")
    assert _checked_in(log) == (None, None)


@pytest.mark.parametrize(
    ("back_pain", "message"),
    [
        (11, "back pain must be a whole number from 0 to 10, got 11"),
        (-1, "back pain must be a whole number from 0 to 10, got -1"),
        (2.5, "back pain must be a whole number from 0 to 10, got 2.5"),
        (True, "back pain must be a whole number from 0 to 10, got True"),
        ("3", "back pain must be a whole number from 0 to 10, got '3'"),
    ],
)
def test_a_back_pain_score_outside_0_to_10_is_refused_and_nothing_changes(
    log: SessionLog, back_pain: object, message: str
) -> None:
    session_id = record(log, berlin(2024, 5, 1, 7))
    check_in(log, session_id, back_pain=4, note="before")
    with pytest.raises(CheckInError) as caught:
        check_in(log, session_id, back_pain=back_pain, note="after")  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert _checked_in(log) == (4, "before")


def test_a_note_that_is_too_long_is_refused_in_one_line(log: SessionLog) -> None:
    session_id = record(log, berlin(2024, 5, 1, 7))
    with pytest.raises(CheckInError, match="the note must be at most 2,000 characters, got 2,001"):
        check_in(log, session_id, back_pain=None, note="x" * 2001)


def test_checking_in_a_deleted_or_unknown_workout_says_so(log: SessionLog) -> None:
    session_id = record(log, berlin(2024, 5, 1, 7))
    History(log).delete(session_id)
    with pytest.raises(CheckInError, match=f"there is no workout {session_id} in the log"):
        check_in(log, session_id, back_pain=2, note=None)
    with pytest.raises(CheckInError, match="there is no workout 99 in the log"):
        check_in(log, 99, back_pain=2, note=None)
