"""A stand-in org.freedesktop.ScreenSaver service for tests, run as its own process.

    python screensaver_service.py BUS_ADDRESS LOG_FILE [--path PATH ...] [--first-cookie N]

It connects to the bus at BUS_ADDRESS, exports ``Inhibit(ss) -> u`` and ``UnInhibit(u)`` at
each PATH (default: /org/freedesktop/ScreenSaver and /ScreenSaver, as KDE does), takes the
name org.freedesktop.ScreenSaver and prints ``ready`` on stdout. Every accepted call is
appended to LOG_FILE as one JSON object per line, written before the call is answered.

Like KDE's real service it is exported through QtDBus, so a call with the wrong signature,
such as ``UnInhibit`` with an int32, is refused with
``org.freedesktop.DBus.Error.UnknownMethod`` and never reaches the log.

It runs in a separate process because the keeper's ``UnInhibit`` is a blocking call: a
service on the test's own event loop could not answer it until the call had timed out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.ScreenSaver"
DEFAULT_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class StandInScreenSaver(QObject):
    """Hands out cookies and logs who asked, the way a desktop's screen saver would."""

    def __init__(self, log: TextIO, first_cookie: int) -> None:
        super().__init__()
        self._log = log
        self._next_cookie = first_cookie
        self._held: set[int] = set()

    def _write(self, entry: dict[str, Any]) -> None:
        self._log.write(json.dumps(entry) + "\n")
        self._log.flush()

    # The slot types make the D-Bus signatures: "uint" is D-Bus "u", str is "s".
    @Slot(str, str, result="uint")
    def Inhibit(self, application_name: str, reason: str) -> int:  # noqa: N802 (D-Bus name)
        cookie = self._next_cookie
        self._next_cookie += 1
        self._held.add(cookie)
        self._write(
            {"call": "Inhibit", "app": application_name, "reason": reason, "cookie": cookie}
        )
        return cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:  # noqa: N802 (D-Bus name)
        known = cookie in self._held
        self._held.discard(cookie)
        self._write({"call": "UnInhibit", "cookie": cookie, "known": known})


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("log", type=Path)
    parser.add_argument("--path", action="append", dest="paths")
    parser.add_argument("--first-cookie", type=int, default=1)
    args = parser.parse_args(argv)

    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(args.address, "stand-in")
    if not bus.isConnected():
        print(f"cannot connect: {bus.lastError().message()}", file=sys.stderr)
        return 1
    with args.log.open("a", encoding="utf-8") as log:
        service = StandInScreenSaver(log, args.first_cookie)
        for path in args.paths or DEFAULT_PATHS:
            if not bus.registerObject(path, service, QDBusConnection.RegisterOption.ExportAllSlots):
                print(f"cannot export {path}", file=sys.stderr)
                return 1
        if not bus.registerService(SERVICE):
            print(f"cannot own {SERVICE}: {bus.lastError().message()}", file=sys.stderr)
            return 1
        print("ready", flush=True)
        # Runs until the test terminates the process.
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
