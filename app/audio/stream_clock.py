"""Where a stream's frames fall on CLOCK_MONOTONIC, from the stream's own delay reports.

Each time the stream asks for more sound it reports when the first frame it asks for will be
heard (now plus the output delay). Frame ``n`` is then heard at ``origin + n / rate``, and a
cue due at time ``t`` goes in at frame ``round((t - origin) * rate)``.

Each report's wander depends on the way to the server (docs/benchmarks.md, section 6). Through
PipeWire's ALSA plugin, and through PulseAudio's ALSA plugin into PulseAudio, the reports
agree with what the sink hears to within 0.1 ms and typically 1 ms. Through the pulse plugin
into PipeWire's pipewire-pulse they wander by several milliseconds, in a sawtooth of a few
seconds; and one report also comes late whenever the thread asking wakes late. So the origin
is the mean of every report of the last ``WINDOW_S`` seconds: the noise averages out, and a
device whose clock runs a little off CLOCK_MONOTONIC (100 ppm is 6 ms a minute) is followed
with a lag of half the window (1 ms at 100 ppm). Fitting a rate as well (a least-squares line
over the window) was tried on recorded reports and put cues further off, not nearer (the
wander of the reports is larger than any real clock's drift over a window).

The mapping is trusted once ``SETTLE_COUNT`` reports in a row agree within
``SETTLED_SPREAD`` (the reports before them, taken while the stream was still filling, are
dropped). A report of an underrun, or ``JUMP_COUNT`` reports in a row further than ``JUMP``
from the estimate (the server moved the stream, or resumed a suspended sink), throws the
window away, and the mapping is rebuilt from the reports that follow.

A smaller move is a *step*: when a client misses a graph cycle, PipeWire plays its sound one
cycle (5.3 ms at a 256-frame quantum) later from then on, with no underrun reported, and the
reports move with it at once. A window's mean would take its whole length to follow, so the
reports of the last ``STEP_S`` seconds, when they agree within ``STEP_SPREAD`` and all lie
more than ``STEP`` to the same side of the estimate, replace the window. A sawtooth's ramp
moves more than that in that time, and is still averaged. Replayed on the reports of 26
recorded runs, the rule put no cue further off through either ALSA plugin, followed a step
of one cycle within ``STEP_S``, and cut pipewire-pulse's worst cue from 8.5 to 4.8 ms.
``STEP_S`` was 0.2 s at first: a cue rendered in the 0.2 s after a step was placed by the old
origin and heard a cycle late (5.3 ms, seen in a recorded voice workout). At 0.1 s, with the
spread narrowed to match, the same replays (and that workout's) moved no run's worst cue
further off by more than 0.03 ms, and put that cue on time.
"""

from __future__ import annotations

from collections import deque
from itertools import takewhile

WINDOW_S = 20.0
"""Seconds of reports averaged into the origin."""
SETTLE_COUNT = 3
"""Reports in a row that must agree before the mapping is used (about 130 ms of a stream)."""
SETTLED_SPREAD = 0.003
"""Seconds: reports this close together are one steady mapping."""
JUMP = 0.03
"""Seconds: a report this far from the estimate disagrees with it (well beyond the wander of
pipewire-pulse's reports, the widest measured: under 10 ms)."""
JUMP_COUNT = 6
STEP = 0.0035
"""Seconds: reports this far to one side of the estimate, and agreeing, are a step (PipeWire's
steps are 5.3 ms; PulseAudio's reports drift up to 3 ms away and back under load, and at 2 ms
the rule followed them there)."""
STEP_S = 0.1
"""Seconds of reports that make a step (three of the engine's, at 43 ms a buffer): a cue
rendered between a step and its finding is placed a cycle off."""
STEP_SPREAD = 0.0001
"""Seconds: how closely the reports of a step agree (the steady ones on PipeWire's ALSA plugin
lie within 0.02 ms; a sawtooth of pipewire-pulse ramps 0.2-0.4 ms in STEP_S)."""


class StreamClock:
    """Maps frame numbers of one output stream to monotonic time and back (pure arithmetic)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._reports: deque[tuple[float, float]] = deque()
        """(heard_at, origin) of each report in the window, oldest first."""
        self._sum = 0.0
        self._origin: float | None = None
        self._disagreeing = 0
        self._settled = False
        self.rebuilds = 0
        """How many times the mapping was thrown away and rebuilt (underruns, jumps)."""
        self.steps = 0
        """How many times the stream was found to have stepped (a missed graph cycle)."""

    def observe(self, first_frame: int, heard_at: float, *, underrun: bool = False) -> None:
        """The stream says frame ``first_frame`` will be heard at monotonic ``heard_at``."""
        origin = heard_at - first_frame / self.rate
        if underrun:
            self._rebuild()
        elif self._settled and self._origin is not None and abs(origin - self._origin) > JUMP:
            self._disagreeing += 1
            if self._disagreeing < JUMP_COUNT:
                return  # one odd report (a late wake-up) moves nothing
            self._rebuild()
        else:
            self._disagreeing = 0
        self._add(heard_at, origin)
        if not self._settled:
            recent = [o for _, o in list(self._reports)[-SETTLE_COUNT:]]
            if len(recent) == SETTLE_COUNT and max(recent) - min(recent) <= SETTLED_SPREAD:
                self._settled = True
                # the reports before these were taken while the stream was still filling
                while len(self._reports) > SETTLE_COUNT:
                    self._drop_oldest()
        while self._reports and self._reports[0][0] < heard_at - WINDOW_S:
            self._drop_oldest()
        self._origin = self._sum / len(self._reports)
        if self._settled and self._stepped():
            self.steps += 1
            since = self._reports[-1][0] - STEP_S
            while self._reports[0][0] < since:
                self._drop_oldest()
            self._origin = self._sum / len(self._reports)

    def _stepped(self) -> bool:
        """The reports of the last STEP_S agree, and all put the origin elsewhere."""
        if self._origin is None or self._reports[0][0] > self._reports[-1][0] - STEP_S:
            return False  # the window does not reach back STEP_S yet
        since = self._reports[-1][0] - STEP_S
        recent = [o for _, o in takewhile(lambda r: r[0] >= since, reversed(self._reports))]
        if max(recent) - min(recent) > STEP_SPREAD:
            return False
        return min(recent) - self._origin > STEP or self._origin - max(recent) > STEP

    def _add(self, heard_at: float, origin: float) -> None:
        self._reports.append((heard_at, origin))
        self._sum += origin

    def _drop_oldest(self) -> None:
        self._sum -= self._reports.popleft()[1]

    def _rebuild(self) -> None:
        self.rebuilds += 1
        self._reports.clear()
        self._sum = 0.0
        self._disagreeing = 0
        self._settled = False

    @property
    def known(self) -> bool:
        """At least one report so far."""
        return self._origin is not None

    @property
    def settled(self) -> bool:
        """SETTLE_COUNT reports in a row agreed since the last rebuild: to be trusted."""
        return self._settled

    def frame_at(self, moment: float) -> int:
        """The frame heard at monotonic ``moment`` (needs ``known``)."""
        if self._origin is None:
            raise RuntimeError("the stream has not reported its delay yet")
        return round((moment - self._origin) * self.rate)

    def time_of(self, frame: int) -> float:
        """The monotonic time at which ``frame`` is heard (needs ``known``)."""
        if self._origin is None:
            raise RuntimeError("the stream has not reported its delay yet")
        return self._origin + frame / self.rate
