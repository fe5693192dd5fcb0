"""Deterministic, realistic runs beside the seeded workouts, for tests, shots and benchmarks.

``seed_runs(path)`` adds about ten years of running (some 2,000 runs) to a log, usually one
``tests.history_seed.seed_history`` has filled: 2 to 5 runs a week, spells of build-up with an
easier week now and then, some sudden jumps (a race block, a running holiday), breaks of one
to six weeks, treadmill runs (most without a distance), trail runs, and a few runs deleted.
Then back pain follows load a little: in the weeks the jump rule marks and the week after,
the seeded back-pain scores go up by one or two. The same seed always gives the same log.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.core.running_load import Week, fill_weeks, judge
from app.core.streaks import week_start
from app.storage.database import SessionLog
from app.storage.migrations import migrate
from app.storage.timestamps import local_day_text, offset_minutes, to_utc_text
from app.storage.transaction import write_transaction

SECONDS_PER_KM = {"run": (290, 400), "trail_run": (380, 520)}
INSERT_SQL = (
    "INSERT INTO runs (started_at, utc_offset_minutes, local_day, elapsed_seconds,"
    " moving_seconds, distance_m, sport, avg_heart_rate, effort, source_name, source_hash,"
    " deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class SeededRuns:
    """What was written (deleted runs left out of every figure), for tests to check."""

    path: Path
    runs: int
    deleted: int
    without_distance: int
    seconds: float
    """Running time: moving time where known, else elapsed."""
    distance_m: float
    weekly_seconds: dict[date, float]
    """Running time per Monday, weeks with runs only."""
    run_days: frozenset[date]
    jump_weeks: frozenset[date]
    """Mondays the jump rule marks, whose back pain (and the next week's) was raised."""
    first_day: date
    last_day: date


@dataclass
class _Load:
    """The runner's state from week to week."""

    minutes: float
    build_left: int
    break_left: int = 0


def _next_week_minutes(rng: random.Random, load: _Load, progress: float) -> float:
    """This week's planned running minutes (0 in a break)."""
    if load.break_left > 0:
        load.break_left -= 1
        if load.break_left == 0:  # back after the break, at about half
            load.minutes *= rng.uniform(0.45, 0.7)
        return 0.0
    roll = rng.random()
    if roll < 0.025:  # illness, injury, holiday: one to six weeks off
        load.break_left = rng.choice((1, 1, 2, 2, 3, 4, 6)) - 1
        return 0.0
    ceiling = 170 + 110 * progress  # fitter over the years
    if roll < 0.055:  # a sudden jump: a race block, a running holiday
        return min(ceiling * 1.6, load.minutes * rng.uniform(1.45, 1.9))
    load.build_left -= 1
    if load.build_left <= 0:  # an easier week, then a new build-up
        load.build_left = rng.randrange(3, 9)
        return load.minutes * rng.uniform(0.6, 0.8)
    load.minutes = min(ceiling, max(60.0, load.minutes * rng.uniform(1.0, 1.1)))
    return load.minutes * rng.uniform(0.9, 1.05)


def _run_days(rng: random.Random, count: int) -> dict[int, float]:
    """Weekdays (0 Monday) for ``count`` runs, each with its share of the week's running;
    the long run, on a weekend day, has the biggest."""
    long_day = rng.choice((5, 6))
    days = {day: rng.uniform(0.7, 1.2) for day in rng.sample(range(5), count - 1)}
    days[long_day] = rng.uniform(1.6, 2.2)
    return dict(sorted(days.items()))


def _start(rng: random.Random, day: date, zone: ZoneInfo) -> datetime:
    roll = rng.random()
    if roll < 0.01:  # a late run that ends after midnight: it counts for the day it began
        clock = time(23, rng.randrange(30, 50))
    elif roll < 0.5:
        clock = time(rng.randrange(6, 8), rng.randrange(60), rng.randrange(60))
    else:
        clock = time(rng.randrange(17, 20), rng.randrange(60), rng.randrange(60))
    return datetime.combine(day, clock, zone)


def seed_runs(
    db_path: Path | str,
    days: int = 3650,
    *,
    end: date = date(2025, 12, 31),
    seed: int = 20250404,
    zone: str = "Europe/Berlin",
) -> SeededRuns:
    """Add ``days`` days of runs ending on ``end`` to the log file ``db_path``."""
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    first_day = end - timedelta(days=days - 1)
    rows: list[tuple[object, ...]] = []
    weekly: dict[date, float] = defaultdict(float)
    run_days: set[date] = set()
    totals = {"seconds": 0.0, "metres": 0.0, "unmeasured": 0, "deleted": 0}
    load = _Load(minutes=rng.uniform(90, 140), build_left=rng.randrange(3, 9))
    monday = week_start(first_day)
    while monday <= end:
        progress = (monday - first_day).days / max(1, days - 1)
        minutes = _next_week_minutes(rng, load, progress)
        if minutes > 0:
            count = max(2, min(5, round(minutes / 46 + rng.uniform(-0.6, 0.6))))
            shares = _run_days(rng, count)
            for weekday, share in shares.items():
                day = monday + timedelta(days=weekday)
                if not first_day <= day <= end:
                    continue
                moving = max(12.0, minutes * share / sum(shares.values())) * 60
                row, seconds = _run_row(rng, _start(rng, day, tz), moving, len(rows), totals)
                rows.append(row)
                if seconds is not None:
                    weekly[monday] += seconds
                    run_days.add(day)
        monday += timedelta(weeks=1)
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    log = SessionLog(path)
    try:
        connection = log.connection()
        migrate(connection)
        jumps = _jump_weeks(weekly, first_day, end)
        with write_transaction(connection):
            connection.executemany(INSERT_SQL, rows)
            _raise_pain_after(connection, rng, jumps)
    finally:
        log.close()
    return SeededRuns(
        path,
        len(rows) - int(totals["deleted"]),
        int(totals["deleted"]),
        int(totals["unmeasured"]),
        totals["seconds"],
        totals["metres"],
        dict(weekly),
        frozenset(run_days),
        frozenset(jumps),
        first_day,
        end,
    )


def _run_row(
    rng: random.Random, started: datetime, moving: float, index: int, totals: dict[str, float]
) -> tuple[tuple[object, ...], float | None]:
    """The row to insert, and its running time (None for a run the runner deleted)."""
    roll = rng.random()
    sport = "treadmill" if roll < 0.08 else "trail_run" if roll < 0.18 else "run"
    deleted = rng.random() < 0.01  # a duplicate the runner removed by hand
    by_hand = rng.random() < 0.04
    distance: float | None = None
    if sport != "treadmill" or rng.random() < 0.15:
        low, high = SECONDS_PER_KM["trail_run" if sport == "trail_run" else "run"]
        distance = round(moving / rng.uniform(low, high) * 1000, 1)
    if by_hand:  # typed in: whole minutes, no moving time, heart rate or file
        elapsed, moving_known = round(moving / 60) * 60.0, None
        heart_rate, source, digest = None, "added by hand", None
        distance = round(distance, -2) if distance is not None else None
    else:
        elapsed = round(moving * rng.uniform(1.0, 1.08), 1)
        moving_known = round(moving, 1)
        heart_rate = rng.randrange(128, 168) if rng.random() < 0.85 else None
        source = f"{started:%Y-%m-%d}_{'Treadmill' if sport == 'treadmill' else 'Run'}.fit"
        digest = hashlib.sha256(f"run-{index}".encode()).hexdigest()
    effort = rng.randrange(2, 9) if rng.random() < 0.25 else None
    seconds = moving_known if moving_known is not None else elapsed
    if not deleted:
        totals["seconds"] += seconds
        totals["metres"] += distance or 0.0
        totals["unmeasured"] += distance is None
    totals["deleted"] += deleted
    row = (
        to_utc_text(started.astimezone(UTC)),
        offset_minutes(started),
        local_day_text(started),
        elapsed,
        moving_known,
        distance,
        sport,
        heart_rate,
        effort,
        source,
        digest,
        int(deleted),
    )
    return row, None if deleted else seconds


def _jump_weeks(weekly: dict[date, float], first: date, last: date) -> set[date]:
    if not weekly:
        return set()
    since = min(weekly)
    weeks = fill_weeks(first, last, [Week(m, run_seconds=s) for m, s in weekly.items()])
    return {judged.week.monday for judged in judge(weeks, since) if judged.jump}


def _raise_pain_after(connection: sqlite3.Connection, rng: random.Random, jumps: set[date]) -> None:
    """Back pain one or two points higher in each jump week and the week after it."""
    after = sorted(jumps | {monday + timedelta(weeks=1) for monday in jumps})
    for monday in after:
        connection.execute(
            "UPDATE sessions SET back_pain = MIN(10, back_pain + ?)"
            " WHERE back_pain IS NOT NULL AND local_day BETWEEN ? AND ?",
            (rng.choice((1, 1, 2)), monday.isoformat(), (monday + timedelta(days=6)).isoformat()),
        )


def add_run(
    log: SessionLog,
    started: datetime,
    minutes: float,
    km: float | None = None,
    *,
    sport: str = "run",
    moving_minutes: float | None = None,
    deleted: bool = False,
) -> int:
    """Insert one run with SQL, as the seed does; ``started`` is aware. Returns its id."""
    connection = log.connection()
    with write_transaction(connection):
        cursor = connection.execute(
            INSERT_SQL,
            (
                to_utc_text(started),
                offset_minutes(started),
                local_day_text(started),
                minutes * 60.0,
                None if moving_minutes is None else moving_minutes * 60.0,
                None if km is None else km * 1000.0,
                sport,
                None,
                None,
                "test.fit",
                None,
                int(deleted),
            ),
        )
    return int(cursor.lastrowid or 0)
