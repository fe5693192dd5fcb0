"""Bad input on the command line: one clear line, status 2, no window, no traceback."""

from __future__ import annotations

import os

import pytest

from tests.e2e.plank_command import plank as run_main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hold", "0"], "plank-timer: error: hold must be 1 to 120 seconds, got 0"),
        (["--rest", "61"], "plank-timer: error: rest must be 1 to 60 seconds, got 61"),
        (["--rounds", "51"], "plank-timer: error: rounds must be 1 to 50, got 51"),
        (["--get-ready", "-1"], "plank-timer: error: get-ready must be 0 to 60 seconds, got -1"),
        (["--switch", "500"], "plank-timer: error: switch must be 0 to 120 seconds, got 500"),
        (
            ["--hold", "ten"],
            "plank-timer: error: argument --hold: expected whole seconds, got 'ten'",
        ),
        (["--exercises", ","], "plank-timer: error: --exercises needs at least one exercise"),
        (["--bogus"], "plank-timer: error: unrecognized arguments: --bogus"),
    ],
)
def test_bad_values_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = run_main(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [message]
    assert result.stdout == ""


def test_without_a_display_it_names_the_fix_instead_of_aborting() -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_main("--start", env=env)
    assert result.returncode == 3
    assert "no display" in result.stderr
    assert "xvfb-run -a plank-timer" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_help_lists_every_workout_option() -> None:
    result = run_main("--help")
    assert result.returncode == 0
    for option in (
        "--hold",
        "--rest",
        "--rounds",
        "--exercises",
        "--get-ready",
        "--switch",
        "--start",
        "--quit-when-done",
        "--mute",
        "--fullscreen",
        "--data-dir",
    ):
        assert option in result.stdout


def test_an_unknown_language_exits_2_and_lists_the_languages_there_are() -> None:
    # Checked before any window: no display is needed to be told.
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    result = run_main("--lang", "xx", env=env)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "plank-timer: error: unknown language 'xx'; choose one of: de, en, es, fr, it, nl, pt_BR"
    ]
    progress = run_main("progress", "--lang", "xx", env=env)
    assert progress.returncode == 2
    assert progress.stderr == result.stderr
