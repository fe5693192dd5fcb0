"""Backup files nobody meant to write, for the import tests of storage and of the window.

Each builder takes a good export (as data) and a folder, writes one hostile file there and
returns its path and a piece of the one-line message the import must give. The good
export comes from a real log (see tests/storage/damage.py's real_log).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

Builder = Callable[[dict[str, Any], Path], tuple[Path, str]]


def _json(folder: Path, data: object, name: str = "backup.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _changed(good: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(good)
    change(data)
    return data


def nested_deep(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    return path, "it is nested too deeply"


def huge_integer(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "digits.json"
    text = json.dumps(good).replace('"back_pain": null', '"back_pain": ' + "9" * 5000, 1)
    path.write_text(text)
    return path, "it has an integer of 5,000 digits"


def not_a_number(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "nan.json"
    path.write_text(json.dumps(good).replace('"hold": 10', '"hold": NaN', 1))
    return path, "it has NaN, which is not a JSON number"


def year_9999_behind_utc(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][0]["started_at"] = "9999-12-31T23:30:00.000-01:00"

    return _json(folder, _changed(good, change)), "started_at must be an ISO 8601 time"


def year_1_ahead_of_utc(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][1]["sets"][0]["started_at"] = "0001-01-01T00:30:00.000+01:00"

    return _json(folder, _changed(good, change)), "sets[0].started_at must be an ISO 8601 time"


def lone_surrogate_in_a_name(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "surrogate.json"
    # json.dumps writes the escape \ud800, which json.loads turns into a lone surrogate.
    text = json.dumps(good).replace('"exercise": "plank"', '"exercise": "pl\\ud800nk"', 1)
    path.write_text(text)
    return path, "it has a lone surrogate (U+D800)"


def escape_codes_in_a_routine_name(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["routines"] = [
            {"name": "\x1b]0;owned\x07Evening", "plan": data["sessions"][0]["plan"]}
        ]

    return _json(folder, _changed(good, change)), "a control character (U+001B)"


def bidi_override_in_a_note(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][0]["note"] = "felt \u202egnorts"

    return _json(folder, _changed(good, change)), "a bidi control (U+202E)"


def huge_exercise_name(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][0]["plan"]["blocks"][0]["exercise"] = "x" * 100_000

    return _json(folder, _changed(good, change)), "at most 40 characters, got 100,000"


def ten_megabyte_note(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["sessions"][0]["note"] = "n" * 10_000_000

    return _json(folder, _changed(good, change)), "at most 2,000 characters, got 10,000,000"


def ten_thousand_exercises(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        block = data["sessions"][0]["plan"]["blocks"][0]
        plan = {**data["sessions"][0]["plan"], "blocks": [block] * 10_000}
        data["routines"] = [{"name": "Marathon", "plan": plan}]

    return _json(folder, _changed(good, change)), "a plan has at most 20 exercises, got 10,000"


def version_true(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    def change(data: dict[str, Any]) -> None:
        data["version"] = True

    return _json(folder, _changed(good, change)), "version must be a whole number"


def sparse_8_gb(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "huge.json"
    with path.open("wb") as out:
        out.truncate(8 * 1024**3)  # sparse: no disk space, but 8 GB to read
    return path, "is 8,589,934,592 bytes; this app reads backups of at most"


def a_folder(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "backups.json"
    path.mkdir()
    return path, "it is a folder, not a file"


def a_fifo(good: dict[str, Any], folder: Path) -> tuple[Path, str]:
    path = folder / "pipe.json"
    os.mkfifo(path)  # nobody writes into it: reading would wait for ever
    return path, "it is a pipe, not a file"


HOSTILE: dict[str, Builder] = {
    "nested 100,000 deep": nested_deep,
    "an integer of 5,000 digits": huge_integer,
    "NaN": not_a_number,
    "year 9999 at a negative offset": year_9999_behind_utc,
    "year 1 at a positive offset": year_1_ahead_of_utc,
    "a lone surrogate in a name": lone_surrogate_in_a_name,
    "terminal escape codes in a routine name": escape_codes_in_a_routine_name,
    "a bidi override in a note": bidi_override_in_a_note,
    "a 100,000-character exercise name": huge_exercise_name,
    "a 10 MB note": ten_megabyte_note,
    "a 10,000-exercise routine": ten_thousand_exercises,
    '"version": true': version_true,
    "a sparse 8 GB file": sparse_8_gb,
    "a folder": a_folder,
    "a FIFO": a_fifo,
}
