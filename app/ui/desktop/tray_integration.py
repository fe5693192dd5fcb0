"""Connects the tray, the daily reminder and notifications to the window and the workout."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.core.events import Event, Finished
from app.core.session import Session
from app.ui.desktop.daily_reminder import DailyReminder
from app.ui.desktop.reminder_dialog import ask_reminder_time
from app.ui.desktop.tray import TrayPresence
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings


class TrayIntegration(QObject):
    """The tray mirrors the workout; a set reminder keeps the app in the tray when closed."""

    def __init__(
        self,
        window: MainWindow,
        tray: TrayPresence,
        reminder: DailyReminder,
        settings: PlanSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self._reminder = reminder
        self._settings = settings
        page = window.workout
        page.readout_changed.connect(tray.show_readout)
        tray.toggle_workout.connect(page.toggle)
        tray.stop_workout.connect(page.stop)
        tray.show_window.connect(window.show_again)
        tray.quit_app.connect(window.quit)
        reminder.due.connect(self._remind)
        reminder.set_time(settings.reminder)
        window.keep_running_in_tray = self._stays_in_tray
        action = QAction(self.tr("Daily &reminder…"), window)
        action.triggered.connect(self.change_reminder)
        window.settings_menu.addAction(action)
        window.actions_by_name["reminder"] = action

    def follow(self, session: Session) -> None:
        """Announce the end of each workout on the desktop."""
        session.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, Finished):
            self._tray.notify(
                self.tr("Workout done"), self.tr("Well done. Your holds are in the log.")
            )

    def _remind(self) -> None:
        self._tray.notify(
            "Plank Timer", self.tr("Time for today's planks: a few minutes is enough.")
        )

    def _stays_in_tray(self) -> bool:
        return self._tray.available and self._settings.reminder is not None

    def change_reminder(self) -> None:
        choice = ask_reminder_time(self._window, self._settings.reminder)
        if choice is None:
            return
        self._settings.reminder = choice.at
        self._reminder.set_time(choice.at)
