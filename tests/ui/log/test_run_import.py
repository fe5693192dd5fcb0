"""Log → Import runs… and Add a run… in the window: progress, cancel, summary, validation."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.storage.database import SessionLog, open_log
from app.storage.runs import RunStore
from app.ui.log.runs_menu import RunsMenu
from app.ui.main_window import MainWindow
from tests.runs.activity_files import START, Shape, StravaActivity, fit_bytes, strava_zip
from tests.ui.conftest import WindowFactory

NOW = datetime(2025, 3, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SessionLog]:
    with open_log(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def watch_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "watch"
    folder.mkdir()
    for day in range(8):
        name = f"{day:02d}.fit"
        (folder / name).write_bytes(fit_bytes(Shape(start=START + timedelta(days=day))))
    (folder / "09-cut.fit").write_bytes(fit_bytes()[:50])
    return folder


def _menu(make_window: WindowFactory, log: SessionLog) -> tuple[MainWindow, RunsMenu, list[int]]:
    window = make_window()
    changes: list[int] = []
    menu = RunsMenu(window, log, on_changed=lambda: changes.append(1), wall_clock=lambda: NOW)
    return window, menu, changes


def test_the_menu_offers_both_commands(make_window: WindowFactory, log: SessionLog) -> None:
    window, _, _ = _menu(make_window, log)

    texts = [action.text() for action in window.log_menu.actions()]

    assert "Import &runs…" in texts
    assert "&Add a run…" in texts
    assert window.actions_by_name["add_run"].shortcut().toString() == "Ctrl+R"


def test_an_import_shows_progress_then_a_summary_listing_rejected_files(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, watch_folder: Path
) -> None:
    _, menu, changes = _menu(make_window, log)
    seen: list[tuple[int, int]] = []

    run_import = menu.import_paths([watch_folder])
    assert run_import is not None
    run_import.worker.progressed.connect(lambda done, total: seen.append((done, total)))
    assert run_import.progress.isVisible()
    with qtbot.waitSignal(run_import.finished, timeout=30_000):
        pass

    assert seen[-1] == (9, 9)
    assert run_import.progress.maximum() == 9
    assert not run_import.progress.isVisible()
    box = run_import.summary
    assert box is not None
    assert box.isVisible()
    assert box.text() == (
        "Import finished: 8 runs added, 0 already in the log, 0 other sports skipped, 1 rejected."
    )
    assert box.detailedText() == "09-cut.fit: is cut short (truncated FIT file)"
    assert RunStore(log).count() == 8
    assert changes == [1]
    box.close()


def test_a_strava_row_with_an_endless_number_is_listed_and_the_dialog_closes(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, tmp_path: Path
) -> None:
    _, menu, _ = _menu(make_window, log)
    export = tmp_path / "export.zip"
    export.write_bytes(
        strava_zip(
            [
                StravaActivity(Shape(), cells=(("Perceived Exertion", "inf"),)),
                StravaActivity(Shape(start=START + timedelta(days=1))),
            ]
        )
    )

    run_import = menu.import_paths([export])
    assert run_import is not None
    with qtbot.waitSignal(run_import.finished, timeout=30_000):
        pass

    assert not run_import.progress.isVisible()
    assert run_import.summary is not None
    assert run_import.summary.text() == (
        "Import finished: 1 run added, 0 already in the log, 0 other sports skipped, 1 rejected."
    )
    assert run_import.summary.detailedText() == (
        "export.zip:activities.csv line 2: has a cell that is not a number"
        " ('inf' is not a finite number)"
    )
    run_import.summary.close()


def test_a_fault_nobody_foresaw_still_closes_the_dialog_and_says_so(
    qtbot: QtBot,
    make_window: WindowFactory,
    log: SessionLog,
    watch_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, menu, _ = _menu(make_window, log)

    def broken(_store: RunStore, _runs: object) -> tuple[int, int]:
        raise RuntimeError("the store broke")

    monkeypatch.setattr(RunStore, "add_runs", broken)
    run_import = menu.import_paths([watch_folder])
    assert run_import is not None
    with qtbot.waitSignal(run_import.finished, timeout=30_000):
        pass

    assert not run_import.progress.isVisible()
    assert not run_import.worker.isRunning()
    box = run_import.summary
    assert box is not None
    assert box.windowTitle() == "Import stopped"
    assert box.text() == "The import stopped on an unexpected problem: the store broke"
    assert box.informativeText() == "0 runs added before that are kept."
    box.close()


def test_cancel_keeps_the_runs_committed_and_says_how_many(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, watch_folder: Path
) -> None:
    _, menu, _ = _menu(make_window, log)
    run_import = menu.import_paths([watch_folder])
    assert run_import is not None

    def press_cancel_after_three(done: int, _total: int) -> None:
        if done == 3:
            qtbot.keyClick(run_import.progress, Qt.Key.Key_Escape)

    # Blocking: the import waits at each file until the window has seen it, so the cancel
    # lands exactly after the third file.
    run_import.worker.progressed.connect(
        press_cancel_after_three, Qt.ConnectionType.BlockingQueuedConnection
    )
    with qtbot.waitSignal(run_import.finished, timeout=30_000):
        pass

    assert run_import.summary is not None
    assert run_import.summary.text() == (
        "Import cancelled: 3 runs added, 0 already in the log, 0 other sports skipped,"
        " 0 rejected. The 3 runs added before you cancelled are kept."
    )
    assert RunStore(log).count() == 3
    run_import.summary.close()


def test_add_a_run_checks_the_values_like_every_run(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog
) -> None:
    _, menu, changes = _menu(make_window, log)
    dialog = menu.add_dialog()
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)

    dialog.km.setValue(600)  # the spin box stops at 500
    dialog.minutes.setValue(45)
    dialog.km.setValue(7.5)
    dialog.effort.setValue(6)
    dialog.start.setDateTime(QDateTime(datetime(2025, 3, 18, 7, 15)))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    (stored,) = RunStore(log).page(0, 5)
    assert stored.run.started_at.replace(tzinfo=None) == datetime(2025, 3, 18, 7, 15)
    assert (stored.run.elapsed_seconds, stored.run.distance_m, stored.run.effort) == (
        2700.0,
        7500.0,
        6,
    )
    assert changes == [1]


def test_a_refused_value_is_said_and_the_dialog_stays(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog
) -> None:
    _, menu, _ = _menu(make_window, log)
    dialog = menu.add_dialog()
    qtbot.waitExposed(dialog)
    # The spin boxes stop at Run's limits; past them, Run itself still has the last word.
    dialog.minutes.setMaximum(10_000)
    dialog.minutes.setValue(3000)  # 50 hours: past the 48 a run may last

    qtbot.keyClick(dialog, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error.text() == "Elapsed time must be 60 to 172,800 seconds, got 180,000."
    assert RunStore(log).count() == 0
    dialog.close()


def test_the_add_dialog_offers_no_start_before_1990(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog
) -> None:
    _, menu, _ = _menu(make_window, log)
    dialog = menu.add_dialog()
    qtbot.waitExposed(dialog)

    dialog.start.setDateTime(QDateTime(datetime(1900, 1, 1, 7, 0)))

    assert dialog.start.dateTime().toPython().year == 1990
    dialog.close()


def _open_files_on(path: Path) -> int:
    """This process's file descriptors on the log, its WAL and its shared memory."""
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            count += os.readlink(fd).startswith(str(path.resolve()))
    return count


def test_imports_leave_no_connection_to_the_log_open(
    qtbot: QtBot, make_window: WindowFactory, log: SessionLog, watch_folder: Path
) -> None:
    _, menu, _ = _menu(make_window, log)
    counts = []

    for _ in range(3):
        run_import = menu.import_paths([watch_folder])
        assert run_import is not None
        with qtbot.waitSignal(run_import.finished, timeout=30_000):
            pass
        assert run_import.summary is not None
        run_import.summary.close()
        counts.append(_open_files_on(log.path))

    # SQLite may keep one closed descriptor for reuse; more imports must not add more.
    assert counts == [counts[0]] * 3
