"""The progress view in German: words from the translation, numbers and dates from QLocale."""

from __future__ import annotations

import pytest

from app.storage.database import SessionLog
from tests.ui.progress.conftest import MONTH_TODAY, PageFactory


@pytest.mark.usefixtures("german")
def test_german_dates_and_numbers_follow_the_locale(
    make_page: PageFactory, month_log: SessionLog
) -> None:
    page = make_page(month_log, MONTH_TODAY)

    # German's own date order, abbreviations and punctuation: "Do., 20. März 2025".
    assert page.as_of.text() == "Stand: Do., 20. März 2025"
    assert page.summary.current_streak.value.text() == "4 Tage"
    assert page.summary.current_streak.detail.text() == "seit Mo., 17. März 2025"
    # A decimal comma in the back-pain average, and a space before the percent sign.
    assert page.chart.pain_trend.text().startswith("Rückenschmerzen im Schnitt 3,9 von 10")
    assert page.summary.this_week.detail.text().startswith("▲ 200 % ggü. Mo bis Do letzter Woche")
    model = page.history_table.model
    assert model.data(model.index(0, 0)) == "Do., 20. März 2025, 07:00"
    assert model.data(model.index(0, 1)) == "Unterarmstütz, Seite L, Seite R"
    assert model.data(model.index(0, 4)) == "Abgeschlossen"


@pytest.mark.usefixtures("german")
def test_german_groups_thousands_with_a_dot(make_page: PageFactory, years_log: SessionLog) -> None:
    page = make_page(years_log, MONTH_TODAY.replace(year=2025, month=12, day=31))

    sessions = page.summary.sessions.value.text()
    assert "." in sessions
    assert sessions.replace(".", "").isdigit()
    assert int(sessions.replace(".", "")) >= 1000
