"""The voice schedule: spoken words merged into the beep schedule, never over another sound.

Where the words go:

* the countdown: each tick becomes its spoken number ("three", "two", "one") at the very
  same moment, so no word ever talks over a tick;
* during get-ready: the first exercise's name;
* after each rest beep: "rest" (and, when the coming hold is another exercise or side, what
  comes next, as after a switch beep);
* after each switch beep: "switch sides" (same exercise, other side) or "next exercise",
  then the coming exercise's name;
* after the hold beep that starts a new exercise, its name, when it was not said before
  (no get-ready or switch pause, or no room there);
* after the done beep: "done, well done".

The fit rule: a word starts once every sound begun before it has ended, plus ``GAP``, and
it ends ``GAP`` before the next cue starts. What does not fit is left out whole: never cut
short, never overlapping. Each announcement lists choices from the fullest to the barest,
and the first that fits is said. A number that does not fit leaves its tick in place.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.core.cues import SAME_MOMENT, Cue, CueKind
from app.core.exercise import Exercise
from app.core.timeline import PhaseKind, Timeline
from app.core.voice_clips import COUNT, DONE, NEXT_EXERCISE, REST, SWITCH_SIDES, exercise_clip

GAP = 0.15
"""Seconds of quiet between a word and the sounds on either side, so each is heard apart."""

Choice = tuple[str, ...]
"""Clips said one after the other."""


def voice_schedule(
    timeline: Timeline,
    beeps: Sequence[Cue],
    beep_seconds: Mapping[CueKind, float],
    clip_seconds: Mapping[str, float],
) -> tuple[Cue, ...]:
    """The beep schedule of ``timeline`` with words placed in it, re-indexed in time order.

    ``beep_seconds`` and ``clip_seconds`` say how long each sound lasts; a clip missing from
    ``clip_seconds`` (no recording, no speech engine) is never said.
    """
    placer = _Placer(beeps, beep_seconds, clip_seconds)
    placer.count_aloud()
    previous_hold: Exercise | None = None
    named: Exercise | None = None  # the exercise the user last heard named
    for phase in timeline.phases:
        coming = phase.exercise
        choices: list[Choice]
        if phase.kind is PhaseKind.HOLD:
            if coming not in (previous_hold, named):
                choices = [(exercise_clip(coming),)]
                if placer.place(phase.start, choices) is not None:
                    named = coming
            previous_hold = coming
            continue
        if phase.kind is PhaseKind.GET_READY:
            choices = [(exercise_clip(coming),)]
        elif phase.kind is PhaseKind.SWITCH:
            choices = _change(previous_hold, coming)
        elif phase.kind is PhaseKind.REST:
            choices = [(REST,)]
            if coming != previous_hold:
                change = _change(previous_hold, coming)
                choices = list(dict.fromkeys([(REST, *change[0]), *change, (REST,)]))
        else:
            continue
        said = placer.place(phase.start, choices)
        if said is not None and (exercise_clip(coming) in said or SWITCH_SIDES in said):
            named = coming
    if timeline.phases:
        placer.place(timeline.total, [(DONE,)])
    return placer.cues()


def _change(previous: Exercise | None, coming: Exercise) -> list[Choice]:
    """What to say when ``coming`` follows ``previous``: lead-in and name, else one of them."""
    name = exercise_clip(coming)
    if previous is None or previous == coming:
        return [(name,)]
    other_side = previous.title == coming.title and previous.side != coming.side
    lead = SWITCH_SIDES if other_side else NEXT_EXERCISE
    return [(lead, name), (name,), (lead,)]


class _Placer:
    """The schedule being built: cues in time order, and how long each one sounds."""

    def __init__(
        self,
        beeps: Sequence[Cue],
        beep_seconds: Mapping[CueKind, float],
        clip_seconds: Mapping[str, float],
    ) -> None:
        self._cues = sorted(beeps, key=lambda cue: cue.offset)
        self._beep_seconds = beep_seconds
        self._clip_seconds = clip_seconds
        # Words are placed in time order, so the sounds begun before a word need scanning only
        # once: _scanned of them are behind, and every one of those is quiet by _quiet_from.
        # (Scanning from the start for every word made long plans take quadratic time.)
        self._scanned = 0
        self._quiet_from = float("-inf")
        self._last_after = float("-inf")

    def _length(self, cue: Cue) -> float:
        if cue.clip is not None:
            return self._clip_seconds.get(cue.clip, 0.0)
        return self._beep_seconds.get(cue.kind, 0.0)

    def count_aloud(self) -> None:
        """Turn each tick into its spoken number where the number fits."""
        quiet_from = float("-inf")  # when every sound so far has ended, plus the gap
        for position, cue in enumerate(self._cues):
            clip = COUNT.get(cue.seconds_left)
            if cue.kind is CueKind.TICK and clip is not None and clip in self._clip_seconds:
                following = self._cues[position + 1 : position + 2]
                limit = following[0].offset if following else float("inf")
                end = cue.offset + self._clip_seconds[clip] + GAP
                if quiet_from <= cue.offset + SAME_MOMENT and end <= limit + SAME_MOMENT:
                    cue = replace(cue, kind=CueKind.VOICE, clip=clip)
                    self._cues[position] = cue
            quiet_from = max(quiet_from, cue.offset + self._length(cue) + GAP)

    def _scan_to(self, after: float) -> None:
        """Take in every sound begun by ``after``: they decide when a word may start."""
        if after < self._last_after:  # out of order: start the scan again
            self._scanned, self._quiet_from = 0, float("-inf")
        self._last_after = after
        cues = self._cues
        while self._scanned < len(cues) and cues[self._scanned].offset <= after + SAME_MOMENT:
            cue = cues[self._scanned]
            self._quiet_from = max(self._quiet_from, cue.offset + self._length(cue) + GAP)
            self._scanned += 1

    def _insert(self, cue: Cue) -> None:
        position = bisect.bisect_right(self._cues, cue.offset, key=lambda c: c.offset)
        self._cues.insert(position, cue)
        if position < self._scanned:  # it starts among the sounds already taken in
            self._scanned += 1
            self._quiet_from = max(self._quiet_from, cue.offset + self._length(cue) + GAP)

    def place(self, after: float, choices: Sequence[Choice]) -> Choice | None:
        """Say the first choice that fits after the sounds begun by ``after``; None if none."""
        self._scan_to(after)
        start = max(after, self._quiet_from)
        following = self._cues[self._scanned : self._scanned + 1]
        limit = following[0].offset if following else float("inf")
        for choice in choices:
            if any(clip not in self._clip_seconds for clip in choice):
                continue
            moments = []
            cursor = start
            for clip in choice:
                moments.append(cursor)
                cursor += self._clip_seconds[clip] + GAP
            if cursor <= limit + SAME_MOMENT:
                for moment, clip in zip(moments, choice, strict=True):
                    self._insert(Cue(-1, moment, CueKind.VOICE, clip=clip))
                return choice
        return None

    def cues(self) -> tuple[Cue, ...]:
        return tuple(replace(cue, index=index) for index, cue in enumerate(self._cues))
