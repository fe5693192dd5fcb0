"""The tray icon: the phase colour and seconds left at a glance, a menu, and notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.core.readout import Readout
from app.core.session_state import SessionState
from app.ui.workout.phase_style import style_for
from app.ui.workout.readout_text import tray_tooltip

APP_TITLE = "Plank Timer"

ICON_SIZE = 64


def readout_icon(readout: Readout, size: int = ICON_SIZE) -> QPixmap:
    """A round badge in the phase colour with the seconds left (or nothing when idle)."""
    style = style_for(readout.state)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(style.background)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    busy = readout.state not in (SessionState.IDLE, SessionState.STOPPED)
    text = readout.count if busy and len(readout.count) <= 3 else ""
    if text:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.55 if len(text) < 3 else 0.4)))
        painter.setFont(font)
        painter.setPen(style.foreground)
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def readout_tooltip(readout: Readout) -> str:
    return tray_tooltip(readout, APP_TITLE)


class TrayPresence(QObject):
    """Shows the workout in the system tray where one exists; does nothing quietly otherwise."""

    show_window = Signal()
    toggle_workout = Signal()
    stop_workout = Signal()
    quit_app = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._default_icon = icon
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(APP_TITLE)
        menu = QMenu(parent)
        self.menu = menu
        self._toggle = QAction(self.tr("Start"), menu)
        self._toggle.triggered.connect(self.toggle_workout)
        stop = QAction(self.tr("Stop"), menu)
        stop.triggered.connect(self.stop_workout)
        show = QAction(self.tr("Show window"), menu)
        show.triggered.connect(self.show_window)
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quit_app)
        for action in (show, self._toggle, stop):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._activated)
        if self.available:
            self.tray.show()
        self._last: Readout | None = None

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()

    def show_readout(self, readout: Readout) -> None:
        if readout == self._last:
            return
        self._last = readout
        self.tray.setToolTip(readout_tooltip(readout))
        idle = readout.state in (SessionState.IDLE, SessionState.FINISHED, SessionState.STOPPED)
        self.tray.setIcon(self._default_icon if idle else QIcon(readout_icon(readout)))
        if idle:
            self._toggle.setText(self.tr("Start"))
        elif readout.state is SessionState.PAUSED:
            self._toggle.setText(self.tr("Resume"))
        else:
            self._toggle.setText(self.tr("Pause"))

    def notify(self, title: str, message: str) -> None:
        """A desktop notification through the tray, where there is one."""
        if self.available and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
