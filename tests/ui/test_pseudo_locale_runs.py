"""The runs in a pseudo-locale: the runs table, the import's progress and summary, the add-a-run
dialog and every reason a file is rejected, all translated and nothing cut at the default size.

See ``tests/ui/pseudo_locale.py``: text outside ``[...]`` never went through the translator.
"""

from __future__ import annotations

import os
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.run import Run, Sport
from app.runs import Rejected, read_runs
from app.storage.database import SessionLog, open_log
from app.storage.history import History
from app.storage.runs import RunStore
from app.storage.statistics import Statistics
from app.ui.error_text import message_text
from app.ui.log.run_import_dialog import RunImport
from app.ui.log.runs_menu import RunsMenu
from app.ui.progress import ProgressPage
from tests.runs.activity_files import (
    START,
    Shape,
    StravaActivity,
    fit_bytes,
    gpx_text,
    gz,
    strava_zip,
)
from tests.ui.conftest import WindowFactory
from tests.ui.full_window import DEFAULT_SIZE, full_window
from tests.ui.log.test_import_messages import shown_by
from tests.ui.progress.conftest import add_known_runs, record_month
from tests.ui.pseudo_locale import (
    USER_WORDS,
    assert_all_translated,
    assert_nothing_cut,
    shown_texts,
    untranslated_templates,
)

NOW = datetime(2025, 3, 20, 18, 0, tzinfo=UTC)
# The name Qt gives the message box's details button, which Qt translates (qtbase).
QT_WORDS = ("Show Details",)


@pytest.fixture
def runs_log(tmp_path: Path) -> Iterator[SessionLog]:
    log = open_log(tmp_path / "runs", busy_timeout_ms=20)
    record_month(log)
    add_known_runs(log)  # runs with and without distance, a treadmill run
    store = RunStore(log)
    # This week: one from a watch with heart rate and effort, one typed in by hand.
    store.add(Run(NOW - timedelta(hours=30), 2700.0, Sport.TRAIL_RUN, 2640.0, 8000.0, 150, 6,
                  "morning.fit", "0" * 64))  # fmt: skip
    store.add(Run(NOW - timedelta(hours=2), 1800.0, effort=3))
    yield log
    log.close()


def box_texts(box: QMessageBox, moment: str) -> list[tuple[str, str]]:
    return [
        (f"{moment} title", box.windowTitle()),
        (f"{moment} text", box.text()),
        (f"{moment} informative", box.informativeText()),
        (f"{moment} details", box.detailedText()),
    ]


@pytest.mark.usefixtures("pseudo_locale")
def test_the_runs_table_with_runs_is_translated_and_nothing_is_cut(
    make_window: WindowFactory, runs_log: SessionLog, settings_path: Path, qtbot: QtBot
) -> None:
    window = full_window(make_window, runs_log, settings_path, qtbot)
    window.show_progress()
    qtbot.wait(1)
    page = window.progress
    assert isinstance(page, ProgressPage)
    table = page.runs_table
    assert table is not None
    model = table.model
    texts = shown_texts(table)
    for column in range(model.columnCount()):
        texts.append(("header", str(model.headerData(column, Qt.Orientation.Horizontal))))
        for row in range(model.rowCount()):
            texts.append(("cell", str(model.data(model.index(row, column)) or "")))
    texts += [("tooltip", button.toolTip()) for button in (table.delete_button, table.undo_button)]
    # Every kind of cell: heart rate, effort, a run typed in by hand, one with no distance.
    row = next(r for r in range(model.rowCount()) if model.run_at(r).run.avg_heart_rate)
    assert all(model.data(model.index(row, column)) != "—" for column in range(8))
    assert "—" in {text for _, text in texts}
    table.view.selectRow(0)
    table.delete_selected()
    texts.append(("after a delete", table.status.text()))
    assert table.undo_button.isVisible()
    assert_nothing_cut(page, "after a delete")
    table.undo_delete()
    texts.append(("after undo", table.status.text()))
    assert_all_translated(texts, "runs table", (*USER_WORDS, "test.fit", "morning.fit"))
    assert_nothing_cut(page, "after undo")


@pytest.mark.usefixtures("pseudo_locale")
def test_a_runs_table_on_a_read_only_log_says_why_nothing_is_deleted(
    runs_log: SessionLog, qtbot: QtBot
) -> None:
    with open_log(runs_log.path.parent, read_only=True) as read_only:
        page = ProgressPage(Statistics(read_only), History(read_only), runs=RunStore(read_only))
        qtbot.addWidget(page)
        page.resize(*DEFAULT_SIZE)
        page.show()
        qtbot.waitExposed(page)
        table = page.runs_table
        assert table is not None
        table.view.selectRow(0)
        table.delete_selected()
        assert_all_translated([("read-only", table.status.text())])
        assert_nothing_cut(page, "read-only")
        page.close()


def watch_folder(folder: Path, first_day: int = 0) -> Path:
    """Four good runs from ``first_day`` on, a cut FIT file and an empty GPX."""
    folder.mkdir()
    for day in range(first_day, first_day + 4):
        shape = Shape(start=START + timedelta(days=day))
        (folder / f"{day:02d}.fit").write_bytes(fit_bytes(shape))
    (folder / "08-cut.fit").write_bytes(fit_bytes()[:50])
    (folder / "09-empty.gpx").write_bytes(b"")
    return folder


@pytest.mark.usefixtures("pseudo_locale")
def test_an_import_of_runs_speaks_the_users_language_in_every_state(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = watch_folder(tmp_path / "watch")
    with open_log(tmp_path / "data", busy_timeout_ms=20) as log:
        window = make_window()
        window.resize(*DEFAULT_SIZE)
        menu = RunsMenu(window, log, wall_clock=lambda: NOW)
        texts: list[tuple[str, str]] = []

        def progress_seen(run_import: RunImport, moment: str) -> None:
            dialog = run_import.progress
            texts.extend(shown_texts(dialog))
            texts.append((moment, dialog.labelText()))
            assert_nothing_cut(dialog, moment)

        # Finished, with two files rejected: the summary lists them under Show Details.
        run_import = menu.import_paths([folder])
        assert run_import is not None
        progress_seen(run_import, "looking for runs")
        run_import.worker.progressed.connect(
            lambda done, _total: progress_seen(run_import, f"reading file {done}"),
            Qt.ConnectionType.BlockingQueuedConnection,
        )
        with qtbot.waitSignal(run_import.finished, timeout=30_000):
            pass
        box = run_import.summary
        assert box is not None
        assert box.detailedText().count("\n") == 1  # one line for each rejected file
        for rejected in run_import.worker.counts.rejected:
            assert untranslated_templates(rejected.message) == []
        texts += box_texts(box, "finished")
        box.close()

        # Cancelled after the first file: the label says it stops, the summary what is kept.
        cancelled = menu.import_paths([watch_folder(tmp_path / "more", 4)])
        assert cancelled is not None

        def cancel_after_one(done: int, _total: int) -> None:
            if done == 1:
                qtbot.keyClick(cancelled.progress, Qt.Key.Key_Escape)
                progress_seen(cancelled, "stopping")

        cancelled.worker.progressed.connect(
            cancel_after_one, Qt.ConnectionType.BlockingQueuedConnection
        )
        with qtbot.waitSignal(cancelled.finished, timeout=30_000):
            pass
        assert cancelled.summary is not None
        texts += box_texts(cancelled.summary, "cancelled")
        cancelled.summary.close()

        # Stopped: another program holds the log's write lock.
        other = sqlite3.connect(log.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            locked = menu.import_paths([watch_folder(tmp_path / "locked", 8)])
            assert locked is not None
            with qtbot.waitSignal(locked.finished, timeout=30_000):
                pass
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert locked.summary is not None
        texts += box_texts(locked.summary, "stopped")
        locked.summary.close()
    # The files' names, the folder and SQLite's own words are not the app's.
    assert_all_translated(
        texts,
        "run import",
        (*USER_WORDS, *QT_WORDS, "08-cut.fit", "09-empty.gpx", "database is locked"),
    )


@pytest.mark.usefixtures("pseudo_locale")
def test_adding_a_run_speaks_the_users_language_and_says_a_refused_value(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    with open_log(tmp_path / "data") as log:
        window = make_window()
        menu = RunsMenu(window, log, wall_clock=lambda: NOW)
        dialog = menu.add_dialog()
        qtbot.waitExposed(dialog)
        texts = shown_texts(dialog)
        texts += [
            ("minutes", dialog.minutes.suffix()),
            ("km", dialog.km.suffix()),
            ("km unknown", dialog.km.specialValueText()),
            ("effort unknown", dialog.effort.specialValueText()),
            ("start", dialog.start.text()),  # the locale's day and month names only
        ]
        assert_nothing_cut(dialog, "empty form")
        dialog.minutes.setMaximum(10_000)  # past the spin box, Run itself refuses
        dialog.minutes.setValue(3000)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible()
        texts.append(("refused", dialog.error.text()))
        assert_nothing_cut(dialog, "refused")
        dialog.minutes.setValue(30)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert not dialog.isVisible()

        # The same run again: the log has it already.
        again = menu.add_dialog()
        again.start.setDateTime(dialog.start.dateTime())
        title, text = shown_by(lambda: qtbot.keyClick(again, Qt.Key.Key_Return))
        texts += [("duplicate title", title), ("duplicate", text)]
    assert_all_translated(texts, "add a run")


def rejected_files(folder: Path) -> list[Path]:
    """One file for each way a run file is refused."""
    folder.mkdir()
    bad = {
        "cut.fit": fit_bytes()[:50],
        "crc.fit": fit_bytes()[:-2] + b"\0\0",
        "header.fit": b"not a fit file at all, but long enough to have a header",
        "empty.gpx": b"",
        "broken.gpx": b"<gpx><trk>",
        "route.gpx": gpx_text(timed=False).encode(),
        "broken.tcx": b"<TrainingCenterDatabase>",
        "bad.fit.gz": b"not gzip",
        "notes.txt": b"a note",
        "export.zip": b"PK but not really",
        "short.gpx": gpx_text(Shape(minutes=0.5)).encode(),
        "climb.zip": strava_zip([StravaActivity(filename="../x.fit", content=fit_bytes())]),
    }
    paths = []
    for name, content in bad.items():
        (folder / name).write_bytes(content)
        paths.append(folder / name)
    os.mkfifo(folder / "pipe.tcx")
    with open(folder / "huge.gpx", "wb") as huge:
        huge.truncate(65 * 1024 * 1024)  # sparse: over the 64 MB limit without the disk
    folders = folder / "folders.zip"
    with zipfile.ZipFile(folders, "w") as archive:
        archive.writestr("trick.fit/", b"")  # a folder named as an activity file
    bomb = folder / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.gpx", b"\0" * (8 * 1024 * 1024))
    (folder / "bomb.gpx.gz").write_bytes(gz(b"\0" * (65 * 1024 * 1024)))
    return [
        *paths,
        folders,
        folder / "pipe.tcx",
        folder / "huge.gpx",
        bomb,
        folder / "bomb.gpx.gz",
        folder / "missing.fit",
    ]


@pytest.mark.usefixtures("pseudo_locale")
def test_every_reason_a_run_file_is_rejected_is_translated(tmp_path: Path) -> None:
    paths = rejected_files(tmp_path / "bad")
    outcomes = [outcome for read in read_runs(paths) for outcome in read.outcomes]
    rejected = [outcome for outcome in outcomes if isinstance(outcome, Rejected)]
    assert len(rejected) == len(paths), outcomes
    assert [t for r in rejected for t in untranslated_templates(r.message)] == []
    lines = [(r.source, message_text(r.message)) for r in rejected]
    # The files' names and the libraries' names for what went wrong are not the app's words.
    names = {path.name for path in paths} | {str(paths[-1]), "../x.fit", "export.zip:"}
    library = ("XMLSyntaxError", "ParseError", "Not a gzipped file", "b'no'")
    for source, line in lines:
        allowed = (*names, source, *library)
        assert_all_translated([(source, line)], "rejected file", allowed)
    # Each reason its own: the test covers that many different ways to be refused.
    assert len({line.removeprefix(source) for source, line in lines}) == len(lines)
