"""A plan unrolled into phases, each with its planned start offset from the session start."""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from app.core.exercise import Exercise
from app.core.plan import Block, Plan, sides_of_one_exercise


class PhaseKind(enum.Enum):
    """What the user is doing in a phase."""

    GET_READY = "get-ready"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"


@dataclass(frozen=True)
class Phase:
    """One stretch of the workout: what to do, for which exercise and round, and for how long.

    ``exercise`` and ``round`` name the hold this phase belongs to or leads up to, so a rest or
    a switch pause shows what comes next.
    """

    kind: PhaseKind
    duration: float
    exercise: Exercise
    round: int
    rounds: int
    start: float
    """Planned offset of the phase start from the session start, in seconds."""

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(frozen=True)
class Timeline:
    """The phases of a whole workout in order, without gaps."""

    phases: tuple[Phase, ...]

    @cached_property
    def total(self) -> float:
        return self.phases[-1].end if self.phases else 0.0

    @cached_property
    def starts(self) -> tuple[float, ...]:
        return tuple(phase.start for phase in self.phases)

    @cached_property
    def holds(self) -> tuple[Phase, ...]:
        return tuple(phase for phase in self.phases if phase.kind is PhaseKind.HOLD)

    def index_at(self, offset: float) -> int:
        """Index of the phase running at this planned offset; len(phases) once it is over."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return 0
        if offset >= self.total:
            return len(self.phases)
        return index


def _groups(plan: Plan) -> list[tuple[Block, ...]]:
    """The blocks as they are run: alone, or (alternating) a left/right pair taken together.

    Pairs are taken greedily from the start, so left, right, left makes one pair and one block.
    """
    groups: list[tuple[Block, ...]] = []
    index = 0
    while index < len(plan.blocks):
        block = plan.blocks[index]
        following = plan.blocks[index + 1] if index + 1 < len(plan.blocks) else None
        if plan.alternate_sides and following and sides_of_one_exercise(block, following):
            groups.append((block, following))
            index += 2
        else:
            groups.append((block,))
            index += 1
    return groups


def _holds(group: tuple[Block, ...]) -> list[tuple[Block, int]]:
    """Each hold of a group as (block, round): round 1 of each block, then round 2, ...

    A block with more rounds than its partner does its extra rounds back to back at the end.
    """
    most = max(block.rounds for block in group)
    return [
        (block, round_)
        for round_ in range(1, most + 1)
        for block in group
        if round_ <= block.rounds
    ]


def build_timeline(plan: Plan) -> Timeline:
    """Unroll a plan: get ready, then per exercise hold/rest rounds, a switch pause between.

    After the last hold of an exercise comes the switch pause instead of a rest; after the very
    last hold the workout is over. A zero get-ready or switch leaves that phase out.

    With ``plan.alternate_sides`` a left/right pair of side-plank blocks runs as one: left 1,
    rest, right 1, rest, left 2, ... Each hold keeps its own block's hold time and "round n of
    N"; the rest after a hold is the rest of the block just held.
    """
    phases: list[Phase] = []
    offset = 0.0

    def add(kind: PhaseKind, duration: float, exercise: Exercise, round_: int, rounds: int) -> None:
        nonlocal offset
        if duration <= 0:
            return
        phases.append(Phase(kind, float(duration), exercise, round_, rounds, offset))
        offset += duration

    groups = [_holds(group) for group in _groups(plan)]
    first, _ = groups[0][0]
    add(PhaseKind.GET_READY, plan.get_ready, first.exercise, 1, first.rounds)
    for group_index, holds in enumerate(groups):
        for hold_index, (block, round_) in enumerate(holds):
            add(PhaseKind.HOLD, block.hold, block.exercise, round_, block.rounds)
            if hold_index + 1 < len(holds):
                after, after_round = holds[hold_index + 1]
                add(PhaseKind.REST, block.rest, after.exercise, after_round, after.rounds)
        if group_index + 1 < len(groups):
            following, _ = groups[group_index + 1][0]
            add(PhaseKind.SWITCH, plan.switch, following.exercise, 1, following.rounds)
    return Timeline(tuple(phases))
