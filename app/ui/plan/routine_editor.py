"""The routine editor: the list of routines on the left, the chosen one's details on the right.

Every command says what it did, or why it did nothing, in one line under the panes. Unsaved
changes are never lost silently: choosing another routine waits for Save or Revert, and
Close warns once before discarding them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.exercise import PLANK
from app.core.plan import DEFAULT_HOLD, DEFAULT_REST, DEFAULT_ROUNDS, Block, Plan
from app.core.plan_error import PlanError
from app.core.routine import Routine, find_in
from app.storage.routines import RoutineStore, RoutineStoreError
from app.ui.error_text import error_text
from app.ui.plan.routine_details import RoutineDetails
from app.ui.plan.routine_list import RoutineList
from app.ui.plan.routine_prompts import ask_name, confirm_delete
from app.ui.plan.routine_words import routine_label

NEW_ROUTINE_PLAN = Plan((Block(PLANK, DEFAULT_HOLD, DEFAULT_REST, DEFAULT_ROUNDS),))
ERROR_STYLE = "color: #b71c1c;"


class RoutineEditor(QDialog):
    """Creates, edits, reorders, duplicates and deletes the routines of a RoutineStore.

    Open it with ``open()``. Afterwards ``last_saved`` names the routine saved or made last
    (None if none was) and ``renamed`` maps old names, case-folded, to their new names.
    """

    def __init__(
        self, store: RoutineStore, parent: QWidget | None = None, *, select: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routines"))
        self.store = store
        self.last_saved: str | None = None
        self.renamed: dict[str, str] = {}
        self.prompt: QInputDialog | None = None
        self.confirm: QMessageBox | None = None
        self._warned_close = False

        self.side = RoutineList(self)
        self.details = RoutineDetails(self)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Messages"))
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(self.side)
        panes.addSpacing(12)
        panes.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.side.chosen.connect(self._chosen)
        for button, slot in (
            (self.side.new_button, self._new),
            (self.side.duplicate_button, self._duplicate),
            (self.side.rename_button, self._rename),
            (self.side.delete_button, self._delete),
            (self.side.up_button, lambda: self._move(-1)),
            (self.side.down_button, lambda: self._move(+1)),
            (self.details.save_button, self._save),
            (self.details.revert_button, self._revert),
        ):
            button.clicked.connect(slot)
        self.details.changed.connect(self._edited)
        self._reload(select)
        self.side.view.setFocus()

    def current(self) -> Routine | None:
        """The routine chosen in the list."""
        return self.side.current()

    def _reload(self, select: str | None, *, keep_edits: bool = False) -> None:
        """Read the routines again and choose ``select``. ``keep_edits`` keeps unsaved changes,
        since a rename or a move does not touch the exercises being edited."""
        routines = self.store.routines()
        chosen = find_in(routines, select) if select else None
        if chosen is None:
            chosen = ([r for r in routines if not r.built_in] or routines)[0]
        self.side.show_routines(routines, chosen)
        if keep_edits and self.details.dirty:
            self.details.retitle(chosen)
        else:
            self.details.show_routine(chosen)
            self._warned_close = False

    def _chosen(self) -> None:
        shown, wanted = self.details.routine, self.current()
        if shown is not None and self._unsaved_first(shown):
            self.side.choose(shown)
            return
        if wanted is not None:
            self.side.choose(wanted)
            self.details.show_routine(wanted)
            self.message.clear()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _unsaved_first(self, shown: Routine) -> bool:
        if not self.details.dirty:
            return False
        self._say(
            self.tr("“{name}” has unsaved changes: Save or Revert them first.").format(
                name=routine_label(shown)
            ),
            error=True,
        )
        return True

    def _edited(self) -> None:
        self._warned_close = False
        self.message.clear()

    def _attempt(self, failed: str, action: Callable[[], str]) -> None:
        """Run a command and say what it did; if it was refused, say why (nothing changed)."""
        try:
            done = action()
        except (PlanError, RoutineStoreError) as error:
            self._say(
                self.tr("{failed}: {reason}.").format(failed=failed, reason=error_text(error)),
                error=True,
            )
            return
        self._say(done)

    def _ask_name(self, title: str, label: str, text: str, then: Callable[[str], None]) -> None:
        if self.prompt is not None:
            self.prompt.deleteLater()
        self.prompt = ask_name(self, title, label, text, then)

    # the commands

    def _new(self) -> None:
        shown = self.details.routine
        if shown is None or not self._unsaved_first(shown):
            self._ask_name(
                self.tr("New routine"), self.tr("Name of the new routine:"), "", self._create
            )

    def _create(self, name: str) -> None:
        def create() -> str:
            routine = self.store.add(Routine(name, NEW_ROUTINE_PLAN))
            self.last_saved = routine.name
            self._reload(routine.name)
            self.details.rows.rows[0].exercise.setFocus()
            return self.tr("Made “{name}”: set its exercises, then Save.").format(name=routine.name)

        self._attempt(self.tr("Not made"), create)

    def _duplicate(self) -> None:
        shown = self.current()
        if shown is None or self._unsaved_first(shown):
            return

        def duplicate() -> str:
            copy = self.store.duplicate(
                shown.name,
                label=routine_label(shown),
                first=self.tr("{name} copy", "the name of a copy of a routine"),
                more=self.tr("{name} copy {number}", "the name of a further copy"),
            )
            self.last_saved = copy.name
            self._reload(copy.name)
            return self.tr("Made “{copy}”, a copy of “{name}”: change it, then Save.").format(
                copy=copy.name, name=routine_label(shown)
            )

        self._attempt(self.tr("Not copied"), duplicate)

    def _rename(self) -> None:
        shown = self.current()
        if shown is not None and not shown.built_in:
            label = self.tr("New name for “{name}”:").format(name=shown.name)
            self._ask_name(self.tr("Rename routine"), label, shown.name, self._rename_to)

    def _rename_to(self, name: str) -> None:
        shown = self.current()
        assert shown is not None

        def rename() -> str:
            routine = self.store.rename(shown.name, name)
            for old, new in list(self.renamed.items()):
                if new == shown.name:
                    self.renamed[old] = routine.name
            self.renamed[shown.key] = routine.name
            if self.last_saved == shown.name:
                self.last_saved = routine.name
            self._reload(routine.name, keep_edits=True)
            return self.tr("Renamed “{old}” to “{new}”.").format(old=shown.name, new=routine.name)

        self._attempt(self.tr("Not renamed"), rename)

    def _delete(self) -> None:
        shown = self.current()
        if shown is None or shown.built_in:
            return
        if self.confirm is not None:
            self.confirm.deleteLater()
        self.confirm = confirm_delete(
            self,
            shown.name,
            lambda: self._attempt(self.tr("Not deleted"), lambda: self._deleted(shown)),
        )

    def _deleted(self, shown: Routine) -> str:
        routines = self.side.routines
        index = routines.index(shown)
        self.store.delete(shown.name)
        if self.last_saved == shown.name:
            self.last_saved = None
        neighbour = routines[index + 1] if index + 1 < len(routines) else routines[index - 1]
        self._reload(neighbour.name)
        return self.tr("Deleted “{name}”.").format(name=shown.name)

    def _move(self, step: int) -> None:
        shown = self.current()
        if shown is None:
            return

        def move() -> str:
            self.store.move(shown.name, step)
            self._reload(shown.name, keep_edits=True)
            if step < 0:
                return self.tr("Moved “{name}” up.").format(name=shown.name)
            return self.tr("Moved “{name}” down.").format(name=shown.name)

        self._attempt(self.tr("Not moved"), move)
        # The button may now be disabled (top or bottom); the list keeps the focus either way.
        self.side.view.setFocus()

    def _save(self) -> None:
        shown = self.details.routine
        if shown is None or shown.built_in:
            return

        def save() -> str:
            routine = self.store.save(Routine(shown.name, self.details.plan()))
            self.last_saved = routine.name
            self._reload(routine.name)
            return self.tr("Saved “{name}”.").format(name=routine.name)

        self._attempt(self.tr("Not saved"), save)

    def _revert(self) -> None:
        self.details.show_routine(self.details.routine)
        self._say(self.tr("Changes undone."))

    def reject(self) -> None:
        """Close; with unsaved changes, warn first and close on the second try."""
        shown = self.details.routine
        if self.details.dirty and shown is not None and not self._warned_close:
            self._warned_close = True
            self._say(
                self.tr(
                    "“{name}” has unsaved changes: Save them, or Close again to discard them."
                ).format(name=routine_label(shown)),
                error=True,
            )
            return
        super().reject()
