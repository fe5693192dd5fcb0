"""What the bundle carries: the app's own files, the Qt modules and plugins it uses, and the
sound libraries; nothing PySide6 ships beyond that (WebEngine, QML/Quick, 3D, Charts, PDF, ...).

Each choice is a plain table or function here; ``bundle/plank-timer.spec`` applies them and
``tests/bundle/test_contents.py`` checks them against what the program really imports.

To add a sound library, add an :class:`AudioLibrary` to ``AUDIO_LIBRARIES``; to let a new
Qt module in, add it to ``QT_MODULES`` (and its plugins to
``QT_PLUGINS`` if it has any).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "plank-timer"
APP_ID = "io.github.planktimer.PlankTimer"
# Where the files go inside the bundle: the wheel's layout (pyproject force-includes assets/
# as app/assets), which is where app/resources.py looks first.
PACKAGED_ASSETS = PurePosixPath("app/assets")

# The PySide6 modules the program imports, itself or through pyqtgraph. Every other module
# PySide6 ships is excluded, and with it the libraries and plugins only it needs.
QT_MODULES = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtDBus",  # keeping the screen awake (app/ui/desktop/screen_keeper.py)
        "QtTextToSpeech",  # custom exercise names (app/ui/desktop/speech_fallback.py)
        # pyqtgraph imports these two by name when the chart module loads (PlotCurveItem,
        # Qt/OpenGLHelpers), so the progress view needs them although nothing draws with GL.
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtSvg",  # pyqtgraph's "Export..." menu offers SVG
    }
)

# Modules a library imports if they are there and does well without: pyqtgraph tries QtTest
# (for its own test helpers) at import.
QT_MODULES_NOT_NEEDED = frozenset({"QtTest"})

# Qt plugins kept, by plugin folder; a folder not named here is left out whole. One table for
# every platform: a name that does not exist on a platform matches nothing there.
QT_PLUGINS: dict[str, frozenset[str]] = {
    # X11, Wayland and headless (offscreen); Windows; macOS.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # File dialogs through the desktop portal. The gtk3 theme is left out: it would load
    # GTK and its whole stack from the system into the process.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and compose sequences; IBus input methods.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    # Window frames where the compositor draws none (GNOME): Qt's default and GNOME's look.
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    # The window and tray icon is an SVG.
    "imageformats": frozenset({"qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    # Speaking custom exercise names: speech-dispatcher on Linux, the system voices elsewhere.
    "texttospeech": frozenset(
        {
            "qtexttospeech_speechd",
            "qtexttospeech_sapi",
            "qtexttospeech_winrt",
            "qtexttospeech_darwin",
        }
    ),
}

# Qt's own translations (standard buttons and dialogs); the other catalogues belong to modules
# the bundle leaves out.
QT_TRANSLATIONS_PREFIX = "qtbase_"

# Modules some library imports only if it is there, which the bundle never needs.
OTHER_EXCLUDED = ("tkinter", "_tkinter", "readline", "PyQt5", "PyQt6", "PySide2")


@dataclass(frozen=True)
class AudioLibrary:
    """A Python package the cue players need, imported by the bundle whether or not
    PyInstaller's analysis follows the import (the players import them inside functions,
    only once a workout starts).

    ``wheel_libraries``: the package beside it that holds the shared libraries its wheels
    carry, collected on every platform where that package is installed (soundfile's wheels
    carry libsndfile everywhere; sounddevice's carry PortAudio on Windows and macOS only). A
    native part that comes from the Linux system instead (PortAudio, ALSA) is listed in
    ``bundle/system_libraries.py``.
    """

    module: str
    wheel_libraries: str | None = None


AUDIO_LIBRARIES = (
    # The fallback, a new stream per cue (app/audio/simpleaudio_player.py). simpleaudio-
    # patched's Windows and macOS wheels link only the system's audio API; on Linux it is
    # built against ALSA (libasound, a system library).
    AudioLibrary("simpleaudio"),
    # The cue engine's one open stream (app/audio/stream_output.py): PortAudio through cffi.
    # On Linux PortAudio is the system's libportaudio2 (its wheel has no _sounddevice_data);
    # without it the app falls back to simpleaudio and says so.
    AudioLibrary("sounddevice", wheel_libraries="_sounddevice_data"),
    # The engine's sounds (app/audio/sound_bank.py): decoded by libsndfile, which soundfile's
    # wheels carry on every platform (its Linux wheel's copy links only glibc) and load from
    # _soundfile_data by path, so a system libsndfile is never used; resampled by soxr
    # (libsoxr is linked into its extension); mixed with NumPy (app/audio/mixer.py).
    AudioLibrary("soundfile", wheel_libraries="_soundfile_data"),
    AudioLibrary("soxr"),
    AudioLibrary("numpy"),
)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for PyInstaller's ``datas``: every file
    under ``assets/`` (sounds, spoken clips per language, icons, desktop files, and the
    compiled translations ``assets/translations/*.qm`` that ``make translations`` builds),
    laid out as in the wheel."""
    pairs: list[tuple[str, str]] = []
    assets = root / "assets"
    for path in sorted(assets.rglob("*")):
        if path.is_file():
            folder = PACKAGED_ASSETS / path.parent.relative_to(assets).as_posix()
            pairs.append((str(path), str(folder)))
    return pairs


def installed_qt_modules() -> list[str]:
    """The Qt modules of the installed PySide6 (``QtCore``, ``QtWebEngineCore``, ...)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is not installed in this Python")
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    folder = Path(spec.origin).parent
    return sorted(
        path.name.split(".", 1)[0] for path in folder.glob("Qt*") if path.name.endswith(suffixes)
    )


def excluded_modules(installed: Iterable[str]) -> list[str]:
    """PyInstaller's ``excludes``: every installed Qt module the program does not use."""
    unused = sorted(f"PySide6.{name}" for name in installed if name not in QT_MODULES)
    return [*unused, *OTHER_EXCLUDED]


def hidden_imports() -> list[str]:
    """Modules imported by a name built at run time, which PyInstaller cannot follow."""
    qt = sorted(f"PySide6.{name}" for name in QT_MODULES)
    return [*qt, *(library.module for library in AUDIO_LIBRARIES)]


def wheel_library_packages() -> list[str]:
    """The installed packages holding the sound libraries' own shared libraries, whose
    files PyInstaller's ``binaries`` get (``_soundfile_data`` everywhere; ``_sounddevice_data``
    where sounddevice's wheel has it: Windows and macOS)."""
    return [
        library.wheel_libraries
        for library in AUDIO_LIBRARIES
        if library.wheel_libraries and importlib.util.find_spec(library.wheel_libraries)
    ]


def plugin_of(destination: str) -> tuple[str, str] | None:
    """``(folder, name)`` of a Qt plugin from its place in the bundle, or None if the file
    is no plugin: ``PySide6/Qt/plugins/platforms/libqxcb.so`` -> ``("platforms", "qxcb")``."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return None
    name = parts[-1].split(".", 1)[0]
    if name.startswith("lib"):
        name = name[len("lib") :]
    return "/".join(parts[at + 1 : -1]), name


def keeps_plugin(folder: str, name: str) -> bool:
    return name in QT_PLUGINS.get(folder, frozenset())


def keeps_data(destination: str) -> bool:
    """False for data the bundle leaves out: Qt's translations of modules it does not carry."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if parts[:1] == ("PySide6",) and "translations" in parts:
        return parts[-1].startswith(QT_TRANSLATIONS_PREFIX)
    return True
