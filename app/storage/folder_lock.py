"""An exclusive lock on the log's folder, held while a damaged log is replaced.

Two copies of the app that open the same damaged log at once must not both move "it" aside:
the second would move the new log the first has just started (and the workout it is
recording). The lock is an advisory ``flock`` on the folder itself, so no lock file is
left behind; where ``flock`` does not exist the lock does nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (which must exist) for the ``with`` block."""
    if fcntl is None:  # pragma: no cover - not on Windows
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing drops the lock
