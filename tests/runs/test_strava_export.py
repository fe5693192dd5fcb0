"""A Strava bulk export: its list decides the sport and adds effort; files are read in place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.run import Sport
from app.runs import Found, Skipped, count_sources
from app.runs.strava_csv import parse_date
from tests.runs.activity_files import (
    START,
    Shape,
    StravaActivity,
    fit_bytes,
    gpx_text,
    gz,
    strava_zip,
    tcx_text,
)
from tests.runs.conftest import ReadAll, runs_of

DAY = timedelta(days=1)


def _export(tmp_path: Path, activities: list[StravaActivity]) -> Path:
    path = tmp_path / "export_12345.zip"
    path.write_bytes(strava_zip(activities, extra={"media/photo.jpg": b"\xff\xd8 photo"}))
    return path


def test_every_listed_run_is_read_from_its_compressed_file(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = _export(
        tmp_path,
        [
            StravaActivity(Shape(), filename="activities/1.fit.gz", content=gz(fit_bytes())),
            StravaActivity(
                Shape(start=START + DAY),
                filename="activities/2.gpx",
                content=gpx_text(Shape(start=START + DAY)).encode(),
            ),
            StravaActivity(
                Shape(start=START + 2 * DAY),
                filename="activities/3.tcx.gz",
                content=gz(tcx_text(Shape(start=START + 2 * DAY))),
            ),
        ],
    )

    runs = [found.run for found in runs_of(read_all(path))]

    assert [run.started_at for run in runs] == [START, START + DAY, START + 2 * DAY]
    assert [run.source_name for run in runs] == [
        "export_12345.zip:activities/1.fit.gz",
        "export_12345.zip:activities/2.gpx",
        "export_12345.zip:activities/3.tcx.gz",
    ]
    assert count_sources([path]) == 3


def test_the_lists_type_and_effort_win_over_the_file(tmp_path: Path, read_all: ReadAll) -> None:
    path = _export(
        tmp_path,
        [
            StravaActivity(
                type="Trail Run", filename="activities/1.fit", content=fit_bytes(), effort=7
            )
        ],
    )

    (found,) = runs_of(read_all(path))

    assert (found.run.sport, found.run.effort) == (Sport.TRAIL_RUN, 7)


def test_other_sports_are_skipped_without_reading_their_files(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = _export(
        tmp_path,
        [
            StravaActivity(type="Ride", filename="activities/1.fit", content=b"never read"),
            StravaActivity(type="Swim"),
        ],
    )

    assert read_all(path) == [
        Skipped("export_12345.zip:activities.csv line 2 (Run 1)", "ride"),
        Skipped("export_12345.zip:activities.csv line 3 (Run 2)", "swim"),
    ]


def test_a_run_typed_in_on_strava_is_read_from_the_list_alone(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = _export(
        tmp_path,
        [StravaActivity(Shape(minutes=35, km=6.0, heart_rate=None), type="Virtual Run", effort=4)],
    )

    (found,) = runs_of(read_all(path))

    assert found.run.started_at == START
    assert (found.run.elapsed_seconds, found.run.distance_m) == (2100.0, 6000.0)
    assert (found.run.sport, found.run.effort) == (Sport.TREADMILL, 4)
    assert found.run.source_hash is not None


def test_a_listed_file_missing_from_the_archive_is_rejected_alone(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = _export(
        tmp_path,
        [
            StravaActivity(filename="activities/gone.fit"),
            StravaActivity(Shape(start=START + DAY), filename="activities/2.fit",
                           content=fit_bytes(Shape(start=START + DAY))),
        ],
    )  # fmt: skip

    outcomes = read_all(path)

    assert [getattr(outcome, "line", None) for outcome in outcomes[:1]] == [
        "export_12345.zip:activities/gone.fit: is named by activities.csv line 2 (Run 1)"
        " but missing from the archive"
    ]
    assert isinstance(outcomes[1], Found)


def test_a_zip_without_a_list_has_its_activity_files_read(
    tmp_path: Path, read_all: ReadAll
) -> None:
    import zipfile

    path = tmp_path / "watch.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a/1.fit", fit_bytes())
        archive.writestr("readme.txt", "not an activity")

    (found,) = runs_of(read_all(path))

    assert found.run.source_name == "watch.zip:a/1.fit"


def test_stravas_dates_read_in_any_locale() -> None:
    assert parse_date("Jan 5, 2021, 7:04:05 AM") == datetime(2021, 1, 5, 7, 4, 5, tzinfo=UTC)
    assert parse_date("Dec 31, 2020, 12:30:00 PM") == datetime(2020, 12, 31, 12, 30, tzinfo=UTC)
    assert parse_date("Dec 31, 2020, 12:30:00 AM") == datetime(2020, 12, 31, 0, 30, tzinfo=UTC)
