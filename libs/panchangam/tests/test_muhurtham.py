"""The muhurtham finder against the rules and the published Telugu marriage dates of 2026."""

from __future__ import annotations

from datetime import date, timedelta

import panchangam
import pytest
from panchangam import PanchangamError, Place
from panchangam.muhurtham import BirthStars, MuhurthamSearch, find_muhurtham
from panchangam.muhurtham_rules import event_kinds

PUBLISHED_FEBRUARY_2026 = {date(2026, 2, d) for d in (19, 20, 21, 24, 25, 26)}
RIKTA_AND_AMAVASYA = {4, 9, 14, 19, 24, 29, 30}
PAKSHA_RANDHRA_GHATIS = {"Shashthi": 9, "Ashtami": 14, "Dwadashi": 10}


@pytest.fixture(scope="module")
def marriage_2026(hyderabad: Place) -> MuhurthamSearch:
    return find_muhurtham("marriage", date(2026, 1, 1), date(2026, 12, 31), hyderabad)


def test_every_day_is_either_good_or_rejected_with_a_rule(marriage_2026: MuhurthamSearch) -> None:
    good = {d.date for d in marriage_2026.good}
    rejected = {r.date for r in marriage_2026.rejected}
    assert not good & rejected
    assert len(good | rejected) == 365
    assert all(r.rule and r.reason for r in marriage_2026.rejected)
    assert all(d.reasons and d.windows for d in marriage_2026.good)


def test_february_gives_exactly_the_published_dates(marriage_2026: MuhurthamSearch) -> None:
    good = {d.date for d in marriage_2026.good if d.date.month == 2}
    assert good == PUBLISHED_FEBRUARY_2026


def test_shukla_ashtami_of_february_24_is_good_after_its_first_ghatis(
    marriage_2026: MuhurthamSearch, hyderabad_2026: dict[date, panchangam.DayPanchangam]
) -> None:
    (good,) = [d for d in marriage_2026.good if d.date == date(2026, 2, 24)]
    (ashtami,) = [t for t in hyderabad_2026[good.date].tithi if t.name.en == "Ashtami"]
    assert good.windows[0].start >= ashtami.starts_at + timedelta(minutes=24 * 14)
    assert any(r.startswith("no ekargala") and "Vaidhriti" in r for r in good.reasons)


def test_no_marriage_during_shukra_moudyami(marriage_2026: MuhurthamSearch) -> None:
    good = {d.date for d in marriage_2026.good}
    assert not [d for d in good if d <= date(2026, 2, 17)]
    january = {r.date: r for r in marriage_2026.rejected if r.date.month == 1}
    assert january[date(2026, 1, 20)].rule == "no_moudyami"


def test_no_marriage_in_adhika_jyeshtha_ashadha_or_august_to_october(
    marriage_2026: MuhurthamSearch,
) -> None:
    good = {d.date for d in marriage_2026.good}
    assert not [d for d in good if date(2026, 5, 17) <= d <= date(2026, 6, 14)]
    assert not [d for d in good if date(2026, 8, 1) <= d <= date(2026, 10, 31)]
    rejected = {r.date: r.rule for r in marriage_2026.rejected}
    assert rejected[date(2026, 5, 25)] == "not_adhika_masa"


def test_windows_avoid_the_kalams_and_unfavourable_limbs(
    marriage_2026: MuhurthamSearch, hyderabad_2026: dict[date, panchangam.DayPanchangam]
) -> None:
    good_nakshatras = set(event_kinds()["marriage"].window_rules[0]["nakshatras"])
    for good in marriage_2026.good:
        day = hyderabad_2026[good.date]
        blocked = [day.rahu_kalam, day.yamagandam, *day.durmuhurtham, *day.varjyam]
        for window in good.windows:
            assert window.end - window.start >= timedelta(minutes=24)
            assert day.sunrise <= window.start < window.end <= day.next_sunrise
            assert all(window.end <= b.start or window.start >= b.end for b in blocked)
            midpoint = window.start + (window.end - window.start) / 2
            (nakshatra,) = [p for p in day.nakshatra if p.starts_at <= midpoint < p.ends_at]
            assert nakshatra.name.en in good_nakshatras
            for tithi in (t for t in day.tithi if t.starts_at < window.end and window.start < t.ends_at):
                assert tithi.number not in RIKTA_AND_AMAVASYA
                barred = timedelta(minutes=24 * PAKSHA_RANDHRA_GHATIS.get(tithi.name.en, 0))
                overlap = window.start < tithi.starts_at + barred and tithi.starts_at < window.end
                assert not (barred and overlap)
                assert window.start.microsecond == window.end.microsecond == 0


def test_gruhapravesam_only_on_its_weekdays_and_months(hyderabad: Place) -> None:
    search = find_muhurtham("gruhapravesam", date(2027, 1, 1), date(2027, 6, 30), hyderabad)
    assert search.good
    for good in search.good:
        day = panchangam.day(good.date, hyderabad)
        assert day.masa.name.en in {"Vaishakha", "Jyeshtha", "Magha", "Phalguna"}
        assert day.vara.en in {"Monday", "Wednesday", "Thursday", "Friday"}


def test_birth_stars_narrow_the_windows(hyderabad: Place) -> None:
    first, last = date(2027, 2, 1), date(2027, 5, 31)
    plain = find_muhurtham("marriage", first, last, hyderabad)
    personal = find_muhurtham(
        "marriage", first, last, hyderabad, birth=BirthStars.from_names(["Ashwini"], ["Mesha"])
    )
    assert {d.date for d in personal.good} <= {d.date for d in plain.good}
    assert len(personal.good) < len(plain.good)
    assert {r.rule for r in personal.rejected} & {"tarabala from Ashwini", "chandrabala from Mesha"}


def test_unknown_kind_and_star_have_codes(hyderabad: Place) -> None:
    with pytest.raises(PanchangamError) as kind:
        find_muhurtham("coronation", date(2026, 1, 1), date(2026, 1, 2), hyderabad)
    assert kind.value.code == "unknown_kind"
    with pytest.raises(PanchangamError) as star:
        BirthStars.from_names(["Polaris"], [])
    assert star.value.code == "unknown_star"


def test_ranges_over_five_years_are_refused(hyderabad: Place) -> None:
    with pytest.raises(PanchangamError) as raised:
        find_muhurtham("marriage", date(2026, 1, 1), date(2031, 6, 1), hyderabad)
    assert raised.value.code == "range_too_long"
