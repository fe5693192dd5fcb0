"""ALSA pipes each played stream here: save its bytes, named by when they began to arrive.

Usage (from an ALSA config): file "|python stamp_stream.py OUT_DIR"
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    out = Path(sys.argv[1])
    first = sys.stdin.buffer.read1(65536)
    stamp = time.monotonic_ns()
    rest = sys.stdin.buffer.read()
    part = out / f"{stamp}.part"
    part.write_bytes(first + rest)
    # Renamed only when complete, so a reader never sees half a stream.
    part.rename(out / f"{stamp}.raw")


if __name__ == "__main__":
    main()
