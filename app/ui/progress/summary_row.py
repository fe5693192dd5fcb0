"""The headline numbers across the top of the progress page, and the personal bests."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.storage.bests import PersonalBests
from app.storage.statistics import Summary
from app.ui.progress.chart_theme import ChartTheme
from app.ui.progress.number_card import NumberCard
from app.ui.progress.progress_text import (
    change_text,
    day_text,
    days_text,
    held_text,
    number_text,
    streak_span_text,
)

BEST_VALUE_PIXELS = 22


class SummaryRow(QWidget):
    """Workouts, time held, current and longest streak, and this week against the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = NumberCard(self.tr("Workouts"), self)
        self.held = NumberCard(self.tr("Time held"), self)
        self.current_streak = NumberCard(self.tr("Current streak"), self)
        self.longest_streak = NumberCard(self.tr("Longest streak"), self)
        self.this_week = NumberCard(self.tr("This week"), self)
        # As tall as the tallest card, and every card stretched to that height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards():
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout.addWidget(card)

    def cards(self) -> list[NumberCard]:
        return [
            self.sessions,
            self.held,
            self.current_streak,
            self.longest_streak,
            self.this_week,
        ]

    def show_summary(
        self, summary: Summary, theme: ChartTheme, last_week_so_far: float, weekday: int
    ) -> None:
        """``last_week_so_far``: seconds held last week up to today's ``weekday`` (0 Monday)."""
        self.sessions.set_value(number_text(summary.sessions), self.tr("with at least one hold"))
        self.held.set_value(held_text(summary.seconds_held), self.tr("in all holds together"))
        current = summary.current_streak
        if current.length and current.first is not None:
            since = self.tr("since {day}").format(day=day_text(current.first))
        else:
            since = self.tr("a workout today starts one")
        self.current_streak.set_value(days_text(current.length), since)
        longest = summary.longest_streak
        self.longest_streak.set_value(days_text(longest.length), streak_span_text(longest))
        change, direction = change_text(summary.this_week_seconds, last_week_so_far, weekday)
        if weekday < 6 and summary.last_week_seconds > 0:
            change += "\n" + self.tr("{time} in all last week").format(
                time=held_text(summary.last_week_seconds)
            )
        colour = {1: theme.up, -1: theme.down}.get(direction)
        self.this_week.set_value(held_text(summary.this_week_seconds), change, colour)


class BestsColumn(QWidget):
    """Personal bests a user is proud of, one above the other: biggest workout, best week."""

    def __init__(self, heading: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most_rounds = NumberCard(self.tr("Best workout"), self)
        self.best_week = NumberCard(self.tr("Best week"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading.setParent(self)
        layout.addWidget(heading)
        for card in (self.most_rounds, self.best_week):
            card.set_value_pixels(BEST_VALUE_PIXELS)
            layout.addWidget(card)
        layout.addStretch(1)

    def show_bests(self, bests: PersonalBests) -> None:
        if bests.most_rounds_day is None:
            self.most_rounds.set_value("—", self.tr("no rounds done yet"))
        else:
            self.most_rounds.set_value(
                self.tr("%Ln round(s)", "", bests.most_rounds),
                self.tr("in one workout on {day}").format(day=day_text(bests.most_rounds_day)),
            )
        if bests.best_week_start is None:
            self.best_week.set_value("—", self.tr("no holds yet"))
        else:
            self.best_week.set_value(
                held_text(bests.best_week_seconds),
                self.tr("the week of {day}").format(day=day_text(bests.best_week_start)),
            )
