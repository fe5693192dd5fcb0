"""Checks the translations (``translations/*.ts``) and reports how complete each one is.

Usage:
  .venv/bin/python tools/translation_status.py --check [TS ...]   exit 1 on any problem
  .venv/bin/python tools/translation_status.py --readme README.md  rewrite the README's table

A message is complete when it has a translation that is not marked unfinished, every
plural form is filled in, and the translation keeps the source's ``{fields}`` and ``%n``.
A missing field would drop a number from the sentence, or stop the window from filling it
in, so that counts as a problem too. English (``plank_timer_en.ts``) holds only plural forms.

Reads the XML with the standard library alone, so it runs without Qt (and in CI's lint).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
PREFIX = "plank_timer_"
BEGIN = "<!-- translation-status:begin (make translation-status) -->"
END = "<!-- translation-status:end -->"
_FIELD = re.compile(r"\{[a-z_]+\}")
_COUNT = re.compile(r"%L?n")


@dataclass
class Status:
    """One .ts file: its messages, how many are done, and what is wrong with the rest."""

    code: str
    total: int = 0
    finished: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else self.finished * 100 // self.total


def _code(path: Path) -> str:
    return path.stem.removeprefix(PREFIX)


def _keeps_fields(source: str, text: str) -> bool:
    return sorted(_FIELD.findall(source)) == sorted(_FIELD.findall(text))


def check(path: Path) -> Status:
    """Every message of ``path`` checked; ``problems`` names each incomplete one."""
    status = Status(_code(path))
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or "?"
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            status.total += 1
            where = f"{path.name}: {name}: {source!r}"
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                status.problems.append(f"{where} is not translated (unfinished)")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not form.strip() for form in forms):
                status.problems.append(f"{where} has an empty translation")
                continue
            wrong = [form for form in forms if not _keeps_fields(source, form)]
            if wrong:
                status.problems.append(f"{where}: {wrong[0]!r} changes the {{fields}}")
                continue
            if _COUNT.search(source) and any(not _COUNT.search(form) for form in forms[1:]):
                status.problems.append(f"{where}: a plural form lost the %n")
                continue
            status.finished += 1
    return status


def all_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))


def table(statuses: list[Status]) -> str:
    """The README's Markdown table: one row per language."""
    lines = ["| language | code | translated | complete |", "| --- | --- | --- | --- |"]
    for status in statuses:
        if status.code == "en":
            continue  # the source language: its file holds plural forms only
        lines.append(
            f"| {_language_name(status.code)} | `{status.code}` |"
            f" {status.finished} of {status.total} | {status.percent}% |"
        )
    return "\n".join(lines)


def _language_name(code: str) -> str:
    names = {
        "de": "German",
        "fr": "French",
        "es": "Spanish",
        "it": "Italian",
        "nl": "Dutch",
        "pt_BR": "Portuguese (Brazil)",
    }
    return names.get(code, code)


def write_readme(readme: Path, statuses: list[Status]) -> None:
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{readme}: no {BEGIN} ... {END} markers to put the table between")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{BEGIN}\n{table(statuses)}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="default: translations/*.ts")
    parser.add_argument("--check", action="store_true", help="exit 1 if any is incomplete")
    parser.add_argument("--readme", type=Path, help="rewrite the table in this README")
    args = parser.parse_args(argv)
    files = args.files or all_files()
    statuses = [check(path) for path in files]
    if args.readme is not None:
        write_readme(args.readme, statuses)
    problems = [problem for status in statuses for problem in status.problems]
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.check:
        if problems:
            print(f"{len(problems)} translation problem(s); see above", file=sys.stderr)
            return 1
        print(f"{len(statuses)} translation files complete")
    else:
        print(table(statuses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
