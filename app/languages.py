"""Which languages the app speaks, and how a requested code (``--lang de``) is matched to one.

No Qt here: the command line checks ``--lang`` before any window opens. The languages are
English (the source language, built into the code) and every compiled translation found
beside the assets (``assets/translations/plank_timer_<code>.qm``, made by
``make translations`` from ``translations/*.ts``), so a translator who adds a ``.ts`` file
adds a language without touching this list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SOURCE_LANGUAGE = "en"
"""The language the program's strings are written in; it needs no translation file."""


def shipped_languages() -> list[str]:
    """Every language code the app can show, sorted: ``["de", "en", "es", ...]``."""
    from app.resources import translation_codes

    return sorted({SOURCE_LANGUAGE, *translation_codes()})


def _normal(code: str) -> str:
    return code.strip().replace("-", "_").casefold()


def match_language(requested: str, available: Sequence[str]) -> str | None:
    """The available code meant by ``requested``, or None.

    Case and ``-``/``_`` do not matter (``pt-br`` is ``pt_BR``); a region the app has no
    translation for falls back to the language (``de_AT`` is ``de``), and a bare language
    finds its one regional translation (``pt`` is ``pt_BR``).
    """
    wanted = _normal(requested)
    if not wanted:
        return None
    by_normal = {_normal(code): code for code in available}
    if wanted in by_normal:
        return by_normal[wanted]
    language = wanted.split("_")[0]
    if language in by_normal:
        return by_normal[language]
    regional = [code for code in available if _normal(code).split("_")[0] == language]
    return regional[0] if len(regional) == 1 else None


def first_match(wanted: Iterable[str], available: Sequence[str]) -> str | None:
    """The first of ``wanted`` (e.g. the desktop's preferred languages) that is available."""
    for requested in wanted:
        found = match_language(requested, available)
        if found is not None:
            return found
    return None


def unknown_language_message(requested: str, available: Sequence[str]) -> str:
    """One line naming the codes there are: for ``--lang`` with a code the app lacks."""
    return f"unknown language {requested!r}; choose one of: {', '.join(available)}"


@dataclass(frozen=True)
class VoiceChoice:
    """Whose recorded words the timer speaks: ``clips`` names the language of the recordings;
    ``own`` says whether that is the window's language (else English stands in for it)."""

    clips: str
    own: bool


def voice_choice(language: str, voiced: Iterable[str]) -> VoiceChoice:
    """The window's ``language`` speaks with its own clips when it has them (``voiced``, the
    languages with a folder of clips; English always has its own); otherwise English clips
    stand in, to be spoken only if the user asked for English words (Settings)."""
    if language == SOURCE_LANGUAGE or language in set(voiced):
        return VoiceChoice(language, own=True)
    return VoiceChoice(SOURCE_LANGUAGE, own=False)
