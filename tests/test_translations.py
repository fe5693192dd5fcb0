"""The translations: complete in every shipped language, and up to date with the code.

A string wrapped in tr() but not yet extracted, or extracted but not yet translated, fails
here (and in ``make lint``) with the command that fixes it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
STATUS = ROOT / "tools" / "translation_status.py"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
SHIPPED = {"de", "fr", "es", "it", "nl", "pt_BR"}
# What lupdate reads, as in the Makefile's I18N_SOURCES.
SOURCES = [ROOT / "app", ROOT / "tools" / "desktop_texts.py"]


def run_status(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(STATUS), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_six_languages_are_shipped() -> None:
    codes = {path.stem.removeprefix("plank_timer_") for path in TRANSLATIONS.glob("*.ts")}
    assert codes >= SHIPPED | {"en"}


def test_every_translation_is_complete() -> None:
    result = run_status("--check")
    assert result.returncode == 0, result.stderr


def test_an_unfinished_entry_fails_the_check(tmp_path: Path) -> None:
    ts = tmp_path / "plank_timer_de.ts"
    text = (TRANSLATIONS / "plank_timer_de.ts").read_text(encoding="utf-8")
    ts.write_text(
        text.replace(
            "<translation>Bestes Training</translation>",
            '<translation type="unfinished"></translation>',
            1,
        ),
        encoding="utf-8",
    )

    result = run_status("--check", ts)

    assert result.returncode == 1
    assert "'Best workout' is not translated (unfinished)" in result.stderr


def test_a_translation_that_loses_a_field_fails_the_check(tmp_path: Path) -> None:
    ts = tmp_path / "plank_timer_fr.ts"
    text = (TRANSLATIONS / "plank_timer_fr.ts").read_text(encoding="utf-8")
    broken = text.replace("Tour {round} sur {rounds}", "Tour {round} sur trois", 1)
    assert broken != text
    ts.write_text(broken, encoding="utf-8")

    result = run_status("--check", ts)

    assert result.returncode == 1
    assert "changes the {fields}" in result.stderr


@pytest.mark.parametrize("code", ["de", "en"])
def test_the_ts_files_hold_every_string_the_code_wraps(tmp_path: Path, code: str) -> None:
    # Extract afresh into a copy: nothing may appear or vanish. If this fails, a string was
    # wrapped (or unwrapped) without `make update-translations`.
    assert LUPDATE.exists(), f"{LUPDATE} is missing"
    committed = TRANSLATIONS / f"plank_timer_{code}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    options = ["-pluralonly"] if code == "en" else []
    result = subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            *options,
            *map(str, SOURCES),
            "-ts",
            str(fresh),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr

    added = messages(fresh) - messages(committed)
    gone = messages(committed) - messages(fresh)
    assert (added, gone) == (set(), set()), "run `make update-translations`, then translate"


def test_the_readme_table_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = run_status().stdout.strip()
    assert table in readme, "run `make translation-status`"
