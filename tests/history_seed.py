"""A deterministic, realistic workout history for progress-view tests and benchmarks.

``seed_history(path)`` writes about ten years of workouts (some 3,000 sessions and 40,000
holds) in one transaction: active spells and gaps of a few days to a month, rounds growing
from 2 towards 5, a few holds cut short and workouts stopped, back pain trending down, now and
then a workout just after midnight or a second one the same day. The same seed always gives
the same log.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.core.exercise import BUILT_IN, Exercise, exercise_for
from app.core.plan import Plan
from app.storage.database import SessionLog
from app.storage.migrations import migrate
from app.storage.plan_codec import plan_to_json
from app.storage.timestamps import local_day_text, offset_minutes, to_utc_text
from app.storage.transaction import write_transaction

HOLD, REST, GET_READY, SWITCH = 10, 5, 5, 10
NOTES = ("felt strong", "tired today", "back a bit stiff", "easy", "wobbly on the left side")


@dataclass(frozen=True)
class SeededHistory:
    """What was written, for tests to check the statistics against."""

    path: Path
    sessions: int
    sessions_with_holds: int
    sets: int
    seconds_held: float
    workout_days: frozenset[date]
    """Local days with at least one hold held."""
    first_day: date
    last_day: date


def _start_time(rng: random.Random, day: date, zone: ZoneInfo) -> datetime:
    roll = rng.random()
    if roll < 0.05:  # just after midnight: counts for this (the new) day
        clock = time(0, rng.randrange(0, 50), rng.randrange(60))
    elif roll < 0.55:
        clock = time(rng.randrange(6, 9), rng.randrange(60), rng.randrange(60))
    else:
        clock = time(rng.randrange(17, 23), rng.randrange(60), rng.randrange(60))
    return datetime.combine(day, clock, zone)


def _plan(rng: random.Random, progress: float) -> Plan:
    rounds = max(2, min(5, round(2.2 + 4 * progress**0.5 + rng.uniform(-0.8, 0.8))))
    roll = rng.random()
    exercises: tuple[Exercise, ...]
    if roll < 0.08:
        exercises = (BUILT_IN[0],)
    elif roll < 0.11:
        exercises = (*BUILT_IN, exercise_for("bird dog"))
    else:
        exercises = BUILT_IN
    return Plan.simple(exercises, hold=HOLD, rest=REST, rounds=rounds)


def seed_history(
    db_path: Path | str,
    days: int = 3650,
    *,
    end: date = date(2025, 12, 31),
    seed: int = 20240331,
    zone: str = "Europe/Berlin",
) -> SeededHistory:
    """Write ``days`` days of history ending on ``end`` into the log file ``db_path``."""
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    first_day = end - timedelta(days=days - 1)
    sessions: list[tuple[object, ...]] = []
    sets: list[tuple[object, ...]] = []
    held_total = 0.0
    with_holds = 0
    workout_days: set[date] = set()
    active, spell_left = True, rng.randrange(10, 80)
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        spell_left -= 1
        if spell_left <= 0:
            active = not active
            spell_left = rng.randrange(10, 80) if active else rng.choice((2, 3, 4, 7, 12, 30))
        if not active or rng.random() > 0.9:
            continue
        progress = offset / max(1, days - 1)
        for _ in range(2 if rng.random() < 0.14 else 1):
            started = _start_time(rng, day, tz)
            plan = _plan(rng, progress)
            session_id = len(sessions) + 1
            stop_after = plan.total_rounds
            status = "completed"
            if rng.random() < 0.06:
                stop_after = rng.randrange(0, plan.total_rounds)
                status = "stopped" if rng.random() < 0.8 else "interrupted"
            moment = started.astimezone(UTC) + timedelta(seconds=GET_READY)
            done = 0
            for block_index, block in enumerate(plan.blocks):
                for round_ in range(1, block.rounds + 1):
                    if done == stop_after:
                        break
                    completed = rng.random() < 0.95
                    held = HOLD if completed else round(rng.uniform(2.5, 9.5), 3)
                    sets.append(
                        (
                            session_id,
                            block.exercise.key,
                            block.exercise.side,
                            round_,
                            float(HOLD),
                            held,
                            int(completed),
                            to_utc_text(moment),
                        )
                    )
                    held_total += held
                    workout_days.add(day)
                    done += 1
                    moment += timedelta(seconds=HOLD + (REST if round_ < block.rounds else 0))
                if block_index + 1 < len(plan.blocks) and done < stop_after:
                    moment += timedelta(seconds=SWITCH)
            with_holds += done > 0
            pain = None
            if rng.random() < 0.7:
                pain = max(0, min(10, round(6 - 4.5 * progress + rng.gauss(0, 1.2))))
            sessions.append(
                (
                    session_id,
                    to_utc_text(started),
                    offset_minutes(started),
                    local_day_text(started),
                    to_utc_text(moment),
                    plan_to_json(plan),
                    plan.total_rounds,
                    status,
                    pain,
                    rng.choice(NOTES) if rng.random() < 0.05 else None,
                )
            )
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    log = SessionLog(path)
    try:
        connection = log.connection()
        migrate(connection)
        with write_transaction(connection):
            connection.executemany(
                "INSERT INTO sessions (id, started_at, utc_offset_minutes, local_day, ended_at,"
                " plan, planned_rounds, status, back_pain, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessions,
            )
            connection.executemany(
                "INSERT INTO sets (session_id, exercise, side, round, planned_seconds,"
                " held_seconds, completed, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sets,
            )
    finally:
        log.close()
    return SeededHistory(
        path,
        len(sessions),
        with_holds,
        len(sets),
        held_total,
        frozenset(workout_days),
        first_day,
        end,
    )
