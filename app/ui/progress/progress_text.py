"""How the progress view writes numbers, days and exercises in words, in the user's language.

One place for the wording, so the cards, the chart tooltips, the heat map and the history
table all say "1 min 30 s" and "Thu, 13 Mar 2025" the same way. Words come from Qt's
translator; numbers, day and month names and the order of a date's parts come from
``QLocale`` (the default locale: the desktop's, or the language chosen in Settings), never
from a hand-made format.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from app.core.run import MANUAL_SOURCE, Run, Sport
from app.core.streaks import Streak
from app.ui.exercise_names import legend_label, short_label


class ProgressText(QObject):
    """The translation context of the progress view's words (``ProgressText.tr``)."""


def number_text(value: int) -> str:
    """A whole number as the locale writes it: ``1,234`` (en), ``1.234`` (de)."""
    return QLocale().toString(value)


def decimal_text(value: float) -> str:
    """A number with one decimal as the locale writes it: ``3.9`` (en), ``3,9`` (de)."""
    return QLocale().toString(value, "f", 1)


def held_text(seconds: float) -> str:
    """``45 s``, ``1 min 30 s``, ``12 min``, ``108 h 20 min``: whole seconds, no zeros."""
    total = round(seconds)
    if total < 60:
        return ProgressText.tr("{seconds} s").format(seconds=number_text(total))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        if minutes:
            return ProgressText.tr("{hours} h {minutes} min").format(
                hours=number_text(hours), minutes=number_text(minutes)
            )
        return ProgressText.tr("{hours} h").format(hours=number_text(hours))
    if secs:
        return ProgressText.tr("{minutes} min {seconds} s").format(
            minutes=number_text(minutes), seconds=number_text(secs)
        )
    return ProgressText.tr("{minutes} min").format(minutes=number_text(minutes))


def days_text(count: int) -> str:
    return ProgressText.tr("%Ln day(s)", "", count)


def _date_format(*, weekday: bool = True, year: bool = True) -> str:
    """The locale's long date format with short names, optionally without weekday or year.

    ``dddd, d MMMM yyyy`` (en_GB) becomes ``ddd, d MMM yyyy``; ``dddd, d. MMMM yyyy`` (de)
    becomes ``ddd, d. MMM yyyy``: each language keeps its own order and punctuation.
    """
    text = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    text = text.replace("dddd", "ddd").replace("MMMM", "MMM")
    if not weekday:
        text = re.sub(r"d{3,4}[\s,.]*", "", text, count=1)
    if not year:
        text = re.sub(r"[\s,.]*(?:'[^']*'\s*)?y+", "", text)
    return text.strip()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """``Thu, 13 Mar 2025``: the weekday helps people place a day in their week."""
    return QLocale().toString(_qdate(day), _date_format())


def short_day_text(day: date) -> str:
    """``13 Mar``, for axis ticks and date ranges within a year."""
    return QLocale().toString(_qdate(day), _date_format(weekday=False, year=False))


def month_text(day: date, *, with_year: bool = False) -> str:
    """The short name of ``day``'s month (``Mar``), with its year for January's label."""
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{name} {day.year}" if with_year else name


def year_text(day: date) -> str:
    """``day``'s year as the locale writes a year alone: ``2025``, never ``2,025``."""
    return QLocale().toString(_qdate(day), "yyyy")


def two_digits(value: int) -> str:
    """A number from 0 to 99 with two of the locale's digits: ``05``, for minutes after hours."""
    locale = QLocale()
    return locale.toString(value).rjust(2, locale.zeroDigit())


def weekday_text(weekday: int) -> str:
    """The short name of a weekday, 0 Monday: ``Mon``."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """``Thu, 13 Mar 2025, 07:05`` in the offset the user had then."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return ProgressText.tr("{day}, {time}", "a date, then a time of day").format(
        day=day_text(moment.date()), time=time
    )


def moment_format() -> str:
    """What :func:`moment_text` writes, as a format for a date-time editor:
    ``ddd, d MMM yyyy, HH:mm``; the words between the parts quoted, as Qt reads them."""
    time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    template = ProgressText.tr("{day}, {time}", "a date, then a time of day")
    parts = re.split(r"(\{day\}|\{time\})", template)
    fields = {"{day}": _date_format(), "{time}": time}
    return "".join(
        fields.get(part) or (f"'{part.replace(chr(39), chr(39) * 2)}'" if part else "")
        for part in parts
    )


def sport_text(sport: Sport) -> str:
    """The kind of run, as the runs table and the add-a-run form name it."""
    match sport:
        case Sport.RUN:
            return ProgressText.tr("Run", "a kind of run")
        case Sport.TRAIL_RUN:
            return ProgressText.tr("Trail run")
        case Sport.TREADMILL:
            return ProgressText.tr("Treadmill")
    return sport.title


def source_text(run: Run) -> str:
    """Where a run came from: its file's name, or "added by hand" in the user's words."""
    if run.source_hash is None and run.source_name == MANUAL_SOURCE:
        return ProgressText.tr("added by hand")
    return run.source_name


def streak_span_text(streak: Streak) -> str:
    """The dates a streak ran, or an empty string when there is none."""
    if streak.first is None or streak.last is None:
        return ""
    if streak.first == streak.last:
        return day_text(streak.first)
    if streak.first.year == streak.last.year:
        return ProgressText.tr("{first} to {last} {year}").format(
            first=short_day_text(streak.first),
            last=short_day_text(streak.last),
            year=streak.last.year,
        )
    return ProgressText.tr("{first} to {last}").format(
        first=day_text(streak.first), last=day_text(streak.last)
    )


def days_so_far_text(weekday: int) -> str:
    """Last week's days up to today's weekday: ``last week``, ``Mon last week``, ``Mon to Thu``."""
    if weekday >= 6:
        return ProgressText.tr("last week")
    if weekday == 0:
        return ProgressText.tr("{day} last week").format(day=weekday_text(0))
    return ProgressText.tr("{first} to {last} last week").format(
        first=weekday_text(0), last=weekday_text(weekday)
    )


def change_text(this_week: float, last_week: float, weekday: int = 6) -> tuple[str, int]:
    """This week so far against the same days of last week; direction 1 up, 0 level, -1 down.

    ``weekday`` is today's (0 Monday): on a Wednesday this week has had three days, so it is
    set against last Monday to Wednesday, not against all of last week.
    """
    span = days_so_far_text(weekday)
    if last_week <= 0:
        if this_week <= 0:
            return ProgressText.tr("nothing {span} either").format(span=span), 0
        return ProgressText.tr("▲ up from nothing {span}").format(span=span), 1
    if this_week <= 0:
        # The week may have just begun: no arrow, no percentage to feel bad about.
        return ProgressText.tr("none yet this week"), 0
    percent = round((this_week - last_week) / last_week * 100)
    if percent > 0:
        text = ProgressText.tr("▲ {percent}% vs {span}")
        return text.format(percent=number_text(percent), span=span), 1
    if percent < 0:
        text = ProgressText.tr("▼ {percent}% vs {span}")
        return text.format(percent=number_text(-percent), span=span), -1
    return ProgressText.tr("= same as {span}").format(span=span), 0


def pain_trend_text(recent: list[float], before: list[float], days: int) -> str:
    """The back-pain scores of the shown days against the same number of days before."""
    if not recent:
        return ProgressText.tr("No back-pain scores in these %Ln days", "", days)
    now = decimal_text(sum(recent) / len(recent))
    text = ProgressText.tr("Back pain averaged {score} of 10 in these %Ln days", "", days).format(
        score=now
    )
    if not before:
        return text
    then_value = sum(before) / len(before)
    then = decimal_text(then_value)
    if now == then:
        return ProgressText.tr("{text}, the same as the %Ln days before", "", days).format(
            text=text
        )
    if sum(recent) / len(recent) < then_value:
        return ProgressText.tr("{text}, down from {score} in the %Ln days before", "", days).format(
            text=text, score=then
        )
    return ProgressText.tr("{text}, up from {score} in the %Ln days before", "", days).format(
        text=text, score=then
    )


def exercise_name(key: str) -> str:
    """The legend's name of an exercise key: built-ins spelled out, custom ones capitalised."""
    return legend_label(key)


def exercises_text(keys: tuple[str, ...]) -> str:
    """The history table's short list: ``Plank, Side L, Side R, Bird dog``."""
    return ", ".join(short_label(key) for key in keys)


def status_text(status: str) -> str:
    match status:
        case "completed":
            return ProgressText.tr("Completed")
        case "stopped":
            return ProgressText.tr("Stopped")
        case "interrupted":
            return ProgressText.tr("Interrupted")
        case "in_progress":
            return ProgressText.tr("In progress")
    return status.replace("_", " ").capitalize()


def score_text(score: int) -> str:
    """A back-pain score: ``4 of 10``."""
    return ProgressText.tr("{score} of 10").format(score=number_text(score))
