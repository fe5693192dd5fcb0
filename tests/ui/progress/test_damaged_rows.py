"""The progress view of a log with one damaged byte inside one session: it opens, leaves that
session out of the history and names it; every other number still shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.storage.database import open_log
from tests.storage.damage import damaged_log
from tests.ui.progress.conftest import PageFactory


@pytest.mark.parametrize("where", ["note", "plan"])
def test_the_progress_view_names_the_session_it_cannot_read(
    qtbot: QtBot, make_page: PageFactory, tmp_path: Path, where: str
) -> None:
    damaged_log(tmp_path, where)
    with open_log(tmp_path) as log:
        page = make_page(log, date(2024, 5, 6))
        table = page.history_table
        assert table.model.rowCount() == 5
        assert table.count.text() == "5 workouts"
        assert not table.damaged.isHidden()
        assert table.damaged.text() == (
            "Left out what could not be read (a damaged byte in the log): session 3 (2024-05-03)."
        )
        # Six workouts count: the damaged one's holds are real, only its text is not.
        assert page.summary.sessions.value.text() == "6"
