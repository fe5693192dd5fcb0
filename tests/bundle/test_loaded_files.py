"""Telling a bundled process's own files and the listed system libraries from leaks."""

from __future__ import annotations

from pathlib import Path

import PySide6

from bundle.loaded_files import classify, mapped_files, not_allowed
from bundle.system_libraries import SYSTEM_LIBRARIES, is_system_library

README = Path(__file__).resolve().parents[2] / "README.md"
BUNDLE = Path("/home/jo/.local/lib/plank-timer")
HOME = Path("/home/jo")
LIBS = Path("/usr/lib/x86_64-linux-gnu")
VENV_QT = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
# As maps shows them: the real files behind the sonames (on Debian 12, libdbus-1.so.3.32.4).
DBUS = (LIBS / "libdbus-1.so.3").resolve()
SYSTEMD = (LIBS / "libsystemd.so.0").resolve()
SHM = HOME / ".local/share/PlankTimer/plank-timer/plank-timer.sqlite3-shm"

MAPS = f"""\
55d0c1a00000-55d0c1a01000 r--p 00000000 fe:01 1 {BUNDLE}/plank-timer
55d0c1a01000-55d0c1a09000 r-xp 00001000 fe:01 1 {BUNDLE}/plank-timer
7f10a0000000-7f10a0021000 rw-p 00000000 00:00 0
7f10a1000000-7f10a1200000 r-xp 00000000 fe:01 2 {BUNDLE}/_internal/PySide6/Qt/lib/libQt6Core.so.6
7f10a2000000-7f10a2100000 r-xp 00000000 fe:01 3 {LIBS}/libc.so.6
7f10a2200000-7f10a2300000 r-xp 00000000 fe:01 4 {DBUS}
7f10a2400000-7f10a2500000 r-xp 00000000 fe:01 5 {SYSTEMD}
7f10a2600000-7f10a2700000 r--s 00000000 fe:01 6 /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
7f10a2800000-7f10a2808000 rw-s 00000000 fe:01 7 {SHM}
7f10a2900000-7f10a2a00000 r-xp 00000000 fe:01 8 {VENV_QT}
7f10a2b00000-7f10a2c00000 r-xp 00000000 fe:01 9 /opt/build-machine/libxkbcommon.so.0
7ffd1c000000-7ffd1c021000 rw-p 00000000 00:00 0                          [stack]
7ffd1c100000-7ffd1c102000 r-xp 00000000 00:00 0                          [vdso]
"""


def test_maps_lines_become_files_and_whether_they_hold_code() -> None:
    files = mapped_files(MAPS)
    assert files[f"{BUNDLE}/plank-timer"] is True  # one of its two mappings is executable
    assert files["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"] is False
    assert not any(path.startswith("[") for path in files)
    assert len(files) == 9


def test_the_bundle_the_listed_system_libraries_and_their_needs_are_allowed() -> None:
    verdicts = {
        entry.path: entry.allowed_as for entry in classify(mapped_files(MAPS), BUNDLE, HOME)
    }
    assert verdicts[f"{BUNDLE}/_internal/PySide6/Qt/lib/libQt6Core.so.6"] == "the bundle"
    assert verdicts[f"{LIBS}/libc.so.6"] == "system: C and C++ runtime (glibc, libstdc++, libgcc_s)"
    # Not listed itself, but the system's libdbus links it on this machine.
    assert verdicts[f"{SYSTEMD}"] == "needed by the system's libdbus-1.so.3.32.4"
    assert verdicts["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"] == "system data"
    assert verdicts[str(SHM)] == "the user's own data"


def test_libraries_from_the_project_or_the_build_machine_are_leaks() -> None:
    leaks = {entry.path for entry in not_allowed(classify(mapped_files(MAPS), BUNDLE, HOME))}
    assert leaks == {str(VENV_QT), "/opt/build-machine/libxkbcommon.so.0"}


def test_the_system_list_takes_the_runtime_and_leaves_qt_and_xcb_extensions_to_the_bundle() -> None:
    for name in ("libc.so.6", "libstdc++.so.6", "libasound.so.2", "libGL.so.1", "libdbus-1.so.3"):
        assert is_system_library(name), name
    for name in (
        "libQt6Core.so.6",
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libpython3.11.so.1.0",
    ):
        assert not is_system_library(name), name


def test_the_readme_lists_every_library_the_bundle_expects_from_the_system() -> None:
    # A user on a minimal system reads the README's table to know what to install.
    rows = [line for line in README.read_text().splitlines() if line.startswith("| ")]
    for group in SYSTEM_LIBRARIES:
        assert any(group.what in row and group.debian in row for row in rows), group.what
