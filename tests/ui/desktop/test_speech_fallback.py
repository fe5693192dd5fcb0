"""The desktop's speech engine: used only when ready, spoken to on the GUI thread, else unseen."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.desktop.speech_fallback import MOCK_ENGINE, Speech, ready_engine

ROOT = Path(__file__).resolve().parents[3]


class FakeEngine:
    """Stands in for QTextToSpeech: notes each call and the thread it came on."""

    def __init__(self, name: str = "fake", ready: bool = True) -> None:
        self.name = name
        self.ready = ready
        self.calls: list[tuple[str, object, threading.Thread]] = []

    def say(self, text: str) -> None:
        self.calls.append(("say", text, threading.current_thread()))

    def stop(self) -> None:
        self.calls.append(("stop", None, threading.current_thread()))

    def setVolume(self, volume: float) -> None:  # noqa: N802 (Qt's name)
        self.calls.append(("volume", volume, threading.current_thread()))


def test_words_asked_for_on_the_cue_thread_are_spoken_on_the_gui_thread(qtbot: QtBot) -> None:
    engine = FakeEngine()
    speech = Speech(engine)

    def cue_thread() -> None:
        speech.set_volume(0.5)
        speech.say("Wall sit")
        speech.stop()

    worker = threading.Thread(target=cue_thread)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(engine.calls) == 3)

    assert [(call, value) for call, value, _ in engine.calls] == [
        ("volume", 0.5),
        ("say", "Wall sit"),
        ("stop", None),
    ]
    assert {thread for _, _, thread in engine.calls} == {threading.main_thread()}


def test_the_first_ready_engine_is_taken_and_never_qts_silent_mock() -> None:
    engines = {
        MOCK_ENGINE: FakeEngine(MOCK_ENGINE),
        "broken": FakeEngine("broken", ready=False),
        "speechd": FakeEngine("speechd"),
    }

    chosen = ready_engine(engines, engines.__getitem__, lambda engine: engine.ready)
    nothing = ready_engine([MOCK_ENGINE, "broken"], engines.__getitem__, lambda e: e.ready)

    assert chosen is engines["speechd"]
    assert nothing is None


def test_without_a_working_engine_the_player_is_left_as_it_was_and_nothing_is_said() -> None:
    # A fresh process: whatever this machine has (here no QtTextToSpeech libraries, or no
    # speech-dispatcher), asking must neither fail nor print a word.
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.audio.silent_player import SilentPlayer\n"
        "from app.ui.desktop.speech_fallback import open_speech, with_speech_fallback\n"
        "player = SilentPlayer()\n"
        "speech = open_speech()\n"
        "wrapped = with_speech_fallback(player)\n"
        "print('none' if speech is None else 'engine', wrapped is player)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stderr == ""
    assert done.stdout.strip() in ("none True", "engine False")
