"""Fixtures for window tests: English words, a fake clock, a silent player and settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audio.player import CuePlayer
from app.audio.silent_player import SilentPlayer
from app.core.exercise import PLANK, SIDE_LEFT
from app.core.plan import Plan
from app.resources import translation_path
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from app.ui.workout.workout_page import SessionHook, WorkoutPage
from tests.fakes import FakeClock
from tests.ui.pseudo_locale import compile_pseudo

SMALL_PLAN = Plan.simple([PLANK, SIDE_LEFT], hold=10, rest=5, rounds=2, get_ready=5, switch=10)

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> Iterator[None]:
    """The tests read English, with British dates ("Thu, 13 Mar 2025"), on any machine.

    English has a translation file too: its plural forms ("1 round", "2 rounds").
    """
    QLocale.setDefault(QLocale("en_GB"))
    path = translation_path("en")
    assert path is not None, "no compiled translations: run `make translations` first"
    translator = QTranslator(qapp)
    assert translator.load(str(path))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def plan_settings(path: Path) -> PlanSettings:
    return PlanSettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock, settings_path: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(
        plan: Plan = SMALL_PLAN,
        player: CuePlayer | None = None,
        on_session: SessionHook | None = None,
    ) -> MainWindow:
        page = WorkoutPage(
            clock, player or SilentPlayer(), plan_settings(settings_path), plan, on_session
        )
        window = MainWindow(page)
        qtbot.addWidget(window)
        window.resize(1024, 720)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts reach only the active window, as on a desktop.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.workout.shut_down()


def let_pass(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass on the fake clock and have the window catch up, as its timers would."""
    clock.advance(seconds)
    window.workout.catch_up()


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Every translation replaced by the pseudo-locale's (see tests/ui/pseudo_locale.py)."""
    translator = QTranslator()
    assert translator.load(str(compile_pseudo(tmp_path)))
    qapp.installTranslator(translator)  # installed last, so asked first
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The window in German: its translation installed and QLocale's numbers and dates."""
    path = translation_path("de")
    assert path is not None
    translator = QTranslator()
    assert translator.load(str(path))
    qapp.installTranslator(translator)  # installed last, so asked first
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)
    qapp.removeTranslator(translator)
