"""The user's routines, kept in the log file next to the workouts they run.

The presets (Gentle, Standard, Strong) are built into the app and never stored: they cannot
be changed or deleted, and no user routine may take their names. User routines follow them in
the user's order (``position``). Names are unique without regard to case.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from app.core.message import QT_TRANSLATE_NOOP, MessageError
from app.core.plan_error import PlanError
from app.core.routine import (
    COPY_NAME,
    NUMBERED_COPY_NAME,
    PRESETS,
    Routine,
    RoutineError,
    check_unique,
    copy_name,
    find_in,
    name_key,
)
from app.storage.database import SessionLog
from app.storage.plan_codec import plan_from_json, plan_to_json
from app.storage.transaction import write_transaction

NO_SUCH_ROUTINE = QT_TRANSLATE_NOOP("errors", "there is no routine called {name}")


class RoutineStoreError(MessageError):
    """The routines could not be written to the log; the message is one line."""


def _stored(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return list(connection.execute("SELECT id, name, plan FROM routines ORDER BY position, id"))


def _names(connection: sqlite3.Connection) -> list[str]:
    return [preset.name for preset in PRESETS] + [name for _, name, _ in _stored(connection)]


def _find_id(connection: sqlite3.Connection, name: str) -> int | None:
    """The row id of the user routine with this name (any case), or None."""
    for id_, stored, _ in _stored(connection):
        if name_key(stored) == name_key(name):
            return id_
    return None


def _refuse_preset(name: str) -> None:
    preset = find_in(PRESETS, name)
    if preset is not None:
        raise RoutineError(
            QT_TRANSLATE_NOOP("errors", "{name} is built in: duplicate it to make your own"),
            name=repr(preset.name),
        )


def _id_of(connection: sqlite3.Connection, name: str) -> int:
    """The row id of the user routine with this name; RoutineError for a preset or none."""
    _refuse_preset(name)
    id_ = _find_id(connection, name)
    if id_ is None:
        raise RoutineError(NO_SUCH_ROUTINE, name=repr(name.strip()))
    return id_


def insert_routine(connection: sqlite3.Connection, routine: Routine) -> None:
    """Add a routine after the others; the caller holds the write transaction."""
    check_unique(routine.name, _names(connection))
    connection.execute(
        "INSERT INTO routines (name, position, plan)"
        " VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM routines), ?)",
        (routine.name, plan_to_json(routine.plan)),
    )


class RoutineStore:
    """Lists, saves, renames, duplicates, deletes and reorders routines in a SessionLog.

    Every change is one write transaction. Validation problems raise RoutineError (a
    PlanError) and change nothing; a failed write raises RoutineStoreError.
    """

    def __init__(self, log: SessionLog) -> None:
        self._log = log

    def routines(self) -> list[Routine]:
        """The presets, then the user's routines in the user's order."""
        return [*PRESETS, *self.user_routines()]

    def user_routines(self) -> list[Routine]:
        """The user's own routines in their order; one that no longer reads back (a damaged
        byte, or a name from before names were checked) is left out of the list."""
        found = []
        for _, name, plan in _stored(self._log.connection()):
            try:
                found.append(Routine(name, plan_from_json(plan)))
            except (PlanError, ValueError):
                continue
        return found

    def names(self) -> list[str]:
        """Every routine's name, presets first."""
        return [routine.name for routine in self.routines()]

    def find(self, name: str) -> Routine | None:
        """The routine of this name, ignoring case and surrounding spaces."""
        return find_in(self.routines(), name)

    def add(self, routine: Routine) -> Routine:
        """Add a new routine at the end; RoutineError if the name is taken. Returns it as
        stored (the user's own, never built in)."""
        with self._writing() as connection:
            insert_routine(connection, routine)
        return Routine(routine.name, routine.plan)

    def save(self, routine: Routine) -> Routine:
        """Update the user routine of this name (any case), or add it at the end if there is
        none; a preset's name is refused. Returns the routine as stored."""
        with self._writing() as connection:
            id_ = _find_id(connection, routine.name)
            if id_ is None:
                _refuse_preset(routine.name)
                insert_routine(connection, routine)
            else:
                connection.execute(
                    "UPDATE routines SET name = ?, plan = ? WHERE id = ?",
                    (routine.name, plan_to_json(routine.plan), id_),
                )
        return Routine(routine.name, routine.plan)

    def rename(self, old: str, new: str) -> Routine:
        """Give a user routine a new name (a change of case alone is allowed)."""
        with self._writing() as connection:
            id_ = _id_of(connection, old)
            name = check_unique(new, _names(connection), allowed=old)
            connection.execute("UPDATE routines SET name = ? WHERE id = ?", (name, id_))
        found = self.find(name)
        assert found is not None
        return found

    def duplicate(
        self,
        name: str,
        *,
        label: str | None = None,
        first: str = COPY_NAME,
        more: str = NUMBERED_COPY_NAME,
    ) -> Routine:
        """Copy any routine, presets too, as "<name> copy" at the end of the user's list.

        ``label``: the name as the user reads it (a preset's in their language), which the
        copy is named after; ``first`` and ``more``: how (see ``copy_name``).
        """
        original = self.find(name)
        if original is None:
            raise RoutineError(NO_SUCH_ROUTINE, name=repr(name.strip()))
        with self._writing() as connection:
            taken = _names(connection)
            copy = original.renamed(copy_name(label or original.name, taken, first, more))
            insert_routine(connection, copy)
        return copy

    def delete(self, name: str) -> None:
        """Delete a user routine; presets cannot be deleted."""
        with self._writing() as connection:
            connection.execute("DELETE FROM routines WHERE id = ?", (_id_of(connection, name),))

    def move(self, name: str, step: int) -> bool:
        """Move a user routine ``step`` places (-1 up, +1 down); False when it cannot go."""
        with self._writing() as connection:
            id_ = _id_of(connection, name)
            order = [row_id for row_id, _, _ in _stored(connection)]
            index = order.index(id_)
            target = index + step
            if not 0 <= target < len(order):
                return False
            order.insert(target, order.pop(index))
            # Renumbering the whole (short) list keeps positions dense whatever came before.
            connection.executemany(
                "UPDATE routines SET position = ? WHERE id = ?",
                [(position, row_id) for position, row_id in enumerate(order)],
            )
        return True

    def move_up(self, name: str) -> bool:
        return self.move(name, -1)

    def move_down(self, name: str) -> bool:
        return self.move(name, +1)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        connection = self._log.connection()
        try:
            with write_transaction(connection):
                yield connection
        except sqlite3.Error as error:
            raise RoutineStoreError(
                QT_TRANSLATE_NOOP("errors", "Could not save the routines in {file}: {reason}"),
                file=self._log.path,
                reason=error,
            ) from error


def find_routine(source: RoutineStore | SessionLog | None, name: str) -> Routine | None:
    """The routine called ``name`` (any case), for ``--routine NAME``; None if there is none.

    The presets are found even without a log (``source`` None), so they always run.
    """
    preset = find_in(PRESETS, name)
    if preset is not None or source is None:
        return preset
    store = source if isinstance(source, RoutineStore) else RoutineStore(source)
    return store.find(name)


def routine_names(source: RoutineStore | SessionLog | None) -> list[str]:
    """Every routine's name, presets first: what an unknown ``--routine`` lists."""
    if source is None:
        return [preset.name for preset in PRESETS]
    store = source if isinstance(source, RoutineStore) else RoutineStore(source)
    return store.names()


def unknown_routine_message(name: str, source: RoutineStore | SessionLog | None) -> str:
    """One line for an unknown ``--routine``, e.g. "no routine called 'x'; there are: ..."."""
    choices = ", ".join(routine_names(source))
    return f"no routine called {name.strip()!r}; the routines are: {choices}"
