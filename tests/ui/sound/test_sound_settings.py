"""Settings -> Sounds and Output device, from the window: choices apply, are remembered
across starts, a bad file is refused with one line, a device gone at start is reported."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.cue_engine import CueEngine
from app.audio.output_devices import OutputDevice
from app.audio.silent_player import SilentPlayer
from app.audio.sound_bank import MAX_SECONDS, SoundBank
from app.core.cues import CueKind
from app.ui.main_window import MainWindow
from app.ui.sound.device_dialog import DEFAULT_LABEL
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


def test_a_sound_file_of_yours_plays_from_now_on_and_next_time(program, tmp_path: Path) -> None:
    first = program()
    first.window.actions_by_name["sounds"].trigger()
    dialog = first.menu.sounds_dialog
    assert dialog is not None
    gong = write(tmp_path / "gong.ogg", 1.5)
    assert dialog.use_file(CueKind.HOLD, gong)
    assert dialog.labels[CueKind.HOLD].text() == "gong.ogg (1.5 s)"
    assert first.engine.duration(CueKind.HOLD) == pytest.approx(1.5, abs=0.01)
    dialog.close()
    again = program()
    assert again.settings.custom_sounds() == {"hold": gong}
    assert again.engine.duration(CueKind.HOLD) == pytest.approx(1.5, abs=0.01)


def test_a_file_that_cannot_be_read_is_refused_and_the_sound_stays(program, tmp_path: Path) -> None:
    shown = program()
    dialog = shown.menu.open_sounds()
    bad = tmp_path / "broken.flac"
    bad.write_bytes(b"fLaC and then nothing sensible")
    assert not dialog.use_file(CueKind.REST, bad)
    assert "broken.flac could not be read" in dialog.message.text()
    assert "rest sound is unchanged" in dialog.message.text()
    assert dialog.labels[CueKind.REST].text() == "Built-in"
    assert shown.settings.custom_sounds() == {}
    dialog.close()


def test_a_long_file_is_shown_cut(program, tmp_path: Path) -> None:
    shown = program()
    dialog = shown.menu.open_sounds()
    assert dialog.use_file(CueKind.DONE, write(tmp_path / "song.wav", 20.0))
    assert f"cut at {MAX_SECONDS:g} s" in dialog.labels[CueKind.DONE].text()
    assert shown.engine.duration(CueKind.DONE) == pytest.approx(MAX_SECONDS)
    dialog.close()


def test_a_remembered_file_gone_at_start_is_reported_and_the_built_in_plays(
    program, tmp_path: Path
) -> None:
    first = program()
    gong = write(tmp_path / "gong.wav", 0.5)
    first.menu.open_sounds().use_file(CueKind.SWITCH, gong)
    gong.unlink()
    again = program()
    [problem] = again.menu.startup_problems()
    assert "switch sound could not be used" in problem
    assert "gong.wav" in problem
    assert again.engine.duration(CueKind.SWITCH) == pytest.approx(0.38, abs=0.01)


def test_the_output_device_is_remembered_and_used(program) -> None:
    first = program([HEADPHONES])
    dialog = first.menu.open_device()
    assert dialog.devices.itemText(0) == DEFAULT_LABEL
    dialog.devices.setCurrentIndex(dialog.devices.findText(HEADPHONES.label))
    dialog.accept()
    assert first.engine.device == HEADPHONES.key
    again = program([HEADPHONES])
    again.menu.check_device()
    assert again.engine.device == HEADPHONES.key
    assert again.menu.open_device().devices.currentText() == HEADPHONES.label


def test_a_device_gone_at_start_falls_back_to_the_default_and_says_so(program) -> None:
    first = program([HEADPHONES])
    first.menu.open_device().devices.setCurrentIndex(1)
    first.menu.device_dialog.accept()
    again = program([])
    again.menu.check_device()
    assert again.engine.device is None
    message = again.window.workout.message.text()
    assert "Running headphones" in message
    assert "system default" in message
    back = program([HEADPHONES])  # plugged in again: used again, without asking
    back.menu.check_device()
    assert back.engine.device == HEADPHONES.key


def test_about_says_which_way_cues_play(program, qtbot: QtBot, monkeypatch) -> None:
    shown = program()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    shown.window.actions_by_name["about"].trigger()
    assert "one open stream per workout through sounddevice" in said[0]
