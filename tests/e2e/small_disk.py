"""A small disk that fills up for real: a tmpfs, mounted in a private mount namespace.

The kernel itself then answers ENOSPC, exactly as a full disk does (RLIMIT_FSIZE would give
EFBIG for every file of the process instead, and /dev/full cannot hold a database). The
namespace (``unshare``, from util-linux) keeps the mount invisible to the rest of the
machine and removes it when the scenario ends, even if the test is killed. As root it needs
only a mount namespace; otherwise a user namespace maps the user to root inside it.

A scenario is a script run inside: everything that must see the small disk happens there,
and it reports back on stdout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = HERE / "small_disk_child.py"


def namespace_command() -> list[str]:
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private"]
    return ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]


def run_on_small_disk(
    mountpoint: Path, size_bytes: int, scenario: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run ``python scenario args`` with ``mountpoint`` a fresh tmpfs of ``size_bytes``."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [
            *namespace_command(),
            sys.executable,
            str(CHILD),
            str(mountpoint),
            str(size_bytes),
            str(scenario),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the disk ``folder`` is on until at most ``leave_bytes`` are free; the filler."""
    filler = folder / "filler"
    with filler.open("ab") as out:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave_bytes:
                break
            try:
                out.write(b"\0" * min(free - leave_bytes, 1 << 20))
                out.flush()
            except OSError:
                break
    return filler
