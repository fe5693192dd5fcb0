"""The words that say which way cues reach the speakers (About, ``--verbose``).

Kept apart from the engine so that both it and the player choice can name the way without
importing each other; each is a translatable template (the window translates it, the
command line prints the English).
"""

from __future__ import annotations

from app.core.message import QT_TRANSLATE_NOOP, Message

CONTEXT = "SoundPath"
PER_CUE = QT_TRANSLATE_NOOP("SoundPath", "a new simpleaudio stream per cue")
PER_CUE_BECAUSE = QT_TRANSLATE_NOOP("SoundPath", "a new simpleaudio stream per cue ({reason})")
ONE_STREAM = QT_TRANSLATE_NOOP(
    "SoundPath", "one open stream per workout through {library}, on {where}"
)
DEFAULT_DEVICE = QT_TRANSLATE_NOOP("SoundPath", "the system default device")
FORCED = QT_TRANSLATE_NOOP("SoundPath", "{variable}={value} is set")
NO_SOUNDDEVICE = QT_TRANSLATE_NOOP("SoundPath", "sounddevice is not installed")
NO_PORTAUDIO = QT_TRANSLATE_NOOP("SoundPath", "PortAudio (libportaudio2) is not installed")


def words(template: str, **args: object) -> Message:
    """One of this module's templates with its values."""
    return Message(template, args, CONTEXT)
