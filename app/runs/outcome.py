"""What reading one source gave: runs found, another sport skipped, or a rejection.

A *source* is one activity file, on disk or inside an archive, or one row of a Strava
``activities.csv`` that names no file. Its label (``morning.fit``,
``export.zip:activities/123.fit.gz``) is what every message names.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.message import Message, within
from app.core.names import printable
from app.core.run import Run


@dataclass(frozen=True)
class Found:
    """A run read from a source."""

    run: Run


@dataclass(frozen=True)
class Skipped:
    """An activity of another sport (a ride, a swim): counted, not kept."""

    source: str
    sport: str


@dataclass(frozen=True)
class Rejected:
    """A source that could not be read; ``reason`` is short and says why."""

    source: str
    reason: Message

    @property
    def message(self) -> Message:
        """One line for the user, naming the source, to show in their language; the name
        made printable (a file's name may hold a line break or a terminal escape)."""
        return within(printable(self.source), self.reason)

    @property
    def line(self) -> str:
        """The same line in English (the command line's)."""
        return str(self.message)


@dataclass(frozen=True)
class Known:
    """A file whose exact content the log already holds: not read again.

    ``effort`` is what Strava's list says of it, if anything: the kept run may lack it.
    """

    source: str
    digest: str = ""
    effort: int | None = None


Outcome = Found | Skipped | Rejected | Known


@dataclass(frozen=True)
class SourceRead:
    """Everything one source gave (a multisport file can hold several activities)."""

    source: str
    outcomes: tuple[Outcome, ...]
