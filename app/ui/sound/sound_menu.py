"""Settings -> Sounds… and Output device…: the dialogs, and what the choices change.

A choice applies at once to the cue engine (the next cue plays the new sound, the next
workout opens its stream on the new device) and is remembered. At start-up a remembered
device that is no longer there is left aside for this run, and the window says so; it is
used again once it is back.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.audio.cue_engine import CueEngine
from app.audio.output_devices import OutputDevice, list_output_devices
from app.audio.player import CuePlayer
from app.audio.player_choice import describe_path
from app.audio.sound_bank import SoundBank
from app.audio.stream_output import StreamError, play_once, route
from app.core.cues import CueKind
from app.core.message import QT_TRANSLATE_NOOP, Message
from app.ui.error_text import message_text
from app.ui.main_window import MainWindow
from app.ui.sound.device_dialog import DeviceDialog
from app.ui.sound.sound_settings import SoundSettings
from app.ui.sound.sounds_dialog import SoundsDialog, cue_name
from app.ui.workout.workout_page import WorkoutPage

NEEDS_ENGINE = QT_TRANSLATE_NOOP(
    "SoundMenu",
    "Your own sounds and the device choice need sounddevice and PortAudio; "
    "cues play the built-in sounds on the system default.",
)
MISSING = QT_TRANSLATE_NOOP("SoundMenu", "the sound is missing")


class SoundMenu(QObject):
    """Owns the two menu entries; ``engine`` is None when cues go through simpleaudio."""

    def __init__(
        self,
        window: MainWindow,
        page: WorkoutPage,
        player: CuePlayer,
        settings: SoundSettings,
        list_devices: Callable[[], list[OutputDevice]] = list_output_devices,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._player = player
        self._settings = settings
        self._list_devices = list_devices
        found = getattr(player, "scheduler", None)
        self.engine = found if isinstance(found, CueEngine) else None
        self.sounds_dialog: SoundsDialog | None = None
        self.device_dialog: DeviceDialog | None = None
        for name, text, slot in (
            ("sounds", self.tr("S&ounds…"), self.open_sounds),
            ("output_device", self.tr("Output &device…"), self.open_device),
        ):
            action = QAction(text, window)
            action.triggered.connect(slot)
            window.settings_menu.addAction(action)
            window.actions_by_name[name] = action
        window.about_lines.append(
            lambda: self.tr("Cues play through {path}.").format(
                path=html.escape(message_text(describe_path(player)))
            )
        )

    # start-up

    def startup_problems(self) -> list[str]:
        """One sentence for each remembered sound file that could not be read."""
        if self.engine is None:
            return []
        line = self.tr(
            "The sound for “{cue}” could not be used ({problem}); the built-in sound plays instead."
        )
        return [
            line.format(cue=cue_name(CueKind(kind)), problem=message_text(problem))
            for kind, problem in self.engine.bank.problems.items()
        ]

    def check_device(self) -> None:
        """Fall back to the default for this run when the remembered device is gone."""
        wanted = self._settings.device
        if self.engine is None or wanted is None:
            return
        if any(device.key == wanted for device in self._list_devices()):
            self._engine_device(wanted)
            return
        self._engine_device(None)
        self._page.show_message(
            self.tr(
                "The output device “{device}” is not connected; cues play on the system default."
            ).format(device=self._settings.device_label)
        )

    # sounds

    def open_sounds(self) -> SoundsDialog:
        dialog = SoundsDialog(
            self._settings.custom_sounds(), self._play, self._sound_changed, self._window
        )
        if self.engine is None:
            dialog.message.setText(self.tr(NEEDS_ENGINE))
        self.sounds_dialog = dialog
        dialog.open()
        return dialog

    def _sound_changed(self, kind: CueKind, path: Path | None) -> None:
        self._settings.set_custom_sound(kind, path)
        if self.engine is not None:
            self.engine.bank = SoundBank(self._settings.custom_sounds())
            self._page.sounds_changed()

    def _play(self, kind: CueKind, path: Path | None) -> str | None:
        """None once the sound plays, else a sentence saying why not."""
        if self.engine is None:
            if path is not None:
                return self.tr(NEEDS_ENGINE)
            self._player.play(kind)
            return None
        bank = SoundBank({kind.value: path} if path is not None else None)
        sound = bank.decoded(kind.value)
        problem: Message | None = None
        if sound is None:
            problem = bank.problems.get(kind.value, Message(MISSING, context="SoundMenu"))
        else:
            gain = 0.0 if self._player.muted else self._player.volume
            try:
                play_once(sound.samples * gain, sound.rate, self.engine.device)
            except StreamError as error:
                problem = error.message
        if problem is None:
            return None
        return self.tr("Cannot play it: {problem}.").format(problem=message_text(problem))

    # device

    def open_device(self) -> DeviceDialog:
        devices = self._list_devices() if self.engine is not None else []
        dialog = DeviceDialog(devices, self._settings.device, self._window)
        if self.engine is None:
            dialog.devices.setEnabled(False)
            dialog.devices.setToolTip(self.tr(NEEDS_ENGINE))
        dialog.accepted.connect(lambda: self._use_device(dialog.chosen()))
        self.device_dialog = dialog
        dialog.open()
        return dialog

    def _use_device(self, device: OutputDevice | None) -> None:
        self._settings.device = None if device is None else device.key
        self._settings.device_label = "" if device is None else device.label
        if self.engine is not None:
            self._engine_device(None if device is None else device.key)

    def _engine_device(self, key: str | None) -> None:
        assert self.engine is not None
        self.engine.device = key
        # Routed here, on the GUI thread: a running workout's stream opens again on the
        # feeder thread (after a pause or a skip), which then finds the environment set.
        route(key)
