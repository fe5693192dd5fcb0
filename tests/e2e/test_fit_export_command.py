"""``plank-timer export --format fit`` through main.py: files Garmin's decoder reads, and
one clear line with exit status 2 for every bad value, with nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.plank_command import plank
from tests.history_seed import seed_history
from tests.storage.damage import damaged_log
from tests.storage.fit_reading import decode

LOG = "plank-timer.sqlite3"
SINCE = "2025-11-15"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("log")
    seed_history(folder / LOG, days=60)  # 2 November to 31 December 2025
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "fit"
    folder.mkdir()
    return folder


def holds_by_session(data_dir: Path, since: str) -> dict[int, int]:
    """Each workout on or after ``since`` that has holds, and how many."""
    with sqlite3.connect(data_dir / LOG) as db:
        rows = db.execute(
            "SELECT s.id, COUNT(t.id) FROM sessions AS s JOIN sets AS t ON t.session_id = s.id"
            " WHERE s.deleted = 0 AND s.local_day >= ? GROUP BY s.id",
            (since,),
        )
        return dict(rows.fetchall())


def test_since_writes_one_readable_file_per_workout(data_dir: Path, out: Path) -> None:
    result = plank(
        "export", "--format", "fit", "--since", SINCE, "--output", str(out),
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    expected = holds_by_session(data_dir, SINCE)
    assert len(expected) > 10
    files = sorted(out.iterdir())
    assert result.stdout.strip().startswith(f"wrote {len(expected)} FIT files to {out}")
    assert {int(path.stem.rsplit("_", 1)[1]): path for path in files}.keys() == expected.keys()
    for path in files:
        fit = decode(path.read_bytes())
        assert fit.intact, path.name
        (session,) = fit.messages["session_mesgs"]
        assert (session["sport"], session["sub_sport"]) == ("training", "strength_training")
        active = [s for s in fit.messages["set_mesgs"] if s["set_type"] == "active"]
        assert len(active) == expected[int(path.stem.rsplit("_", 1)[1])], path.name


def test_one_workout_by_its_id(data_dir: Path, out: Path) -> None:
    session_id = max(holds_by_session(data_dir, SINCE))
    result = plank(
        "export", "--format", "fit", "--session", str(session_id), "--output", str(out),
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote 1 FIT file to {out}"
    (path,) = out.iterdir()
    assert path.name.endswith(f"_{session_id}.fit")
    assert decode(path.read_bytes()).intact


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--session", "99999"], "no workout with ID 99999 in the log"),
        (["--session", "abc"], "argument --session: a workout ID is a whole number above 0"),
        (["--since", "2025-02-30"], "argument --since: must be a date like 2025-03-20"),
        (["--since", "yesterday"], "argument --since: must be a date like 2025-03-20"),
        (["--since", SINCE, "--session", "1"], "--session: not allowed with argument --since"),
        (["--since", SINCE, "--output", "{out}/missing"], "no such folder: {out}/missing"),
        (["--since", SINCE, "--output", "/sys/kernel"], "cannot write to /sys/kernel: "),
        (["--since", SINCE, "--output", "{out}/a-file"], "{out}/a-file is not a folder"),
        (["--since", SINCE, "--output", ""], "argument --output: a path cannot be empty"),
    ],
    ids=[
        "unknown id",
        "id not a number",
        "no such date",
        "not a date",
        "both",
        "missing folder",
        "unwritable folder",
        "file for folder",
        "empty folder name",
    ],
)
def test_bad_values_get_one_line_and_exit_2_and_write_nothing(
    data_dir: Path, out: Path, args: list[str], message: str
) -> None:
    (out / "a-file").write_text("not a folder")
    output = [] if "--output" in args else ["--output", str(out)]
    result = plank(
        "export", "--format", "fit", *[a.format(out=out) for a in args], *output,
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("plank-timer: error: ")
    assert message.format(out=out) in line
    assert [p.name for p in out.iterdir()] == ["a-file"]


def test_fit_options_need_the_fit_format_and_a_folder(data_dir: Path) -> None:
    for args, message in (
        (["--format", "csv", "--since", SINCE], "--session and --since go with --format fit"),
        (["--format", "fit", "--since", SINCE], "--format fit needs --output DIR"),
        (["--format", "fit", "--output", "."], "--format fit needs --session ID or --since"),
    ):
        result = plank("export", *args, "--data-dir", str(data_dir))
        assert result.returncode == 2
        assert result.stderr.strip().startswith(f"plank-timer: error: {message}")


@pytest.mark.parametrize(
    ("where", "written", "named"),
    [
        ("session start", 5, "session 3 (2024-05-03)"),
        ("hold start", 6, "1 hold of session 6 (2024-05-06)"),
    ],
)
def test_what_cannot_be_read_is_left_out_and_named(
    tmp_path: Path, out: Path, where: str, written: int, named: str
) -> None:
    damaged_log(tmp_path / "log", where)

    result = plank(
        "export", "--format", "fit", "--since", "2024-05-01", "--output", str(out),
        "--data-dir", str(tmp_path / "log"),
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {written} FIT files to {out}"
    assert result.stderr.splitlines() == [
        "plank-timer: warning: left out what could not be read (a damaged byte in the log):"
        f" {named}"
    ]
    assert len(list(out.iterdir())) == written


def test_a_workout_asked_for_by_id_that_cannot_be_read_is_one_line(
    tmp_path: Path, out: Path
) -> None:
    damaged_log(tmp_path / "log", "session start")

    result = plank(
        "export", "--format", "fit", "--session", "3", "--output", str(out),
        "--data-dir", str(tmp_path / "log"),
    )  # fmt: skip

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: error: workout 3 cannot be read (a damaged byte in the log)"
    ]
    assert list(out.iterdir()) == []
