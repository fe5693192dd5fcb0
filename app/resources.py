"""The one way the program finds its asset files (sounds, and whatever comes later).

Two layouts hold the assets:

* an installed wheel or the stand-alone bundle, where the build copies the repository's
  ``assets/`` into the package as ``app/assets`` (pyproject:
  ``[tool.hatch.build.targets.wheel.force-include]``; bundle: ``bundle/contents.py``), and
  compiled translations ``translations/*.qm`` as ``app/translations``;
* the source tree (a checkout, or an editable install), where ``assets/`` and
  ``translations/`` sit at the repository root beside ``app/``.

The packaged location is checked first, so an installed program never picks up a stray
checkout's files.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

SOUND_SUFFIX = ".wav"
TRANSLATION_SUFFIX = ".qm"

# A package loaded from a zip archive has no real files: as_file() extracts a copy, which
# must outlive every caller, so the copies are kept until the interpreter exits.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _candidates(parts: tuple[str, ...]) -> list[Traversable]:
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


def translations_dir() -> Path | None:
    """The folder holding the compiled translations (``*.qm``), or None where there are none."""
    packaged = resources.files("app").joinpath("translations")
    source = Path(__file__).resolve().parent.parent / "translations"
    for candidate in (packaged, source):
        if isinstance(candidate, Path) and any(candidate.glob(f"*{TRANSLATION_SUFFIX}")):
            return candidate
    return None
