"""Settings -> Sounds and Output device, from the window: choices apply, are remembered
across starts, a bad file is refused with one line, a device gone at start is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.sound_bank import MAX_SECONDS
from app.core.cues import CueKind
from app.ui.sound.device_dialog import DEFAULT_LABEL
from tests.ui.sound.conftest import HEADPHONES, write


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
    assert "The sound for “Rest” is unchanged" in dialog.message.text()
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
    assert "The sound for “Switch” could not be used" in problem
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
