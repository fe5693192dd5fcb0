"""``plank-timer runs import | add | list | export`` through main.py, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests.e2e.plank_command import plank as run_plank
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
from tests.storage.damage import damaged_runs_log

DAY = timedelta(days=1)


BERLIN = {"TZ": "Europe/Berlin"}
"""Runs are shown in the local time of their start: a zone with summer time."""


def plank(*args: str) -> subprocess.CompletedProcess[str]:
    return run_plank(*args, extra_env=BERLIN)


def _exports(folder: Path) -> Path:
    """A watch's folder (FIT, TCX) and a Strava export holding copies of two of its runs."""
    watch = folder / "watch"
    watch.mkdir(parents=True)
    (watch / "1.fit").write_bytes(fit_bytes(Shape(km=10.0)))
    (watch / "2.fit.gz").write_bytes(gz(fit_bytes(Shape(start=START + DAY, km=5.0))))
    (watch / "3.tcx").write_text(tcx_text(Shape(start=START + 2 * DAY)))
    copy = Shape(start=START + timedelta(seconds=30), km=10.1)
    (folder / "export.zip").write_bytes(
        strava_zip(
            [
                StravaActivity(copy, filename="activities/a.gpx", content=gpx_text(copy).encode()),
                StravaActivity(Shape(start=START + DAY, km=5.0), filename="activities/b.fit.gz",
                               content=gz(fit_bytes(Shape(start=START + DAY, km=5.0)))),
                StravaActivity(Shape(start=START + 3 * DAY), type="Ride"),
                StravaActivity(Shape(start=START + 4 * DAY, minutes=31, km=6.0), effort=5),
            ]
        )
    )  # fmt: skip
    return folder


def test_import_counts_duplicates_across_formats_and_twice_adds_nothing(tmp_path: Path) -> None:
    exports = _exports(tmp_path / "in")
    data = ["--data-dir", str(tmp_path / "log")]

    first = plank("runs", "import", str(exports / "watch"), str(exports / "export.zip"), *data)
    second = plank("runs", "import", str(exports), *data)

    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == (
        "4 runs added, 2 already in the log, 1 other sport skipped, 0 rejected"
    )
    assert first.stderr == ""  # not a terminal: no progress line
    assert second.returncode == 0
    assert second.stdout.strip() == (
        "0 runs added, 6 already in the log, 1 other sport skipped, 0 rejected"
    )
    listed = plank("runs", "list", *data).stdout.splitlines()
    assert [line[:16] for line in listed] == [
        "2025-03-01 07:30",
        "2025-03-02 07:30",
        "2025-03-03 07:30",
        "2025-03-05 07:30",
    ]


def test_rejected_files_exit_2_and_the_good_ones_are_still_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.fit").write_bytes(fit_bytes())
    (folder / "cut.fit").write_bytes(fit_bytes()[:60])
    (folder / "empty.gpx").write_bytes(b"")

    result = plank("runs", "import", str(folder), "--data-dir", str(tmp_path / "log"))

    assert result.returncode == 2
    assert (
        result.stdout.strip()
        == "1 run added, 0 already in the log, 0 other sports skipped, 2 rejected"
    )
    assert result.stderr.splitlines() == [
        "plank-timer: skipped cut.fit: is cut short (truncated FIT file)",
        "plank-timer: skipped empty.gpx: is empty",
    ]


def test_a_strava_row_with_an_endless_heart_rate_is_one_line_and_the_rest_imported(
    tmp_path: Path,
) -> None:
    export = tmp_path / "export.zip"
    export.write_bytes(
        strava_zip(
            [
                StravaActivity(Shape(), cells=(("Average Heart Rate", "1e999"),)),
                StravaActivity(Shape(start=START + DAY)),
            ]
        )
    )

    result = plank("runs", "import", str(export), "--data-dir", str(tmp_path / "log"))

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: skipped export.zip:activities.csv line 2: has a cell that is not a number"
        " ('1e999' is not a finite number)"
    ]
    assert result.stdout.strip() == (
        "1 run added, 0 already in the log, 0 other sports skipped, 1 rejected"
    )


def test_a_gpx_from_year_1_is_one_line_and_the_import_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    year_1 = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    (folder / "a-year-1.gpx").write_text(gpx_text(Shape(start=year_1)))
    (folder / "b-good.fit").write_bytes(fit_bytes())

    result = plank("runs", "import", str(folder), "--data-dir", str(tmp_path / "log"))

    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("plank-timer: skipped a-year-1.gpx: a run must start from 1990-01-01")
    assert line.endswith("got 0001-01-01 00:00+05:00")
    assert result.stdout.strip() == (
        "1 run added, 0 already in the log, 0 other sports skipped, 1 rejected"
    )


def test_a_damaged_run_is_left_out_and_named_by_every_command(tmp_path: Path) -> None:
    damaged_runs_log(tmp_path)
    data = ["--data-dir", str(tmp_path)]
    warning = (
        "plank-timer: warning: left out what could not be read (a damaged byte in the log):"
        " run 2 (2025-03-02)"
    )

    listed = plank("runs", "list", *data)
    exported = plank("runs", "export", *data)
    backup = plank("export", *data)

    for result in (listed, exported, backup):
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines() == [warning]
    assert [line.split()[-1] for line in listed.stdout.splitlines()] == [
        "first-run.fit",
        "last-run.fit",
    ]
    assert [row["source_name"] for row in csv.DictReader(io.StringIO(exported.stdout))] == [
        "first-run.fit",
        "last-run.fit",
    ]
    assert [run["source_name"] for run in json.loads(backup.stdout)["runs"]] == [
        "first-run.fit",
        "last-run.fit",
    ]


def test_a_file_name_with_line_breaks_and_escapes_is_listed_as_one_printable_line(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\nfake line\x1b[31m\u202eevil.fit").write_bytes(fit_bytes())
    (folder / "b\nbroken\x1b[2J.fit").write_bytes(fit_bytes()[:60])
    data = ["--data-dir", str(tmp_path / "log")]

    imported = plank("runs", "import", str(folder), *data)
    listed = plank("runs", "list", *data)

    assert imported.returncode == 2
    assert imported.stderr.splitlines() == [
        "plank-timer: skipped b\ufffdbroken\ufffd[2J.fit: is cut short (truncated FIT file)"
    ]
    (line,) = listed.stdout.splitlines()
    assert line.endswith("a\ufffdfake line\ufffd[31m\ufffdevil.fit")
    assert line.isprintable()


def test_add_list_and_export_a_run_by_hand(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]

    added = plank("runs", "add", "--date", "2025-03-20", "--minutes", "42", "--km", "7.5",
                  "--effort", "6", *data)  # fmt: skip
    again = plank("runs", "add", "--date", "2025-03-20", "--minutes", "42", "--km", "7.5", *data)
    listed = plank("runs", "list", *data)
    out = tmp_path / "runs.csv"
    exported = plank("runs", "export", "--format", "csv", "--output", str(out), *data)

    assert added.returncode == 0
    assert added.stdout.strip() == "added a run on 2025-03-20 12:00"
    assert again.stdout.strip() == "the log already has this run (2025-03-20 12:00)"
    assert listed.stdout.split() == [
        "2025-03-20", "12:00", "Run", "42.0", "min", "7.50", "km", "effort", "6", "added", "by",
        "hand",
    ]  # fmt: skip
    assert exported.returncode == 0
    (row,) = csv.DictReader(io.StringIO(out.read_text()))
    assert row["started_at"] == "2025-03-20T12:00:00.000+01:00"
    assert (row["elapsed_seconds"], row["distance_m"], row["effort"]) == ("2520.0", "7500.0", "6")


def test_bad_values_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    cases = [
        (["--date", "20 March", "--minutes", "30"], "--date must be YYYY-MM-DD"),
        (["--date", "2025-03-20", "--minutes", "0.5"], "--minutes must be 1 to 2880, got 0.5"),
        (["--date", "2025-03-20", "--minutes", "-3"], "--minutes must be 1 to 2880, got -3"),
        (["--date", "2025-03-20", "--minutes", "30", "--km", "900"], "--km must be 0 to 500"),
        (["--date", "2025-03-20", "--minutes", "30", "--effort", "11"], "--effort must be 1 to 10"),
        (["--date", "2025-03-20", "--minutes", "thirty"], "expected a number, got 'thirty'"),
        (["--date", "2999-01-01", "--minutes", "30"], "a run must start from 1990-01-01 to "),
        (["--date", "0001-01-01", "--minutes", "30"], "got 0001-01-01"),
        (["--date", "1900-01-01", "--minutes", "30"], "got 1900-01-01 12:00"),
        (["--date", "9999-12-31T23:00-05:00", "--minutes", "30"], "got 9999-12-31 23:00-05:00"),
    ]
    for arguments, message in cases:
        result = plank("runs", "add", *arguments, *data)
        assert result.returncode == 2, arguments
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert message in result.stderr
    assert plank("runs", "list", *data).stdout == ""
    nothing = plank("runs", "import", str(tmp_path / "nowhere.fit"), *data)
    assert nothing.returncode == 2
    assert "nowhere.fit: does not exist" in nothing.stderr


def test_runs_travel_in_the_json_backup(tmp_path: Path) -> None:
    source = ["--data-dir", str(tmp_path / "source")]
    target = ["--data-dir", str(tmp_path / "target")]
    plank("runs", "add", "--date", "2025-03-20T07:05", "--minutes", "40", "--km", "7", *source)
    backup = tmp_path / "backup.json"
    plank("export", "--output", str(backup), *source)

    first = plank("import", str(backup), *target)
    again = plank("import", str(backup), *target)

    assert (
        first.stdout.strip()
        == "imported 0 sessions (0 already in the log), 1 runs (0 already there)"
    )
    assert (
        again.stdout.strip()
        == "imported 0 sessions (0 already in the log), 0 runs (1 already there)"
    )
    assert plank("runs", "list", *target).stdout == plank("runs", "list", *source).stdout
