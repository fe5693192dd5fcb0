"""Custom exercise names spoken by the desktop's speech engine, where there is one.

The built-in exercises have recorded clips; a name the user typed has none. Qt's text to
speech can say it where an engine works: speech-dispatcher on Linux (it needs libspeechd2
and a running speech-dispatcher, and QtTextToSpeech itself needs libpulse), the system
voices on Windows and macOS. Without one the player is left as it was: the voice schedule
finds no way to say the name and leaves it out, and the workout keeps to its beeps and
recorded words, with no error and no notice, since that is the usual case on a bare machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot, qInstallMessageHandler

from app.audio.player import CuePlayer
from app.audio.speaking_player import SpeakingPlayer

MOCK_ENGINE = "mock"
"""Qt's engine for its own tests: always ready, and silent."""

E = TypeVar("E")


class Speech(QObject):
    """Hands text to a QTextToSpeech engine on the GUI thread, from whichever thread asks.

    The cue thread says words; the engine is a QObject that belongs to the GUI thread, so
    each request travels as a queued signal.
    """

    _say = Signal(str)
    _stop = Signal()
    _volume = Signal(float)

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._say.connect(self._on_say)
        self._stop.connect(self._on_stop)
        self._volume.connect(self._on_volume)

    def say(self, text: str) -> None:
        self._say.emit(text)

    def stop(self) -> None:
        self._stop.emit()

    def set_volume(self, volume: float) -> None:
        self._volume.emit(volume)

    @Slot(str)
    def _on_say(self, text: str) -> None:
        self._engine.say(text)

    @Slot()
    def _on_stop(self) -> None:
        self._engine.stop()

    @Slot(float)
    def _on_volume(self, volume: float) -> None:
        self._engine.setVolume(volume)


def ready_engine(
    names: Iterable[str], make: Callable[[str], E], is_ready: Callable[[E], bool]
) -> E | None:
    """The first engine, in the platform's order, that comes up ready (never Qt's mock)."""
    for name in names:
        if name == MOCK_ENGINE:
            continue
        engine = make(name)
        if is_ready(engine):
            return engine
    return None


def _quietly(message_type: object, context: object, message: str) -> None:
    """Swallows Qt's messages while engines are tried: a missing engine is not news."""


def open_speech(parent: QObject | None = None) -> Speech | None:
    """A Speech on the first ready engine, or None where the machine has none."""
    previous = qInstallMessageHandler(_quietly)
    try:
        engine = _first_ready_engine()
    finally:
        qInstallMessageHandler(previous)
    if engine is None:
        return None
    speech = Speech(engine, parent)
    engine.setParent(speech)
    return speech


def _first_ready_engine() -> Any:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # on Linux the module needs libpulse, which a bare machine lacks
        return None
    return ready_engine(
        QTextToSpeech.availableEngines(),
        QTextToSpeech,  # no parent: an engine that is not taken is freed at once
        lambda engine: engine.state() == QTextToSpeech.State.Ready,
    )


def with_speech_fallback(player: CuePlayer, parent: QObject | None = None) -> CuePlayer:
    """``player``, able to speak custom exercise names where the machine has an engine."""
    speech = open_speech(parent)
    return player if speech is None else SpeakingPlayer(player, speech)
