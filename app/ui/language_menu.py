"""Settings -> Language: follow the desktop, or show the app in one of its languages.

The choice is remembered and takes effect at the next start, as in KDE's "Configure
Language" and most desktop apps: every window, the tray and the spoken cues then start out in
the new language together, and nothing half-translated is ever on screen. The menu says so
when a language is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from app.languages import SOURCE_LANGUAGE, shipped_languages
from app.ui.main_window import MainWindow
from app.ui.plan.plan_settings import PlanSettings
from app.ui.translator import LanguageChoice


def native_name(code: str) -> str:
    """A language's name in itself: ``Deutsch``, ``Français``, ``Português (Brasil)``."""
    if code == SOURCE_LANGUAGE:
        return "English"
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name += f" ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


class LanguageMenu(QObject):
    """The Language submenu of Settings; choosing remembers the language for the next start."""

    def __init__(
        self,
        window: MainWindow,
        settings: PlanSettings,
        current: LanguageChoice | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._current = current
        self.menu = window.settings_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str | None, QAction] = {}
        chosen = settings.language
        entries: list[tuple[str | None, str]] = [(None, self.tr("Follow the desktop"))]
        entries += [(code, native_name(code)) for code in shipped_languages()]
        for code, text in entries:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        if chosen not in self.actions:
            self.actions[None].setChecked(True)
        window.actions_by_name["language"] = self.menu.menuAction()
        self.notice: QMessageBox | None = None

    def choose(self, code: str | None) -> None:
        """Remember ``code`` (None: follow the desktop) and say when it takes effect."""
        if code == self._settings.language:
            return
        self._settings.language = code
        name = native_name(code) if code is not None else self.tr("the desktop's language")
        text = self.tr("{language} takes effect the next time Plank Timer starts.").format(
            language=name
        )
        if self.notice is not None:
            self.notice.deleteLater()
        self.notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Language"), text, parent=self._window
        )
        self.notice.open()
