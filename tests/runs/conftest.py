"""Runs are read with a fixed local zone (UTC+1), so no test depends on the machine's."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.runs import Found, Outcome, read_runs


def berlin_winter(_utc: datetime) -> timedelta:
    return timedelta(hours=1)


ReadAll = Callable[..., list[Outcome]]


@pytest.fixture
def read_all() -> ReadAll:
    def read(*paths: Path, known: Iterable[str] = ()) -> list[Outcome]:
        digests = set(known)
        return [
            outcome
            for source in read_runs(
                list(paths), known=digests.__contains__, local_offset=berlin_winter
            )
            for outcome in source.outcomes
        ]

    return read


def runs_of(outcomes: list[Outcome]) -> list[Found]:
    return [outcome for outcome in outcomes if isinstance(outcome, Found)]
