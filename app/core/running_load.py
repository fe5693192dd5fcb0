"""Weekly running load beside core work and back pain: the jump rule and the pain comparison.

Weeks run Monday to Sunday on local calendar days, as streaks count them
(:func:`app.core.streaks.week_start`). The storage layer sums each week in SQL; the rules live
here, in plain arithmetic that tests drive without a database.

The jump rule: a week is *marked* when its running time is more than 30 % above the average
of the four weeks before it. After four weeks with no running at all that average is 0, so
any running counts as a jump (a return after a break loads the back as much as a sudden rise).
A week is judged only when all four weeks before it lie on or after the week of the first run
in the log: what came before that is unknown, not "no running".

*After a jump* means the marked week itself and the week after it. The comparison sets the
mean weekly back pain of those weeks against the other weeks' (each week's mean weighs the
same), counting only weeks that have a score. It says what happened together, never why.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.streaks import week_start

JUMP_RISE_PERCENT = 30
BASELINE_WEEKS = 4
# Enough weeks before the first shown one to judge the week before it, whose jump would make
# the first shown week one "after a jump".
LEAD_IN_WEEKS = BASELINE_WEEKS + 1
MIN_SCORED_WEEKS = 4
"""The comparison needs back-pain scores in this many weeks after a jump and as many others."""

_ONE_WEEK = timedelta(weeks=1)


@dataclass(frozen=True)
class Week:
    """What one week (Monday to Sunday) held: runs, core sessions and back-pain scores.

    ``run_seconds`` is running time (moving time where known, else elapsed); ``distance_m``
    sums the runs that have a distance, and ``runs_without_distance`` counts the others
    (treadmill runs, runs added by hand without km) with their ``seconds_without_distance``.
    """

    monday: date
    runs: int = 0
    run_days: int = 0
    run_seconds: float = 0.0
    distance_m: float = 0.0
    runs_without_distance: int = 0
    seconds_without_distance: float = 0.0
    core_sessions: int = 0
    held_seconds: float = 0.0
    pain_scores: int = 0
    pain_mean: float | None = None


@dataclass(frozen=True)
class JudgedWeek:
    """A week with the jump rule applied. ``baseline_seconds`` is None when not judged."""

    week: Week
    baseline_seconds: float | None
    jump: bool
    after_jump: bool
    """The marked week itself, or the week after a marked one."""

    @property
    def rise_percent(self) -> float | None:
        """Running time against the baseline, in percent; None if not judged or from none."""
        if not self.baseline_seconds:
            return None
        return (self.week.run_seconds / self.baseline_seconds - 1) * 100


class Verdict(enum.Enum):
    """What the comparison can say about the weeks it was given."""

    NO_RUNS = "no_runs"
    """No running at all in the compared weeks."""
    NO_SCORES = "no_scores"
    """No back-pain score in the compared weeks."""
    TOO_FEW = "too_few"
    """Fewer than MIN_SCORED_WEEKS scored weeks after a jump, or other scored weeks."""
    NO_JUMPS = "no_jumps"
    """No marked jump; enough scored weeks to give their average."""
    COMPARED = "compared"


@dataclass(frozen=True)
class PainComparison:
    """Back pain in the weeks after a jump against the other weeks, with the counts."""

    verdict: Verdict
    weeks: int
    """Weeks compared: the shown weeks from the first run's week on."""
    jumps: int
    after_weeks: int
    """Scored weeks after a jump (the jump week or the one after it)."""
    after_mean: float | None
    other_weeks: int
    other_mean: float | None


@dataclass(frozen=True)
class LoadReport:
    """The shown weeks, judged, and the comparison over them."""

    weeks: tuple[JudgedWeek, ...]
    comparison: PainComparison
    running_since: date | None
    """The Monday of the first run's week in the whole log; None with no runs at all."""


def mondays(first: date, last: date) -> list[date]:
    """The Mondays of every week from ``first``'s to ``last``'s, oldest first."""
    monday, end = week_start(first), week_start(last)
    found = []
    while monday <= end:
        found.append(monday)
        monday += _ONE_WEEK
    return found


def fill_weeks(first: date, last: date, found: Iterable[Week]) -> list[Week]:
    """Every week from ``first``'s to ``last``'s: those ``found``, empty ones in between."""
    by_monday = {week.monday: week for week in found}
    return [by_monday.get(monday, Week(monday)) for monday in mondays(first, last)]


def is_jump(run_seconds: float, before: Sequence[float]) -> bool:
    """More than 30 % over the average of ``before``: in whole numbers, 100 x > 130 mean."""
    # Multiplied out rather than divided, so 130 % of the average is never a jump by rounding.
    return run_seconds * 100 * len(before) > (100 + JUMP_RISE_PERCENT) * sum(before)


def judge(weeks: Sequence[Week], running_since: date | None) -> list[JudgedWeek]:
    """Apply the jump rule to consecutive weeks (oldest first).

    The first BASELINE_WEEKS weeks given are never judged (their baseline is not given), nor
    is any week whose four weeks before reach back before ``running_since``'s week.
    """
    since = week_start(running_since) if running_since is not None else None
    judged: list[JudgedWeek] = []
    for index, week in enumerate(weeks):
        if index and week.monday != weeks[index - 1].monday + _ONE_WEEK:
            raise ValueError(
                f"weeks must be consecutive Mondays, got {week.monday} after "
                f"{weeks[index - 1].monday}"
            )
        before = [w.run_seconds for w in weeks[max(0, index - BASELINE_WEEKS) : index]]
        first_before = week.monday - BASELINE_WEEKS * _ONE_WEEK
        known = since is not None and len(before) == BASELINE_WEEKS and first_before >= since
        jump = known and is_jump(week.run_seconds, before)
        previous_jump = bool(judged) and judged[-1].jump
        judged.append(
            JudgedWeek(
                week,
                sum(before) / BASELINE_WEEKS if known else None,
                jump,
                jump or previous_jump,
            )
        )
    return judged


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def compare_pain(weeks: Sequence[JudgedWeek], running_since: date | None) -> PainComparison:
    """Mean weekly back pain after a jump against the other weeks, from the first run on."""
    since = week_start(running_since) if running_since is not None else None
    counted = [w for w in weeks if since is not None and w.week.monday >= since]
    after = [w.week.pain_mean for w in counted if w.after_jump and w.week.pain_mean is not None]
    other = [w.week.pain_mean for w in counted if not w.after_jump and w.week.pain_mean is not None]
    jumps = sum(w.jump for w in counted)
    if not any(w.week.run_seconds > 0 for w in counted):
        verdict = Verdict.NO_RUNS
    elif not after and not other:
        verdict = Verdict.NO_SCORES
    elif jumps == 0:
        verdict = Verdict.NO_JUMPS if len(other) >= MIN_SCORED_WEEKS else Verdict.TOO_FEW
    elif len(after) >= MIN_SCORED_WEEKS and len(other) >= MIN_SCORED_WEEKS:
        verdict = Verdict.COMPARED
    else:
        verdict = Verdict.TOO_FEW
    return PainComparison(
        verdict, len(counted), jumps, len(after), _mean(after), len(other), _mean(other)
    )


def load_report(weeks: Sequence[Week], shown_from: date, running_since: date | None) -> LoadReport:
    """Judge ``weeks`` (which start LEAD_IN_WEEKS or more before ``shown_from``'s week, when
    the log goes back so far) and compare pain over the weeks from ``shown_from``'s on."""
    first_shown = week_start(shown_from)
    shown = tuple(w for w in judge(weeks, running_since) if w.week.monday >= first_shown)
    since = week_start(running_since) if running_since is not None else None
    return LoadReport(shown, compare_pain(shown, running_since), since)
