"""The daily reminder's next moment, in local time."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from app.core.reminder import next_reminder, parse_reminder_time

BERLIN = ZoneInfo("Europe/Berlin")


def test_later_today_when_the_time_is_still_ahead() -> None:
    now = datetime(2026, 11, 25, 9, 15, tzinfo=BERLIN)
    assert next_reminder(now, time(18, 30)) == datetime(2026, 11, 25, 18, 30, tzinfo=BERLIN)


def test_tomorrow_once_the_time_has_passed_or_is_now() -> None:
    at = time(18, 30)
    assert next_reminder(datetime(2026, 11, 25, 18, 30, tzinfo=BERLIN), at).day == 26
    assert next_reminder(datetime(2026, 11, 25, 23, 59, tzinfo=BERLIN), at) == datetime(
        2026, 11, 26, 18, 30, tzinfo=BERLIN
    )


def test_the_wall_clock_time_is_kept_across_daylight_saving() -> None:
    # The clocks go back on 25 October 2026 in Berlin: still 18:30 local the next day.
    now = datetime(2026, 10, 24, 20, 0, tzinfo=BERLIN)
    due = next_reminder(now, time(18, 30))
    assert (due.day, due.hour, due.minute) == (25, 18, 30)
    assert due.utcoffset() != now.utcoffset()


@pytest.mark.parametrize("text", ["25:00", "7", "18:61", "noon", ""])
def test_bad_times_get_a_one_line_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"reminder time must be HH:MM \(24-hour\)"):
        parse_reminder_time(text)


def test_good_times_parse() -> None:
    assert parse_reminder_time(" 7:05 ") == time(7, 5)
    assert parse_reminder_time("23:59") == time(23, 59)
