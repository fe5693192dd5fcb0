"""install.sh and uninstall.sh on an unpacked bundle, in a throwaway home.

The program here is a stand-in script, so these run in a second; `make bundle` runs the
same scripts on the real bundle in a clean environment (bundle/check.py).
"""

from __future__ import annotations

import os
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from bundle.contents import APP_ID, APP_NAME
from bundle.pack import _tar, archive_name, stage_linux
from tests.test_desktop_files import desktop_entry, exec_argv

# A home folder whose path needs quoting in a desktop file's Exec line.
HOME_NAME = "Jo Smith's 100% home"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An unpacked bundle around a stand-in program that says it ran and with what."""
    program = tmp_path / "program"
    (program / "_internal").mkdir(parents=True)
    (program / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    launcher = program / APP_NAME
    launcher.write_text('#!/bin/sh\necho "plank-timer ran: $*"\n')
    launcher.chmod(0o755)
    return stage_linux(program, tmp_path / "stage")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / HOME_NAME
    home.mkdir()
    return home


def run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["bash", str(script), *args], env=env, cwd=home, capture_output=True, text=True
    )


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every path under ``folder``: a file's bytes, a link's target, a folder's marker."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = f"-> {os.readlink(path)}"
        elif path.is_dir():
            found[key] = "<dir>"
        else:
            found[key] = path.read_bytes()
    return found


def test_install_puts_the_program_its_link_and_the_menu_entry_in_place(
    bundle: Path, home: Path
) -> None:
    result = run(bundle / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert "installed" in result.stdout

    link = home / ".local" / "bin" / APP_NAME
    assert link.resolve() == (home / ".local" / "lib" / APP_NAME / APP_NAME).resolve()
    ran = subprocess.run([str(link), "--start"], capture_output=True, text=True, check=True)
    assert ran.stdout == "plank-timer ran: --start\n"

    share = home / ".local" / "share"
    entry_file = share / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(entry_file)
    assert exec_argv(entry["Exec"]) == [str(link)]
    assert entry["Icon"] == APP_NAME
    validated = subprocess.run(["desktop-file-validate", str(entry_file)], capture_output=True)
    assert validated.returncode == 0, validated.stdout
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_NAME}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"
        ).is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_uninstall_removes_exactly_what_install_added(bundle: Path, home: Path) -> None:
    # Another program's files and the user's own workout log, there before and after.
    others = {
        ".local/bin/other-tool": b"#!/bin/sh\n",
        ".local/share/applications/other.desktop": b"[Desktop Entry]\nType=Application\n",
        ".local/share/PlankTimer/plank-timer/plank-timer.sqlite3": b"the user's log",
    }
    for relative, content in others.items():
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_bytes(content)
    before = tree(home)

    assert run(bundle / "install.sh", home).returncode == 0
    assert run(bundle / "install.sh", home).returncode == 0  # an update: installed again
    assert tree(home) != before
    installed_uninstall = home / ".local" / "lib" / APP_NAME / "uninstall.sh"
    result = run(installed_uninstall, home)

    assert result.returncode == 0, result.stderr
    assert "log and settings are kept" in result.stdout
    assert tree(home) == before


def test_uninstall_in_an_empty_home_leaves_it_empty(bundle: Path, home: Path) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    assert run(bundle / "uninstall.sh", home).returncode == 0
    assert tree(home) == {}


def test_uninstall_without_an_install_says_so_and_changes_nothing(bundle: Path, home: Path) -> None:
    result = run(bundle / "uninstall.sh", home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "not installed" in result.stderr
    assert tree(home) == {}


def test_install_leaves_another_plank_timer_launcher_alone(bundle: Path, home: Path) -> None:
    # pip install --user puts its own launcher where the bundle's link would go.
    launcher = home / ".local" / "bin" / APP_NAME
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/usr/bin/python3\nfrom app.cli import main\n")
    before = tree(home)
    result = run(bundle / "install.sh", home)
    assert result.returncode == 1
    assert "another installation" in result.stderr
    assert result.stderr.count("\n") == 1
    assert tree(home) == before


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_an_unknown_option_is_one_line_and_exit_2(bundle: Path, home: Path, script: str) -> None:
    result = run(bundle / script, home, "--prefix=/usr")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown option" in result.stderr
    assert tree(home) == {}


def test_the_archive_unpacks_to_one_folder_with_runnable_scripts(
    bundle: Path, tmp_path: Path
) -> None:
    archive = tmp_path / archive_name()
    _tar(bundle, archive)
    assert archive.name.startswith(f"{APP_NAME}-")
    assert "-linux-" in archive.name
    assert archive.name.endswith(".tar.gz")
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
    top = archive.name.removesuffix(".tar.gz")
    assert {name.split("/")[0] for name in members} == {top}
    for script in ("install.sh", "uninstall.sh", f"{APP_NAME}/{APP_NAME}"):
        member = members[f"{top}/{script}"]
        assert member.mode & stat.S_IXUSR, script
        assert member.uid == 0
        assert member.uname == ""
    assert f"{top}/share/applications/{APP_ID}.desktop" in members
    assert f"{top}/README.txt" in members
