"""The sound settings in a pseudo-locale at their default size: the menu entries, both
dialogs, every line they can show (a file chosen, a file refused, a sound that cannot play),
the start-up lines for a file or device gone, and About's line on which way cues play.

Text outside the pseudo-locale's brackets never went through the translator; a label or
button narrower than its text would cut a long language (see tests/ui/pseudo_locale.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.audio.output_devices import OutputDevice
from app.core.cues import CueKind
from tests.ui.pseudo_locale import (
    USER_WORDS,
    assert_all_translated,
    assert_nothing_cut,
    menu_texts,
    shown_texts,
)
from tests.ui.sound.conftest import HEADPHONES, write

# What the user named (their files, their device) and the library's name and version.
THEIRS = (*USER_WORDS, "gong.ogg", "song.wav", "broken.flac", "gone.wav", HEADPHONES.label)


@pytest.mark.usefixtures("pseudo_locale")
def test_the_sounds_dialog_and_its_lines_are_translated_and_nothing_is_cut(
    program, tmp_path: Path, qtbot: QtBot
) -> None:
    shown = program([HEADPHONES])
    assert_all_translated(menu_texts(shown.window.settings_menu), "settings menu", THEIRS)
    dialog = shown.menu.open_sounds()
    qtbot.waitExposed(dialog)
    assert dialog.use_file(CueKind.HOLD, write(tmp_path / "gong.ogg", 1.5))
    assert dialog.use_file(CueKind.DONE, write(tmp_path / "song.wav", 20.0))
    assert_all_translated(shown_texts(dialog), "sounds", THEIRS)
    assert_nothing_cut(dialog, "sounds")
    bad = tmp_path / "broken.flac"
    bad.write_bytes(b"fLaC and then nothing sensible")
    assert not dialog.use_file(CueKind.REST, bad)
    # libsndfile's own reason stays in English, in brackets inside the translated sentence
    text = dialog.message.text()
    reason = re.search(r"\(([^()\[\]]+)\)", text)
    assert reason is not None, text
    assert_all_translated([("refused", text)], "refused", (*THEIRS, reason[1]))
    assert_nothing_cut(dialog, "refused")
    dialog.close()


@pytest.mark.usefixtures("pseudo_locale")
def test_the_device_dialog_is_translated_and_nothing_is_cut(program, qtbot: QtBot) -> None:
    shown = program([HEADPHONES])
    dialog = shown.menu.open_device()
    qtbot.waitExposed(dialog)
    assert_all_translated(shown_texts(dialog), "device", THEIRS)
    assert_nothing_cut(dialog, "device")
    dialog.close()


@pytest.mark.usefixtures("pseudo_locale")
def test_start_up_lines_and_about_are_translated(
    program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = program([HEADPHONES])
    gone = write(tmp_path / "gone.wav", 0.5)
    first.menu.open_sounds().use_file(CueKind.SWITCH, gone)
    first.menu.open_device().devices.setCurrentIndex(1)
    assert first.menu.device_dialog is not None
    first.menu.device_dialog.accept()
    gone.unlink()
    again = program([])
    lines = [("start-up", line) for line in again.menu.startup_problems()]
    again.menu.check_device()
    lines.append(("device gone", again.window.workout.message.text()))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    again.window.actions_by_name["about"].trigger()
    about = [line() for line in again.window.about_lines]
    assert len(lines) == 2
    assert about
    assert_all_translated(
        [*lines, *(("about", line) for line in about)],
        "start-up",
        # libsndfile's reason ("System error") is the library's own English, as in the
        # other refusals; the library's name and version are names
        (*THEIRS, "System error", "sounddevice", "PortAudio", "V19.7.0-devel", "V19.6.0-devel"),
    )


def test_the_device_gone_line_names_the_device_as_the_user_knows_it(program) -> None:
    first = program([OutputDevice("sink:usb", "Desk speakers")])
    first.menu.open_device().devices.setCurrentIndex(1)
    assert first.menu.device_dialog is not None
    first.menu.device_dialog.accept()
    again = program([])
    again.menu.check_device()
    assert "“Desk speakers” is not connected" in again.window.workout.message.text()
