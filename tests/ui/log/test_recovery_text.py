"""What the window says about holds kept for later, with each language's own plural forms.

English has two forms, but Polish has three (1 trzymanie, 3 trzymania, 5 trzymań): the
sentences are made in the window with ``%Ln``, so Qt picks the form by the language's rule,
not by English's. The Polish file here is made at test time from the English one's messages.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.core.message import Message
from app.storage.closing_report import ClosingReport
from app.storage.recovery import Recovered
from app.ui.log.recovery_text import closing_text, recovered_text

ROOT = Path(__file__).resolve().parents[3]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
FORMS = ("JEDEN", "KILKA", "WIELE")  # Polish: one, few (2-4, 22-24...), many
PROBLEM = Message("the log is locked")


def _polish_ts(target: Path) -> Path:
    """Every plural message of the window's recovery sentences, one marked word per form."""
    english = ET.parse(ROOT / "translations" / "plank_timer_en.ts").getroot()
    root = ET.Element("TS", version="2.1", language="pl")
    for context in english.iter("context"):
        if context.findtext("name") != "RecoveryText":
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = "RecoveryText"
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            made = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(made, "source").text = source
            translation = ET.SubElement(made, "translation")
            for form in FORMS:
                fields = " ".join(
                    f for f in ("{problem}", "{file}", "{reason}", "{files}") if f in source
                )
                ET.SubElement(translation, "numerusform").text = f"{form} %Ln {fields}"
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
    return target


@pytest.fixture
def polish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    ts = _polish_ts(tmp_path / "pl.ts")
    qm = tmp_path / "pl.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("polish")
@pytest.mark.parametrize(
    ("holds", "form"), [(1, "JEDEN"), (3, "KILKA"), (5, "WIELE"), (22, "KILKA")]
)
def test_each_count_takes_its_languages_own_plural_form(holds: int, form: str) -> None:
    saved = ClosingReport(PROBLEM, holds, Path("/data/recovery.json"))
    lost = ClosingReport(PROBLEM, holds, None, Message("no folder would take them"))
    added = Recovered(files=[Path("/data/recovery.json")], holds=holds)

    assert closing_text(saved) == f"{form} {holds} the log is locked /data/recovery.json"
    assert closing_text(lost) == f"{form} {holds} the log is locked no folder would take them"
    assert recovered_text(added) == f"{form} {holds} /data/recovery.json"


def test_in_english_one_hold_and_many_read_as_before() -> None:
    one = ClosingReport(PROBLEM, 1, Path("/data/r.json"))
    many = ClosingReport(PROBLEM, 9, None, Message("no folder would take them"))

    assert closing_text(one) == (
        "the log is locked. 1 hold is saved in /data/r.json instead and will be added to the log"
        " when Plank Timer next starts."
    )
    assert closing_text(one) == one.message
    assert (
        closing_text(many)
        == many.message
        == ("the log is locked. 9 holds could not be saved anywhere: no folder would take them.")
    )
