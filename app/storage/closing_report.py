"""At close: the holds the log would not take, tried once more, then kept in a recovery file;
and what to tell the user about them.

:class:`ClosingReport` keeps the facts (the problem, how many holds, where they went or why
nowhere). Its English line is the command line's (``--quit-when-done`` prints it on stderr);
the window makes its own sentence from the same facts, with its language's plural forms
(``app/ui/log/recovery_text.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.message import QT_TRANSLATE_NOOP, Message
from app.storage.recorder import SessionRecorder
from app.storage.recovery_file import RecoveryError, write_recovery_file


@dataclass(frozen=True)
class ClosingReport:
    """What became of the holds the log could not take when the app closed."""

    problem: Message
    """Why the log would not take them."""
    holds: int
    """Holds not in the log; 0 when only how the last workout ended is missing."""
    file: Path | None
    """The recovery file they are in, or None if no folder took them."""
    reason: Message | None = None
    """Why no folder took them (with ``file`` None)."""

    @property
    def lost(self) -> bool:
        """True if no folder took them either: they are gone."""
        return self.file is None

    @property
    def message(self) -> str:
        """One line in English (stderr's)."""
        if self.holds == 0:
            what = "How the last workout ended"
        else:
            what = "1 hold" if self.holds == 1 else f"{self.holds:,} holds"
        if self.file is None:
            return f"{self.problem}. {what} could not be saved anywhere: {self.reason}."
        verb = "are" if self.holds > 1 else "is"
        return (
            f"{self.problem}. {what} {verb} saved in {self.file} instead and will be added to"
            " the log when Plank Timer next starts."
        )


def save_unsaved(
    recorder: SessionRecorder, folders: Sequence[Path], when: datetime
) -> ClosingReport | None:
    """At close: try the log once more, then put what it still lacks in a recovery file.

    None when the log has everything; otherwise what happened.
    """
    if recorder.retry():
        return None
    records = recorder.unsaved()
    holds = sum(record.pending_sets for record in records)
    problem = recorder.problem_message or Message(
        QT_TRANSLATE_NOOP("errors", "Could not save to {file}"), {"file": recorder.log.path}
    )
    try:
        saved = write_recovery_file(records, recorder.log.path, folders, when)
    except RecoveryError as error:
        return ClosingReport(problem, holds, None, error.message)
    return ClosingReport(problem, holds, saved.path)
