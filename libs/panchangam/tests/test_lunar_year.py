"""Masa, adhika masa, samvatsara, ayana and ritu change on the right days."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import panchangam
from panchangam import DayPanchangam, Place


def test_adhika_jyeshtha_2026_spans_the_new_moons_of_may_17_and_june_15(
    hyderabad_2026: dict[date, DayPanchangam],
) -> None:
    before, first, last, after = (
        hyderabad_2026[date(2026, 5, 16)],
        hyderabad_2026[date(2026, 5, 17)],
        hyderabad_2026[date(2026, 6, 14)],
        hyderabad_2026[date(2026, 6, 16)],
    )
    assert (before.masa.name.en, before.masa.adhika) == ("Vaishakha", False)
    assert (first.masa.name.en, first.masa.adhika) == ("Jyeshtha", True)
    assert first.masa.name.te == "జ్యేష్ఠము"
    assert (last.masa.name.en, last.masa.adhika) == ("Jyeshtha", True)
    assert (after.masa.name.en, after.masa.adhika) == ("Jyeshtha", False)


def test_adhika_jyeshtha_is_the_only_adhika_month_from_2024_to_2027(hyderabad: Place) -> None:
    adhika_months: set[tuple[int, str]] = set()
    for year in (2024, 2025, 2026, 2027):
        for day in panchangam.days(date(year, 1, 1), date(year, 12, 31), hyderabad):
            if day.masa.adhika:
                adhika_months.add((day.samvatsara.shaka, day.masa.name.en))
    assert adhika_months == {(1948, "Jyeshtha")}


def test_samvatsara_turns_at_ugadi(hyderabad: Place) -> None:
    # 2026: the Chaitra new moon comes at 06:53, after sunrise, and Pratipada ends before the next
    # sunrise (kshaya), so Ugadi and the new year fall on the Amavasya day, as published.
    cases = [
        (date(2025, 3, 30), "Krodhi", "Vishvavasu", 1947),
        (date(2026, 3, 19), "Vishvavasu", "Parabhava", 1948),
    ]
    for ugadi, old_year, new_year, shaka in cases:
        eve, day, after = panchangam.days(ugadi - timedelta(days=1), ugadi + timedelta(days=1), hyderabad)
        assert (eve.samvatsara.name.en, eve.samvatsara.shaka) == (old_year, shaka - 1)
        assert (day.samvatsara.name.en, day.samvatsara.shaka) == (new_year, shaka)
        assert after.masa.name.en == "Chaitra"
        assert [f.name.en for f in day.festivals] == ["Ugadi"]


def test_masa_changes_only_on_the_day_after_amavasya(hyderabad_2026: dict[date, DayPanchangam]) -> None:
    ordered = [hyderabad_2026[d] for d in sorted(hyderabad_2026)]
    for yesterday, today in pairwise(ordered):
        if (today.masa.number, today.masa.adhika) != (yesterday.masa.number, yesterday.masa.adhika):
            assert any(p.name.en == "Amavasya" for p in yesterday.tithi)


def test_uttarayana_starts_with_makara_sankranti(hyderabad_2026: dict[date, DayPanchangam]) -> None:
    assert hyderabad_2026[date(2026, 1, 14)].ayana.en == "Dakshinayana"
    assert hyderabad_2026[date(2026, 1, 15)].ayana.en == "Uttarayana"
    assert hyderabad_2026[date(2026, 7, 20)].ayana.en == "Dakshinayana"


def test_ritu_follows_the_lunar_month(hyderabad_2026: dict[date, DayPanchangam]) -> None:
    for day in hyderabad_2026.values():
        expected = ("Vasanta", "Grishma", "Varsha", "Sharad", "Hemanta", "Shishira")[
            (day.masa.number - 1) // 2
        ]
        assert day.ritu.en == expected


def test_the_month_holding_two_sankrantis_in_1963_is_kshaya_and_bars_marriages(hyderabad: Place) -> None:
    day = panchangam.day(date(1963, 12, 1), hyderabad)
    assert day.masa.kshaya
    assert not day.masa.adhika
    assert not panchangam.day(date(1964, 1, 1), hyderabad).masa.kshaya
    search = panchangam.find_muhurtham("marriage", date(1963, 11, 20), date(1963, 12, 10), hyderabad)
    assert not search.good
    assert {r.rule for r in search.rejected} >= {"not_kshaya_masa"}
