"""Packs PyInstaller's one-folder output into the archive a user downloads.

Linux: ``dist/plank-timer-<version>-linux-<arch>.tar.gz``, one folder holding the program
(``plank-timer/``), ``install.sh``, ``uninstall.sh``, a short ``README.txt`` and ``share/``
(the menu entry, AppStream metadata and icons, laid out as under ``~/.local/share``).
Windows: a ``.zip`` of the program folder. macOS: a ``.zip`` of ``Plank Timer.app`` made
with ``ditto``, which keeps the symbolic links and attributes the frameworks need.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from app import __version__
from bundle.contents import APP_ID, APP_NAME, ROOT

MACHINES = {"amd64": "x86_64", "x86_64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}
README = """\
Plank Timer {version}: an interval timer for short plank and side-plank holds.

This folder runs without Python. To add it to your applications menu and command line
(under ~/.local, no root needed):

    ./install.sh

To remove it again: ~/.local/lib/plank-timer/uninstall.sh (your workout log is kept).
To try it without installing: ./plank-timer/plank-timer

It expects these from your Linux system (any desktop has them): the C and C++ runtime,
X11 or Wayland, OpenGL/EGL (libglvnd), fontconfig and FreeType, GLib, D-Bus and ALSA
(PipeWire and PulseAudio desktops provide ALSA's default device). Cues on the beat need
PortAudio (libportaudio2): without it each cue opens a sound stream of its own, up to 35 ms
late on PipeWire desktops, and Help > About says so. Speaking custom exercise names also
needs PulseAudio's client library and speech-dispatcher.
"""


def system_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def archive_name(version: str = __version__) -> str:
    """``plank-timer-0.1.0-linux-x86_64.tar.gz`` and its Windows and macOS counterparts."""
    machine = MACHINES.get(platform.machine().lower(), platform.machine().lower())
    suffix = ".tar.gz" if system_name() == "linux" else ".zip"
    return f"{APP_NAME}-{version}-{system_name()}-{machine}{suffix}"


def _share_files(root: Path) -> dict[str, Path]:
    """Where each desktop file goes under share/ -> its source in the repository."""
    desktop = root / "assets" / "desktop"
    icons = root / "assets" / "icons"
    files = {
        f"applications/{APP_ID}.desktop": desktop / f"{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml": desktop / f"{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_NAME}.svg": icons / f"{APP_NAME}.svg",
    }
    for png in sorted(icons.glob(f"hicolor/*/apps/{APP_NAME}.png")):
        files[f"icons/{png.relative_to(icons).as_posix()}"] = png
    return files


def stage_linux(program: Path, stage: Path, root: Path = ROOT) -> Path:
    """The folder the Linux archive holds, assembled under ``stage``."""
    top = stage / archive_name().removesuffix(".tar.gz")
    if top.exists():
        shutil.rmtree(top)
    top.mkdir(parents=True)
    shutil.copytree(program, top / APP_NAME, symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(root / "bundle" / script, top / script)
        (top / script).chmod(0o755)
    for relative, source in _share_files(root).items():
        target = top / "share" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    (top / "README.txt").write_text(README.format(version=__version__))
    return top


def _tar(folder: Path, archive: Path) -> None:
    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # The user unpacking it owns the files, not the build machine's account.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=normalised)


def _zip(folder: Path, archive: Path) -> None:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in sorted(folder.rglob("*")):
            out.write(path, Path(folder.name) / path.relative_to(folder))


def pack(dist: Path, output: Path, stage: Path) -> Path:
    """The archive for this platform from PyInstaller's output folder ``dist``."""
    output.mkdir(parents=True, exist_ok=True)
    archive = output / archive_name()
    archive.unlink(missing_ok=True)
    if system_name() == "linux":
        _tar(stage_linux(dist / APP_NAME, stage), archive)
    elif system_name() == "macos":
        app = dist / "Plank Timer.app"
        subprocess.run(
            ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(archive)],
            check=True,
        )
    else:
        _zip(dist / APP_NAME, archive)
    return archive
