"""Puts the chosen language in place before the first frame: Qt's translators and the locale.

Which language: ``--lang`` for this run, else the one chosen in Settings -> Language
(remembered), else the first of the desktop's preferred languages the app has, else English.
Installing it is cheap (one small ``.qm`` file for the app's words, one for Qt's own standard
buttons), so it happens before the first paint.

Numbers and dates follow ``QLocale``'s default: the desktop's own locale (with its regional
habits) while the language follows the desktop, or the chosen language's locale once the user
picks another language, so a French interface never shows German dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.languages import SOURCE_LANGUAGE, first_match, match_language, shipped_languages
from app.resources import translation_path


@dataclass(frozen=True)
class LanguageChoice:
    """The language to show and whether the user asked for it (else the desktop's)."""

    code: str
    explicit: bool


def choose_language(
    requested: str | None,
    remembered: str | None,
    desktop: Sequence[str],
    available: Sequence[str],
) -> LanguageChoice:
    """``requested`` (``--lang``), else ``remembered`` (Settings), else the desktop's."""
    for wanted in (requested, remembered):
        if wanted:
            found = match_language(wanted, available)
            if found is not None:
                return LanguageChoice(found, explicit=True)
    found = first_match(desktop, available)
    return LanguageChoice(found or SOURCE_LANGUAGE, explicit=False)


def desktop_languages() -> list[str]:
    """The desktop's preferred languages, most wanted first (``["de-DE", "de", "en"]``)."""
    return list(QLocale.system().uiLanguages())


def install_language(
    app: QCoreApplication, requested: str | None, remembered: str | None
) -> LanguageChoice:
    """Choose the language and install its translators on ``app``; returns the choice."""
    choice = choose_language(requested, remembered, desktop_languages(), shipped_languages())
    if choice.explicit:
        QLocale.setDefault(QLocale(choice.code))
    if choice.code == SOURCE_LANGUAGE:
        return choice
    path = translation_path(choice.code)
    if path is not None:
        _install(app, str(path))
    # Qt's own words (the standard Close, Yes and No buttons, the file dialogs), where PySide6
    # ships them.
    _install(
        app, f"qtbase_{choice.code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    return choice


def _install(app: QCoreApplication, name: str, folder: str = "") -> None:
    # The application is the translator's parent: it lives as long as the app runs.
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
