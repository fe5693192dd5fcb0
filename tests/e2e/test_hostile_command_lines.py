"""Command lines nobody meant to write: one short line, status 2 (3 for no display), no
traceback, no hang, and nothing changed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.plank_command import plank
from tests.storage.damage import damaged_log, flip, offsets_of, real_log

ROOT = Path(__file__).resolve().parents[2]
LOG = "plank-timer.sqlite3"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--output", ""], "argument --output: a path cannot be empty"),
        (["export", "--data-dir", ""], "argument --data-dir: a path cannot be empty"),
        (["import", "", "--data-dir", "x"], "argument FILE: a path cannot be empty"),
        (["runs", "import", "", "--data-dir", "x"], "argument PATH: a path cannot be empty"),
        (["runs", "list", "--data-dir", ""], "argument --data-dir: a path cannot be empty"),
        (["runs", "export", "--output", ""], "argument --output: a path cannot be empty"),
        (
            ["runs", "import", "~nosuchuser/run.fit"],
            "argument PATH: '~nosuchuser/run.fit' starts with ~nosuchuser, but there is no"
            " such user",
        ),
        (["--data-dir", ""], "argument --data-dir: a path cannot be empty"),
        (
            ["export", "--data-dir", "~nosuchuser/x"],
            "argument --data-dir: '~nosuchuser/x' starts with ~nosuchuser, but there is no"
            " such user",
        ),
        (
            ["export", "--output", "~nosuchuser/x"],
            "argument --output: '~nosuchuser/x' starts with ~nosuchuser, but there is no such user",
        ),
        (
            ["--data-dir", "~nosuchuser/x", "--start"],
            "argument --data-dir: '~nosuchuser/x' starts with ~nosuchuser, but there is no"
            " such user",
        ),
    ],
)
def test_empty_paths_and_unknown_users_get_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"plank-timer: error: {message}"]
    assert list(tmp_path.iterdir()) == []  # nothing made here, in the current folder


def test_export_from_a_folder_that_does_not_exist_is_refused_and_makes_nothing(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "typo"
    result = plank("export", "--data-dir", str(missing))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"plank-timer: error: there is no folder {missing}"]
    assert result.stdout == ""
    assert not missing.exists()


def test_export_of_a_damaged_log_says_it_moved_it_aside_and_fails(tmp_path: Path) -> None:
    log = real_log(tmp_path)
    (at,) = offsets_of(log, b"CREATE TABLE sessions")
    damaged = flip(log, at + 7, 0xFF)
    result = plank("export", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stdout == ""  # no empty backup pretending to be one
    (moved,) = tmp_path.glob(f"{LOG}.corrupt-*")
    assert moved.read_bytes() == damaged
    assert result.stderr.splitlines() == [
        f"plank-timer: error: the workout log was damaged, so it was moved aside to {moved} and"
        " a new, empty one started: there is nothing to export"
    ]


def test_import_into_a_damaged_log_says_it_moved_it_aside_then_imports(tmp_path: Path) -> None:
    source = tmp_path / "source"
    real_log(source)
    backup = tmp_path / "backup.json"
    assert plank("export", "--output", str(backup), "--data-dir", str(source)).returncode == 0
    target = tmp_path / "target"
    log = real_log(target)
    flip(log, 0, ord("X"))
    result = plank("import", str(backup), "--data-dir", str(target))
    assert result.returncode == 0, result.stderr
    (moved,) = target.glob(f"{LOG}.corrupt-*")
    assert result.stderr.splitlines() == [
        "plank-timer: The workout log was damaged, so a new one was started; the old file is"
        f" {moved}"
    ]
    assert result.stdout.splitlines() == ["imported 5 sessions (0 already in the log)"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("host", ["127.0.0.1", "otherhost.invalid"])
def test_an_unreachable_display_on_another_host_gets_the_no_display_line(host: str) -> None:
    number = _closed_port() - 6000 if host == "127.0.0.1" else 0
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["DISPLAY"] = f"{host}:{number}"
    result = plank("--start", env=env)
    assert result.returncode == 3
    assert len(result.stderr.splitlines()) == 1
    assert "no display to open the window on" in result.stderr
    assert "xvfb-run -a plank-timer" in result.stderr


@pytest.mark.parametrize(
    ("exercises", "message"),
    [
        ("plnk,side-left", "--exercises: there is no exercise 'plnk': did you mean plank?"),
        ("side left", "--exercises: there is no exercise 'side left': did you mean side-left?"),
        ("plank,plank", "--exercises lists plank twice"),
        (
            "bird\x1b[31mdog",
            "an exercise name must be one line of printable text; it has a control character"
            " (U+001B) at character 5",
        ),
        (
            "bird\u202edog",
            "an exercise name must be one line of printable text; it has a bidi control"
            " (U+202E) at character 5",
        ),
        ("x" * 100_000, "an exercise name must be at most 40 characters, got 100,000"),
        (
            ",".join(f"move {n}" for n in range(21)),
            "a plan has at most 20 exercises, got 21",
        ),
    ],
)
def test_bad_exercise_names_on_the_command_line_get_one_line(
    tmp_path: Path, exercises: str, message: str
) -> None:
    result = plank("--exercises", exercises, "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"plank-timer: error: {message}"]
    assert not (tmp_path / LOG).exists()


def test_only_custom_exercises_from_the_command_line_run_and_are_logged(tmp_path: Path) -> None:
    result = plank(
        "--exercises",
        "bird dog,dead bug",
        "--hold=1",
        "--rest=1",
        "--rounds=1",
        "--get-ready=0",
        "--switch=0",
        "--start",
        "--quit-when-done",
        "--mute",
        "--data-dir",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    exported = json.loads(plank("export", "--data-dir", str(tmp_path)).stdout)
    (session,) = exported["sessions"]
    assert [s["exercise"] for s in session["sets"]] == ["bird dog", "dead bug"]
    assert session["status"] == "completed"


@pytest.mark.parametrize("format_", ["json", "csv"])
def test_export_of_a_log_with_one_unreadable_session_exports_the_rest_and_names_it(
    tmp_path: Path, format_: str
) -> None:
    damaged_log(tmp_path, "note")
    result = plank("export", "--format", format_, "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "plank-timer: warning: left out what could not be read (a damaged byte in the log):"
        " session 3 (2024-05-03)"
    ]
    if format_ == "json":
        days = [s["started_at"][:10] for s in json.loads(result.stdout)["sessions"]]
        assert days == ["2024-05-01", "2024-05-02", "2024-05-04", "2024-05-05", "2024-05-06"]
    else:
        assert "2024-05-03" not in result.stdout
        assert len(result.stdout.splitlines()) == 1 + 4 * 9 + 3
