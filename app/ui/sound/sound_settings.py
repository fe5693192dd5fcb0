"""Remembers the user's cue sounds and output device between runs (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.core.cues import BEEPS, CueKind


class SoundSettings:
    """The file chosen for each beep (absent: the built-in sound) and the output device."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def custom_sounds(self) -> dict[str, Path]:
        """Beep name ("hold") to the user's file, for the beeps that have one."""
        found: dict[str, Path] = {}
        for kind in BEEPS:
            value = str(self._settings.value(f"sounds/{kind.value}", "") or "")
            if value:
                found[kind.value] = Path(value)
        return found

    def set_custom_sound(self, kind: CueKind, path: Path | None) -> None:
        self._settings.setValue(f"sounds/{kind.value}", "" if path is None else str(path))
        self._settings.sync()

    @property
    def device(self) -> str | None:
        """The chosen output device's key, or None for the system default."""
        return str(self._settings.value("sound/device", "") or "") or None

    @device.setter
    def device(self, key: str | None) -> None:
        self._settings.setValue("sound/device", key or "")
        self._settings.sync()

    @property
    def device_label(self) -> str:
        """What the chosen device was called when it was chosen (to name it once it is gone)."""
        return str(self._settings.value("sound/device_label", "") or "") or (self.device or "")

    @device_label.setter
    def device_label(self, label: str) -> None:
        self._settings.setValue("sound/device_label", label)
        self._settings.sync()
