"""How "Running and your back" says things: distances, the jump rule, the pain comparison and
each week's tooltip, in the user's language.

The arithmetic and its counts come from app.core.running_load; here they become words, through
Qt's translator (context ``RunningText``) with numbers, days and months from ``QLocale``
(``progress_text``). Every sentence says what happened together and never why.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject

from app.core.running_load import (
    BASELINE_WEEKS,
    JUMP_RISE_PERCENT,
    MIN_SCORED_WEEKS,
    JudgedWeek,
    PainComparison,
    Verdict,
)
from app.ui.log.menu_paths import ADD_RUN, IMPORT_RUNS, menu_path
from app.ui.progress.progress_text import (
    day_text,
    decimal_text,
    held_text,
    number_text,
)


class RunningText(QObject):
    """The translation context of the running section's words (``RunningText.tr``)."""


class Measure(enum.Enum):
    """What the running bars measure."""

    DISTANCE = "distance"
    TIME = "time"


def no_runs_text() -> str:
    """What the section says before any run is in the log: how to bring runs in."""
    return RunningText.tr(
        "No runs logged yet. Bring them in with {import_runs} (FIT, GPX or TCX files from a"
        " watch, or a Strava export) or type one in with {add_run}; your weekly running then"
        " shows here beside your core work and back pain."
    ).format(
        import_runs=menu_path(IMPORT_RUNS),
        add_run=menu_path(ADD_RUN),
    )


def rule_text() -> str:
    """How a jump is marked and what the comparison needs, and what it cannot tell."""
    return RunningText.tr(
        "▲ marks a jump: a week whose running time is more than {percent}% above the average"
        " of the {weeks} weeks before it (after {weeks} weeks with no running, any running"
        " counts). “After a jump” means the marked week and the week after it. The comparison"
        " needs back-pain scores in at least {minimum} weeks after a jump and {minimum} other"
        " weeks. Weeks run Monday to Sunday. It shows what happened together, not what caused"
        " what: sleep, work, other training change too."
    ).format(
        percent=number_text(JUMP_RISE_PERCENT),
        weeks=number_text(BASELINE_WEEKS),
        minimum=number_text(MIN_SCORED_WEEKS),
    )


def weeks_text(count: int) -> str:
    """``1 week``, ``1,234 weeks``."""
    return RunningText.tr("%Ln week(s)", "", count)


def runs_text(count: int) -> str:
    """``1 run``, ``12 runs``."""
    return RunningText.tr("%Ln run(s)", "", count)


def jumps_text(count: int) -> str:
    """``1 marked jump``, ``4 marked jumps``."""
    return RunningText.tr("%Ln marked jump(s)", "", count)


def distance_text(metres: float) -> str:
    """``8.4 km``, ``32.0 km``; whole kilometres from 1,000 km on."""
    km = metres / 1000
    number = number_text(round(km)) if km >= 1000 else decimal_text(km)
    return RunningText.tr("{km} km").format(km=number)


def percent_text(value: float) -> str:
    """A whole percentage, as the language writes it: ``67%`` (en), ``67 %`` (de, fr)."""
    return RunningText.tr("{percent}%").format(percent=number_text(round(value)))


def _span(comparison: PainComparison, shown_weeks: int) -> str:
    """The weeks the comparison counts, with their preposition: ``in these 13 weeks``."""
    weeks = comparison.weeks
    if weeks == 1:
        return RunningText.tr("in this week")
    if weeks == shown_weeks:
        return RunningText.tr("in these %Ln week(s)", "", weeks)
    return RunningText.tr("in the %Ln week(s) since your first run", "", weeks)


def comparison_text(comparison: PainComparison, shown_weeks: int) -> str:
    """One plain sentence with its counts about back pain after jumps and in other weeks.

    ``shown_weeks``: how many weeks the chart shows; the comparison may count fewer, from
    the first run on.
    """
    c = comparison
    span = _span(c, shown_weeks)
    if c.verdict is Verdict.NO_RUNS:
        return RunningText.tr("No runs {span}.").format(span=span)
    if c.verdict is Verdict.NO_SCORES:
        return RunningText.tr(
            "No back-pain scores {span}: after a workout, note how your back feels (0 to 10)"
            " to see it beside your running."
        ).format(span=span)
    if c.verdict is Verdict.NO_JUMPS and c.other_mean is not None:
        return RunningText.tr(
            "No marked jumps {span}; your back pain averaged {score} over the %Ln week(s)"
            " with a score.",
            "",
            c.other_weeks,
        ).format(span=span, score=decimal_text(c.other_mean))
    if c.verdict is Verdict.COMPARED and c.after_mean is not None and c.other_mean is not None:
        after_weeks = RunningText.tr("In the %Ln week(s) after a marked jump", "", c.after_weeks)
        jumps = jumps_text(c.jumps)
        other_weeks = RunningText.tr("in the other %Ln week(s) with a score", "", c.other_weeks)
        sentence = RunningText.tr(
            "{after_weeks} ({jumps}) your back pain averaged {after}; {other_weeks}, {other}."
        )
        return sentence.format(
            after_weeks=after_weeks,
            jumps=jumps,
            after=decimal_text(c.after_mean),
            other_weeks=other_weeks,
            other=decimal_text(c.other_mean),
        )
    return RunningText.tr(
        "Not enough data yet: setting back pain after jumps against other weeks needs scores"
        " in at least {minimum} weeks of each; scored {span}: {after} after a jump, {others}.",
    ).format(
        minimum=number_text(MIN_SCORED_WEEKS),
        span=span,
        after=number_text(c.after_weeks),
        others=RunningText.tr("%Ln other(s)", "weeks with a score", c.other_weeks),
    )


def _jump_line(judged: JudgedWeek) -> str:
    weeks = number_text(BASELINE_WEEKS)
    baseline = judged.baseline_seconds
    if baseline is None:
        return RunningText.tr(
            "Not judged: fewer than {weeks} weeks of runs logged before it"
        ).format(weeks=weeks)
    if baseline == 0:
        if judged.jump:
            return RunningText.tr("▲ Jump: running again after {weeks} weeks with none").format(
                weeks=weeks
            )
        return RunningText.tr("No running in it or the {weeks} weeks before").format(weeks=weeks)
    rise = judged.rise_percent or 0.0
    if judged.jump:
        template = RunningText.tr(
            "▲ Jump: {percent} above the {weeks} weeks before (average {time})"
        )
    elif rise >= 0:
        template = RunningText.tr("{percent} above the {weeks} weeks before (average {time})")
    else:
        template = RunningText.tr("{percent} below the {weeks} weeks before (average {time})")
    return template.format(percent=percent_text(abs(rise)), weeks=weeks, time=held_text(baseline))


def week_tooltip(judged: JudgedWeek, so_far: bool = False) -> str:
    """Every number of one week, a line for each kind."""
    week = judged.week
    if so_far:
        lines = [RunningText.tr("Week of {day} (so far)").format(day=day_text(week.monday))]
    else:
        lines = [RunningText.tr("Week of {day}").format(day=day_text(week.monday))]
    if week.runs:
        values = {
            "runs": runs_text(week.runs),
            "time": held_text(week.run_seconds),
            "distance": distance_text(week.distance_m),
        }
        if week.distance_m > 0:
            running = RunningText.tr(
                "Running: {runs} on %Ln day(s), {time}, {distance}", "", week.run_days
            )
        else:
            running = RunningText.tr("Running: {runs} on %Ln day(s), {time}", "", week.run_days)
        lines.append(running.format(**values))
        if week.runs_without_distance:
            # Indented: a detail of the running line above.
            lines.append(
                "   "
                + RunningText.tr(
                    "%Ln run(s) without a distance ({time})", "", week.runs_without_distance
                ).format(time=held_text(week.seconds_without_distance))
            )
    else:
        lines.append(RunningText.tr("Running: none"))
    lines.append(_jump_line(judged))
    if judged.after_jump and not judged.jump:
        lines.append(RunningText.tr("The week after a jump"))
    if week.core_sessions:
        lines.append(
            RunningText.tr("Core: %Ln session(s), {time} held", "", week.core_sessions).format(
                time=held_text(week.held_seconds)
            )
        )
    else:
        lines.append(RunningText.tr("Core: none"))
    if week.pain_mean is not None:
        lines.append(
            RunningText.tr("Back pain: {score} of 10 (%Ln score(s))", "", week.pain_scores).format(
                score=decimal_text(week.pain_mean)
            )
        )
    else:
        lines.append(RunningText.tr("Back pain: no score"))
    return "\n".join(lines)
