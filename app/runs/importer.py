"""Bringing runs in: read the sources, hand the runs to a store in batches, count everything.

The store is anything with :class:`RunSink`'s two methods (the log's ``RunStore``), so this
stays free of SQLite. Each batch is one transaction in the store: a cancel, a crash or a
full disk keeps every batch committed before it and loses at most the one being written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.core.run import Run
from app.runs.activity import LocalOffset, machine_offset
from app.runs.outcome import Found, Known, Rejected, Skipped
from app.runs.sources import count_sources, read_runs

BATCH_RUNS = 100
Progress = Callable[[int, int], None]
"""Called with (sources read, sources in all) after each source."""


class RunSink(Protocol):
    """Where imported runs go."""

    def add_runs(self, runs: Sequence[Run]) -> tuple[int, int]:
        """Add in one transaction; return (added, matched as duplicates)."""
        ...

    def knows_content(self, digest: str) -> bool:
        """Whether a run from a file with this SHA-256 is in the log already."""
        ...

    def fill_efforts(self, efforts: Sequence[tuple[str, int]]) -> None:
        """Give the runs from these files (by SHA-256) this effort where they have none."""
        ...


@dataclass
class ImportCounts:
    """What an import did so far; every count is of runs or activities, not files."""

    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    """Activities of other sports."""
    rejected: list[Rejected] = field(default_factory=list)
    """Each source that could not be read, and why (its ``line`` names both)."""
    sources_read: int = 0
    sources_total: int = 0
    cancelled: bool = False

    @property
    def summary(self) -> str:
        """``3 runs added, 1 already in the log, 2 other sports skipped, 1 file rejected``."""
        parts = [
            f"{self.added:,} run{'' if self.added == 1 else 's'} added",
            f"{self.duplicates:,} already in the log",
            f"{self.skipped:,} other sport{'' if self.skipped == 1 else 's'} skipped",
            f"{len(self.rejected):,} rejected",
        ]
        return ", ".join(parts)


def import_runs(
    paths: Iterable[Path],
    sink: RunSink,
    counts: ImportCounts,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress = lambda done, total: None,
    local_offset: LocalOffset = machine_offset,
    batch_runs: int = BATCH_RUNS,
) -> ImportCounts:
    """Import every run under ``paths`` into ``sink``, filling ``counts`` as it goes.

    ``counts`` is the caller's, so that it still says what was committed if the sink
    raises (a full disk). A cancel stops before the next source; the runs already read
    are committed, and ``counts.cancelled`` is set.
    """
    paths = list(paths)
    counts.sources_total = count_sources(paths)
    progress(0, counts.sources_total)
    pending: list[Run] = []
    efforts: list[tuple[str, int]] = []

    def flush() -> None:
        if pending:
            added, duplicates = sink.add_runs(pending)
            counts.added += added
            counts.duplicates += duplicates
            pending.clear()
        if efforts:
            sink.fill_efforts(efforts)
            efforts.clear()

    for read in read_runs(
        paths, cancelled=cancelled, known=sink.knows_content, local_offset=local_offset
    ):
        for outcome in read.outcomes:
            match outcome:
                case Found(run):
                    pending.append(run)
                case Known(_, digest, effort):
                    counts.duplicates += 1
                    if effort is not None:
                        efforts.append((digest, effort))
                case Skipped():
                    counts.skipped += 1
                case Rejected():
                    counts.rejected.append(outcome)
        counts.sources_read += 1
        # A source may name more than the count foresaw (a multisport file): keep total >= done.
        counts.sources_total = max(counts.sources_total, counts.sources_read)
        if len(pending) + len(efforts) >= batch_runs:
            flush()
        progress(counts.sources_read, counts.sources_total)
    flush()
    counts.cancelled = cancelled()
    return counts
