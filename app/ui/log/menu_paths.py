"""The Log menu's run entries, and the path the window's notes name them by.

The running section and the runs table tell a user with no runs where to find the
commands ("Log → Import runs…"). The path is made from the menu's own translated words,
so the note and the menu agree in every language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.core.message import QT_TRANSLATE_NOOP

# English here, translated where shown; lupdate needs the context spelled out in each.
IMPORT_RUNS = QT_TRANSLATE_NOOP("RunsMenu", "Import &runs…")
IMPORT_RUN_FOLDER = QT_TRANSLATE_NOOP("RunsMenu", "Import runs from a &folder…")
ADD_RUN = QT_TRANSLATE_NOOP("RunsMenu", "&Add a run…")
_LOG_MENU = ("MainWindow", "&Log")  # the title MainWindow gives the menu
_CJK_MNEMONIC = re.compile(r"\s*\(&[^)]\)")  # "インポート(&R)": the key in brackets


def entry_text(entry: str) -> str:
    """A run entry of the Log menu in the user's language, with its Alt key's ``&``."""
    return QCoreApplication.translate("RunsMenu", entry)


def plain(text: str) -> str:
    """A menu text as read, without its mnemonic: ``Import &runs…`` -> ``Import runs…``."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_path(entry: str) -> str:
    """``Log → Import runs…``: where a run entry is, as the menu bar shows it."""
    menu = QCoreApplication.translate(*_LOG_MENU)
    return f"{plain(menu)} → {plain(entry_text(entry))}"
