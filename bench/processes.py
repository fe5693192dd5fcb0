"""Child processes for the benchmarks: started bounded in time, always killed, read via /proc.

Every benchmark that needs a fresh interpreter (a Qt event loop, ALSA reading its
configuration, a cold start) runs it through :func:`run_child`, which never waits longer
than its timeout and kills the child on every way out.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# The loop in Python, not a C program: it keeps one core busy, as another busy program would.
# Compiled bytecode for the children, outside the checkout. An installed app has its .pyc files;
# without them (PYTHONDONTWRITEBYTECODE is set on some machines) every start would compile
# the app's modules from source and the startup figure would measure the compiler.
PYCACHE = Path(tempfile.gettempdir()) / "plank-timer-bench-pycache"
SPIN = "import time\nend = time.monotonic() + {limit}\nwhile time.monotonic() < end: pass\n"


class ChildFailedError(RuntimeError):
    """A benchmark child exited badly or printed no result; the message says how."""


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child: this one, the repository importable, no window needed."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def stop(process: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """Ask politely (SIGTERM), then kill; returns once the process is gone."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(grace)


@contextlib.contextmanager
def cpu_hog(limit: float = 900.0) -> Iterator[subprocess.Popen[bytes]]:
    """Another process keeping one core busy for as long as the block runs.

    It also ends by itself after ``limit`` seconds, should this process die without
    getting to kill it.
    """
    process = subprocess.Popen(
        [sys.executable, "-c", SPIN.format(limit=limit)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        stop(process)


def run_child(
    module: str,
    args: list[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    keep_stderr: bool = False,
) -> dict[str, Any]:
    """Run ``python -m module args``; its last line of stdout is its JSON result.

    With ``keep_stderr`` the child's stderr comes back too, as the result's ``"stderr"``.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=child_env(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop(process)
        raise ChildFailedError(f"{module} did not finish within {timeout:.0f} s") from None
    finally:
        stop(process)
    lines = out.strip().splitlines()
    if process.returncode != 0 or not lines:
        tail = err.strip().splitlines()[-5:]
        raise ChildFailedError(f"{module} exited {process.returncode}: {' | '.join(tail)}")
    result: dict[str, Any] = json.loads(lines[-1])
    if keep_stderr:
        result["stderr"] = err
    return result


def cpu_seconds(pid: int, thread: int | None = None) -> float:
    """User plus system CPU time a process (all its threads) or one thread has used so far."""
    path = Path(f"/proc/{pid}/stat" if thread is None else f"/proc/{pid}/task/{thread}/stat")
    fields = path.read_text().rsplit(")", 1)[1].split()
    # After the ")" that ends the command name, utime and stime are fields 12 and 13.
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def status_kib(field: str, pid: int | str = "self") -> int:
    """A memory line of /proc/<pid>/status in KiB: VmRSS (resident now), VmHWM (its peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise KeyError(field)
