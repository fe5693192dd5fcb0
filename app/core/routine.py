"""Named routines: a plan the user saves under a name, and the three built-in presets.

A routine is a name and a whole plan (its blocks with their own hold, rest and rounds, the
get-ready and switch pauses, and whether side planks alternate). Names are compared without
regard to case, so "standard" finds "Standard" and two routines cannot differ only in case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.core.exercise import BUILT_IN
from app.core.message import QT_TRANSLATE_NOOP
from app.core.names import ROUTINE_NAME_MAX_CHARS, InvalidNameError, clean_text
from app.core.plan import Plan
from app.core.plan_error import PlanError

NAME_MAX_CHARS = ROUTINE_NAME_MAX_CHARS
COPY_NAME = "{name} copy"
"""How a copy is named; the window passes its language's words (``{name} (Kopie)``)."""
NUMBERED_COPY_NAME = "{name} copy {number}"
"""How the second, third... copy of the same routine is named."""


class RoutineError(PlanError):
    """A routine cannot be made or stored as asked; the message is one line, fit to show."""


def clean_name(name: object) -> str:
    """The name trimmed of surrounding spaces; RoutineError unless it passes the one validator
    for names (see names): one line of printable text, 1 to 40 characters."""
    try:
        return clean_text(
            name,
            QT_TRANSLATE_NOOP("errors", "a routine name"),
            NAME_MAX_CHARS,
            empty=QT_TRANSLATE_NOOP("errors", "a routine needs a name"),
        )
    except InvalidNameError as error:
        raise RoutineError(error.message) from None


def name_key(name: str) -> str:
    """What two names must share to be the same routine: the trimmed name, case folded."""
    return name.strip().casefold()


@dataclass(frozen=True)
class Routine:
    """A plan saved under a name; ``built_in`` for the presets, which cannot be changed."""

    name: str
    plan: Plan
    built_in: bool = False

    def __post_init__(self) -> None:
        # Frozen, so the trimmed name is written past the dataclass guard.
        object.__setattr__(self, "name", clean_name(self.name))
        if not isinstance(self.plan, Plan):
            raise RoutineError(
                QT_TRANSLATE_NOOP("errors", "a routine needs a plan, got {value}"),
                value=repr(self.plan),
            )

    @property
    def key(self) -> str:
        return name_key(self.name)

    def to_plan(self) -> Plan:
        """The plan to run."""
        return self.plan

    def renamed(self, name: str) -> Routine:
        """The same plan under another name, as the user's own routine."""
        return replace(self, name=name, built_in=False)


def _preset(name: str, rounds: int) -> Routine:
    return Routine(name, Plan.simple(BUILT_IN, hold=10, rest=5, rounds=rounds), built_in=True)


PRESETS: tuple[Routine, ...] = (
    _preset("Gentle", 2),
    _preset("Standard", 3),
    _preset("Strong", 5),
)


def find_in(routines: Iterable[Routine], name: str) -> Routine | None:
    """The routine with this name, ignoring case and surrounding spaces, or None."""
    wanted = name_key(name)
    return next((routine for routine in routines if routine.key == wanted), None)


def check_unique(name: str, taken: Iterable[str], *, allowed: str | None = None) -> str:
    """The cleaned name; RoutineError if another routine (not ``allowed``) already has it."""
    cleaned = clean_name(name)
    wanted = name_key(cleaned)
    if allowed is not None and name_key(allowed) == wanted:
        return cleaned
    for other in taken:
        if name_key(other) == wanted:
            if any(preset.key == wanted for preset in PRESETS):
                template = QT_TRANSLATE_NOOP(
                    "errors", "a built-in routine is already called {name}"
                )
            else:
                template = QT_TRANSLATE_NOOP("errors", "another routine is already called {name}")
            raise RoutineError(template, name=repr(other))
    return cleaned


def copy_name(
    name: str,
    taken: Iterable[str],
    first: str = COPY_NAME,
    more: str = NUMBERED_COPY_NAME,
) -> str:
    """A free name for a copy: "Standard copy", then "Standard copy 2", "Standard copy 3"...

    ``first`` and ``more`` say how, with ``{name}`` (and ``{number}``) in them. The original
    name is shortened if need be so that the copy still fits in 40 characters.
    """
    keys = {name_key(other) for other in taken}
    number = 1
    while True:
        template = first if number == 1 else more
        room = NAME_MAX_CHARS - len(template.format(name="", number=number))
        candidate = template.format(name=name.strip()[:room].rstrip(), number=number).strip()
        if name_key(candidate) not in keys:
            return candidate
        number += 1
