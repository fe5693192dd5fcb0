"""The sentence under "Running and your back" for each thing the data can say, and the axis
ticks of weekly charts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.running_load import PainComparison, Verdict
from app.ui.progress.chart_ticks import distance_ticks, duration_ticks, week_ticks
from app.ui.progress.running_text import comparison_text, distance_text


def _comparison(verdict: Verdict, **counts: float | int | None) -> PainComparison:
    values: dict[str, float | int | None] = {
        "weeks": 37,
        "jumps": 4,
        "after_weeks": 6,
        "after_mean": 4.1,
        "other_weeks": 31,
        "other_mean": 2.3,
    }
    values.update(counts)
    return PainComparison(verdict, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("comparison", "shown", "text"),
    [
        pytest.param(
            _comparison(Verdict.COMPARED),
            37,
            "In the 6 weeks after a marked jump (4 marked jumps) your back pain averaged 4.1;"
            " in the other 31 weeks with a score, 2.3.",
            id="compared",
        ),
        pytest.param(
            _comparison(Verdict.COMPARED, jumps=1, after_weeks=4, after_mean=1.25),
            52,
            "In the 4 weeks after a marked jump (1 marked jump) your back pain averaged 1.3;"
            " in the other 31 weeks with a score, 2.3.",
            id="one jump",
        ),
        pytest.param(
            _comparison(Verdict.TOO_FEW, after_weeks=1, other_weeks=1),
            37,
            "Not enough data yet: setting back pain after jumps against other weeks needs"
            " scores in at least 4 weeks of each; scored in these 37 weeks: 1 after a jump,"
            " 1 other.",
            id="too few",
        ),
        pytest.param(
            _comparison(Verdict.NO_JUMPS, jumps=0, after_weeks=0, after_mean=None),
            52,
            "No marked jumps in the 37 weeks since your first run; your back pain averaged"
            " 2.3 over the 31 weeks with a score.",
            id="no jumps",
        ),
        pytest.param(
            _comparison(Verdict.NO_SCORES, after_weeks=0, other_weeks=0),
            37,
            "No back-pain scores in these 37 weeks: after a workout, note how your back feels"
            " (0 to 10) to see it beside your running.",
            id="no scores",
        ),
        pytest.param(
            _comparison(Verdict.NO_RUNS, weeks=13), 13, "No runs in these 13 weeks.", id="no runs"
        ),
        pytest.param(
            _comparison(Verdict.NO_RUNS, weeks=1), 52, "No runs in this week.", id="one week"
        ),
    ],
)
def test_the_sentence_says_what_happened_together_with_its_counts(
    comparison: PainComparison, shown: int, text: str
) -> None:
    said = comparison_text(comparison, shown)
    assert said == text
    for claim in ("because", "caused", "causes", "due to", "made your"):
        assert claim not in said


def test_distances_read_in_kilometres() -> None:
    assert distance_text(8_440) == "8.4 km"
    assert distance_text(1_234_567) == "1,235 km"


def test_weekly_ticks_name_mondays_months_or_years_by_the_range() -> None:
    quarter = tuple(date(2025, 1, 6) + timedelta(weeks=i) for i in range(13))
    assert week_ticks(quarter)[0][:3] == [(0.0, "6 Jan"), (1.0, "13 Jan"), (2.0, "20 Jan")]
    year = tuple(date(2024, 12, 30) + timedelta(weeks=i) for i in range(52))
    months = [label for _, label in week_ticks(year)[0]]
    assert months[:3] == ["Jan 2025", "Feb", "Mar"]
    assert len(months) == 12
    decade = tuple(date(2016, 1, 4) + timedelta(weeks=i) for i in range(522))
    years = [label for _, label in week_ticks(decade)[0]]
    assert years == [str(year) for year in range(2017, 2026)]


def test_time_and_distance_ticks_are_round_and_few() -> None:
    assert [label for _, label in duration_ticks(5.5 * 3600)[0]] == [
        "0",
        "1 h",
        "2 h",
        "3 h",
        "4 h",
        "5 h",
    ]
    assert [label for _, label in duration_ticks(25 * 60, most=2)[0]] == ["0", "15 min"]
    assert [label for _, label in duration_ticks(100 * 60)[0]] == [
        "0",
        "30 min",
        "1 h",
        "1 h 30",
    ]
    assert [label for _, label in distance_ticks(57_000)[0]] == ["0", "10", "20", "30", "40", "50"]
    assert [label for _, label in distance_ticks(130_000)[0]] == [
        "0",
        "25",
        "50",
        "75",
        "100",
        "125",
    ]
