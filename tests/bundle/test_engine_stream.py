"""Reading the cue engine's saved stream in the bundle check: a cue missing or late fails it."""

from __future__ import annotations

import numpy as np

from bundle.engine_stream import BYTES_PER_S, RATE, due_cues, missed, onsets

LOG = """\
plank-timer: app.audio.cue_feeder: cue hold #0 due at 100.000000 on CLOCK_MONOTONIC
plank-timer: app.ui.desktop.screen_keeper: screen may blank
plank-timer: app.audio.cue_feeder: cue rest #1 due at 101.000000 on CLOCK_MONOTONIC
plank-timer: app.audio.cue_feeder: cue done #2 due at 102.000000 on CLOCK_MONOTONIC
"""


def stream(beeps_at: list[float], seconds: float = 3.0) -> bytes:
    """Raw 48 kHz stereo float32, as the engine sends it: 0.2 s beeps, silence between."""
    mono = np.zeros(int(seconds * RATE), dtype="<f4")
    tone = 0.3 * np.sin(2 * np.pi * 880 * np.arange(int(0.2 * RATE)) / RATE)
    for at in beeps_at:
        start = int(at * RATE)
        mono[start : start + len(tone)] = tone
    return np.repeat(mono[:, None], 2, axis=1).tobytes()


def test_each_logged_cue_is_found_where_its_sound_begins() -> None:
    raw = stream([0.5, 1.5, 2.5])
    assert len(raw) == 3 * BYTES_PER_S
    heard = onsets(raw)
    assert heard == [0.5, 1.5, 2.5]
    due = due_cues(LOG)
    assert [name for name, _ in due] == ["hold", "rest", "done"]
    assert missed(due, heard, 0.05) == []


def test_a_cue_that_never_sounds_or_sounds_late_is_named() -> None:
    due = due_cues(LOG)
    assert missed(due, onsets(stream([0.5, 1.5])), 0.05) == ["done at +2.00 s"]
    assert missed(due, onsets(stream([0.5, 1.8, 2.5])), 0.05) == ["rest at +1.00 s"]
    assert missed(due, onsets(stream([])), 0.05) == ["hold", "rest", "done"]
