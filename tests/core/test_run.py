"""A run's start lies from 1990 to a day past now, whichever way the run enters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.core.run import Run, RunError

NOW = datetime(2025, 3, 20, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "start",
    [
        datetime(1990, 1, 1, tzinfo=UTC),
        datetime(2025, 3, 21, 17, 59, tzinfo=UTC),  # a runner a zone ahead
        datetime(2025, 3, 21, 23, 0, tzinfo=timezone(timedelta(hours=5))),
    ],
)
def test_a_start_within_the_range_is_taken(start: datetime) -> None:
    assert Run(start, 1800.0, now=NOW).started_at == start


@pytest.mark.parametrize(
    ("start", "shown"),
    [
        (datetime(1900, 1, 1, 7, 0, tzinfo=UTC), "1900-01-01 07:00+00:00"),
        (datetime(1989, 12, 31, 23, 59, tzinfo=UTC), "1989-12-31 23:59+00:00"),
        (datetime(2025, 3, 21, 18, 1, tzinfo=UTC), "2025-03-21 18:01+00:00"),
        # No UTC moment exists for these: the check must not overflow on them.
        (datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))), "0001-01-01 00:00+05:00"),
        (
            datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))),
            "9999-12-31 23:00-05:00",
        ),
    ],
)
def test_a_start_outside_the_range_is_one_line_naming_it(start: datetime, shown: str) -> None:
    with pytest.raises(RunError) as raised:
        Run(start, 1800.0, now=NOW)

    assert str(raised.value) == f"a run must start from 1990-01-01 to 2025-03-21, got {shown}"


def test_the_range_follows_the_clock_it_is_given() -> None:
    start = datetime(2031, 6, 1, tzinfo=UTC)

    with pytest.raises(RunError):
        Run(start, 1800.0, now=NOW)
    assert Run(start, 1800.0, now=start).started_at == start
