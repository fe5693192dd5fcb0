"""A Readout in words, in the user's language: the display, the title bar and the tray use it.

Core gives keys and numbers (``app/core/readout.py``); the words come from Qt's translator
and the numbers from ``QLocale``, so every front end says the same thing the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.core.readout import Headline, Readout, clock_text
from app.core.session_state import SessionState
from app.core.timeline import PhaseKind
from app.ui.exercise_names import exercise_label

OVER = (SessionState.FINISHED, SessionState.STOPPED)


class ReadoutText(QObject):
    """The translation context of the workout display's words (``ReadoutText.tr``)."""


def _number(value: int) -> str:
    return QLocale().toString(value)


def phase_word(headline: Headline) -> str:
    """The headline's word: ``Hold``, ``Rest``, ``Switch sides`` ..."""
    match headline:
        case Headline.READY:
            return ReadoutText.tr("Ready")
        case Headline.GET_READY:
            return ReadoutText.tr("Get ready")
        case Headline.HOLD:
            return ReadoutText.tr("Hold")
        case Headline.REST:
            return ReadoutText.tr("Rest")
        case Headline.SWITCH_SIDES:
            return ReadoutText.tr("Switch sides")
        case Headline.NEXT_EXERCISE:
            return ReadoutText.tr("Next exercise")
        case Headline.DONE:
            return ReadoutText.tr("Done!")
    return ReadoutText.tr("Stopped")


def headline_text(readout: Readout) -> str:
    """The big word, with ``Paused ·`` in front while paused."""
    word = phase_word(readout.headline)
    if readout.state is SessionState.PAUSED:
        return ReadoutText.tr("Paused · {phase}").format(phase=word)
    return word


def exercise_text(readout: Readout) -> str:
    """The exercise and side, or how the workout ended."""
    if readout.exercise is not None:
        return exercise_label(readout.exercise)
    if readout.state is SessionState.FINISHED:
        return ReadoutText.tr("Well done. Workout complete.")
    return ReadoutText.tr("Workout stopped.")


def round_text(readout: Readout) -> str:
    """``Round 2 of 3``, or nothing once the workout is over."""
    if readout.rounds <= 0:
        return ""
    return ReadoutText.tr("Round {round} of {rounds}").format(
        round=_number(readout.round), rounds=_number(readout.rounds)
    )


def coming_text(readout: Readout) -> str:
    """What comes next, or how to start."""
    if readout.state is SessionState.IDLE:
        return ReadoutText.tr("%n hold(s) · press Space to start", "", readout.holds)
    if readout.state in OVER:
        return ReadoutText.tr("Press Space for another workout")
    coming = readout.coming
    if coming is None or coming.kind is None:
        return ReadoutText.tr("Next: done")
    seconds = _number(coming.seconds)
    if coming.kind is PhaseKind.HOLD and coming.exercise is not None:
        return ReadoutText.tr("Next: {exercise} for {seconds} s").format(
            exercise=exercise_label(coming.exercise), seconds=seconds
        )
    if coming.kind is PhaseKind.REST:
        return ReadoutText.tr("Next: rest for {seconds} s").format(seconds=seconds)
    if coming.kind is PhaseKind.SWITCH:
        return ReadoutText.tr("Next: {seconds} s to switch").format(seconds=seconds)
    return ReadoutText.tr("Next: get ready for {seconds} s").format(seconds=seconds)


def time_left_text(readout: Readout) -> str:
    """The whole workout's length before the start, what is left of it while it runs."""
    if readout.workout_seconds is None:
        return ""
    time = clock_text(readout.workout_seconds)
    if readout.state is SessionState.IDLE:
        return ReadoutText.tr("Workout {time}").format(time=time)
    return ReadoutText.tr("Workout left {time}").format(time=time)


def title_text(readout: Readout, app_title: str) -> str:
    """The window title: the app's name, with the count and phase while a workout runs."""
    if readout.state is SessionState.IDLE or readout.state in OVER:
        return app_title
    return f"{readout.count} · {headline_text(readout)} — {app_title}"


def tray_tooltip(readout: Readout, app_title: str) -> str:
    """The tray icon's tooltip: the phase, seconds left, exercise and round."""
    if readout.state is SessionState.IDLE or readout.state in OVER:
        return f"{app_title}: {headline_text(readout)}"
    return ReadoutText.tr("{app}: {phase} {seconds} s, {exercise}, {round}").format(
        app=app_title,
        phase=headline_text(readout),
        seconds=readout.count,
        exercise=exercise_text(readout),
        round=round_text(readout),
    )
