"""Desktop integration: the menu entry, the AppStream metadata, the icons and their installer.

The freedesktop validators (``desktop-file-validate`` from desktop-file-utils, ``appstreamcli``
from appstream) are run when they are installed; the structural checks below run everywhere,
so a machine without them still tests that the files say what the program is.
"""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.planktimer.PlankTimer"
DESKTOP = ROOT / "assets" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "assets" / "desktop" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "assets" / "icons"
SVG = ICONS / "plank-timer.svg"
ICON_NAME = "plank-timer"
LAUNCHER = "plank-timer"
SIZES = (16, 32, 48, 64, 128, 256)
INSTALL_SCRIPT = ROOT / "tools" / "install_desktop.sh"
MAKE_ICONS = ROOT / "tools" / "make_icons.py"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# The main categories of the Desktop Menu Specification: an entry needs at least one of them
# or menus file it under "Other".
MAIN_CATEGORIES = {
    "AudioVideo",
    "Audio",
    "Video",
    "Development",
    "Education",
    "Game",
    "Graphics",
    "Network",
    "Office",
    "Science",
    "Settings",
    "System",
    "Utility",
}


# --- helpers ---------------------------------------------------------------------------------


def desktop_groups(path: Path) -> dict[str, dict[str, str]]:
    """The groups of a .desktop file as plain dicts, keys kept case-sensitive."""
    parser = configparser.ConfigParser(
        interpolation=None, delimiters=("=",), comment_prefixes=("#",), strict=True
    )
    # Desktop keys are case-sensitive (Name and name differ); configparser lowers them by default.
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return {section: dict(parser[section]) for section in parser.sections()}


def desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group, which every .desktop file must start with."""
    first_line = next(
        line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert first_line == "[Desktop Entry]", f"{path}: first group is {first_line!r}"
    return desktop_groups(path)["Desktop Entry"]


def exec_argv(value: str) -> list[str]:
    """Splits an Exec value the way the Desktop Entry spec says a launcher does.

    Written independently of tools/install_desktop.sh's quoting so the round trip tests it:
    first the string escapes (``\\\\`` is one backslash), then arguments split on spaces, with
    double-quoted arguments in which a backslash escapes the next character; ``%%`` is ``%``.
    """
    unescaped = value.replace("\\\\", "\\")
    argv: list[str] = []
    current: list[str] = []
    in_quotes = in_word = False
    chars = iter(unescaped)
    for char in chars:
        if in_quotes:
            if char == "\\":
                current.append(next(chars))
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"':
            in_quotes = in_word = True
        elif char == " ":
            if in_word:
                argv.append("".join(current))
            current, in_word = [], False
        else:
            current.append(char)
            in_word = True
    assert not in_quotes, f"unterminated quote in Exec={value!r}"
    if in_word:
        argv.append("".join(current))
    return [arg.replace("%%", "%") for arg in argv]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header (signature, then the IHDR chunk)."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE, f"{path} is not a PNG file"
    assert header[12:16] == b"IHDR", f"{path}: first chunk is not IHDR"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# The project has no homepage yet, and AppStream 1.0's validator (Debian 13) warns about a
# missing one where 0.16 (Debian 12) says nothing: add <url type="homepage"> once there is one.
ALLOWED_APPSTREAM_WARNINGS = {"url-homepage-missing"}


def appstream_problems(output: str) -> list[str]:
    """The errors (E:) and warnings (W:) in appstreamcli's output; infos and notes pass.

    A line reads ``W: <component id>:<line>: <tag> [detail]``.
    """
    found = []
    for line in output.splitlines():
        fields = line.split()
        if not line.startswith(("E:", "W:")):
            continue
        if line.startswith("W:") and len(fields) > 2 and fields[2] in ALLOWED_APPSTREAM_WARNINGS:
            continue
        found.append(line)
    return found


def run_installer(
    script: Path, data_home: Path, *args: str, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs an install_desktop.sh into data_home, with HOME moved too so nothing leaks out."""
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(data_home)
    env["HOME"] = str(data_home.parent / "home")
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        ["bash", str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def make_stub_launcher(path: Path) -> Path:
    """An executable file standing in for the real launcher, which the installer only names."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def installed_paths(data_home: Path) -> list[Path]:
    """Every file an install must put under data_home."""
    icons = data_home / "icons" / "hicolor"
    return [
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{ICON_NAME}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in SIZES),
    ]


def system_path() -> str:
    """A PATH with the system's tools but no virtual environment or user bin directory."""
    return os.pathsep.join(d for d in ("/usr/local/bin", "/usr/bin", "/bin") if Path(d).is_dir())


def assert_valid_desktop_file(path: Path) -> None:
    """desktop-file-validate finds no error or warning in path (when the tool is installed).

    Its hints (suggestions such as an extra category) are allowed.
    """
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    result = subprocess.run(
        [tool, str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert ": error:" not in output
    assert ": warning:" not in output


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the files the installer needs, in a directory whose name needs quoting."""
    root = tmp_path / "a check out"
    (root / "tools").mkdir(parents=True)
    shutil.copy2(INSTALL_SCRIPT, root / "tools" / INSTALL_SCRIPT.name)
    shutil.copytree(ROOT / "assets" / "desktop", root / "assets" / "desktop")
    shutil.copytree(ICONS, root / "assets" / "icons")
    return root


# --- the .desktop file -----------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry(DESKTOP)

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Plank Timer"
    assert entry["Comment"].strip()
    assert exec_argv(entry["Exec"]) == [LAUNCHER]
    assert entry["Icon"] == ICON_NAME
    assert entry.get("Terminal", "false") == "false"
    # List values end with ';' in the spec, and menus need one main category.
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert MAIN_CATEGORIES & set(categories.split(";"))
    assert entry["Keywords"].endswith(";")
    # The X11 window class Qt sets is the application name given in app/wiring.py.
    assert entry["StartupWMClass"] == LAUNCHER


def test_desktop_file_passes_desktop_file_validate() -> None:
    # The structural check runs either way; the validator adds the spec's full rule set.
    desktop_entry(DESKTOP)
    assert_valid_desktop_file(DESKTOP)


# --- the AppStream metainfo ------------------------------------------------------------------


def test_metainfo_matches_the_desktop_file() -> None:
    entry = desktop_entry(DESKTOP)
    component = ET.parse(METAINFO).getroot()

    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP.stem == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "MIT"
    # Untranslated name and summary: the ones without xml:lang.
    assert component.findtext("name") == entry["Name"]
    assert component.findtext("summary") == entry["Comment"]
    assert component.find("description") is not None
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert component.findtext("provides/binary") == exec_argv(entry["Exec"])[0]
    assert component.find("content_rating") is not None


def test_metainfo_lists_the_current_version_as_newest_release() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    # AppStream lists releases newest first; a version bump needs a new entry here.
    assert releases[0].get("version") == __version__


def test_metainfo_passes_appstreamcli_validate() -> None:
    ET.parse(METAINFO)  # Well-formed XML, checked with or without the validator.
    tool = shutil.which("appstreamcli")
    if tool is None:
        return
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # E: errors and W: warnings fail; I: infos (such as a tag newer than the installed
    # appstream knows) and P: pedantic notes do not.
    assert appstream_problems(output) == [], output


# --- the icons -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"

    assert png_size(path) == (size, size)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    # A round icon: transparent corners, an opaque middle.
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_icon_pngs_are_rendered_from_the_svg(tmp_path: Path) -> None:
    # Re-rendering must reproduce the committed PNGs: a PNG left stale after an SVG edit fails.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(MAKE_ICONS), "--svg", str(SVG), "--out", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr

    for size in SIZES:
        relative = Path(f"{size}x{size}") / "apps" / f"{ICON_NAME}.png"
        fresh = QImage(str(tmp_path / relative)).convertToFormat(QImage.Format.Format_RGBA8888)
        committed = QImage(str(ICONS / "hicolor" / relative)).convertToFormat(
            QImage.Format.Format_RGBA8888
        )
        assert (fresh.width(), fresh.height()) == (committed.width(), committed.height())
        fresh_bytes = bytes(fresh.constBits())
        committed_bytes = bytes(committed.constBits())
        # Another Qt version may anti-alias an edge pixel slightly differently, so allow a
        # small average difference rather than demand identical bytes.
        difference = sum(abs(a - b) for a, b in zip(fresh_bytes, committed_bytes, strict=True))
        assert difference / len(fresh_bytes) < 1.0, f"{relative} differs from the SVG's rendering"


def test_make_icons_rejects_a_file_that_is_not_svg(tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("not an svg", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(MAKE_ICONS), "--svg", str(bad), "--out", str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert "not a valid SVG" in result.stderr
    assert not (tmp_path / "out").exists()


# --- the installer ---------------------------------------------------------------------------


def test_installer_installs_every_file(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = run_installer(INSTALL_SCRIPT, data_home)
    assert result.returncode == 0, result.stderr

    for path in installed_paths(data_home):
        assert path.is_file(), f"{path} was not installed"
    icons = data_home / "icons" / "hicolor"
    for size in SIZES:
        relative = Path(f"{size}x{size}") / "apps" / f"{ICON_NAME}.png"
        assert (icons / relative).read_bytes() == (ICONS / "hicolor" / relative).read_bytes()
    assert (data_home / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()

    installed = data_home / "applications" / DESKTOP.name
    program = exec_argv(desktop_entry(installed)["Exec"])[0]
    # Either this checkout's or PATH's launcher, by absolute path, or the bare name when
    # neither exists (a checkout whose .venv has not installed the project).
    if program != LAUNCHER:
        assert Path(program).is_absolute()
        assert os.access(program, os.X_OK), f"Exec names {program}, which cannot be run"
    # Only Exec changes.
    source = desktop_entry(DESKTOP)
    assert {k: v for k, v in desktop_entry(installed).items() if k != "Exec"} == {
        k: v for k, v in source.items() if k != "Exec"
    }


def test_installer_prefers_the_checkouts_venv_launcher(checkout: Path, tmp_path: Path) -> None:
    venv_launcher = make_stub_launcher(checkout / ".venv" / "bin" / LAUNCHER)
    elsewhere = make_stub_launcher(tmp_path / "bin" / LAUNCHER)
    data_home = tmp_path / "data"

    path = os.pathsep.join([str(elsewhere.parent), system_path()])
    result = run_installer(checkout / "tools" / INSTALL_SCRIPT.name, data_home, path=path)
    assert result.returncode == 0, result.stderr

    installed = data_home / "applications" / DESKTOP.name
    # The checkout's directory has a space: the path must come back whole through the quoting.
    assert exec_argv(desktop_entry(installed)["Exec"]) == [str(venv_launcher)]
    assert_valid_desktop_file(installed)


def test_installer_falls_back_to_the_launcher_on_path(checkout: Path, tmp_path: Path) -> None:
    # Characters the Exec quoting must escape: a space, a quote, a dollar sign and a percent.
    on_path = make_stub_launcher(tmp_path / 'bin "$HOME" 100%' / LAUNCHER)
    data_home = tmp_path / "data"

    path = os.pathsep.join([str(on_path.parent), system_path()])
    result = run_installer(checkout / "tools" / INSTALL_SCRIPT.name, data_home, path=path)
    assert result.returncode == 0, result.stderr

    installed = data_home / "applications" / DESKTOP.name
    assert exec_argv(desktop_entry(installed)["Exec"]) == [str(on_path)]
    assert_valid_desktop_file(installed)


def test_installer_without_any_launcher_keeps_the_bare_name(checkout: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    path = system_path()
    # Honest about this machine: a system-wide install would be found on the system PATH.
    expected = shutil.which(LAUNCHER, path=path) or LAUNCHER

    result = run_installer(checkout / "tools" / INSTALL_SCRIPT.name, data_home, path=path)
    assert result.returncode == 0, result.stderr

    installed = data_home / "applications" / DESKTOP.name
    assert exec_argv(desktop_entry(installed)["Exec"]) == [expected]
    if expected == LAUNCHER:
        assert "warning" in result.stderr


def test_installer_uninstall_removes_what_it_installed(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    assert run_installer(INSTALL_SCRIPT, data_home).returncode == 0

    result = run_installer(INSTALL_SCRIPT, data_home, "--uninstall")

    assert result.returncode == 0, result.stderr
    assert [path for path in installed_paths(data_home) if path.exists()] == []


def test_installer_rejects_an_unknown_option(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = run_installer(INSTALL_SCRIPT, data_home, "--bogus")

    assert result.returncode == 2
    assert "--bogus" in result.stderr
    assert not data_home.exists()


# --- translations ----------------------------------------------------------------------------


def test_the_desktop_files_carry_the_translations_of_the_ts_files() -> None:
    # Written by tools/make_desktop_files.py: committed files that differ are stale.
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_desktop_files.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr

    entry = desktop_entry(DESKTOP)
    assert (
        entry["Comment[de]"] == "Unterarm- und Seitstütz mit großen Ziffern und Tonsignalen timen"
    )
    for code in ("de", "fr", "es", "it", "nl", "pt_BR"):
        assert entry[f"GenericName[{code}]"].strip()
        assert entry[f"Keywords[{code}]"].endswith(";")
    component = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {element.get(lang): element.text for element in component.findall("summary")}
    assert summaries["fr"] == entry["Comment[fr]"]
    paragraphs = {element.get(lang) for element in component.findall("description/p")}
    assert paragraphs == {None, "de", "fr", "es", "it", "nl", "pt_BR"}
