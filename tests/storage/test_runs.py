"""The runs in the log: no duplicates by content or across services, batches, delete, undo."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.run import Run, Sport
from app.runs import ImportCounts, import_runs
from app.storage.database import SessionLog
from app.storage.runs import RunStore
from tests.runs.activity_files import START, Shape, StravaActivity, fit_bytes, gpx_text, strava_zip
from tests.runs.conftest import berlin_winter

CET = timezone(timedelta(hours=1))


def _run(minutes_later: float = 0, km: float | None = 8.0, **values: object) -> Run:
    return Run(
        started_at=(START + timedelta(minutes=minutes_later)).astimezone(CET),
        elapsed_seconds=2700.0,
        distance_m=None if km is None else km * 1000,
        **values,  # type: ignore[arg-type]
    )


def _import(log: SessionLog, *paths: Path, batch_runs: int = 100) -> ImportCounts:
    counts = ImportCounts()
    import_runs(list(paths), RunStore(log), counts, local_offset=berlin_winter,
                batch_runs=batch_runs)  # fmt: skip
    return counts


def test_a_run_is_kept_with_its_offset_and_values(log: SessionLog) -> None:
    store = RunStore(log)
    run = _run(avg_heart_rate=150, effort=5, sport=Sport.TRAIL_RUN, moving_seconds=2600.0)

    assert store.add(run)
    (stored,) = store.page(0, 10)

    assert stored.run == run
    assert stored.run.started_at.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("later", "km", "same"),
    [
        (1.9, 8.1, True),  # 1.9 min and 1.25 % apart
        (2.5, 8.0, False),  # too far apart in time
        (0.5, 8.3, False),  # 3.75 % longer
    ],
)
def test_runs_match_within_two_minutes_and_two_percent(
    log: SessionLog, later: float, km: float, same: bool
) -> None:
    store = RunStore(log)
    store.add(_run())

    assert store.add(_run(later, km)) is not same
    assert store.count() == (1 if same else 2)


def test_the_richer_copy_is_kept_and_gaps_filled(log: SessionLog) -> None:
    store = RunStore(log)
    store.add(_run(source_name="watch.fit", avg_heart_rate=140))
    store.add(_run(0.5, moving_seconds=2650.0, effort=6, avg_heart_rate=141, source_name="s.zip"))

    (stored,) = store.page(0, 10)

    assert stored.run.source_name == "s.zip"  # it knew more
    assert (stored.run.moving_seconds, stored.run.effort, stored.run.avg_heart_rate) == (
        2650.0,
        6,
        141,
    )


def test_delete_hides_a_run_and_restore_brings_it_back(log: SessionLog) -> None:
    store = RunStore(log)
    store.add(_run())
    (stored,) = store.page(0, 10)

    assert store.delete(stored.run_id)
    assert store.count() == 0
    assert not store.add(_run())  # a deleted run is not brought back by an import
    assert store.restore(stored.run_id)
    assert [item.run for item in store.page(0, 10)] == [_run()]


def test_importing_the_same_files_twice_adds_nothing(log: SessionLog, tmp_path: Path) -> None:
    for day in range(3):
        (tmp_path / f"{day}.fit").write_bytes(fit_bytes(Shape(start=START + timedelta(days=day))))

    first = _import(log, tmp_path)
    second = _import(log, tmp_path)

    assert (first.added, first.duplicates) == (3, 0)
    assert (second.added, second.duplicates) == (0, 3)
    assert RunStore(log).count() == 3


def test_a_watch_file_and_stravas_copy_are_one_run(log: SessionLog, tmp_path: Path) -> None:
    watch = tmp_path / "watch.fit"
    watch.write_bytes(fit_bytes(Shape(km=10.0)))
    # Strava's copy: its own GPX of the same run, 20 s later and 1 % shorter, with an effort.
    shape = Shape(start=START + timedelta(seconds=20), km=9.9)
    export = tmp_path / "export.zip"
    export.write_bytes(
        strava_zip([StravaActivity(shape, filename="activities/1.gpx",
                                   content=gpx_text(shape).encode(), effort=8)])
    )  # fmt: skip

    counts = _import(log, watch, export)

    assert (counts.added, counts.duplicates) == (1, 1)
    (stored,) = RunStore(log).page(0, 10)
    assert stored.run.effort == 8  # the copy's effort fills the kept record's gap
    assert stored.run.avg_heart_rate == 145  # the watch's heart rate stays


def test_a_cancel_keeps_the_batches_committed(log: SessionLog, tmp_path: Path) -> None:
    for day in range(7):
        (tmp_path / f"{day}.fit").write_bytes(fit_bytes(Shape(start=START + timedelta(days=day))))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5  # cancel after five files

    counts = ImportCounts()
    import_runs([tmp_path], RunStore(log), counts, cancelled=cancelled, batch_runs=2)

    assert counts.cancelled
    assert counts.added == RunStore(log).count() == 5


def test_a_failing_write_keeps_earlier_batches_and_says_so(log: SessionLog, tmp_path: Path) -> None:
    for day in range(4):
        (tmp_path / f"{day}.fit").write_bytes(fit_bytes(Shape(start=START + timedelta(days=day))))
    store = RunStore(log)
    counts = ImportCounts()
    done = []

    def progress(read: int, total: int) -> None:
        done.append(read)
        if read == 3:  # another program takes the write lock and keeps it
            other = sqlite3.connect(log.path, isolation_level=None, timeout=0)
            other.execute("BEGIN IMMEDIATE")
            done.append(other)  # type: ignore[arg-type]

    log.connection().execute("PRAGMA busy_timeout = 10")
    with pytest.raises(sqlite3.OperationalError):
        import_runs([tmp_path], store, counts, progress=progress, batch_runs=2)

    assert counts.added == 2
    done[-1].close()  # type: ignore[union-attr]
    assert store.count() == 2


def test_runs_list_newest_first_in_pages(log: SessionLog) -> None:
    store = RunStore(log)
    store.add_runs([_run(days * 24 * 60) for days in range(5)])

    first, second = store.page(0, 3), store.page(3, 3)

    starts = [item.run.started_at.astimezone(UTC) for item in first + second]
    assert starts == sorted(starts, reverse=True)
    assert len(first) == 3
    assert len(second) == 2
    assert starts[0] == datetime(2025, 3, 5, 6, 30, tzinfo=UTC)


def test_stravas_copy_of_the_same_file_adds_its_effort_without_a_parse(
    log: SessionLog, tmp_path: Path
) -> None:
    data = fit_bytes()
    (tmp_path / "watch.fit").write_bytes(data)
    _import(log, tmp_path / "watch.fit")
    export = tmp_path / "export.zip"
    export.write_bytes(
        strava_zip(
            [
                StravaActivity(filename="activities/1.fit", content=data, effort=7),
                StravaActivity(Shape(start=START + timedelta(days=1)), effort=0),  # no effort
            ]
        )
    )

    counts = _import(log, export)

    assert (counts.added, counts.duplicates, counts.rejected) == (1, 1, [])
    runs = [item.run for item in RunStore(log).page(0, 10)]
    assert [run.effort for run in runs] == [None, 7]
    assert runs[1].source_name == "watch.fit"  # the same file: the first record stays
