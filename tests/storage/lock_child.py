"""Run by the recovery tests: another program that holds the log's write lock when told.

It reads a line, takes the write lock (BEGIN IMMEDIATE) and prints ``locked``; it reads
another line, lets go and exits. Usage: python lock_child.py LOG_FILE
"""

from __future__ import annotations

import sqlite3
import sys


def main(path: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    sys.stdin.readline()
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()


if __name__ == "__main__":
    main(sys.argv[1])
