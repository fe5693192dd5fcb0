"""Where the log and settings live: --data-dir, or the platform's application data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "PlankTimer"
APPLICATION = "plank-timer"


def data_directory(requested: Path | None) -> Path:
    """--data-dir when given, else QStandardPaths' AppDataLocation (resolved here, at the edge)."""
    if requested is not None:
        return requested.expanduser()
    # Static setters: no QApplication is needed, so export and import stay window-free.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))
