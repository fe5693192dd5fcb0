"""The main window: the workout and progress pages, the menus, keys and floor mode.

The window can show before its workout page exists: ``show_first_frame`` puts the display
alone in it, so the first paint needs only that; ``attach_workout`` then brings the page,
its menu entries and keys. Both steps are taken by ``app/wiring.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import __version__
from app.core.readout import Readout
from app.core.session_state import SessionState
from app.ui.workout.readout_text import title_text

if TYPE_CHECKING:
    # The page imports the audio and plan modules: the first frame does without them.
    from app.ui.shortcut_keys import ShortcutKeys
    from app.ui.workout.workout_page import WorkoutPage

APP_TITLE = "Plank Timer"


class MainWindow(QMainWindow):
    """Hosts the pages and owns the shortcuts, which work wherever the focus is."""

    def __init__(
        self,
        workout: WorkoutPage | None = None,
        progress: Callable[[], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workout: WorkoutPage | None = None
        self._make_progress = progress
        self.progress: QWidget | None = None
        """The progress page, built on first use (it loads the charting library)."""
        self.setWindowTitle(APP_TITLE)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.setMinimumSize(QSize(640, 480))
        self.resize(1024, 720)
        self.actions_by_name: dict[str, QAction] = {}
        self.keep_running_in_tray: Callable[[], bool] = lambda: False
        """Asked on close: True hides the window to the tray instead of quitting."""
        self._quitting = False
        self.about_lines: list[Callable[[], str]] = []
        """Paragraphs that Help -> About adds (the sound path, for one)."""
        self._first_frame: QWidget | None = None
        self._keys: ShortcutKeys | None = None
        """The workout keys' event filter, from attach_workout on."""
        # The menu bar's titles are there from the first frame; their entries come with the
        # page, so the bar never changes height under the display.
        self.workout_menu = self.menuBar().addMenu(self.tr("&Workout"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.log_menu = self.menuBar().addMenu(self.tr("&Log"))
        """Filled by the log integration; the wiring hides it when no log can be opened."""
        self.settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._add_action("about", self.tr("&About Plank Timer"), [], self.show_about)
        help_menu.addAction(about)
        if workout is not None:
            self.attach_workout(workout)

    @property
    def workout(self) -> WorkoutPage:
        """The workout page; only there once attach_workout has run."""
        if self._workout is None:
            raise RuntimeError("the workout page is not attached yet")
        return self._workout

    @property
    def has_workout(self) -> bool:
        return self._workout is not None

    def enable_progress(self, progress: Callable[[], QWidget]) -> None:
        """Offer the progress page, built by ``progress`` on first use; before attach_workout."""
        self._make_progress = progress

    def show_first_frame(self, widget: QWidget) -> None:
        """Show ``widget`` (the display alone) until the workout page is attached."""
        self._first_frame = widget
        self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)

    def attach_workout(self, workout: WorkoutPage) -> None:
        """Put the workout page in, with its menu entries and keys; once."""
        if self._workout is not None:
            raise RuntimeError("the workout page is already attached")
        self._workout = workout
        self.pages.insertWidget(0, workout)
        self.pages.setCurrentWidget(workout)
        if self._first_frame is not None:
            self.pages.removeWidget(self._first_frame)
            self._first_frame.deleteLater()
            self._first_frame = None
        workout.readout_changed.connect(self._show_title)
        self._build_menus()
        from app.ui.shortcut_keys import ShortcutKeys  # its key sets load Qt's enums

        keys = ShortcutKeys(self, self.showing_workout)
        self._keys = keys
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(keys)
            self.destroyed.connect(lambda: application.removeEventFilter(keys))
        workout.start_button.setFocus()

    def _build_menus(self) -> None:
        workout = self.workout
        menu = self.workout_menu
        for name, text, keys, slot in (
            ("start_pause", self.tr("&Start / pause / resume"), ["Space"], workout.toggle),
            ("skip", self.tr("S&kip this phase"), ["S", "Right"], workout.skip),
            ("stop", self.tr("S&top the workout"), ["Esc"], workout.stop),
            ("floor", self.tr("&Floor mode (full screen)"), ["F", "F11"], self.toggle_floor_mode),
            ("mute", self.tr("&Mute"), ["M"], workout.toggle_mute),
        ):
            menu.addAction(self._add_action(name, text, keys, slot))
        menu.addSeparator()
        menu.addAction(self._add_action("quit", self.tr("&Quit"), ["Ctrl+Q"], self.quit))
        view = self.view_menu
        show_workout = self._add_action(
            "show_workout", self.tr("&Workout"), ["Ctrl+1"], self.show_workout
        )
        view.addAction(show_workout)
        if self._make_progress is not None:
            view.addAction(
                self._add_action(
                    "show_progress", self.tr("&Progress"), ["Ctrl+2"], self.show_progress
                )
            )
        contrast = self._add_action(
            "high_contrast", self.tr("&High contrast"), ["Ctrl+H"], lambda: None
        )
        contrast.setCheckable(True)
        contrast.setChecked(workout.display.high_contrast)
        contrast.toggled.connect(workout.set_high_contrast)
        view.addAction(contrast)
        voice = self._add_action("voice", self.tr("Spoken &cues"), [], lambda: None)
        voice.setCheckable(True)
        voice.setChecked(workout.voice)
        voice.toggled.connect(workout.set_voice)
        self.settings_menu.addAction(voice)

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

    # pages

    def showing_workout(self) -> bool:
        return self._workout is not None and self.pages.currentWidget() is self._workout

    def show_workout(self) -> None:
        self.pages.setCurrentWidget(self.workout)
        self._enable_workout_keys(True)

    def build_progress(self) -> QWidget | None:
        """Make the progress page now if it is not made yet; None when there is no log."""
        if self.progress is None and self._make_progress is not None:
            self.progress = self._make_progress()
            self.pages.addWidget(self.progress)
        return self.progress

    def show_progress(self) -> None:
        if self.build_progress() is None:
            return
        self.set_floor_mode(False)
        assert self.progress is not None
        self.pages.setCurrentWidget(self.progress)
        self._enable_workout_keys(False)
        self.progress.setFocus()

    def _enable_workout_keys(self, enabled: bool) -> None:
        for name in ("start_pause", "skip", "stop", "floor", "mute"):
            self.actions_by_name[name].setEnabled(enabled)

    # floor mode

    @property
    def floor_mode(self) -> bool:
        return self._keys is not None and self._keys.floor_handler is not None

    def toggle_floor_mode(self) -> None:
        self.set_floor_mode(not self.floor_mode)

    def set_floor_mode(self, on: bool) -> None:
        """Full screen with only what reads from the mat; any key pauses, Esc leaves."""
        if on == self.floor_mode:
            return
        if on:
            self.show_workout()
        if self._keys is None:
            return  # no workout page yet: nothing to show full screen
        self._keys.floor_handler = self._floor_key if on else None
        self.workout.set_floor_mode(on)
        self.menuBar().setVisible(not on)
        if on:
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        else:
            self.unsetCursor()
            self.showNormal()

    def _floor_key(self, key: Qt.Key) -> None:
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F, Qt.Key.Key_F11):
            self.set_floor_mode(False)
        else:
            running = self.workout.session.is_active and (
                self.workout.session.state is not SessionState.PAUSED
            )
            if key == Qt.Key.Key_Space or running:
                self.workout.toggle()

    # the rest

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Plank Timer"),
            f"<h3>{APP_TITLE} {__version__}</h3><p>"
            + self.tr(
                "Short plank and side-plank holds (10 s at most) with 5 s rests, "
                "repeated 2 to 5 rounds: core endurance for runners with a sore lower back."
            )
            + "</p><p>"
            + self.tr("Keys: Space start/pause, S skip, Esc stop, F floor mode, M mute.")
            + "</p>"
            + "".join(f"<p>{line()}</p>" for line in self.about_lines),
        )

    def _show_title(self, readout: Readout) -> None:
        self.setWindowTitle(title_text(readout, APP_TITLE))

    def quit(self) -> None:
        """Close for good, even when a reminder would keep the app in the tray."""
        self._quitting = True
        self.close()

    def show_again(self) -> None:
        """Bring the window back from the tray or from behind other windows."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._quitting and self.keep_running_in_tray():
            event.ignore()
            self.hide()
            return
        if self._workout is not None:
            self._workout.shut_down()
        application = QApplication.instance()
        if application is not None and self._keys is not None:
            application.removeEventFilter(self._keys)
        super().closeEvent(event)
