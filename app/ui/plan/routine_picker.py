"""The routine picker on the plan form: "Custom" or a saved routine, and the editor's button.

"Custom" runs whatever the form's own controls say; any other entry runs that routine's whole
plan, each exercise with its own timings. When the editor closes, the picker reads the
routines again: it follows a renamed routine, falls back to Custom if the chosen one was
deleted, and moves to the routine saved last, since that is the one the user just worked on.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from app.core.routine import Routine, find_in, name_key
from app.storage.routines import RoutineStore
from app.ui.plan.routine_editor import RoutineEditor
from app.ui.plan.routine_words import routine_label


class RoutinePicker(QWidget):
    """A "Routine" combo box (Custom, the presets, the user's routines) and "Edit routines…"."""

    chosen = Signal()
    """The routine to run changed: another entry, or the chosen routine was edited."""

    def __init__(self, store: RoutineStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.routines: list[Routine] = []
        self.editor: RoutineEditor | None = None
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Routine"))
        self.combo.setToolTip(self.tr("Custom runs the values below; a routine runs its own plan."))
        self.combo.setMinimumContentsLength(16)
        self.edit_button = QPushButton(self.tr("&Edit routines…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit routines"))
        self.edit_button.clicked.connect(self.open_editor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.edit_button)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _index: self.chosen.emit())
        self._fill(None)

    def current(self) -> Routine | None:
        """The chosen routine, or None for Custom."""
        name = self.combo.currentData()
        return find_in(self.routines, name) if name else None

    def select(self, name: str | None) -> bool:
        """Choose a routine by name (any case), or Custom for None; False if there is none."""
        routine = find_in(self.routines, name) if name else None
        if name and routine is None:
            return False
        self.combo.setCurrentIndex(self.combo.findData(routine.name if routine else ""))
        return True

    def refresh(self, select: str | None) -> None:
        """Read the routines again and choose ``select`` (Custom if it is gone)."""
        before = self.current()
        with QSignalBlocker(self.combo):
            self._fill(select)
        if self.current() != before:
            self.chosen.emit()

    def _fill(self, select: str | None) -> None:
        self.routines = self.store.routines()
        self.combo.clear()
        self.combo.addItem(self.tr("Custom", "the plan form's own values"), "")
        for index, routine in enumerate(self.routines):
            if index and routine.built_in != self.routines[index - 1].built_in:
                self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(routine_label(routine), routine.name)
        chosen = find_in(self.routines, select) if select else None
        self.combo.setCurrentIndex(self.combo.findData(chosen.name if chosen else ""))

    def open_editor(self) -> None:
        """Open the routine editor on the chosen routine; the picker follows it on close."""
        chosen = self.current()
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = RoutineEditor(
            self.store, self.window(), select=chosen.name if chosen else None
        )
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self) -> None:
        editor = self.editor
        assert editor is not None
        chosen = self.current()
        follow = chosen.name if chosen else None
        if chosen is not None:
            follow = editor.renamed.get(name_key(chosen.name), chosen.name)
        self.refresh(editor.last_saved or follow)
        self.combo.setFocus()
