"""Festivals land on the published dates, each with the rule that placed it."""

from __future__ import annotations

from datetime import date

import panchangam
import pytest
from panchangam import DayPanchangam, Place

# Dates published in Telugu calendars (and drikpanchang.com) for Hyderabad.
PUBLISHED = [
    ("Makara Sankranti", date(2024, 1, 15)),
    ("Maha Shivaratri", date(2024, 3, 8)),
    ("Ugadi", date(2024, 4, 9)),
    ("Sri Rama Navami", date(2024, 4, 17)),
    ("Sri Krishna Janmashtami", date(2024, 8, 26)),
    ("Vinayaka Chavithi", date(2024, 9, 7)),
    ("Dasara (Vijayadashami)", date(2024, 10, 12)),
    ("Deepavali", date(2024, 10, 31)),
    ("Makara Sankranti", date(2025, 1, 14)),
    ("Maha Shivaratri", date(2025, 2, 26)),
    ("Ugadi", date(2025, 3, 30)),
    ("Sri Rama Navami", date(2025, 4, 6)),
    ("Sri Krishna Janmashtami", date(2025, 8, 16)),
    ("Vinayaka Chavithi", date(2025, 8, 27)),
    ("Dasara (Vijayadashami)", date(2025, 10, 2)),
    ("Deepavali", date(2025, 10, 20)),
    ("Makara Sankranti", date(2026, 1, 14)),
    ("Maha Shivaratri", date(2026, 2, 15)),
    ("Ugadi", date(2026, 3, 19)),
    ("Sri Rama Navami", date(2026, 3, 26)),
    ("Sri Krishna Janmashtami", date(2026, 9, 4)),
    ("Vinayaka Chavithi", date(2026, 9, 14)),
    ("Dasara (Vijayadashami)", date(2026, 10, 20)),
    ("Deepavali", date(2026, 11, 8)),
]


@pytest.fixture(scope="module")
def festival_days(hyderabad: Place) -> dict[str, list[DayPanchangam]]:
    found: dict[str, list[DayPanchangam]] = {}
    for day in panchangam.days(date(2024, 1, 1), date(2026, 12, 31), hyderabad):
        for festival in day.festivals:
            found.setdefault(festival.name.en, []).append(day)
    return found


@pytest.mark.parametrize(("name", "published"), PUBLISHED)
def test_festival_falls_on_the_published_date(
    festival_days: dict[str, list[DayPanchangam]], name: str, published: date
) -> None:
    dates = [d.date for d in festival_days[name]]
    assert published in dates
    assert len([d for d in dates if d.year == published.year]) == 1


def test_each_festival_says_which_rule_placed_it(festival_days: dict[str, list[DayPanchangam]]) -> None:
    (deepavali,) = [d for d in festival_days["Deepavali"] if d.date.year == 2026]
    (festival,) = [f for f in deepavali.festivals if f.name.en == "Deepavali"]
    assert festival.rule.startswith("Ashvayuja Krishna Amavasya current at pradosha")
    assert festival.name.te == "దీపావళి"
    (ugadi,) = [d for d in festival_days["Ugadi"] if d.date.year == 2026]
    assert "kshaya" in ugadi.festivals[0].rule


def test_bhogi_and_kanuma_flank_sankranti(festival_days: dict[str, list[DayPanchangam]]) -> None:
    for sankranti in festival_days["Makara Sankranti"]:
        bhogi = [d.date for d in festival_days["Bhogi"] if d.date.year == sankranti.date.year]
        kanuma = [d.date for d in festival_days["Kanuma"] if d.date.year == sankranti.date.year]
        assert (sankranti.date - bhogi[0]).days == 1
        assert (kanuma[0] - sankranti.date).days == 1


def test_a_festival_is_found_when_the_range_is_a_single_day(hyderabad: Place) -> None:
    day = panchangam.day(date(2026, 9, 14), hyderabad)
    assert [f.name.en for f in day.festivals] == ["Vinayaka Chavithi"]


def test_festivals_of_year_are_in_date_order_and_each_once(hyderabad: Place) -> None:
    found = panchangam.festivals_of_year(2027, hyderabad)
    dates = [on for on, _ in found]
    assert dates == sorted(dates)
    names = [festival.name.en for _, festival in found]
    assert len(names) == len(set(names)) == len(panchangam.festivals.festival_rules())
