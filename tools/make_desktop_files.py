"""Writes the desktop file and the AppStream metadata, with every translation in the .ts files.

Usage: .venv/bin/python tools/make_desktop_files.py [--check]   (make desktop-files)

The English words are in ``tools/desktop_texts.py`` (context ``desktop`` in the .ts files);
each finished translation becomes ``Name[de]=`` in the desktop file and an ``xml:lang``
element in the metainfo. ``--check`` writes nothing and exits 1 if the committed files are
not what this would write (the tests run it, so a new translation is never left out).
Needs no Qt: the .ts files are read as XML.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import desktop_texts as texts  # noqa: E402 (after the path is set)

APP_ID = "io.github.planktimer.PlankTimer"
DESKTOP = ROOT / "assets" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "assets" / "desktop" / f"{APP_ID}.metainfo.xml"
TRANSLATIONS = ROOT / "translations"
CONTEXT = "desktop"
VERSION = "0.1.0"
RELEASE_DATE = "2026-11-25"

Catalogue = dict[str, dict[str, str]]
"""Language code -> English text -> its finished translation."""


def catalogue() -> Catalogue:
    """Every finished translation of the ``desktop`` context, by language."""
    found: Catalogue = {}
    for path in sorted(TRANSLATIONS.glob("plank_timer_*.ts")):
        code = path.stem.removeprefix("plank_timer_")
        if code == "en":
            continue
        words: dict[str, str] = {}
        for context in ET.parse(path).getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") or not translation.text:
                    continue
                words[message.findtext("source") or ""] = translation.text
        found[code] = words
    return found


def _translations(words: Catalogue, english: str) -> list[tuple[str, str]]:
    """(code, text) for each language that translates ``english`` differently."""
    return [
        (code, table[english])
        for code, table in words.items()
        if english in table and table[english] != english
    ]


def desktop_file(words: Catalogue) -> str:
    lines = ["[Desktop Entry]", "Type=Application", "Version=1.4"]
    for key, english in (
        ("Name", texts.NAME),
        ("GenericName", texts.GENERIC_NAME),
        ("Comment", texts.SUMMARY),
    ):
        lines.append(f"{key}={english}")
        lines += [f"{key}[{code}]={text}" for code, text in _translations(words, english)]
    lines += [
        "Exec=plank-timer",
        "Icon=plank-timer",
        "Terminal=false",
        "Categories=Utility;Clock;",
        f"Keywords={texts.KEYWORDS}",
    ]
    lines += [
        f"Keywords[{code}]={text if text.endswith(';') else text + ';'}"
        for code, text in _translations(words, texts.KEYWORDS)
    ]
    lines += ["StartupNotify=true", "StartupWMClass=plank-timer", ""]
    return "\n".join(lines)


def _element(tag: str, english: str, words: Catalogue, indent: str) -> list[str]:
    """``<tag>english</tag>`` and one ``<tag xml:lang="..">`` per translation."""
    lines = [f"{indent}<{tag}>{escape(english)}</{tag}>"]
    lines += [
        f'{indent}<{tag} xml:lang="{code}">{escape(text)}</{tag}>'
        for code, text in _translations(words, english)
    ]
    return lines


def metainfo(words: Catalogue) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- AppStream metadata: what software centres show for Plank Timer."
        " Written by tools/make_desktop_files.py from tools/desktop_texts.py and the"
        " .ts files: edit those, then run make desktop-files. -->",
        '<component type="desktop-application">',
        f"  <id>{APP_ID}</id>",
        "  <metadata_license>CC0-1.0</metadata_license>",
        "  <project_license>MIT</project_license>",
        "",
        *_element("name", texts.NAME, words, "  "),
        *_element("summary", texts.SUMMARY, words, "  "),
        '  <developer id="io.github.planktimer">',
        "    <name>The Plank Timer developers</name>",
        "  </developer>",
        "",
        "  <description>",
        *_element("p", texts.DESCRIPTION, words, "    "),
        "    <ul>",
        *[line for feature in texts.FEATURES for line in _element("li", feature, words, "      ")],
        "    </ul>",
        "  </description>",
        "",
        f'  <launchable type="desktop-id">{APP_ID}.desktop</launchable>',
        "",
        "  <provides>",
        "    <binary>plank-timer</binary>",
        "  </provides>",
        "",
        "  <categories>",
        "    <category>Utility</category>",
        "    <category>Clock</category>",
        "  </categories>",
        "",
        "  <keywords>",
        *[f"    <keyword>{escape(word)}</keyword>" for word in texts.KEYWORDS.split(";") if word],
        *[
            f'    <keyword xml:lang="{code}">{escape(word)}</keyword>'
            for code, text in _translations(words, texts.KEYWORDS)
            for word in text.split(";")
            if word
        ],
        "  </keywords>",
        "",
        "  <supports>",
        "    <control>keyboard</control>",
        "    <control>pointing</control>",
        "  </supports>",
        "",
        '  <content_rating type="oars-1.1"/>',
        "",
        "  <releases>",
        f'    <release version="{VERSION}" date="{RELEASE_DATE}">',
        "      <description>",
        *_element("p", texts.RELEASE_0_1_0, words, "        "),
        "      </description>",
        "    </release>",
        "  </releases>",
        "</component>",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    words = catalogue()
    stale = []
    for path, text in ((DESKTOP, desktop_file(words)), (METAINFO, metainfo(words))):
        if args.check:
            if path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"{path.relative_to(ROOT)} is stale: run make desktop-files", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
