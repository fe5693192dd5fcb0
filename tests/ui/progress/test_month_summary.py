"""A month of known workouts: the headline numbers, bests and suggestion read exactly right."""

from __future__ import annotations

from datetime import date, timedelta

from app.storage.database import SessionLog
from app.ui.progress import ProgressPage
from app.ui.progress.number_card import NumberCard
from app.ui.progress.progress_text import change_text, held_text
from tests.storage.workouts import berlin, record
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory


def _card(page: ProgressPage, name: str) -> tuple[str, str]:
    card = getattr(page.summary, name)
    assert isinstance(card, NumberCard)
    return card.value.text(), card.detail.text()


def test_the_summary_row_shows_the_month_in_exact_numbers(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    assert _card(page, "sessions") == ("14", "with at least one hold")
    # 4 x 60 + 90 + 90 + 40 + 30 + 120 + 5 x 90 = 1,060 seconds.
    assert _card(page, "held")[0] == "17 min 40 s"
    assert _card(page, "current_streak") == ("4 days", "since Mon, 17 Mar 2025")
    assert _card(page, "longest_streak") == ("5 days", "24 Feb to 28 Feb 2025")
    # This week 450 s against 150 s on Monday to Thursday last week: three times as much.
    assert _card(page, "this_week") == (
        "7 min 30 s",
        "▲ 200% vs Mon to Thu last week\n2 min 30 s in all last week",
    )
    assert page.as_of.text() == "as of Thu, 20 Mar 2025"
    assert page.empty_note.isHidden()


def test_personal_bests_name_the_biggest_workout_and_the_best_week(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    bests = page.bests
    # Plank, both sides and bird dog, 3 rounds each, on Thursday 13 March.
    assert bests.most_rounds.value.text() == "12 rounds"
    assert bests.most_rounds.detail.text() == "in one workout on Thu, 13 Mar 2025"
    assert bests.best_week.value.text() == "7 min 30 s"
    assert bests.best_week.detail.text() == "the week of Mon, 17 Mar 2025"


def test_a_streak_not_yet_continued_today_still_counts_until_tomorrow(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY + timedelta(days=1))
    assert _card(page, "current_streak")[0] == "4 days"
    page = make_page(month_log, MONTH_TODAY + timedelta(days=2))
    assert _card(page, "current_streak") == ("0 days", "a workout today starts one")


def test_the_suggestion_shows_after_three_full_workouts_and_goes_after_a_stopped_one(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(month_log, MONTH_TODAY)
    assert page.suggestion.isVisible()
    assert "try 4 rounds next time" in page.suggestion.text()
    record(month_log, berlin(2025, 3, 20, 19, 0), holds=2)  # stopped after two holds
    page.refresh()
    assert not page.suggestion.isVisible()
    assert _card(page, "sessions")[0] == "15"
    assert _card(page, "this_week")[0] == "7 min 50 s"


def test_an_empty_log_says_so_instead_of_showing_a_wall_of_zeros_alone(
    empty_log: SessionLog, make_page: PageFactory
) -> None:
    page = make_page(empty_log, MONTH_TODAY)
    assert page.empty_note.isVisible()
    assert _card(page, "sessions")[0] == "0"
    assert _card(page, "this_week") == (
        "0 s",
        "nothing Mon to Thu last week either",
    )
    assert page.bests.most_rounds.value.text() == "—"
    assert not page.suggestion.isVisible()
    assert page.chart.day_count() == 30
    assert page.chart.bar_totals() == {}
    assert page.history_table.model.rowCount() == 0
    assert not page.history_table.delete_button.isEnabled()


def test_time_and_week_changes_are_worded_as_a_person_would_say_them() -> None:
    assert [held_text(s) for s in (0, 45, 60, 90, 3600, 3660, 390_125)] == [
        "0 s",
        "45 s",
        "1 min",
        "1 min 30 s",
        "1 h",
        "1 h 1 min",
        "108 h 22 min",
    ]
    assert change_text(60, 120, weekday=6) == ("▼ 50% vs last week", -1)
    assert change_text(120, 120, weekday=2) == ("= same as Mon to Wed last week", 0)
    # Early in a week with nothing yet: no red arrow for a week that has barely begun.
    assert change_text(0, 120, weekday=0) == ("none yet this week", 0)
    assert change_text(30, 0, weekday=4) == ("▲ up from nothing Mon to Fri last week", 1)


def test_this_week_so_far_is_set_against_the_same_days_of_last_week(
    month_log: SessionLog, make_page: PageFactory
) -> None:
    # On Tuesday 18 March: 270 s this week against 30 s on Monday and Tuesday last week
    # (all of last week, with Thursday's 120 s, was 150 s).
    page = make_page(month_log, date(2025, 3, 18))
    assert _card(page, "this_week") == (
        "4 min 30 s",
        "▲ 800% vs Mon to Tue last week\n2 min 30 s in all last week",
    )
