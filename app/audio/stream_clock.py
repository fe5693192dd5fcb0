"""Where a stream's frames fall on CLOCK_MONOTONIC, from the stream's own delay reports.

Each time the stream asks for more sound it reports when the first frame it asks for will be
heard (now plus the output delay). Frame ``n`` is then heard at ``origin + n / rate``, and a
cue due at time ``t`` goes in at frame ``round((t - origin) * rate)``.

One report is noisy (the thread that reads the clock wakes a little late now and then), and
the first reports of a new stream can be far off while the server fills its buffer (seen on
PulseAudio: 1.3 s of reports before they settle). So the origin is the median of the last
``WINDOW`` reports, trusted once ``SETTLE_COUNT`` reports in a row agree within
``SETTLED_SPREAD`` (and from then on, until it is rebuilt); a report of an
underrun, or ``JUMP_COUNT`` reports in a row further than ``JUMP`` from the estimate (the
server moved the stream, or resumed a suspended sink), throws the window away, and the
mapping is rebuilt from the reports that follow.
"""

from __future__ import annotations

import statistics
from collections import deque

WINDOW = 16
SETTLE_COUNT = 4
"""Reports in a row that must agree before the mapping is used (40 ms of a new stream)."""
SETTLED_SPREAD = 0.002
"""Seconds: reports this close together are one steady mapping."""
JUMP = 0.003
"""Seconds: a report this far from the estimate disagrees with it."""
JUMP_COUNT = 4


class StreamClock:
    """Maps frame numbers of one output stream to monotonic time and back (pure arithmetic)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._origins: deque[float] = deque(maxlen=WINDOW)
        self._origin: float | None = None
        self._disagreeing = 0
        self._settled = False
        self.rebuilds = 0
        """How many times the mapping was thrown away and rebuilt (underruns, jumps)."""

    def observe(self, first_frame: int, heard_at: float, *, underrun: bool = False) -> None:
        """The stream says frame ``first_frame`` will be heard at monotonic ``heard_at``."""
        origin = heard_at - first_frame / self.rate
        if underrun:
            self._rebuild()
        elif self._origin is not None and abs(origin - self._origin) > JUMP:
            self._disagreeing += 1
            if self._disagreeing >= JUMP_COUNT:
                self._rebuild()
        else:
            self._disagreeing = 0
        self._origins.append(origin)
        self._origin = statistics.median(self._origins)
        recent = list(self._origins)[-SETTLE_COUNT:]
        if len(recent) == SETTLE_COUNT and max(recent) - min(recent) <= SETTLED_SPREAD:
            self._settled = True

    def _rebuild(self) -> None:
        self.rebuilds += 1
        self._origins.clear()
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
