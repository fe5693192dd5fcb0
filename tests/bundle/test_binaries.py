"""Trimming PyInstaller's binaries: unused plugins and system libraries go, and with them
every library only they needed; what the program loads stays."""

from __future__ import annotations

from pathlib import Path

import PySide6

from bundle.binaries import direct_needs, trim

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"

# A small bundle as PyInstaller hands it over: (destination, source, type code).
ENTRIES = [
    ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
    ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
    ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/w/libqpdf.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", "/w/libQt6Pdf.so.6", "BINARY"),
    ("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),
    ("libsystemd.so.0", "/usr/lib/libsystemd.so.0", "BINARY"),
    ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
    # Loaded by name at run time (cffi), so nothing links it: it must stay.
    ("_soundfile_data/libsndfile_x86_64.so", "/w/libsndfile_x86_64.so", "BINARY"),
]
LINKS = {
    "/w/QtGui.abi3.so": ["libQt6Gui.so.6", "libQt6Core.so.6", "libstdc++.so.6"],
    "/w/libQt6Gui.so.6": ["libQt6Core.so.6", "libdbus-1.so.3", "libstdc++.so.6"],
    "/w/libQt6Core.so.6": ["libstdc++.so.6"],
    "/w/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    "/w/libqgtk3.so": ["libQt6Gui.so.6", "libgtk-3.so.0", "libcairo.so.2"],
    "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
    "/w/libqpdf.so": ["libQt6Pdf.so.6", "libQt6Gui.so.6"],
    "/usr/lib/libdbus-1.so.3": ["libsystemd.so.0"],
}
DATAS = [
    ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
    ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ("app/assets/sounds/hold.wav", "/repo/assets/sounds/hold.wav", "DATA"),
]


def links(source: str) -> list[str]:
    return LINKS.get(source, [])


def test_what_the_program_loads_stays() -> None:
    kept, _datas, _removed = trim(ENTRIES, DATAS, links, linux=True)
    names = {Path(entry[0]).name for entry in kept}
    assert {"QtGui.abi3.so", "libQt6Gui.so.6", "libQt6Core.so.6", "libqxcb.so"} <= names
    assert "libxcb-cursor.so.0" in names  # bundled: minimal desktops lack it
    assert "libsndfile_x86_64.so" in names


def test_unused_plugins_go_with_the_libraries_only_they_needed() -> None:
    kept, datas, removed = trim(ENTRIES, DATAS, links, linux=True)
    names = {Path(entry[0]).name for entry in kept}
    assert not {"libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2"} & names
    assert not {"libqpdf.so", "libQt6Pdf.so.6"} & names
    reasons = {Path(entry[0]).name: reason for entry, reason in removed}
    assert reasons["libqgtk3.so"] == "unused Qt plugin platformthemes/qgtk3"
    assert reasons["libcairo.so.2"] == "needed only by what was left out"
    # The top-level link to the left-out library goes too; data and other links stay.
    assert [entry[0] for entry in datas] == ["libQt6Core.so.6", "app/assets/sounds/hold.wav"]


def test_system_libraries_and_what_only_they_need_are_left_to_the_system() -> None:
    kept, _datas, removed = trim(ENTRIES, DATAS, links, linux=True)
    names = {Path(entry[0]).name for entry in kept}
    assert not {"libdbus-1.so.3", "libsystemd.so.0", "libstdc++.so.6"} & names
    reasons = {Path(entry[0]).name: reason for entry, reason in removed}
    assert reasons["libdbus-1.so.3"] == "taken from the system"


def test_off_linux_system_libraries_are_pyinstallers_business() -> None:
    kept, _datas, _removed = trim(ENTRIES, DATAS, links, linux=False)
    assert "libdbus-1.so.3" in {Path(entry[0]).name for entry in kept}


def test_a_binary_lists_only_the_libraries_it_links_itself() -> None:
    # Qt's D-Bus library links the system's libdbus, which links libsystemd: only the
    # first is its own need (ldd would list both, and keep libsystemd in the bundle).
    needs = direct_needs(str(QT_LIB / "libQt6DBus.so.6"))
    assert "libdbus-1.so.3" in needs
    assert "libQt6Core.so.6" in needs
    assert "libsystemd.so.0" not in needs
