"""A machine without libportaudio2, for one command: the bundle must fall back and say so.

PortAudio is a system library for the bundle (``bundle/system_libraries.py``). To try the
bundle where it is missing without removing the package, the command runs in a private mount
namespace (``unshare``, as the full-disk tests do: root needs only the mount namespace, a user
a user namespace too) where an empty file is mounted over each of PortAudio's files and the
loader's cache (``/etc/ld.so.cache``, which ``ctypes.util.find_library`` reads through
``ldconfig -p``) is rebuilt without them. Nothing outside the namespace changes: ``ldconfig
-i -C`` writes only the new cache, into the check's own folder.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

LDCONFIG = "/sbin/ldconfig"  # where ctypes.util.find_library runs it from
# $1: the empty file, $2: the new cache, then PortAudio's files up to "--", then the command.
HIDE = """\
set -e
empty=$1 cache=$2
shift 2
while [ "$1" != -- ]; do mount --bind "$empty" "$1"; shift; done
shift
{ldconfig} -i -X -C "$cache" 2>/dev/null
mount --bind "$cache" /etc/ld.so.cache
exec "$@"
"""


class NoNamespaceError(RuntimeError):
    """The private mount namespace could not be made; the message says why and what to do."""


def portaudio_files() -> list[Path]:
    """PortAudio's library files as the loader's cache lists them, resolved (no links)."""
    listing = subprocess.run(
        [LDCONFIG, "-p"], capture_output=True, text=True, env={"LC_ALL": "C"}
    ).stdout
    found = re.findall(r"^\s+libportaudio\S*\s.*=>\s+(/\S+)$", listing, flags=re.MULTILINE)
    return sorted({Path(path).resolve() for path in found})


def namespace_command() -> list[str]:
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private"]
    return ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]


def without_portaudio(command: Sequence[str], folder: Path) -> list[str]:
    """``command`` wrapped so that it runs where PortAudio is not installed."""
    files = portaudio_files()
    if not files:
        raise NoNamespaceError("libportaudio2 is not installed here, so nothing can be hidden")
    probe = subprocess.run([*namespace_command(), "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise NoNamespaceError(
            f"no private mount namespace here ({probe.stderr.strip()}): run as root, or allow"
            " unprivileged user namespaces (Ubuntu 24.04: sudo sysctl"
            " kernel.apparmor_restrict_unprivileged_userns=0)"
        )
    empty = folder / "empty-file"
    empty.write_bytes(b"")
    script = HIDE.format(ldconfig=LDCONFIG)
    hidden = [str(path) for path in files]
    arguments = [str(empty), str(folder / "ld.so.cache"), *hidden, "--", *command]
    return [*namespace_command(), "sh", "-c", script, "sh", *arguments]
