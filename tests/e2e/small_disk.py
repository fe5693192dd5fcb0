"""A small disk that fills up for real: a tmpfs, mounted in a private mount namespace.

The kernel itself then answers ENOSPC, exactly as a full disk does (RLIMIT_FSIZE would give
EFBIG for every file of the process instead, and /dev/full cannot hold a database). The
namespace (``unshare``, from util-linux) keeps the mount invisible to the rest of the
machine and removes it when the scenario ends, even if the test is killed. As root it needs
only a mount namespace; otherwise a user namespace maps the user to root inside it.

A scenario is a script run inside: everything that must see the small disk happens there,
and it reports back on stdout.

Where the namespace cannot be made (user namespaces restricted: Ubuntu 24.04's AppArmor
rule, a container without CAP_SYS_ADMIN), the tests that need it fail at once with a line
saying why and what to change, rather than with a scenario's confusing output; they are
never skipped (on this project's Debian machines it works). ``tools/bootstrap.sh`` warns
about the same at set-up.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CHILD = HERE / "small_disk_child.py"
WHY = (
    "the full-disk tests mount a small tmpfs in a private mount namespace (unshare), and"
    " this machine refuses to make one"
)
HOW = (
    "allow unprivileged user namespaces (Ubuntu 24.04: sudo sysctl"
    " kernel.apparmor_restrict_unprivileged_userns=0), run the tests as root, or give the"
    " container CAP_SYS_ADMIN (docker run --cap-add SYS_ADMIN --security-opt"
    " seccomp=unconfined)"
)


def namespace_command() -> list[str]:
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private"]
    return ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]


def namespace_problem(probe: Sequence[str] | None = None) -> str | None:
    """Why no private mount namespace can be made here (one line: what failed, why it is
    needed, what to do), or None when it can. ``probe`` is the command to try (by default
    the tests' own ``unshare`` around ``true``)."""
    command = [*namespace_command(), "true"] if probe is None else list(probe)
    if shutil.which(command[0]) is None:
        return f"{WHY}: {command[0]} is not installed (Debian: apt-get install util-linux)"
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except OSError as error:
        return f"{WHY}: {error}; {HOW}"
    if result.returncode == 0:
        return None
    said = " ".join(result.stderr.split()) or f"exit status {result.returncode}"
    return f"{WHY}: {' '.join(command)} said: {said}; {HOW}"


@functools.cache
def _problem_here() -> str | None:
    return namespace_problem()


def run_on_small_disk(
    mountpoint: Path, size_bytes: int, scenario: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run ``python scenario args`` with ``mountpoint`` a fresh tmpfs of ``size_bytes``.

    Fails the calling test at once, saying why, where no mount namespace can be made.
    """
    problem = _problem_here()
    if problem is not None:
        pytest.fail(problem, pytrace=False)
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
