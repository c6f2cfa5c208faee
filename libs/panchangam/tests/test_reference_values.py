"""The engine against DP's published values and the reference file's cross-checked values."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import panchangam
import pytest
from panchangam import AngaPeriod, DayPanchangam, Interval, Place

SUN_TOLERANCE = timedelta(minutes=1)  # sunrise, sunset, kalams
ANGA_TOLERANCE = timedelta(minutes=2)  # anga end times (DP truncates them to the minute)


def _at(day: date, hhmm: str, plus_days: int = 0) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    moment = datetime(day.year, day.month, day.day, hour, minute) + timedelta(days=plus_days)
    return moment.replace(tzinfo=panchangam.find_place("hyderabad").zone)


def _assert_near(actual: datetime, expected: datetime, tolerance: timedelta) -> None:
    assert abs(actual - expected) <= tolerance, f"{actual} differs from {expected}"


def _assert_angas(periods: list[AngaPeriod], expected: list[tuple[str, str, int]]) -> None:
    """Names in order, and each end (truncated to the minute like DP) within the tolerance."""
    assert [p.name.en for p in periods][: len(expected)] == [name for name, _, _ in expected]
    for period, (_, hhmm, plus) in zip(periods, expected, strict=False):
        _assert_near(period.ends_at.replace(second=0), _at(_DAY, hhmm, plus), ANGA_TOLERANCE)


_DAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def november_25(hyderabad: Place) -> DayPanchangam:
    return panchangam.day(_DAY, hyderabad)


def test_sunrise_and_sunset_match_dp_within_a_minute(november_25: DayPanchangam) -> None:
    _assert_near(november_25.sunrise, _at(_DAY, "06:26"), SUN_TOLERANCE)
    _assert_near(november_25.sunset, _at(_DAY, "17:40"), SUN_TOLERANCE)


def test_tithis_of_the_day_and_their_ends_match(november_25: DayPanchangam) -> None:
    _assert_angas(november_25.tithi, [("Pratipada", "16:50", 0), ("Dwitiya", "13:15", 1)])
    assert all(p.paksha is not None and p.paksha.en == "Krishna" for p in november_25.tithi)


def test_nakshatras_yogas_and_karanas_match(november_25: DayPanchangam) -> None:
    _assert_angas(november_25.nakshatra, [("Rohini", "20:36", 0), ("Mrigashira", "17:47", 1)])
    _assert_angas(november_25.yoga, [("Shiva", "12:00", 0)])
    assert november_25.yoga[1].name.en == "Siddha"
    _assert_angas(
        november_25.karana, [("Balava", "06:37", 0), ("Kaulava", "16:50", 0), ("Taitila", "03:02", 1)]
    )


@pytest.mark.parametrize(
    ("kalam", "start", "end"),
    [
        ("rahu_kalam", "12:03", "13:27"),
        ("yamagandam", "07:51", "09:15"),
        ("gulika", "10:39", "12:03"),
    ],
)
def test_day_eighth_kalams_match(november_25: DayPanchangam, kalam: str, start: str, end: str) -> None:
    interval: Interval = getattr(november_25, kalam)
    _assert_near(interval.start, _at(_DAY, start), SUN_TOLERANCE)
    _assert_near(interval.end, _at(_DAY, end), SUN_TOLERANCE)


def test_muhurta_based_windows_match(november_25: DayPanchangam) -> None:
    assert november_25.abhijit is None  # Wednesday
    (durmuhurtham,) = november_25.durmuhurtham
    _assert_near(durmuhurtham.start, _at(_DAY, "11:41"), SUN_TOLERANCE)
    _assert_near(durmuhurtham.end, _at(_DAY, "12:25"), SUN_TOLERANCE)


def test_varjyam_and_amrit_kalam_match(november_25: DayPanchangam) -> None:
    expected_varjyam = [("13:33", "14:57", 0), ("01:33", "02:58", 1)]
    assert len(november_25.varjyam) == len(expected_varjyam)
    for window, (start, end, plus) in zip(november_25.varjyam, expected_varjyam, strict=True):
        _assert_near(window.start, _at(_DAY, start, plus), SUN_TOLERANCE)
        _assert_near(window.end, _at(_DAY, end, plus), SUN_TOLERANCE)
    (amrit,) = november_25.amrit_kalam
    _assert_near(amrit.start, _at(_DAY, "17:47"), SUN_TOLERANCE)
    _assert_near(amrit.end, _at(_DAY, "19:12"), SUN_TOLERANCE)


def test_month_and_year_names_match(november_25: DayPanchangam) -> None:
    assert (november_25.masa.name.en, november_25.masa.adhika) == ("Kartika", False)
    assert (november_25.samvatsara.name.en, november_25.samvatsara.shaka) == ("Parabhava", 1948)
    assert november_25.vara.te == "బుధవారం"


def test_dp_published_day_of_september_9(hyderabad: Place) -> None:
    day = panchangam.day(date(2026, 9, 9), hyderabad)
    on = date(2026, 9, 9)
    _assert_near(day.sunrise, _at(on, "06:03"), SUN_TOLERANCE)
    _assert_near(day.sunset, _at(on, "18:23"), SUN_TOLERANCE)
    assert [p.name.en for p in day.tithi][:2] == ["Trayodashi", "Chaturdashi"]
    _assert_near(day.tithi[0].ends_at.replace(second=0), _at(on, "12:30"), ANGA_TOLERANCE)
    assert [p.name.en for p in day.nakshatra][:2] == ["Ashlesha", "Magha"]
    _assert_near(day.nakshatra[0].ends_at.replace(second=0), _at(on, "15:14"), ANGA_TOLERANCE)
    assert (day.masa.name.en, day.samvatsara.shaka, day.samvatsara.name.en) == (
        "Shravana",
        1948,
        "Parabhava",
    )


def test_traditional_sunrise_is_three_to_five_minutes_later(hyderabad: Place) -> None:
    dp = panchangam.day(_DAY, hyderabad)
    traditional = panchangam.day(_DAY, hyderabad, traditional_sunrise=True)
    assert timedelta(minutes=3) <= traditional.sunrise - dp.sunrise <= timedelta(minutes=5)
    assert traditional.sunset < dp.sunset
    assert traditional.yamagandam.start > dp.yamagandam.start  # kalams follow the chosen sunrise


# New moons of 2026 as published by the US Naval Observatory (UTC, to the minute).
USNO_NEW_MOONS_2026 = [
    "2026-01-18T19:52", "2026-02-17T12:01", "2026-03-19T01:23", "2026-04-17T11:52",
    "2026-05-16T20:01", "2026-06-15T02:54", "2026-08-12T17:37", "2026-09-11T03:27",
    "2026-10-10T15:50", "2026-11-09T07:02", "2026-12-09T00:52",
]  # fmt: skip


def test_amavasya_ends_at_the_published_new_moons(
    hyderabad_2026: dict[date, DayPanchangam],
) -> None:
    amavasya_ends = {
        period.ends_at
        for day in hyderabad_2026.values()
        for period in day.tithi
        if period.name.en == "Amavasya"
    }
    for published in USNO_NEW_MOONS_2026:
        new_moon = datetime.fromisoformat(published + "+00:00")
        assert any(abs(end - new_moon) <= SUN_TOLERANCE for end in amavasya_ends), published
