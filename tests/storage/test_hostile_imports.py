"""Hostile backups: each is refused whole in one short line, and the log stays as it was."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.storage.database import SessionLog, open_log
from app.storage.export import export_json, export_json_text
from app.storage.importer import import_json
from app.storage.log_format import LogImportError
from tests.hostile_backups import HOSTILE, Builder
from tests.storage.damage import real_log

# An error line is a sentence, not the bad value: short enough for a terminal line or two.
LONGEST_LINE = 300


@pytest.fixture
def good(tmp_path: Path) -> dict[str, Any]:
    real_log(tmp_path / "source")
    with open_log(tmp_path / "source") as source:
        return export_json(source)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[SessionLog]:
    real_log(tmp_path / "target", workouts=2)
    with open_log(tmp_path / "target") as log:
        yield log


@pytest.mark.parametrize("builder", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_backup_is_refused_in_one_short_line_and_changes_nothing(
    good: dict[str, Any], target: SessionLog, tmp_path: Path, builder: Builder
) -> None:
    path, expected = builder(good, tmp_path)
    before = export_json_text(target)
    with pytest.raises(LogImportError) as caught:
        import_json(target, path)
    message = str(caught.value)
    assert expected in message
    assert str(path) in message
    assert "\n" not in message
    assert len(message) <= LONGEST_LINE + len(str(path))
    message.encode("utf-8")  # printable on any terminal: no lone surrogate quoted
    assert export_json_text(target) == before


def test_a_backup_with_a_byte_order_mark_imports(
    good: dict[str, Any], target: SessionLog, tmp_path: Path
) -> None:
    with open_log(tmp_path / "source") as source:
        text = export_json_text(source)
    path = tmp_path / "from-notepad.json"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = import_json(target, path)
    assert (result.added, result.skipped) == (3, 2)  # the target has 1 and 2 May already
