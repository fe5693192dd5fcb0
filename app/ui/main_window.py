"""The main window: the workout page, its keyboard shortcuts, and full screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.core.readout import Readout
from app.ui.shortcut_keys import ShortcutKeys
from app.ui.workout_page import WorkoutPage

APP_TITLE = "Plank Timer"


class MainWindow(QMainWindow):
    """Hosts the pages and owns the shortcuts, which work wherever the focus is."""

    def __init__(self, workout: WorkoutPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workout = workout
        self.setWindowTitle(APP_TITLE)
        self.setCentralWidget(workout)
        self.setMinimumSize(QSize(640, 480))
        self.resize(1024, 720)
        workout.readout_changed.connect(self._show_title)
        self.actions_by_name: dict[str, QAction] = {}
        self._add_action("start_pause", "Start / pause / resume", ["Space"], workout.toggle)
        self._add_action("skip", "Skip this phase", ["S", "Right"], workout.skip)
        self._add_action("stop", "Stop the workout", ["Esc"], workout.stop)
        self._add_action("fullscreen", "Full screen", ["F", "F11"], self.toggle_fullscreen)
        self._add_action("mute", "Mute", ["M"], workout.toggle_mute)
        self._keys = ShortcutKeys(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self._keys)
            self.destroyed.connect(lambda: application.removeEventFilter(self._keys))
        workout.start_button.setFocus()

    def _add_action(
        self, name: str, text: str, keys: list[str], slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Window-wide, so the keys work whichever control has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _show_title(self, readout: Readout) -> None:
        if readout.state.value in ("idle", "finished", "stopped"):
            self.setWindowTitle(APP_TITLE)
        else:
            self.setWindowTitle(f"{readout.count} · {readout.headline} — {APP_TITLE}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.workout.shut_down()
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self._keys)
        super().closeEvent(event)
