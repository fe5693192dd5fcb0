"""Which files a running process has mapped, and whether each is allowed for the bundle.

A bundled program may map, besides its own folder: the system libraries listed in
``bundle/system_libraries.py``, the plugins those libraries load from their own folders
(ALSA's, glibc's gconv modules, the GL drivers'), whatever those need in turn (as the
system's loader resolves it: ``ldd``), the system's data those libraries read (fonts and
their caches, locale data, icon and MIME caches) and the user's own files under ``HOME``
(the log's shared memory). Anything else is a library leaking in from the build machine or
the project's environment, which a user's machine would not have.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bundle.system_libraries import group_of, in_plugin_folder

# Data, not code, that system libraries map: the loader's cache, fonts and fontconfig's
# caches, locale data,
# icon-theme and MIME caches Qt reads with mmap, and shared memory.
SYSTEM_DATA = (
    r"^/etc/ld\.so\.cache$",
    r"^/usr/(local/)?share/fonts/",
    r"^/var/cache/fontconfig/",
    r"^/usr/lib/locale/",
    r"^/usr/share/(icons|pixmaps|mime)/",
    r"^/usr/share/X11/",
    r"^/dev/",
    r"^/memfd:",
    r"^/SYSV",
)


@dataclass(frozen=True)
class Loaded:
    """One file mapped into the process, and what permits it (None: nothing does)."""

    path: str
    executable: bool
    allowed_as: str | None


def mapped_files(maps_text: str) -> dict[str, bool]:
    """Each file path in a ``/proc/<pid>/maps`` text -> whether any of its mappings is
    executable (code, rather than data)."""
    files: dict[str, bool] = {}
    for line in maps_text.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or not fields[5].startswith("/"):
            continue  # anonymous memory, [heap], [stack], [vdso]...
        path = fields[5].removesuffix(" (deleted)")
        files[path] = files.get(path, False) or "x" in fields[1]
    return files


def resolved_dependencies(library: str) -> set[str]:
    """Every library ``library`` loads in the end, as the system resolves them (``ldd``)."""
    listing = subprocess.run(["ldd", library], capture_output=True, text=True).stdout
    found = set(re.findall(r"=>\s+(/\S+)", listing))
    found |= set(re.findall(r"^\s+(/\S+)\s+\(", listing, flags=re.MULTILINE))
    return {str(Path(path).resolve()) for path in found}


def _within(path: str, folder: Path) -> bool:
    return path == str(folder) or path.startswith(str(folder) + "/")


def classify(files: dict[str, bool], bundle: Path, home: Path) -> list[Loaded]:
    """Every mapped file with the reason it is allowed, or None."""
    bundle = bundle.resolve()
    home = home.resolve()
    verdicts: dict[str, str | None] = {}
    system: list[str] = []
    for path in files:
        group = group_of(Path(path).name) or in_plugin_folder(path)
        if _within(path, bundle):
            verdicts[path] = "the bundle"
        elif group is not None:
            verdicts[path] = f"system: {group.what}"
            system.append(path)
        elif any(re.search(pattern, path) for pattern in SYSTEM_DATA):
            verdicts[path] = "system data"
        elif _within(path, home) and not files[path]:
            verdicts[path] = "the user's own data"
        else:
            verdicts[path] = None
    needed_by_system: dict[str, str] = {}
    for library in system:
        for dependency in resolved_dependencies(library):
            needed_by_system.setdefault(dependency, Path(library).name)
    for path, verdict in verdicts.items():
        if verdict is None and str(Path(path).resolve()) in needed_by_system:
            verdicts[path] = f"needed by the system's {needed_by_system[str(Path(path).resolve())]}"
    return [Loaded(path, files[path], verdicts[path]) for path in sorted(files)]


def not_allowed(loaded: Iterable[Loaded]) -> list[Loaded]:
    return [entry for entry in loaded if entry.allowed_as is None]


def summary(loaded: Iterable[Loaded]) -> list[str]:
    """One line per reason, naming the files loaded from outside the bundle for it."""
    groups: dict[str, list[str]] = {}
    for entry in loaded:
        if entry.allowed_as != "the bundle":
            groups.setdefault(str(entry.allowed_as), []).append(Path(entry.path).name)
    return [
        f"loaded from {why}: {', '.join(sorted(names))}" for why, names in sorted(groups.items())
    ]
