"""Writing an export to standard output: UTF-8 whatever the locale, and quiet on a closed pipe.

``plank-timer export | head`` closes the pipe early: like any Unix tool the command then
stops without a word (status 141, as if killed by SIGPIPE). A full device
(``> /dev/full``) gives one line and status 2.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from collections.abc import Callable
from typing import TextIO, TypeVar

from app.commands.common import fail

T = TypeVar("T")
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


def _silence_stdout() -> None:
    # The interpreter flushes stdout once more on exit; with the pipe gone that would
    # print "Exception ignored ... BrokenPipeError". Point it at /dev/null instead.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def export_to_stdout(write: Callable[[TextIO], T]) -> T | int:
    """Run ``write`` on standard output (UTF-8, no newline translation); its result, or the
    exit status once what went wrong is said."""
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        result = write(out)
        out.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as error:
        _silence_stdout()
        return fail(f"cannot write to standard output: {error.strerror or error}")
    finally:
        with contextlib.suppress(OSError, ValueError):
            out.detach()  # leave sys.stdout's buffer open for the interpreter
    return result
