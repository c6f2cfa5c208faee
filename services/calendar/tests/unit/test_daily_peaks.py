"""The peak load of each local day, from reservations over time (half-open, India's days)."""

from __future__ import annotations

from datetime import date, datetime

from calendar_service.domain.days import LOCAL
from calendar_service.domain.load import Use, daily_peaks


def at(day: int, hour: int) -> datetime:
    return datetime(2027, 2, day, hour, tzinfo=LOCAL)


def test_overlaps_add_up_and_each_day_keeps_its_own_peak() -> None:
    uses = [
        Use(at(10, 18), at(11, 10), 100, "overnight"),
        Use(at(11, 8), at(11, 12), 30, "morning"),
        Use(at(11, 10), at(11, 14), 50, "starts as the overnight one ends"),
    ]
    assert daily_peaks(uses, date(2027, 2, 9), date(2027, 2, 12)) == {
        date(2027, 2, 9): 0,
        date(2027, 2, 10): 100,
        date(2027, 2, 11): 130,
        date(2027, 2, 12): 0,
    }


def test_a_use_ending_at_midnight_does_not_touch_the_next_day() -> None:
    uses = [Use(at(10, 20), datetime(2027, 2, 11, 0, tzinfo=LOCAL), 7, "evening")]
    assert daily_peaks(uses, date(2027, 2, 10), date(2027, 2, 11)) == {
        date(2027, 2, 10): 7,
        date(2027, 2, 11): 0,
    }
