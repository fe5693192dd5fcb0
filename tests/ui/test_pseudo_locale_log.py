"""The log's errors and recovery in a pseudo-locale: import and export boxes, what was left out
of a damaged log, the close and next-start messages about unsaved holds, and the name and
note errors of the routine editor and the check-in.

See ``tests/ui/pseudo_locale.py``: text outside ``[...]`` never went through the translator.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.plan import Plan
from app.core.plan_error import PlanError
from app.core.routine import Routine
from app.storage.checkin import CheckInError, valid_note
from app.storage.closing_report import save_unsaved
from app.storage.database import open_log
from app.storage.export import export_json
from app.storage.export_file import ExportFileError, check_target
from app.storage.history import History
from app.storage.importer import import_json
from app.storage.log_format import LogImportError
from app.storage.recorder import SessionRecorder
from app.storage.recovery import recover
from app.storage.routines import RoutineStore
from app.storage.statistics import Statistics
from app.ui.log.check_in_dialog import CheckInDialog
from app.ui.log.log_integration import LogIntegration, closing_box
from app.ui.plan.routine_editor import RoutineEditor
from app.ui.progress import ProgressPage
from tests.fakes import FakeClock
from tests.hostile_backups import HOSTILE
from tests.storage.damage import damaged_log, real_log
from tests.ui.conftest import SMALL_PLAN, WindowFactory, let_pass
from tests.ui.full_window import DEFAULT_SIZE
from tests.ui.log.test_import_messages import shown_by
from tests.ui.pseudo_locale import (
    USER_WORDS,
    assert_all_translated,
    assert_nothing_cut,
    untranslated_templates,
)

# What a backup's errors quote from the file: its fields as the file names them
# (``sessions[0].sets[1].held_seconds``), the bad value itself, and Python's names of types.
KEYS = {
    "format",
    "version",
    "sessions",
    "routines",
    "runs",
    "started_at",
    "ended_at",
    "status",
    "plan",
    "back_pain",
    "note",
    "sets",
    "exercise",
    "planned_seconds",
    "held_seconds",
    "completed",
    "round",
    "blocks",
    "hold",
    "rest",
    "rounds",
    "get_ready",
    "switch",
    "alternate_sides",
    "name",
    "elapsed_seconds",
    "moving_seconds",
    "distance_m",
    "sport",
    "avg_heart_rate",
    "effort",
    "source_name",
    "source_hash",
}
_FIELD = re.compile(r"[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
FILE_WORDS = ("NaN", "str", "list", "dict", "Marathon")  # a value, types, a routine's name


def without_file_words(text: str, path: Path) -> str:
    """The message with the file's path, what it quotes from the file and the code points it
    names taken out: what is left is the app's."""
    text = re.sub(r"U\+[0-9A-F]{4,6}", " ", text.replace(str(path), " "))

    def field(match: re.Match[str]) -> str:
        names = re.sub(r"\[\d+\]", "", match.group()).split(".")
        return " " if all(name in KEYS for name in names) else match.group()

    return _FIELD.sub(field, _QUOTED.sub(" ", text))


@pytest.mark.usefixtures("pseudo_locale")
def test_every_refused_backup_is_said_in_the_users_language(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    real_log(tmp_path / "data", workouts=2)
    with open_log(tmp_path / "data") as log:
        good = export_json(log)
        integration = LogIntegration(make_window(), log, SessionRecorder(log))
        said = []
        for name, builder in HOSTILE.items():
            folder = tmp_path / re.sub(r"\W+", "-", name)
            folder.mkdir()
            path, _ = builder(good, folder)
            with pytest.raises(LogImportError) as refused:
                import_json(log, path)
            assert untranslated_templates(refused.value.message) == [], name
            title, text = shown_by(lambda path=path: integration.import_file(path))
            said += [(f"{name} title", title), (name, without_file_words(text, path))]
    assert_all_translated(said, "refused backups", (*USER_WORDS, *FILE_WORDS))


@pytest.mark.usefixtures("pseudo_locale")
def test_export_errors_and_what_a_damaged_log_left_out_are_translated(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    damaged_log(tmp_path / "damaged", "note")
    with open_log(tmp_path / "damaged") as log:
        integration = LogIntegration(make_window(), log, SessionRecorder(log))
        said = [
            shown_by(lambda: integration.export_to(log.path, as_csv=False)),
            shown_by(lambda: integration.export_to(tmp_path, as_csv=True)),
            shown_by(lambda: integration.export_to(tmp_path / "backup.json", as_csv=False)),
        ]
        page = ProgressPage(Statistics(log), History(log))
        qtbot.addWidget(page)
        page.resize(*DEFAULT_SIZE)
        page.show()
        qtbot.waitExposed(page)
        damaged = page.history_table.damaged
        assert damaged.isVisible()
        left_out = page.history_table.model.history.damaged.summary_message()
        assert left_out is not None
        assert untranslated_templates(left_out) == []
        for target in (log.path, tmp_path):
            with pytest.raises(ExportFileError) as refused:
                check_target(target, log.path)
            assert untranslated_templates(refused.value.message) == []
        texts = [("history", damaged.text())]
        assert_nothing_cut(page.history_table, "damaged log")
        page.close()
    for title, text in said:
        texts += [("export title", title), ("export", text)]
    # The paths and the days named are not words.
    allowed = (*USER_WORDS, str(tmp_path / "damaged" / "plank-timer.sqlite3"), str(tmp_path))
    assert_all_translated(texts, "export", allowed)


@pytest.mark.usefixtures("pseudo_locale")
def test_holds_kept_for_later_are_said_at_close_and_at_the_next_start(
    make_window: WindowFactory, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    log = open_log(data, busy_timeout_ms=20)
    # The wall clock moves with the fake one, as it would while the workout runs.
    started = datetime(2026, 11, 25, 7, 0).astimezone()
    recorder = SessionRecorder(
        log, wall_clock=lambda: started + timedelta(seconds=clock()), monotonic_clock=clock
    )
    integrations: list[LogIntegration] = []
    window = make_window(plan=SMALL_PLAN, on_session=lambda s, p: integrations[0].follow(s, p))
    integrations.append(LogIntegration(window, log, recorder, check_in=False))
    other = sqlite3.connect(log.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the log to the end
    window.workout.start()
    let_pass(window, clock, 1000.0)
    texts = [("after the workout", window.workout.message.text())]
    (tmp_path / "a-file").write_text("")  # no folder can be made inside a file
    lost = save_unsaved(recorder, [tmp_path / "a-file" / "x"], datetime(2026, 11, 25, 7, 5))
    report = save_unsaved(recorder, [data], datetime(2026, 11, 25, 7, 5))
    other.execute("ROLLBACK")
    other.close()
    log.close()
    assert lost is not None
    assert lost.lost
    assert report is not None
    for moment, closing in (("saved", report), ("nowhere", lost)):
        assert untranslated_templates(closing.problem) == [], moment
        box = closing_box(closing)
        box.show()
        qtbot.waitExposed(box)
        texts += [(f"{moment} title", box.windowTitle()), (moment, box.text())]
        box.close()
    (saved,) = data.glob("plank-timer-recovery-*.json")
    with open_log(data) as reopened:  # the next start
        recovered = recover(reopened, [data])
        assert recovered.holds > 0
        later = make_window()
        LogIntegration(later, reopened, SessionRecorder(reopened), recovered=recovered)
        texts.append(("next start", later.workout.message.text()))
    nowhere = str(tmp_path / "a-file" / "x")
    allowed = (
        *USER_WORDS,
        str(log.path),
        str(saved),
        nowhere,
        "database is locked",
        os.strerror(errno.ENOTDIR),
    )
    assert_all_translated(texts, "unsaved holds", allowed)


@pytest.mark.usefixtures("pseudo_locale")
def test_a_refused_name_or_note_is_said_in_the_users_language(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    with open_log(tmp_path / "data") as log:
        editor = RoutineEditor(RoutineStore(log))
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        texts = []
        for name in ("x" * 41, "Evil\u202eeman", ""):
            with pytest.raises(PlanError) as refused:
                RoutineStore(log).add(Routine(name, Plan.simple()))
            assert untranslated_templates(refused.value.message) == []
            editor._create(name)
            texts.append((repr(name), editor.message.text()))
            assert_nothing_cut(editor, repr(name))
        check_in = CheckInDialog(make_window())
        check_in.show()
        qtbot.waitExposed(check_in)
        with pytest.raises(CheckInError) as refused:
            valid_note("stiff\u202eback")
        assert untranslated_templates(refused.value.message) == []
        check_in.note.setText("stiff\u202eback")
        check_in.accept()
        assert check_in.isVisible()  # a note it cannot keep: said, and the dialog stays
        texts.append(("note", check_in.error.text()))
        assert_nothing_cut(check_in, "note")
        check_in.close()
    assert_all_translated(texts, "names and notes", (*USER_WORDS, "U+202E"))
