"""A workout plan: which exercises, how long to hold and rest, and how many rounds.

A plan is validated when it is made, so everything downstream can trust it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.core.exercise import BUILT_IN, Exercise
from app.core.message import QT_TRANSLATE_NOOP, Message
from app.core.plan_error import PlanError
from app.core.quoting import quoted

HOLD_RANGE = (1, 120)
REST_RANGE = (1, 60)
ROUNDS_RANGE = (1, 50)
MAX_EXERCISES = 20
"""A plan's most exercises (blocks); with at most 50 rounds each, at most 1,000 holds."""
RECOMMENDED_ROUNDS = (2, 5)
GET_READY_RANGE = (0, 60)
SWITCH_RANGE = (0, 120)

DEFAULT_HOLD = 10
DEFAULT_REST = 5
DEFAULT_ROUNDS = 3
DEFAULT_GET_READY = 5
DEFAULT_SWITCH = 10

CHOOSE_AN_EXERCISE = QT_TRANSLATE_NOOP("errors", "choose at least one exercise")


def _shown(value: object) -> str | Message:
    """A value as a range message shows it: 10.0 as 10; anything else quoted, cut short."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return quoted(value)


# The names of the plan's values, as its messages say them.
HOLD_NAME = Message(QT_TRANSLATE_NOOP("errors", "hold"))
REST_NAME = Message(QT_TRANSLATE_NOOP("errors", "rest"))
ROUNDS_NAME = Message(QT_TRANSLATE_NOOP("errors", "rounds"))
GET_READY_NAME = Message(QT_TRANSLATE_NOOP("errors", "get-ready"))
SWITCH_NAME = Message(QT_TRANSLATE_NOOP("errors", "switch"))


def check_range(
    name: str | Message, value: float, bounds: tuple[int, int], *, seconds: bool = True
) -> None:
    """Raise PlanError unless bounds[0] <= value <= bounds[1]."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        if seconds:
            template = QT_TRANSLATE_NOOP(
                "errors", "{name} must be {low} to {high} seconds, got {value}"
            )
        else:
            template = QT_TRANSLATE_NOOP("errors", "{name} must be {low} to {high}, got {value}")
        raise PlanError(template, name=name, low=low, high=high, value=_shown(value))


@dataclass(frozen=True)
class Block:
    """One exercise done for a number of rounds, each a hold followed by a rest."""

    exercise: Exercise
    hold: float
    rest: float
    rounds: int

    def __post_init__(self) -> None:
        check_range(HOLD_NAME, self.hold, HOLD_RANGE)
        check_range(REST_NAME, self.rest, REST_RANGE)
        if not isinstance(self.rounds, int):
            raise PlanError(
                QT_TRANSLATE_NOOP("errors", "rounds must be a whole number, got {value}"),
                value=quoted(self.rounds),
            )
        check_range(ROUNDS_NAME, self.rounds, ROUNDS_RANGE, seconds=False)


def sides_of_one_exercise(first: Block, second: Block) -> bool:
    """True for a left and a right block of the same exercise, in either order."""
    a, b = first.exercise, second.exercise
    return a.title == b.title and {a.side, b.side} == {"left", "right"}


def has_side_pair(blocks: Sequence[Block]) -> bool:
    """True when a left and a right block of one exercise follow each other somewhere."""
    return any(sides_of_one_exercise(a, b) for a, b in pairwise(blocks))


@dataclass(frozen=True)
class Plan:
    """An ordered list of blocks, the get-ready countdown, and the pause between exercises.

    ``alternate_sides`` makes a left and a right side-plank block that follow each other take
    turns round by round instead of one side's rounds then the other's (see build_timeline).
    """

    blocks: tuple[Block, ...]
    get_ready: float = DEFAULT_GET_READY
    switch: float = DEFAULT_SWITCH
    alternate_sides: bool = False

    def __post_init__(self) -> None:
        if not self.blocks:
            raise PlanError(CHOOSE_AN_EXERCISE)
        if len(self.blocks) > MAX_EXERCISES:
            raise PlanError(
                QT_TRANSLATE_NOOP("errors", "a plan has at most {most} exercises, got {count}"),
                most=MAX_EXERCISES,
                count=len(self.blocks),
            )
        check_range(GET_READY_NAME, self.get_ready, GET_READY_RANGE)
        check_range(SWITCH_NAME, self.switch, SWITCH_RANGE)
        if not isinstance(self.alternate_sides, bool):
            raise PlanError(
                QT_TRANSLATE_NOOP("errors", "alternate sides must be true or false, got {value}"),
                value=quoted(self.alternate_sides),
            )

    @classmethod
    def simple(
        cls,
        exercises: Sequence[Exercise] = BUILT_IN,
        *,
        hold: float = DEFAULT_HOLD,
        rest: float = DEFAULT_REST,
        rounds: int = DEFAULT_ROUNDS,
        get_ready: float = DEFAULT_GET_READY,
        switch: float = DEFAULT_SWITCH,
        alternate_sides: bool = False,
    ) -> Plan:
        """The same hold, rest and rounds for every exercise, as the article prescribes."""
        blocks = tuple(Block(exercise, hold, rest, rounds) for exercise in exercises)
        return cls(blocks, get_ready=get_ready, switch=switch, alternate_sides=alternate_sides)

    @property
    def alternates(self) -> bool:
        """True when alternating is asked for and some left/right pair follows each other."""
        return self.alternate_sides and has_side_pair(self.blocks)

    @property
    def total_rounds(self) -> int:
        """How many holds the whole plan has."""
        return sum(block.rounds for block in self.blocks)
