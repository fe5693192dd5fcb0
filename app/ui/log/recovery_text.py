"""What the window says about holds kept in a recovery file: at close, and at the next start.

The facts come from storage (``ClosingReport``, ``Recovered``); the sentences are made here,
so that each language says "1 hold" and "3 holds" by its own plural rules (``%Ln``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.message import listed
from app.ui.error_text import message_text

if TYPE_CHECKING:
    from app.storage.closing_report import ClosingReport
    from app.storage.recovery import Recovered


class RecoveryText(QObject):
    """The translation context of these sentences."""


def closing_text(report: ClosingReport) -> str:
    """Where the holds the log would not take went, or that they are lost, and why."""
    problem = message_text(report.problem)
    if report.file is None:
        reason = "" if report.reason is None else message_text(report.reason)
        if report.holds:
            text = RecoveryText.tr(
                "{problem}. %Ln hold(s) could not be saved anywhere: {reason}.", "", report.holds
            )
        else:
            text = RecoveryText.tr(
                "{problem}. How the last workout ended could not be saved anywhere: {reason}."
            )
        return text.format(problem=problem, reason=reason)
    if report.holds:
        text = RecoveryText.tr(
            "{problem}. %Ln hold(s) saved in {file} instead: they will be added to the log when"
            " Plank Timer next starts.",
            "",
            report.holds,
        )
    else:
        text = RecoveryText.tr(
            "{problem}. How the last workout ended is saved in {file} instead and will be added"
            " to the log when Plank Timer next starts."
        )
    return text.format(problem=problem, file=report.file)


def recovered_text(recovered: Recovered) -> str | None:
    """What this start added from recovery files, or could not; None if nothing."""
    parts = []
    if recovered.files:
        files = ", ".join(str(path) for path in recovered.files)
        parts.append(
            RecoveryText.tr(
                "Added %Ln hold(s) to the log that could not be saved last time (from {files},"
                " now deleted).",
                "",
                recovered.holds,
            ).format(files=files)
        )
    if recovered.problems:
        problems = message_text(listed(recovered.problems, "; "))
        parts.append(
            RecoveryText.tr("Could not add a recovery file: {problems}.").format(problems=problems)
        )
    return " ".join(parts) if parts else None
