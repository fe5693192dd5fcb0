"""Log -> Import... in the window: every hostile backup gets a message box of one short line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog, open_log
from app.storage.export import export_json, export_json_text
from app.storage.recorder import SessionRecorder
from app.ui.log.log_integration import LogIntegration
from tests.hostile_backups import HOSTILE, Builder
from tests.storage.damage import damaged_log, real_log
from tests.ui.conftest import WindowFactory


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SessionLog]:
    real_log(tmp_path / "data", workouts=2)
    with open_log(tmp_path / "data") as opened:
        yield opened


def shown_by(action: Any) -> tuple[str, str]:
    """Run ``action``, which opens a modal message box; close it and return title and text."""
    seen: list[tuple[str, str]] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.accept()
        else:  # not up yet: look again once the event loop has run
            QTimer.singleShot(10, close_the_box)

    QTimer.singleShot(0, close_the_box)
    action()
    assert len(seen) == 1, "no message box was shown"
    return seen[0]


@pytest.mark.parametrize("builder", HOSTILE.values(), ids=HOSTILE.keys())
def test_import_in_the_window_says_what_is_wrong_in_one_line(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, tmp_path: Path, builder: Builder
) -> None:
    with open_log(tmp_path / "data") as reader:
        good = export_json(reader)
    path, expected = builder(good, tmp_path)
    window = make_window()
    integration = LogIntegration(window, log, SessionRecorder(log))
    before = export_json_text(log)
    title, text = shown_by(lambda: integration.import_file(path))
    assert title == "Nothing imported"
    assert expected in text
    assert "\n" not in text
    assert len(text) <= 300 + len(str(path))
    assert export_json_text(log) == before


def test_export_in_the_window_refuses_the_log_itself(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog
) -> None:
    window = make_window()
    integration = LogIntegration(window, log, SessionRecorder(log))
    before = log.path.read_bytes()
    title, text = shown_by(lambda: integration.export_to(log.path, as_csv=False))
    assert title == "Export failed"
    assert text == f"Cannot export into {log.path}: it is the workout log itself (or part of it)."
    assert log.path.read_bytes() == before


def test_export_in_the_window_names_what_it_left_out(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    damaged_log(tmp_path / "damaged", "note")
    with open_log(tmp_path / "damaged") as damaged:
        window = make_window()
        integration = LogIntegration(window, damaged, SessionRecorder(damaged))
        target = tmp_path / "backup.json"
        title, text = shown_by(lambda: integration.export_to(target, as_csv=False))
    assert title == "Exported, but not all of it"
    assert text == (
        "Left out what could not be read (a damaged byte in the log): session 3 (2024-05-03)."
    )
    assert len(json.loads(target.read_text())["sessions"]) == 5
