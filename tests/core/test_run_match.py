"""Two records of one run: when they match, and which is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.run import Run, Sport
from app.core.run_match import merged, same_run

START = datetime(2025, 3, 1, 6, 30, tzinfo=UTC)


def _run(seconds_later: float = 0, **values: object) -> Run:
    return Run(START + timedelta(seconds=seconds_later), **{"elapsed_seconds": 2700.0, **values})  # type: ignore[arg-type]


def test_without_a_distance_the_elapsed_times_must_agree() -> None:
    treadmill = _run(sport=Sport.TREADMILL)

    assert same_run(treadmill, _run(60, elapsed_seconds=2740.0))  # 1.5 % longer
    assert not same_run(treadmill, _run(60, elapsed_seconds=2800.0))  # 3.6 % longer
    assert same_run(treadmill, _run(30, distance_m=7000.0, elapsed_seconds=2710.0))


def test_the_richer_record_is_kept_and_its_gaps_filled_sensibly() -> None:
    watch = _run(distance_m=8000.0, avg_heart_rate=150, moving_seconds=2650.0, source_name="w.fit")
    strava = _run(20, distance_m=8050.0, effort=6, elapsed_seconds=2600.0, source_name="s.zip")

    kept = merged(strava, watch)

    assert kept.source_name == "w.fit"
    assert (kept.started_at, kept.distance_m, kept.effort) == (START, 8000.0, 6)
    # The poorer copy's moving time is not taken when it is longer than the kept elapsed time.
    assert merged(_run(elapsed_seconds=2600.0, distance_m=8000.0, avg_heart_rate=140),
                  _run(moving_seconds=2650.0)).moving_seconds is None  # fmt: skip
