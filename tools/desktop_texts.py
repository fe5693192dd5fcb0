"""The words of the desktop file and the AppStream metadata, marked for translation.

``pyside6-lupdate`` reads this file with the app's own (``make update-translations``), so
these words are translated in the same ``.ts`` files, context ``desktop``;
``tools/make_desktop_files.py`` then writes ``assets/desktop/`` with every translation.
"""

from __future__ import annotations

from app.core.message import QT_TRANSLATE_NOOP

NAME = QT_TRANSLATE_NOOP("desktop", "Plank Timer")
GENERIC_NAME = QT_TRANSLATE_NOOP("desktop", "Interval Timer")
SUMMARY = QT_TRANSLATE_NOOP(
    "desktop", "Time plank and side-plank holds with big digits and sound cues"
)
KEYWORDS = QT_TRANSLATE_NOOP(
    "desktop", "plank;side plank;core;exercise;workout;fitness;interval;timer;"
)
"""Search words for the desktop's menu, each followed by a semicolon."""

DESCRIPTION = QT_TRANSLATE_NOOP(
    "desktop",
    "An interval timer for the core-endurance routine often given to runners with a sore"
    " lower back: planks and side planks held for a few seconds with short rests, repeated"
    " for a few rounds. Put the laptop on the floor, get into position, and Plank Timer"
    " tells you when to hold, when to rest, how long is left and when to switch sides.",
)
FEATURES = (
    QT_TRANSLATE_NOOP("desktop", "Huge digits and strong colours, readable from the floor"),
    QT_TRANSLATE_NOOP(
        "desktop",
        "Distinct sound cues for hold, rest, switch and done, and a count-in before each hold",
    ),
    QT_TRANSLATE_NOOP(
        "desktop", "Keyboard control: start, pause, skip, stop, mute and full screen"
    ),
    QT_TRANSLATE_NOOP("desktop", "Timing on the monotonic clock, so a long workout never drifts"),
    QT_TRANSLATE_NOOP("desktop", "A log of finished workouts with streaks and personal bests"),
    QT_TRANSLATE_NOOP(
        "desktop", "In English, German, French, Spanish, Italian, Dutch and Portuguese"
    ),
)
RELEASE_0_1_0 = QT_TRANSLATE_NOOP(
    "desktop", "First release: plank and side-plank intervals with sound cues and a workout log."
)
