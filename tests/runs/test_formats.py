"""Each format read into the run summary a runner expects: start, times, distance, sport."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.run import Sport
from app.runs import Found, Known, Rejected, Skipped
from tests.runs.activity_files import START, Shape, fit_bytes, gpx_text, gz, tcx_text
from tests.runs.conftest import ReadAll


def _one_run(outcomes: list[object]) -> Found:
    assert len(outcomes) == 1
    assert isinstance(outcomes[0], Found), outcomes
    return outcomes[0]


def test_a_fit_run_keeps_the_watchs_local_time_and_every_summary_value(
    tmp_path: Path, read_all: ReadAll
) -> None:
    data = fit_bytes(Shape(minutes=50, timer_minutes=47, km=9.5, heart_rate=151,
                           local_offset_hours=-5))  # fmt: skip
    path = tmp_path / "morning.fit"
    path.write_bytes(data)

    run = _one_run(read_all(path)).run

    assert run.started_at == START
    assert run.started_at.utcoffset() == timedelta(hours=-5)  # the watch's, not the machine's
    assert (run.elapsed_seconds, run.moving_seconds) == (3000.0, 2820.0)
    assert (run.distance_m, run.avg_heart_rate, run.sport) == (9500.0, 151, Sport.RUN)
    assert run.source_name == "morning.fit"
    assert run.source_hash == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("sub_sport", "sport"),
    [("trail", Sport.TRAIL_RUN), ("treadmill", Sport.TREADMILL), ("street", Sport.RUN)],
)
def test_fit_sub_sports_map_to_the_kinds_of_run(
    tmp_path: Path, read_all: ReadAll, sub_sport: str, sport: Sport
) -> None:
    path = tmp_path / "run.fit"
    path.write_bytes(fit_bytes(Shape(sub_sport=sub_sport)))

    assert _one_run(read_all(path)).run.sport is sport


def test_a_ride_is_skipped_and_named(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "ride.fit"
    path.write_bytes(fit_bytes(Shape(sport="cycling")))

    assert read_all(path) == [Skipped("ride.fit", "cycling")]


def test_a_gpx_run_gets_the_machines_offset_then(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "lunch.gpx"
    path.write_text(gpx_text(Shape(minutes=30, km=5.0), kind="trail_running"))

    run = _one_run(read_all(path)).run

    assert run.started_at == START
    assert run.started_at.utcoffset() == timedelta(hours=1)
    assert run.elapsed_seconds == 1800.0
    assert run.distance_m == pytest.approx(5000, rel=0.01)
    assert run.sport is Sport.TRAIL_RUN


def test_a_gpx_without_a_type_is_taken_as_a_run(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "untyped.gpx"
    path.write_text(gpx_text(kind=None))

    assert _one_run(read_all(path)).run.sport is Sport.RUN


def test_a_tcx_treadmill_run_without_positions(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "treadmill.tcx"
    path.write_text(tcx_text(Shape(minutes=40, km=7.0, heart_rate=138)))

    run = _one_run(read_all(path)).run

    assert run.started_at == START
    assert (run.elapsed_seconds, run.distance_m, run.avg_heart_rate) == (2400.0, 7000.0, 138)


def test_a_tcx_bike_ride_is_skipped(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "ride.tcx"
    path.write_text(tcx_text(sport="Biking"))

    assert read_all(path) == [Skipped("ride.tcx", "biking")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("run.fit.gz", gz(fit_bytes())),
        ("run.gpx.gz", gz(gpx_text())),
        ("run.tcx.gz", gz(tcx_text())),
    ],
)
def test_gzipped_files_read_like_plain_ones_and_hash_their_content(
    tmp_path: Path, read_all: ReadAll, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    run = _one_run(read_all(path)).run

    assert run.started_at == START
    assert run.source_hash == hashlib.sha256(gz_inner(content)).hexdigest()


def gz_inner(content: bytes) -> bytes:
    import gzip

    return gzip.decompress(content)


def test_a_folder_is_searched_recursively_and_other_files_passed_over(
    tmp_path: Path, read_all: ReadAll
) -> None:
    (tmp_path / "2024" / "march").mkdir(parents=True)
    (tmp_path / "2024" / "march" / "a.fit").write_bytes(fit_bytes())
    (tmp_path / "2024" / "b.gpx").write_text(gpx_text(Shape(start=START + timedelta(days=1))))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8 not an activity")
    (tmp_path / "notes.txt").write_text("hello")

    outcomes = read_all(tmp_path)

    assert sorted(o.run.source_name for o in outcomes if isinstance(o, Found)) == [
        "a.fit",
        "b.gpx",
    ]
    assert len(outcomes) == 2


def test_a_file_already_in_the_log_is_not_parsed_again(tmp_path: Path, read_all: ReadAll) -> None:
    data = fit_bytes()
    path = tmp_path / "again.fit"
    path.write_bytes(data)

    digest = hashlib.sha256(data).hexdigest()

    assert read_all(path, known=[digest]) == [Known("again.fit", digest)]


def test_a_file_named_that_is_no_activity_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")

    (outcome,) = read_all(path)

    assert isinstance(outcome, Rejected)
    assert outcome.line.startswith("notes.txt: is not a FIT, GPX or TCX file")


def test_an_activity_under_a_minute_is_not_kept(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "oops.fit"
    path.write_bytes(fit_bytes(Shape(minutes=0.5)))

    (outcome,) = read_all(path)

    assert isinstance(outcome, Rejected)
    assert outcome.line == "oops.fit: lasts under a minute (a watch started by mistake?)"
