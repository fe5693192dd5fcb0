"""The one way the program finds its asset files (sounds, icons, compiled translations).

Two layouts hold the assets:

* an installed wheel or the stand-alone bundle, where the build copies the repository's
  ``assets/`` into the package as ``app/assets`` (pyproject:
  ``[tool.hatch.build.targets.wheel.force-include]``; bundle: ``bundle/contents.py``), the
  compiled translations with it, as ``app/assets/translations/*.qm``;
* the source tree (a checkout, or an editable install), where ``assets/`` sits at the
  repository root beside ``app/``, with the translations ``make translations`` compiles
  from ``translations/*.ts`` in ``assets/translations/``.

The packaged location is checked first, so an installed program never picks up a stray
checkout's files.
"""

from __future__ import annotations

import atexit
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SOUND_SUFFIX = ".wav"
SOURCE_LANGUAGE = "en"
"""The language of the clips in ``assets/sounds/voice/`` itself (app.languages says so too)."""
TRANSLATION_PREFIX = "plank_timer_"
TRANSLATION_SUFFIX = ".qm"

# A package loaded from a zip archive has no real files: as_file() extracts a copy, which
# must outlive every caller, so the copies are kept until the interpreter exits.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _candidates(parts: tuple[str, ...]) -> list[Traversable]:
    # importlib.resources costs ~30 ms to import: only asked when a file is not found plainly.
    from importlib import resources

    package = resources.files("app")
    packaged: Traversable = package.joinpath("assets")
    for part in parts:
        packaged = packaged.joinpath(part)
    source = Path(__file__).resolve().parent.parent.joinpath("assets", *parts)
    return [packaged, source]


def asset_path(*parts: str) -> Path:
    """A real file path for ``assets/<parts...>``; FileNotFoundError names where it looked."""
    candidates = _candidates(parts)
    for candidate in candidates:
        if candidate.is_file():
            if isinstance(candidate, Path):
                return candidate
            from importlib import resources

            return _extracted.enter_context(resources.as_file(candidate))
    looked = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"asset {'/'.join(parts)} not found (looked in {looked})")


def sound_path(name: str) -> Path:
    """The WAV file of a sound: ``sound_path("tick")`` (or ``"tick.wav"``)."""
    file_name = name if name.endswith(SOUND_SUFFIX) else name + SOUND_SUFFIX
    return asset_path("sounds", file_name)


def voice_path(name: str) -> Path:
    """The WAV file of a recorded voice clip: ``voice_path("rest")``."""
    return asset_path("sounds", "voice", name + SOUND_SUFFIX)


def _plain_folders(*parts: str) -> list[Path]:
    """The packaged and the source-tree folder ``assets/<parts...>``, as plain paths.

    Cheap (no importlib.resources), for the first frame; an app loaded from a zip archive has
    neither, and falls back to :func:`asset_path`.
    """
    package = Path(__file__).resolve().parent
    return [package.joinpath("assets", *parts), package.parent.joinpath("assets", *parts)]


def translation_path(code: str) -> Path | None:
    """The compiled translation (``assets/translations/plank_timer_<code>.qm``), or None."""
    name = f"{TRANSLATION_PREFIX}{code}{TRANSLATION_SUFFIX}"
    for folder in _plain_folders("translations"):
        if folder.joinpath(name).is_file():
            return folder.joinpath(name)
    try:
        return asset_path("translations", name)
    except FileNotFoundError:
        return None


def translation_codes() -> list[str]:
    """The language codes with a compiled translation, e.g. ``["de", "fr", "pt_BR"]``."""
    for folder in _plain_folders("translations"):
        if folder.is_dir():
            names = [path.name for path in folder.iterdir()]
            break
    else:
        from importlib import resources

        packaged = resources.files("app").joinpath("assets", "translations")
        names = [entry.name for entry in packaged.iterdir()] if packaged.is_dir() else []
    return sorted(
        name[len(TRANSLATION_PREFIX) : -len(TRANSLATION_SUFFIX)]
        for name in names
        if name.startswith(TRANSLATION_PREFIX) and name.endswith(TRANSLATION_SUFFIX)
    )


def voice_folder(code: str) -> Path | None:
    """The folder of a language's recorded voice clips, or None when it has none.

    English, the source language, keeps its clips in ``assets/sounds/voice/`` itself; every
    other language in ``assets/sounds/voice/<code>/`` (``tools/make_voice.py``).
    """
    parts = ("sounds", "voice") if code == SOURCE_LANGUAGE else ("sounds", "voice", code)
    for folder in _plain_folders(*parts):
        if folder.is_dir() and any(folder.glob("*" + SOUND_SUFFIX)):
            return folder
    return None


def voice_folder_codes() -> list[str]:
    """The languages with recorded voice clips (``assets/sounds/voice/<code>/``)."""
    for folder in _plain_folders("sounds", "voice"):
        if folder.is_dir():
            return sorted(path.name for path in folder.iterdir() if path.is_dir())
    return []
