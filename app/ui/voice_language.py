"""The spoken cues in the window's language: its own recordings, or English if the user asks.

Each shipped language has its recorded words (``assets/sounds/voice/<code>/``); a language
added later by a translator may have none yet. Then the timer keeps to its beeps, unless the
user picks Settings -> "Speak English where my language has no voice", which lets the
English recordings stand in. The language itself changes at the next start (Settings ->
Language), and the words with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.audio.player import CuePlayer
from app.audio.words_gate import WordsGate
from app.languages import SOURCE_LANGUAGE, VoiceChoice, voice_choice
from app.resources import voice_folder, voice_folder_codes
from app.ui.language_menu import native_name
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings


def choose_voice(language: str) -> VoiceChoice:
    """Whose recordings the window's ``language`` speaks with."""
    return voice_choice(language, voice_folder_codes())


def voice_dir(choice: VoiceChoice) -> Path | None:
    """The folder to load the chosen clips from (None: English, the player's default)."""
    return None if choice.clips == SOURCE_LANGUAGE else voice_folder(choice.clips)


def gated(player: CuePlayer, choice: VoiceChoice, settings: PlanSettings) -> CuePlayer:
    """``player`` as it is when the language has its own words; else behind a gate that lets
    the English words through only if the user asked for them."""
    if choice.own:
        return player
    return WordsGate(player, settings.english_voice)


class EnglishVoiceEntry(QObject):
    """Settings -> "Speak English where my language has no voice", a checkable entry.

    Only a language without recordings of its own can use it; for the others it is shown
    greyed out, with a tooltip saying why, so the user knows where the setting is.
    """

    def __init__(
        self,
        window: MainWindow,
        settings: PlanSettings,
        language: str,
        choice: VoiceChoice,
        player: CuePlayer,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._player = player
        self.action = QAction(self.tr("Speak &English where my language has no voice"), window)
        self.action.setCheckable(True)
        self.action.setChecked(settings.english_voice)
        self.action.setEnabled(not choice.own)
        if choice.own:
            self.action.setToolTip(
                self.tr("{language} has spoken cues of its own").format(
                    language=native_name(language)
                )
            )
        else:
            self.action.setToolTip(
                self.tr(
                    "This language has no spoken cues yet: without English words, a workout"
                    " keeps to its beeps (from the next workout on)"
                )
            )
        self.action.toggled.connect(self.set_english)
        window.settings_menu.addAction(self.action)
        # A menu shows its entries' tooltips only when asked: this one says why it is grey.
        window.settings_menu.setToolTipsVisible(True)
        window.actions_by_name["english_voice"] = self.action

    def set_english(self, on: bool) -> None:
        """Remember the choice; the next workout speaks English words, or only beeps."""
        self._settings.english_voice = on
        if isinstance(self._player, WordsGate):
            self._player.words = on
