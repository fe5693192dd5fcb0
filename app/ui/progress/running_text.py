"""How "Running and your back" says things: distances, the jump rule, the pain comparison and
each week's tooltip.

The arithmetic and its counts come from app.core.running_load; here they become words. Every
sentence says what happened together and never why.
"""

from __future__ import annotations

import enum

from app.core.running_load import (
    BASELINE_WEEKS,
    JUMP_RISE_PERCENT,
    MIN_SCORED_WEEKS,
    JudgedWeek,
    PainComparison,
    Verdict,
)
from app.ui.progress.progress_text import day_text, held_text


class Measure(enum.Enum):
    """What the running bars measure."""

    DISTANCE = "distance"
    TIME = "time"


NO_RUNS_TEXT = (
    "No runs logged yet. Bring them in with Log → Import runs… (FIT, GPX or TCX files from a"
    " watch, or a Strava export) or type one in with Log → Add a run…; your weekly running"
    " then shows here beside your core work and back pain."
)
RULE_TEXT = (
    f"▲ marks a jump: a week whose running time is more than {JUMP_RISE_PERCENT} % above the"
    f" average of the {BASELINE_WEEKS} weeks before it (after {BASELINE_WEEKS} weeks with no"
    " running, any running counts). “After a jump” means the marked week and the week after"
    f" it. The comparison needs back-pain scores in at least {MIN_SCORED_WEEKS} weeks after a"
    f" jump and {MIN_SCORED_WEEKS} other weeks. Weeks run Monday to Sunday. It shows what"
    " happened together, not what caused what: sleep, work, other training change too."
)


def weeks_text(count: int) -> str:
    return f"{count:,} week" if count == 1 else f"{count:,} weeks"


def runs_text(count: int) -> str:
    return f"{count:,} run" if count == 1 else f"{count:,} runs"


def distance_text(metres: float) -> str:
    """``8.4 km``, ``32.0 km``; whole kilometres from 1,000 km on."""
    km = metres / 1000
    return f"{km:,.0f} km" if km >= 1000 else f"{km:.1f} km"


def comparison_text(comparison: PainComparison, shown_weeks: int) -> str:
    """One plain sentence with its counts about back pain after jumps and in other weeks.

    ``shown_weeks``: how many weeks the chart shows; the comparison may count fewer, from
    the first run on.
    """
    c = comparison
    if c.weeks == 1:
        span = "this week"
    elif c.weeks == shown_weeks:
        span = f"these {weeks_text(c.weeks)}"
    else:
        span = f"the {weeks_text(c.weeks)} since your first run"
    if c.verdict is Verdict.NO_RUNS:
        return f"No runs in {span}."
    if c.verdict is Verdict.NO_SCORES:
        return (
            f"No back-pain scores in {span}: after a workout, note how your back feels"
            " (0 to 10) to see it beside your running."
        )
    if c.verdict is Verdict.NO_JUMPS and c.other_mean is not None:
        return (
            f"No marked jumps in {span}; your back pain averaged {c.other_mean:.1f}"
            f" over the {weeks_text(c.other_weeks)} with a score."
        )
    if c.verdict is Verdict.COMPARED and c.after_mean is not None and c.other_mean is not None:
        jumps = "1 marked jump" if c.jumps == 1 else f"{c.jumps} marked jumps"
        return (
            f"In the {weeks_text(c.after_weeks)} after a marked jump ({jumps}) your back pain"
            f" averaged {c.after_mean:.1f}; in the other {weeks_text(c.other_weeks)} with a"
            f" score, {c.other_mean:.1f}."
        )
    others = "1 other" if c.other_weeks == 1 else f"{c.other_weeks} others"
    return (
        "Not enough data yet: setting back pain after jumps against other weeks needs scores"
        f" in at least {MIN_SCORED_WEEKS} weeks of each; {span} have"
        f" {c.after_weeks} after a jump and {others}."
    )


def load_text(week: JudgedWeek, measure: Measure) -> str:
    """The bar's value in words: ``32.4 km`` or ``3 h 10 min``."""
    if measure is Measure.DISTANCE:
        return distance_text(week.week.distance_m)
    return held_text(week.week.run_seconds)


def _jump_line(judged: JudgedWeek) -> str:
    baseline = judged.baseline_seconds
    if baseline is None:
        return f"Not judged: fewer than {BASELINE_WEEKS} weeks of runs logged before it"
    if baseline == 0:
        if judged.jump:
            return f"▲ Jump: running again after {BASELINE_WEEKS} weeks with none"
        return f"No running in it or the {BASELINE_WEEKS} weeks before"
    rise = judged.rise_percent or 0.0
    words = f"{abs(rise):.0f} % {'above' if rise >= 0 else 'below'}"
    average = f"the {BASELINE_WEEKS} weeks before (average {held_text(baseline)})"
    return f"▲ Jump: {words} {average}" if judged.jump else f"{words.capitalize()} {average}"


def week_tooltip(judged: JudgedWeek, so_far: bool = False) -> str:
    """Every number of one week, a line for each kind."""
    week = judged.week
    lines = [f"Week of {day_text(week.monday)}{' (so far)' if so_far else ''}"]
    if week.runs:
        running = f"Running: {runs_text(week.runs)} on {week.run_days} day"
        running += "" if week.run_days == 1 else "s"
        running += f", {held_text(week.run_seconds)}"
        if week.distance_m > 0:
            running += f", {distance_text(week.distance_m)}"
        lines.append(running)
        if week.runs_without_distance:
            lines.append(
                f"   {runs_text(week.runs_without_distance)} without a distance"
                f" ({held_text(week.seconds_without_distance)})"
            )
    else:
        lines.append("Running: none")
    lines.append(_jump_line(judged))
    if judged.after_jump and not judged.jump:
        lines.append("The week after a jump")
    if week.core_sessions:
        sessions = "1 session" if week.core_sessions == 1 else f"{week.core_sessions} sessions"
        lines.append(f"Core: {sessions}, {held_text(week.held_seconds)} held")
    else:
        lines.append("Core: none")
    if week.pain_mean is not None:
        scores = "1 score" if week.pain_scores == 1 else f"{week.pain_scores} scores"
        lines.append(f"Back pain: {week.pain_mean:.1f} of 10 ({scores})")
    else:
        lines.append("Back pain: no score")
    return "\n".join(lines)
