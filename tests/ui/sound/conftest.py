"""A window with the sound menu as the program wires it, on a fake stream and a settings file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import QSettings

from app.audio import stream_output
from app.audio.cue_engine import CueEngine
from app.audio.output_devices import OutputDevice
from app.audio.silent_player import SilentPlayer
from app.audio.sound_bank import SoundBank
from app.audio.stream_output import EVENT_ROLE, ROUTING
from app.ui.main_window import MainWindow
from app.ui.sound.sound_menu import SoundMenu
from app.ui.sound.sound_settings import SoundSettings
from tests.audio.fake_stream import StreamOpener
from tests.ui.conftest import WindowFactory

HEADPHONES = OutputDevice("sink:bluez_output.headphones", "Running headphones")


def write(path: Path, seconds: float) -> Path:
    soundfile.write(str(path), np.full(round(seconds * 44100), 0.3, np.float32), 44100)
    return path


def engine(settings: SoundSettings) -> CueEngine:
    return CueEngine(SoundBank(settings.custom_sounds()), SilentPlayer, open_stream=StreamOpener())


class Program:
    """A window with the sound menu, as the app wires it, on settings kept in a file."""

    def __init__(
        self,
        make_window: WindowFactory,
        settings_path: Path,
        devices: list[OutputDevice],
    ) -> None:
        self.settings = SoundSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        self.engine = engine(self.settings)
        self.window: MainWindow = make_window(player=self.engine)
        self.menu = SoundMenu(
            self.window, self.window.workout, self.engine, self.settings, lambda: devices
        )


@pytest.fixture
def program(make_window: WindowFactory, settings_path: Path):
    return lambda devices=(): Program(make_window, settings_path, list(devices))


@pytest.fixture(autouse=True)
def routing_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A device chosen here routes the process's environment (PULSE_SINK, ...): each test
    starts without it and leaves nothing behind for the tests after it."""
    for name in (*EVENT_ROLE, *ROUTING):
        monkeypatch.setenv(name, "")  # remembered as absent (or as it was), restored after
        monkeypatch.delenv(name)
    monkeypatch.setattr(stream_output, "_routed_by_us", set())
