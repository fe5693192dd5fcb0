"""Reading runs from watch and app exports: FIT, GPX and TCX files (each also gzipped),
folders of them, and a Strava bulk-export zip.

Pure Python at the edge of the app: no Qt and no SQLite. :func:`read_runs` turns paths into
outcomes (a run found, another sport skipped, a file rejected with a one-line reason);
:func:`import_runs` hands the runs to a store in batches. Only summaries are kept, never a
GPS track.
"""

from app.runs.importer import ImportCounts, RunSink, import_runs
from app.runs.outcome import Found, Known, Outcome, Rejected, Skipped, SourceRead
from app.runs.sources import count_sources, read_runs

__all__ = [
    "Found",
    "ImportCounts",
    "Known",
    "Outcome",
    "Rejected",
    "RunSink",
    "Skipped",
    "SourceRead",
    "count_sources",
    "import_runs",
    "read_runs",
]
