"""A plan unrolled into phases, each with its planned start offset from the session start."""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from app.core.exercise import Exercise
from app.core.plan import Plan


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


def build_timeline(plan: Plan) -> Timeline:
    """Unroll a plan: get ready, then per exercise hold/rest rounds, a switch pause between.

    After the last hold of an exercise comes the switch pause instead of a rest; after the very
    last hold the workout is over. A zero get-ready or switch leaves that phase out.
    """
    phases: list[Phase] = []
    offset = 0.0

    def add(kind: PhaseKind, duration: float, exercise: Exercise, round_: int, rounds: int) -> None:
        nonlocal offset
        if duration <= 0:
            return
        phases.append(Phase(kind, float(duration), exercise, round_, rounds, offset))
        offset += duration

    first = plan.blocks[0]
    add(PhaseKind.GET_READY, plan.get_ready, first.exercise, 1, first.rounds)
    for block_index, block in enumerate(plan.blocks):
        for round_ in range(1, block.rounds + 1):
            add(PhaseKind.HOLD, block.hold, block.exercise, round_, block.rounds)
            if round_ < block.rounds:
                add(PhaseKind.REST, block.rest, block.exercise, round_ + 1, block.rounds)
        if block_index + 1 < len(plan.blocks):
            following = plan.blocks[block_index + 1]
            add(PhaseKind.SWITCH, plan.switch, following.exercise, 1, following.rounds)
    return Timeline(tuple(phases))
