"""The headline numbers across the top of the progress page, and the personal bests."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.storage.bests import PersonalBests
from app.storage.statistics import Summary
from app.ui.progress.chart_theme import ChartTheme
from app.ui.progress.number_card import NumberCard
from app.ui.progress.progress_text import (
    change_text,
    day_text,
    days_text,
    held_text,
    streak_span_text,
)

BEST_VALUE_PIXELS = 22


class SummaryRow(QWidget):
    """Workouts, time held, current and longest streak, and this week against the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = NumberCard("Workouts", self)
        self.held = NumberCard("Time held", self)
        self.current_streak = NumberCard("Current streak", self)
        self.longest_streak = NumberCard("Longest streak", self)
        self.this_week = NumberCard("This week", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards():
            layout.addWidget(card)

    def cards(self) -> list[NumberCard]:
        return [
            self.sessions,
            self.held,
            self.current_streak,
            self.longest_streak,
            self.this_week,
        ]

    def show_summary(self, summary: Summary, theme: ChartTheme) -> None:
        self.sessions.set_value(f"{summary.sessions:,}", "logged")
        self.held.set_value(held_text(summary.seconds_held), "in all holds together")
        current = summary.current_streak
        if current.length and current.first is not None:
            since = f"since {day_text(current.first)}"
        else:
            since = "a workout today starts one"
        self.current_streak.set_value(days_text(current.length), since)
        longest = summary.longest_streak
        self.longest_streak.set_value(days_text(longest.length), streak_span_text(longest))
        change, direction = change_text(summary.this_week_seconds, summary.last_week_seconds)
        colour = {1: theme.up, -1: theme.down}.get(direction)
        self.this_week.set_value(held_text(summary.this_week_seconds), change, colour)


class BestsRow(QWidget):
    """Personal bests a user is proud of: the biggest workout and the best week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most_rounds = NumberCard("Best workout", self)
        self.best_week = NumberCard("Best week", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in (self.most_rounds, self.best_week):
            font = card.value.font()
            font.setPixelSize(BEST_VALUE_PIXELS)
            card.value.setFont(font)
            layout.addWidget(card)

    def show_bests(self, bests: PersonalBests) -> None:
        if bests.most_rounds_day is None:
            self.most_rounds.set_value("—", "no rounds done yet")
        else:
            self.most_rounds.set_value(
                f"{bests.most_rounds} rounds", f"in one workout, {day_text(bests.most_rounds_day)}"
            )
        if bests.best_week_start is None:
            self.best_week.set_value("—", "no holds yet")
        else:
            self.best_week.set_value(
                held_text(bests.best_week_seconds),
                f"held in the week of {day_text(bests.best_week_start)}",
            )
