"""Keeps ALSA's own error messages off the terminal; the app reports sound problems itself.

Without a sound card ALSA prints about eight lines to stderr at every cue. The player
already turns the same failure into one readable notice in the window, so the lines are
noise. Linux only; anywhere ALSA cannot be loaded this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# void handler(const char *file, int line, const char *function, int err, const char *fmt, ...)
_HANDLER = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)


def _ignore(file: bytes, line: int, function: bytes, err: int, fmt: bytes) -> None:
    return None


# Module-level, so the C callback outlives every call ALSA makes through it.
_quiet_handler = _HANDLER(_ignore)


def silence_alsa_messages() -> bool:
    """Route ALSA's library messages to nowhere. True when the handler was installed."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("asound") or "libasound.so.2"
    try:
        library = ctypes.CDLL(name)
        library.snd_lib_error_set_handler(_quiet_handler)
    except (OSError, AttributeError):
        return False
    return True
