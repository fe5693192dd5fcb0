"""The Linux libraries the bundle expects from the system, and leaves out of the bundle.

Everything else the program loads comes from the bundle. A library belongs here when a copy
from the build machine would clash with the rest of the user's system: the C and C++
runtime (the system's graphics drivers and ALSA plugins link the system's copy), the
graphics and font stack (driver- and configuration-specific), ALSA (its configuration and
plugins are versioned with the system's libasound), PortAudio (it links the system's ALSA and
JACK, and JACK's client library must match the user's JACK or PipeWire server; the app and
sounddevice find it through the system's loader cache, ``ctypes.util.find_library``, so a
bundled copy would not even be found where the system has none), D-Bus. The X11 protocol extension
libraries Qt needs (libxcb-cursor, -icccm, -keysyms, libxkbcommon-x11, ...), which minimal
desktops often lack, are bundled instead.

The README's table of system libraries is this list; ``bundle/check.py`` fails a bundle
whose running process maps any other library from outside the bundle (a listed library's
own dependencies, as the system resolves them, are the system's business and allowed).
On Windows and macOS PyInstaller's own rules already leave the system's DLLs and
frameworks out, so this list is Linux only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SystemLibrary:
    """A group of libraries the bundle takes from the system."""

    what: str
    debian: str
    """The Debian/Ubuntu packages that provide them."""
    names: tuple[str, ...]
    """File-name patterns (regular expressions, without the ``.so...`` suffix)."""
    plugin_folders: tuple[str, ...] = ()
    """Folders (regular expressions on the full path) the library loads plugins from."""


SYSTEM_LIBRARIES = (
    SystemLibrary(
        "C and C++ runtime (glibc, libstdc++, libgcc_s)",
        "libc6, libstdc++6, libgcc-s1",
        (
            r"ld-linux(-x86-64|-aarch64)?",
            r"libc",
            r"libm",
            r"libmvec",
            r"libdl",
            r"libpthread",
            r"librt",
            r"libresolv",
            r"libutil",
            r"libanl",
            r"libcrypt",
            r"libnsl",
            r"libnss_\w+",
            r"libthread_db",
            r"libBrokenLocale",
            r"libstdc\+\+",
            r"libgcc_s",
        ),
        plugin_folders=(r"/gconv/",),
    ),
    SystemLibrary("zlib and zstd (Qt's compression)", "zlib1g, libzstd1", (r"libz", r"libzstd")),
    SystemLibrary("GLib (Qt's event loop)", "libglib2.0-0", (r"libglib-2\.0", r"libgthread-2\.0")),
    SystemLibrary(
        "X11 core (libX11, libxcb)",
        "libx11-6, libx11-xcb1, libxcb1",
        (r"libX11", r"libX11-xcb", r"libxcb", r"libXau", r"libXdmcp", r"libXext", r"libXrender"),
    ),
    SystemLibrary(
        "OpenGL and EGL dispatch (libglvnd; Qt's GUI library links them)",
        "libgl1, libegl1, libopengl0",
        (r"libGL", r"libEGL", r"libGLX", r"libOpenGL", r"libGLdispatch", r"libdrm"),
        plugin_folders=(r"/dri/",),
    ),
    SystemLibrary(
        "Wayland client libraries (on a Wayland desktop)",
        "libwayland-client0, libwayland-cursor0, libwayland-egl1",
        (r"libwayland-(client|cursor|egl)",),
    ),
    SystemLibrary(
        "Fonts (fontconfig, FreeType)",
        "libfontconfig1, libfreetype6",
        (r"libfontconfig", r"libfreetype"),
    ),
    SystemLibrary("D-Bus (keeping the screen awake)", "libdbus-1-3", (r"libdbus-1",)),
    SystemLibrary(
        "ALSA (sound; PipeWire and PulseAudio desktops provide its default device)",
        "libasound2",
        (r"libasound",),
        plugin_folders=(r"/alsa-lib/",),
    ),
    SystemLibrary(
        "PortAudio (the cue engine's one open stream; it loads JACK's client library too)",
        "libportaudio2",
        (r"libportaudio",),
    ),
    SystemLibrary(
        "PulseAudio and PipeWire clients, Kerberos (Qt Text to Speech links or loads them)",
        "libpulse0, libpipewire-0.3-0, libgssapi-krb5-2",
        (r"libpulse", r"libpulse-simple", r"libpipewire-0\.3", r"libgssapi_krb5"),
        plugin_folders=(r"/pipewire-0\.3/", r"/spa-0\.2/"),
    ),
    SystemLibrary(
        "speech-dispatcher client",
        "libspeechd2",
        (r"libspeechd",),
    ),
)

_SUFFIX = r"\.so(\.[0-9.]+)?$"


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(" + "|".join(names) + r")" + _SUFFIX)


_ALL = _pattern(tuple(name for group in SYSTEM_LIBRARIES for name in group.names))


def is_system_library(file_name: str) -> bool:
    """True for a library the bundle takes from the system: ``libc.so.6``, ``libasound.so.2``."""
    return _ALL.match(file_name) is not None


def group_of(file_name: str) -> SystemLibrary | None:
    """The listed group a library file belongs to, or None."""
    for group in SYSTEM_LIBRARIES:
        if _pattern(group.names).match(file_name):
            return group
    return None


def in_plugin_folder(path: str) -> SystemLibrary | None:
    """The group whose library loaded this plugin (an ALSA plugin, a gconv module), or None."""
    for group in SYSTEM_LIBRARIES:
        if any(re.search(folder, path) for folder in group.plugin_folders):
            return group
    return None
