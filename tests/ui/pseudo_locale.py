"""A pseudo-locale made at test time from the .ts sources, and what it lets a test find.

Every translation is the English source, accented (``Ŕéśţ``), lengthened by a third
(``~``) and wrapped in brackets: ``[Ŕéśţ~~]``. On screen, text outside brackets was never
translated; text cut short means a layout that will cut a longer language too. The
``{fields}``, ``%n`` and the ``&`` of mnemonics are kept as they are, so the app fills them in
(the mnemonic's letter is accented like the rest).
"""

from __future__ import annotations

import html
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.core.message import Message
from app.languages import shipped_languages
from app.ui.language_menu import native_name

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "translations" / "plank_timer_de.ts"  # any full .ts: its messages and plurals
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
_ACCENTS = str.maketrans("aceinorsuyzACEINORSUYZ", "áçéîñóŕśúýžÁÇÉÎÑÓŔŚÚÝŽ")
_KEEP = re.compile(r"(\{[a-z_]+\}|%L?n|&&|&)")
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_TAG = re.compile(r"<[^>]+>")
_LETTER = re.compile(r"[^\W\d_]")
# A word with a letter that pseudo() accents, left as it is.
_PLAIN_WORD = re.compile(r"[^\W\d_]*[aceinorsuyzACEINORSUYZ][^\W\d_]*")

# Qt's own standard buttons: translated by Qt's qtbase files in a real language.
QT_STANDARD = {"OK", "&OK", "Cancel", "&Cancel", "Close", "&Close", "Yes", "&Yes", "No", "&No"}
BRAND = "Plank Timer"
BUTTON_PADDING = 12  # a push button's frame and margins around its text


def pseudo(source: str) -> str:
    """``Rest {seconds} s`` -> ``[Ŕéśţ {seconds} ś~~~~]``: accented, a third longer, wrapped."""
    parts = _KEEP.split(source)
    text = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    visible = len(source.replace("&", "")) - sum(
        len(k) for k in re.findall(r"\{[a-z_]+\}|%L?n", source)
    )
    return f"[{text}{'~' * max(1, math.ceil(visible / 3))}]"


def write_pseudo_ts(target: Path) -> Path:
    """A .ts with every message of the template translated by :func:`pseudo`."""
    tree = ET.parse(TEMPLATE)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def compile_pseudo(folder: Path) -> Path:
    """The pseudo-locale as a .qm file, compiled with lrelease."""
    ts = write_pseudo_ts(folder / "plank_timer_pseudo.ts")
    qm = folder / "plank_timer_pseudo.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


def locale_words() -> set[str]:
    """Day and month names QLocale writes in dates: translated by Qt, not by the app."""
    locale = QLocale()
    words: set[str] = set()
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        for day in range(1, 8):
            words.update((locale.dayName(day, kind), locale.standaloneDayName(day, kind)))
        for month in range(1, 13):
            words.update((locale.monthName(month, kind), locale.standaloneMonthName(month, kind)))
    return {word for word in words if word}


def untranslated(text: str, allowed: Iterable[str] = ()) -> str:
    """What of ``text`` never went through the translator, or ``""``: text outside the pseudo
    brackets that has letters, and words inside them that :func:`pseudo` would have accented
    (an English value, such as a part of a sentence, put into a translated one)."""
    if _TAG.search(text):  # rich text: its tags and entities (&nbsp;) are markup, not words
        text = html.unescape(_TAG.sub(" ", text))
    for word in sorted({BRAND, *locale_words(), *allowed}, key=len, reverse=True):
        text = text.replace(word, " ")
    text = text.replace("&&", " ")
    plain = " ".join(_PLAIN_WORD.findall(text))
    previous = None
    while previous != text:
        previous, text = text, _BRACKETED.sub(" ", text)
    return text.strip() if _LETTER.search(text) else plain


def shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible text under ``widget``: labels, buttons, boxes, menus."""
    found: list[tuple[str, str]] = [("window title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        name = f"{type(child).__name__} {child.objectName() or child.accessibleName()}"
        if isinstance(child, QLabel | QAbstractButton):
            found.append((name, child.text()))
        elif isinstance(child, QComboBox):
            found += [(name, child.itemText(index)) for index in range(child.count())]
        elif isinstance(child, QLineEdit):
            found.append((name, child.placeholderText()))
        elif isinstance(child, QSpinBox):
            found.append((name, child.suffix()))
    return [(where, text) for where, text in found if text.strip() and text not in QT_STANDARD]


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    """(menu title, action text) for a menu and its submenus."""
    found = [("menu", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append((f"menu {menu.title()}", action.text()))
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return found


def cut_off(widget: QWidget) -> list[str]:
    """Visible labels and buttons under ``widget`` narrower (or shorter) than their text."""
    QApplication.processEvents()  # let pending layouts run, as they would before a paint
    problems = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel) and child.text().strip():
            if child.wordWrap():
                needed = child.heightForWidth(child.width())
                if needed > child.height() + 1:
                    problems.append(f"{child.text()!r}: {child.height()} px high, needs {needed}")
            elif child.sizeHint().width() > child.width() + 1:
                problems.append(
                    f"{child.text()!r}: {child.width()} px wide, needs {child.sizeHint().width()}"
                )
        elif isinstance(child, QAbstractButton) and child.text().strip():
            # The text's own width, not sizeHint(): a style's minimum button width (80 px in
            # Fusion) would flag the check-in's 0-10 buttons, whose digits fit.
            text = child.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = child.fontMetrics().horizontalAdvance(text) + BUTTON_PADDING
            if isinstance(child, QCheckBox | QRadioButton):
                needed = child.sizeHint().width()
            if needed > child.width() + 1:
                problems.append(f"{child.text()!r}: {child.width()} px wide, needs {needed}")
    return problems


# The user's own words (a custom exercise in the seeded month, a routine made here) and each
# language's name in itself (the Language menu), which no translation changes.
USER_WORDS = ("Bird dog", "Mine", *(native_name(code) for code in shipped_languages()))


def assert_all_translated(
    texts: list[tuple[str, str]], moment: str = "", allowed: Iterable[str] = USER_WORDS
) -> None:
    left = [(where, text, untranslated(text, allowed)) for where, text in texts]
    left = [found for found in left if found[2]]
    assert left == [], f"{moment}: text shown without going through the translator: {left}"


def assert_nothing_cut(widget: QWidget, moment: str = "") -> None:
    problems = cut_off(widget)
    assert problems == [], f"{moment}: text cut off: {problems}"


def untranslated_templates(message: Message) -> list[str]:
    """Every template in a message and the messages it holds that has no translation.

    A value is shown inside its template's brackets, so :func:`untranslated` cannot see an
    English value inside a translated sentence; this asks the translator for each part.
    Templates without words (``{where}: {reason}``, a list's commas) need none.
    """
    found = []
    words = re.sub(r"\{[a-z_0-9]+\}", "", message.template)
    if _LETTER.search(words) and (
        QCoreApplication.translate(message.context, message.template) == message.template
    ):
        found.append(message.template)
    for value in message.args.values():
        if isinstance(value, Message):
            found += untranslated_templates(value)
    return found
