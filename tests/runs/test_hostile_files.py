"""Bad and hostile files: each is rejected with one line naming it, and reading goes on."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.runs import Found, Rejected, count_sources
from app.runs.limits import MAX_CONTENT_BYTES
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
from tests.runs.conftest import ReadAll

ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
"""


def _rejected(read_all: ReadAll, path: Path) -> str:
    outcomes = read_all(path)
    assert len(outcomes) == 1, outcomes
    (outcome,) = outcomes
    assert isinstance(outcome, Rejected), outcome
    assert "\n" not in outcome.line
    return outcome.line


def _write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_a_truncated_fit_file(tmp_path: Path, read_all: ReadAll) -> None:
    data = fit_bytes()
    path = _write(tmp_path, "cut.fit", data[: len(data) // 2])

    assert _rejected(read_all, path) == "cut.fit: is cut short (truncated FIT file)"


def test_a_fit_file_with_a_wrong_crc(tmp_path: Path, read_all: ReadAll) -> None:
    data = bytearray(fit_bytes())
    data[-1] ^= 0xFF
    path = _write(tmp_path, "crc.fit", bytes(data))

    assert _rejected(read_all, path) == (
        "crc.fit: is damaged: its FIT checksum (CRC) does not match"
    )


def test_a_fit_file_with_a_changed_byte_inside(tmp_path: Path, read_all: ReadAll) -> None:
    data = bytearray(fit_bytes())
    data[len(data) // 2] ^= 0x01
    path = _write(tmp_path, "flipped.fit", bytes(data))

    assert "flipped.fit: is damaged" in _rejected(read_all, path)


def test_a_gpx_with_no_times(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "route.gpx", gpx_text(timed=False))

    assert _rejected(read_all, path) == (
        "route.gpx: has no times in it (a route or a track without timestamps)"
    )


@pytest.mark.parametrize("name", ["empty.fit", "empty.gpx", "empty.tcx", "empty.fit.gz"])
def test_an_empty_file(tmp_path: Path, read_all: ReadAll, name: str) -> None:
    path = _write(tmp_path, name, b"")

    assert _rejected(read_all, path) == f"{name}: is empty"


def test_broken_xml(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "half.tcx", tcx_text()[:300])

    assert _rejected(read_all, path) == "half.tcx: is not valid TCX (broken XML)"


@pytest.mark.parametrize(("name", "body"), [("laughs.gpx", "<gpx>&g;</gpx>"),
                                             ("laughs.tcx", "<TrainingCenterDatabase>&g;"
                                              "</TrainingCenterDatabase>")])  # fmt: skip
def test_an_xml_entity_bomb_is_refused_quickly(
    tmp_path: Path, read_all: ReadAll, name: str, body: str
) -> None:
    path = _write(tmp_path, name, ENTITY_BOMB + body)

    assert _rejected(read_all, path).startswith(f"{name}: is not")


def test_a_200_mb_gpx_is_refused_before_it_is_read(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "huge.gpx"
    with path.open("wb") as out:  # sparse: no disk is used, but the size is real
        out.truncate(200 * 1024 * 1024)

    assert _rejected(read_all, path) == "huge.gpx: is 200 MB, over the 64 MB limit"


def test_a_gz_bomb_is_abandoned_at_the_limit(tmp_path: Path, read_all: ReadAll) -> None:
    bomb = gz(b"\0" * (MAX_CONTENT_BYTES + 1024))
    path = _write(tmp_path, "bomb.gpx.gz", bomb)

    assert len(bomb) < 200_000
    assert _rejected(read_all, path) == "bomb.gpx.gz: is larger than 64 MB once unpacked; refused"


def test_a_damaged_gz(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "bad.fit.gz", gz(fit_bytes())[:-20])

    assert _rejected(read_all, path).startswith("bad.fit.gz: is not a readable gzip file")


def test_an_unreadable_file(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "gone.fit"
    path.symlink_to(tmp_path / "nowhere.fit")

    assert _rejected(read_all, path) == "gone.fit: cannot be read: No such file or directory"


def test_a_fifo_is_not_opened(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "pipe.fit"
    os.mkfifo(path)

    # Opening it would wait for a writer forever; the reader must not even try.
    assert _rejected(read_all, path) == (
        "pipe.fit: is not a regular file (a pipe or a device); skipped"
    )


def test_a_folder_inside_an_archive_named_as_a_file(tmp_path: Path, read_all: ReadAll) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("activities/trick.fit/", b"")
    path = _write(tmp_path, "folders.zip", buffer.getvalue())

    assert _rejected(read_all, path) == "folders.zip:activities/trick.fit/: is a folder, not a file"


def test_a_zip_entry_climbing_out_is_refused(tmp_path: Path, read_all: ReadAll) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../x.fit", fit_bytes())
    path = _write(tmp_path, "climb.zip", buffer.getvalue())

    assert (
        _rejected(read_all, path) == "climb.zip:../../x.fit: is a name outside the archive; refused"
    )
    assert not (tmp_path.parent.parent / "x.fit").exists()


def test_a_strava_row_naming_a_file_outside_is_refused(tmp_path: Path, read_all: ReadAll) -> None:
    archive = strava_zip([StravaActivity(filename="../../x.fit", content=fit_bytes())])
    path = _write(tmp_path, "export.zip", archive)

    assert _rejected(read_all, path) == (
        "export.zip:../../x.fit: is a name outside the archive; refused"
    )


def _declaring(size: int) -> bytes:
    """A zip with one small entry whose headers claim it unpacks to ``size`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("activities/big.gpx", gpx_text())
    data = bytearray(buffer.getvalue())
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.index(signature)
        data[start + at : start + at + 4] = size.to_bytes(4, "little")
    return bytes(data)


def test_a_zip_declaring_a_huge_entry_is_refused_unread(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "claims.zip", _declaring(4_000_000_000))

    assert _rejected(read_all, path) == (
        "claims.zip:activities/big.gpx: declares 3,815 MB unpacked, over the 64 MB limit"
    )


def test_a_zip_bomb_is_refused_on_its_ratio(tmp_path: Path, read_all: ReadAll) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.gpx", b"\0" * (8 * 1024 * 1024))
    path = _write(tmp_path, "bomb.zip", buffer.getvalue())

    line = _rejected(read_all, path)

    assert line.startswith("bomb.zip:bomb.gpx: would inflate")
    assert line.endswith("times (a zip bomb?); refused")


def test_a_file_that_is_not_a_zip(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "export.zip", b"PK but not really")

    assert _rejected(read_all, path) == "export.zip: is not a readable zip file"


def test_bad_files_never_stop_the_good_ones(tmp_path: Path, read_all: ReadAll) -> None:
    good = fit_bytes()
    _write(tmp_path, "a-cut.fit", good[:100])
    _write(tmp_path, "b-empty.gpx", b"")
    _write(tmp_path, "c-good.fit", good)
    _write(tmp_path, "d-route.gpx", gpx_text(timed=False))
    os.mkfifo(tmp_path / "e-pipe.tcx")
    _write(tmp_path, "f-bomb.zip", _declaring(4_000_000_000))

    outcomes = read_all(tmp_path)

    assert [type(outcome).__name__ for outcome in outcomes] == [
        "Rejected",
        "Rejected",
        "Found",
        "Rejected",
        "Rejected",
        "Rejected",
    ]
    assert isinstance(outcomes[2], Found)
    assert outcomes[2].run.source_name == "c-good.fit"


@pytest.mark.parametrize(
    ("column", "cell"),
    [("Average Heart Rate", "inf"), ("Perceived Exertion", "1e999"), ("Distance", "nan")],
)
def test_a_strava_row_with_an_endless_number_is_rejected_alone(
    tmp_path: Path, read_all: ReadAll, column: str, cell: str
) -> None:
    path = _write(
        tmp_path,
        "export.zip",
        strava_zip(
            [
                StravaActivity(Shape(start=START), cells=((column, cell),)),
                StravaActivity(Shape(start=START + timedelta(days=1))),
            ]
        ),
    )

    outcomes = read_all(path)

    assert count_sources([path]) == 2
    assert [type(outcome).__name__ for outcome in outcomes] == ["Rejected", "Found"]
    assert outcomes[0].line == (  # type: ignore[union-attr]
        f"export.zip:activities.csv line 2: has a cell that is not a number ({cell!r} is not a"
        " finite number)"
    )


def test_a_gpx_from_a_clock_never_set_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    path = _write(tmp_path, "old.gpx", gpx_text(Shape(start=datetime(1900, 1, 1, 7, tzinfo=UTC))))

    line = _rejected(read_all, path)

    assert line.startswith("old.gpx: a run must start from 1990-01-01 to ")
    assert line.endswith(", got 1900-01-01 07:00+00:00")


def test_a_gpx_in_year_1_ahead_of_utc_is_rejected_and_the_rest_read(
    tmp_path: Path, read_all: ReadAll
) -> None:
    # 0001-01-01T00:00+05:00 has no UTC moment: converting it overflows.
    year_1 = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    _write(tmp_path, "a-year-1.gpx", gpx_text(Shape(start=year_1)))
    _write(tmp_path, "b-good.fit", fit_bytes())

    outcomes = read_all(tmp_path)

    assert [type(outcome).__name__ for outcome in outcomes] == ["Rejected", "Found"]
    assert outcomes[0].line.startswith(  # type: ignore[union-attr]
        "a-year-1.gpx: a run must start from 1990-01-01 to "
    )
    assert outcomes[0].line.endswith(", got 0001-01-01 00:00+05:00")  # type: ignore[union-attr]
