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


def recovery_folders(data_dir: Path) -> list[Path]:
    """Where holds the log cannot take at close may go, in order: next to the log, else the
    user's state folder, else the cache folder, else the temporary folder (see recovery)."""
    import tempfile

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folders = [data_dir]
    for location in (
        QStandardPaths.StandardLocation.StateLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    ):
        found = QStandardPaths.writableLocation(location)
        if found:
            folders.append(Path(found))
    folders.append(Path(tempfile.gettempdir()))
    return folders
