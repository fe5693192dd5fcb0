"""Trims PyInstaller's list of binaries: unused Qt plugins and system libraries out, and with
them every library that only they needed.

PyInstaller collects a Qt module's plugins whole (every platform plugin, every image format,
the GTK theme...) and then, before the spec can intervene, every library those plugins link,
down to the system's GTK, PulseAudio and Kerberos. Dropping the plugins alone would leave
those libraries behind as orphans. So after the drop, a library is kept only if something
kept still links it: the roots are the entries no collected binary links at all (Python's
extension modules, the kept plugins, Python's own library, anything a hook collected for
loading by name), and the rest must be reachable from them through the libraries they need.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

from bundle.contents import keeps_plugin, plugin_of
from bundle.system_libraries import is_system_library

# One entry of PyInstaller's TOC list: (destination in the bundle, source file, type code).
Entry = tuple[str, str, str]
SYMLINK = "SYMLINK"


def _name(path: str) -> str:
    # Lower case: Windows import tables and file names disagree on case.
    return PurePath(path.replace("\\", "/")).name.lower()


def direct_needs(path: str) -> list[str]:
    """The libraries an ELF file itself links (its DT_NEEDED entries), via binutils' readelf."""
    dynamic = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def without_debug_info(binaries: Iterable[Entry], folder: Path) -> list[Entry]:
    """The binaries, each one that carries debug information replaced by a copy without it.

    Python built from source (pyenv) and extensions compiled on the build machine carry
    their debug sections (about 30 MB for Python 3.11's library and modules); wheels and
    distribution libraries are shipped stripped already and are left untouched.
    """
    result: list[Entry] = []
    for destination, source, typecode in binaries:
        sections = subprocess.run(
            ["readelf", "--section-headers", "--wide", source], capture_output=True, text=True
        ).stdout
        if ".debug_info" in sections:
            copy = folder / destination
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), source], check=True)
            source = str(copy)
        result.append((destination, source, typecode))
    return result


def dropped(entry: Entry, linux: bool) -> str | None:
    """Why an entry is left out (a sentence), or None to keep it."""
    destination = entry[0]
    plugin = plugin_of(destination)
    if plugin is not None and not keeps_plugin(*plugin):
        return f"unused Qt plugin {plugin[0]}/{plugin[1]}"
    if linux and plugin is None and is_system_library(PurePath(destination).name):
        return "taken from the system"
    return None


def trim(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]],
    linux: bool,
) -> tuple[list[Entry], list[Entry], list[tuple[Entry, str]]]:
    """The binaries and data entries to keep, and each left-out entry with the reason.

    ``imports_of(source)`` names the libraries a binary itself links (file names). PyInstaller
    keeps its symbolic links (``SYMLINK``: a library's name in the top folder, pointing at
    where it was collected) among the data entries; a link to a left-out library goes too.
    """
    binaries = list(binaries)
    links = {entry[1]: {_name(name) for name in imports_of(entry[1])} for entry in binaries}
    linked_anywhere = set().union(*links.values()) if links else set()

    removed: list[tuple[Entry, str]] = []
    candidates: dict[str, Entry] = {}
    for entry in binaries:
        reason = dropped(entry, linux)
        if reason is None:
            candidates[_name(entry[0])] = entry
        else:
            removed.append((entry, reason))

    roots = [entry for name, entry in candidates.items() if name not in linked_anywhere]
    reached: set[str] = set()
    waiting = roots[:]
    while waiting:
        entry = waiting.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        waiting += [candidates[name] for name in links[entry[1]] if name in candidates]

    kept = [entry for entry in binaries if entry[0] in reached]
    removed += [
        (entry, "needed only by what was left out")
        for entry in candidates.values()
        if entry[0] not in reached
    ]
    gone = {entry[0] for entry, _reason in removed}
    kept_datas: list[Entry] = []
    for entry in datas:
        if entry[2] == SYMLINK and entry[1] in gone:
            removed.append((entry, "link to a library left out"))
        else:
            kept_datas.append(entry)
    return kept, kept_datas, removed
