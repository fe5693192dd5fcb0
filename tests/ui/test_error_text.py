"""Errors from core and storage in the window's language: numbers written as its locale
writes them, while the command line keeps its English line."""

from __future__ import annotations

import pytest

from app.storage.checkin import CheckInError, valid_note
from app.ui.error_text import error_text


def _too_long_note() -> CheckInError:
    with pytest.raises(CheckInError) as raised:
        valid_note("x" * 2500)
    return raised.value


@pytest.mark.usefixtures("german")
def test_a_too_long_note_counts_in_german_digits() -> None:
    assert error_text(_too_long_note()) == (
        "die Notiz darf höchstens 2.000 Zeichen haben, nicht 2.500"
    )


def test_the_command_lines_line_stays_english() -> None:
    assert str(_too_long_note()) == "the note must be at most 2,000 characters, got 2,500"
