"""Settings -> "Speak English where my language has no voice": greyed out where the language
has spoken cues of its own; elsewhere it lets English words into the next workout, remembered."""

from __future__ import annotations

from pathlib import Path

from app.audio.words_gate import WordsGate
from app.languages import VoiceChoice
from app.ui.voice_language import EnglishVoiceEntry, choose_voice, gated
from tests.audio.recording_player import RecordingPlayer
from tests.core.test_voice import CLIP_SECONDS
from tests.ui.conftest import WindowFactory, plan_settings


def test_a_language_with_its_own_voice_greys_the_entry_out_and_says_why(
    make_window: WindowFactory, settings_path: Path
) -> None:
    window = make_window()
    settings = plan_settings(settings_path)
    choice = choose_voice("de")
    assert choice == VoiceChoice("de", own=True)
    player = RecordingPlayer(CLIP_SECONDS)
    assert gated(player, choice, settings) is player
    entry = EnglishVoiceEntry(window, settings, "de", choice, player)
    assert entry.action in window.settings_menu.actions()
    assert not entry.action.isEnabled()
    assert entry.action.toolTip() == "Deutsch has spoken cues of its own"
    assert window.settings_menu.toolTipsVisible()  # shown on hover, greyed out or not


def test_without_a_voice_of_its_own_the_entry_opens_the_gate_and_remembers(
    make_window: WindowFactory, settings_path: Path
) -> None:
    window = make_window()
    settings = plan_settings(settings_path)
    choice = choose_voice("sv")  # a language a translator might add without recordings
    assert choice == VoiceChoice("en", own=False)
    player = gated(RecordingPlayer(CLIP_SECONDS), choice, settings)
    assert isinstance(player, WordsGate)
    assert not player.words  # beeps only, until the user asks for English words
    entry = EnglishVoiceEntry(window, settings, "sv", choice, player)
    assert entry.action.isEnabled()
    assert not entry.action.isChecked()
    entry.action.trigger()
    assert player.words
    assert plan_settings(settings_path).english_voice
    # The next start remembers it: the gate opens from the start.
    assert isinstance(again := gated(RecordingPlayer(), choice, settings), WordsGate)
    assert again.words
    entry.action.trigger()
    assert not player.words
    assert not plan_settings(settings_path).english_voice
