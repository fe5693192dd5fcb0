"""The cue engine goes into the bundle: its packages, and each native library where it is found.

Left out, the bundled app would play every cue through the simpleaudio fallback (late on
PipeWire desktops) without anyone noticing; `make bundle` checks the built app's path, these
check the choices behind it in a second.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bundle.binaries import trim
from bundle.contents import AUDIO_LIBRARIES, hidden_imports, wheel_library_packages
from bundle.system_libraries import group_of, is_system_library
from tests.test_layering import imports_in, modules_under

ENGINE_PACKAGES = {"sounddevice", "soundfile", "soxr", "numpy"}


def _third_party_imports_of_the_sound_code() -> set[str]:
    found: set[str] = set()
    for path, name, is_package in modules_under("app.audio"):
        for item in imports_in(path.read_text(encoding="utf-8"), name, is_package):
            top = item.module.split(".")[0]
            if top not in sys.stdlib_module_names and top not in {"app", "PySide6"}:
                found.add(top)
    return found


def test_every_package_the_cue_players_import_goes_into_the_bundle() -> None:
    imported = _third_party_imports_of_the_sound_code()
    assert ENGINE_PACKAGES | {"simpleaudio"} <= imported  # the scan finds the engine's
    listed = {library.module for library in AUDIO_LIBRARIES}
    missing = imported - listed
    assert not missing, f"add AudioLibrary({sorted(missing)}) in bundle/contents.py"
    assert listed <= set(hidden_imports())


def _native_libraries_the_engine_maps() -> dict[str, str]:
    # What opening the engine's libraries maps, as the app does when a workout starts.
    code = (
        "import json, soundfile, sounddevice, soxr\n"
        "sounddevice.get_portaudio_version()\n"
        "paths = {line.split()[-1] for line in open('/proc/self/maps') if '/' in line}\n"
        "wanted = ('libportaudio', 'libsndfile', 'soxr_ext')\n"
        "print(json.dumps({w: p for p in paths for w in wanted if w in p.rsplit('/', 1)[-1]}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=os.environ, capture_output=True, text=True, check=True
    )
    found: dict[str, str] = json.loads(result.stdout)
    return found


def test_portaudio_comes_from_the_system_and_libsndfile_from_the_wheel() -> None:
    mapped = _native_libraries_the_engine_maps()
    assert set(mapped) == {"libportaudio", "libsndfile", "soxr_ext"}, mapped
    # PortAudio: the system's libportaudio2, which the bundle leaves to the system.
    portaudio = Path(mapped["libportaudio"])
    assert is_system_library(portaudio.name), portaudio
    group = group_of(portaudio.name)
    assert group is not None
    assert group.debian == "libportaudio2"
    # libsndfile: the copy in soundfile's wheel, in a package whose libraries are collected.
    sndfile = Path(mapped["libsndfile"])
    assert not is_system_library(sndfile.name)
    assert sndfile.parent.name in wheel_library_packages(), sndfile
    # libsoxr is linked into soxr's own extension, which goes in with the package.
    assert Path(mapped["soxr_ext"]).parent.name == "soxr"


def test_portaudio_and_what_only_it_needs_are_left_out_and_libsndfile_stays() -> None:
    # As PyInstaller hands them over on Linux: its sounddevice hook collects the build
    # machine's libportaudio, and with it libjack and JACK's libdb; nothing links PortAudio
    # or libsndfile, both are loaded by name (cffi).
    entries = [
        ("_cffi_backend.so", "/w/_cffi_backend.so", "EXTENSION"),
        ("libportaudio.so.2", "/usr/lib/libportaudio.so.2", "BINARY"),
        ("libjack.so.0", "/usr/lib/libjack.so.0", "BINARY"),
        ("libdb-5.3.so", "/usr/lib/libdb-5.3.so", "BINARY"),
        ("_soundfile_data/libsndfile_x86_64.so", "/w/libsndfile_x86_64.so", "BINARY"),
    ]
    links = {
        "/usr/lib/libportaudio.so.2": ["libasound.so.2", "libjack.so.0", "libc.so.6"],
        "/usr/lib/libjack.so.0": ["libdb-5.3.so", "libc.so.6"],
        "/w/libsndfile_x86_64.so": ["libm.so.6", "libmvec.so.1", "libc.so.6"],
    }
    kept, _datas, removed = trim(entries, [], lambda source: links.get(source, []), linux=True)
    assert [entry[0] for entry in kept] == [
        "_cffi_backend.so",
        "_soundfile_data/libsndfile_x86_64.so",
    ]
    reasons = {entry[0]: reason for entry, reason in removed}
    assert reasons == {
        "libportaudio.so.2": "taken from the system",
        "libjack.so.0": "needed only by what was left out",
        "libdb-5.3.so": "needed only by what was left out",
    }
