"""The bundle's choices, checked without building it (`make bundle` builds and tries it).

Files land where the program looks for them once frozen, every Qt module the program loads
is let in (a missing one would crash the bundled app), the big unused ones are kept out (the
size), and the plugins the app needs on Linux exist under the names the table keeps.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from app.core.voice_clips import RECORDED
from bundle.contents import (
    PACKAGED_ASSETS,
    QT_MODULES,
    QT_MODULES_NOT_NEEDED,
    data_files,
    excluded_modules,
    hidden_imports,
    installed_qt_modules,
    keeps_data,
    keeps_plugin,
    plugin_of,
)
from tests.test_layering import imports_in, modules_under

ROOT = Path(__file__).resolve().parents[2]
QT_FOLDER = Path(PySide6.__file__).parent / "Qt"
# What a Linux desktop needs: X11 and Wayland (with the window frame GNOME leaves to apps),
# the SVG icon, dead keys, speech-dispatcher.
NEEDED_ON_LINUX = [
    ("platforms", "qxcb"),
    ("platforms", "qwayland"),
    ("wayland-shell-integration", "xdg-shell"),
    ("wayland-decoration-client", "adwaita"),
    ("iconengines", "qsvgicon"),
    ("imageformats", "qsvg"),
    ("platforminputcontexts", "composeplatforminputcontextplugin"),
    ("texttospeech", "qtexttospeech_speechd"),
]
LEFT_OUT = ["QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtCharts", "QtPdf", "QtMultimedia"]


def frozen_layout(root: Path, target: Path) -> Path:
    """The program's files as PyInstaller lays them out (``sys._MEIPASS``): the app package
    and every data file at its destination. Only resources.py is needed to look things up."""
    package = target / "app"
    package.mkdir(parents=True)
    for module in ("__init__.py", "resources.py"):
        shutil.copy(ROOT / "app" / module, package / module)
    for source, folder in data_files(root):
        (target / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target / folder)
    return target


def look_up(frozen: Path, code: str) -> object:
    """Runs ``code`` (an expression) with only the frozen layout importable."""
    result = subprocess.run(
        [sys.executable, "-c", f"import json, app.resources as r; print(json.dumps({code}))"],
        cwd=frozen,
        env={**os.environ, "PYTHONPATH": str(frozen)},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def test_every_sound_and_clip_is_bundled_where_the_frozen_app_looks(tmp_path: Path) -> None:
    frozen = frozen_layout(ROOT, tmp_path / "frozen")
    clips = sorted(RECORDED)
    found = look_up(
        frozen,
        "[str(r.sound_path(n)) for n in ('tick', 'hold', 'rest', 'switch', 'done')]"
        f" + [str(r.voice_path(n)) for n in {clips!r}]"
        " + [str(r.asset_path('icons', 'plank-timer.svg'))]",
    )
    assert isinstance(found, list)
    assert len(found) == 5 + len(clips) + 1
    packaged = frozen / PACKAGED_ASSETS
    assert all(Path(path).is_relative_to(packaged) for path in found), found


def test_translations_and_new_voices_are_picked_up_when_they_exist(tmp_path: Path) -> None:
    # A language added later: its compiled .qm (built into assets/translations/ by
    # `make translations`; the .ts source stays out) and its spoken clips.
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "assets", root / "assets")
    (root / "assets" / "translations").mkdir(exist_ok=True)
    (root / "assets" / "translations" / "plank_timer_sv.qm").write_bytes(b"\x3c\xb8\x64\x18sv")
    (root / "translations").mkdir()
    (root / "translations" / "plank_timer_sv.ts").write_text("<TS/>")
    swedish = root / "assets" / "sounds" / "voice" / "sv"
    swedish.mkdir()
    shutil.copy(ROOT / "assets" / "sounds" / "voice" / "rest.wav", swedish / "rest.wav")

    frozen = frozen_layout(root, tmp_path / "frozen")

    packaged = frozen / PACKAGED_ASSETS
    assert look_up(frozen, "str(r.translation_path('sv'))") == str(
        packaged / "translations" / "plank_timer_sv.qm"
    )
    assert "sv" in look_up(frozen, "r.translation_codes()")  # type: ignore[operator]
    assert not list(frozen.rglob("*.ts"))
    assert look_up(frozen, "str(r.voice_folder('sv'))") == str(packaged / "sounds" / "voice" / "sv")


def _qt_modules_in_source() -> set[str]:
    found = set()
    for path, name, is_package in modules_under("app"):
        for item in imports_in(path.read_text(encoding="utf-8"), name, is_package):
            parts = item.module.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                found.add(parts[1])
    return found


def _qt_modules_loaded_at_run_time() -> set[str]:
    # Every module of the app imported, and pyqtgraph's chart, which imports Qt modules by
    # names it builds at run time.
    code = (
        "import importlib, json, sys\n"
        f"for name in {[name for _, name, _ in modules_under('app')]!r}:\n"
        "    importlib.import_module(name)\n"
        "import pyqtgraph.graphicsItems.PlotCurveItem\n"
        "print(json.dumps(sorted({m.split('.')[1] for m in sys.modules"
        " if m.startswith('PySide6.Qt')})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        capture_output=True,
        text=True,
    )
    return set(json.loads(result.stdout))


def test_every_qt_module_the_program_loads_goes_into_the_bundle() -> None:
    used = _qt_modules_in_source() | _qt_modules_loaded_at_run_time()
    assert {"QtCore", "QtWidgets", "QtTextToSpeech", "QtOpenGL"} <= used  # the scan works
    needed = used - QT_MODULES_NOT_NEEDED
    missing = needed - QT_MODULES
    assert not missing, f"add {sorted(missing)} to QT_MODULES in bundle/contents.py"
    excluded = set(excluded_modules(installed_qt_modules()))
    assert not {f"PySide6.{name}" for name in needed} & excluded
    assert {f"PySide6.{name}" for name in needed} <= set(hidden_imports())


def test_the_big_qt_modules_the_program_never_uses_are_left_out() -> None:
    installed = installed_qt_modules()
    assert "QtWebEngineCore" in installed  # PySide6's wheels carry them all
    excluded = excluded_modules(installed)
    assert {f"PySide6.{name}" for name in LEFT_OUT} <= set(excluded)


def test_the_plugins_a_linux_desktop_needs_exist_and_are_kept() -> None:
    plugins = QT_FOLDER / "plugins"
    for folder, name in NEEDED_ON_LINUX:
        file = plugins / folder / f"lib{name}.so"
        assert file.is_file(), f"PySide6 has no {folder}/{name} plugin any more: check QT_PLUGINS"
        destination = f"PySide6/Qt/plugins/{folder}/{file.name}"
        assert plugin_of(destination) == (folder, name)
        assert keeps_plugin(folder, name)


def test_plugins_that_would_load_gtk_or_need_a_framebuffer_are_left_out() -> None:
    for destination in (
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
    ):
        plugin = plugin_of(destination)
        assert plugin is not None
        assert not keeps_plugin(*plugin), destination


def test_qts_own_translations_of_standard_buttons_go_in_and_no_others() -> None:
    catalogues = sorted((QT_FOLDER / "translations").glob("*.qm"))
    kept = [path.name for path in catalogues if keeps_data(f"PySide6/Qt/translations/{path.name}")]
    assert "qtbase_de.qm" in kept
    assert all(name.startswith("qtbase_") for name in kept)
    assert len(kept) < len(catalogues) / 2
    assert keeps_data(f"{PACKAGED_ASSETS}/translations/plank_timer_de.qm")
