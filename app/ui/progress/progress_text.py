"""How the progress view writes numbers, days and exercises in words.

One place for the wording, so the cards, the chart tooltips, the heat map and the history
table all say "1 min 30 s" and "Thu 13 Mar 2025" the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from app.core.exercise import exercise_for
from app.core.streaks import Streak

_SHORT_EXERCISE = {"plank": "Plank", "side-left": "Side L", "side-right": "Side R"}
_LONG_EXERCISE = {
    "plank": "Plank",
    "side-left": "Side plank, left",
    "side-right": "Side plank, right",
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_STATUS = {
    "completed": "Completed",
    "stopped": "Stopped",
    "interrupted": "Interrupted",
    "in_progress": "In progress",
}


def held_text(seconds: float) -> str:
    """``45 s``, ``1 min 30 s``, ``12 min``, ``108 h 20 min``: whole seconds, no zeros."""
    total = round(seconds)
    if total < 60:
        return f"{total} s"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours:,} h {minutes} min" if minutes else f"{hours:,} h"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def days_text(count: int) -> str:
    return f"{count:,} day" if count == 1 else f"{count:,} days"


def day_text(day: date) -> str:
    """``Thu 13 Mar 2025``: the weekday helps people place a day in their week."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def short_day_text(day: date) -> str:
    """``13 Mar``, for axis ticks and date ranges within a year."""
    return f"{day.day} {day:%b}"


def moment_text(moment: datetime) -> str:
    """``Thu 13 Mar 2025, 07:05`` in the offset the user had then."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def streak_span_text(streak: Streak) -> str:
    """The dates a streak ran, or an empty string when there is none."""
    if streak.first is None or streak.last is None:
        return ""
    if streak.first == streak.last:
        return day_text(streak.first)
    if streak.first.year == streak.last.year:
        return f"{short_day_text(streak.first)} to {short_day_text(streak.last)} {streak.last.year}"
    return f"{day_text(streak.first)} to {day_text(streak.last)}"


def days_so_far_text(weekday: int) -> str:
    """Last week's days up to today's weekday: ``last week``, ``Mon last week``, ``Mon to Thu``."""
    if weekday >= 6:
        return "last week"
    if weekday == 0:
        return "Mon last week"
    return f"Mon to {_WEEKDAYS[weekday]} last week"


def change_text(this_week: float, last_week: float, weekday: int = 6) -> tuple[str, int]:
    """This week so far against the same days of last week; direction 1 up, 0 level, -1 down.

    ``weekday`` is today's (0 Monday): on a Wednesday this week has had three days, so it is
    set against last Monday to Wednesday, not against all of last week.
    """
    span = days_so_far_text(weekday)
    if last_week <= 0:
        if this_week <= 0:
            return f"nothing {span} either", 0
        return f"▲ up from nothing {span}", 1
    if this_week <= 0:
        # The week may have just begun: no arrow, no percentage to feel bad about.
        return "none yet this week", 0
    percent = round((this_week - last_week) / last_week * 100)
    if percent > 0:
        return f"▲ {percent}% vs {span}", 1
    if percent < 0:
        return f"▼ {-percent}% vs {span}", -1
    return f"= same as {span}", 0


def pain_trend_text(recent: list[float], before: list[float], days: int) -> str:
    """The back-pain scores of the shown days against the same number of days before."""
    if not recent:
        return f"No back-pain scores in these {days} days"
    now = sum(recent) / len(recent)
    text = f"Back pain averaged {now:.1f} of 10 in these {days} days"
    if not before:
        return text
    then = sum(before) / len(before)
    if f"{now:.1f}" == f"{then:.1f}":
        return f"{text}, the same as the {days} days before"
    way = "down" if now < then else "up"
    return f"{text}, {way} from {then:.1f} in the {days} days before"


def exercise_name(key: str) -> str:
    """The legend's name of an exercise key: built-ins spelled out, custom ones capitalised."""
    return _LONG_EXERCISE.get(key) or exercise_for(key).title


def exercises_text(keys: tuple[str, ...]) -> str:
    """The history table's short list: ``Plank, Side L, Side R, Bird dog``."""
    return ", ".join(_SHORT_EXERCISE.get(key) or exercise_for(key).title for key in keys)


def status_text(status: str) -> str:
    return _STATUS.get(status, status.replace("_", " ").capitalize())
