"""Invariants that hold for any day at any supported place."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

import panchangam
from hypothesis import given, settings
from hypothesis import strategies as st
from panchangam import AngaPeriod, DayPanchangam

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 1))


def _place_with_zone_of_its_longitude(latitude: float, longitude: float) -> panchangam.Place:
    hours = round(longitude / 15.0)
    zone = "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # Etc/GMT-5 is UTC+5
    return panchangam.make_place(latitude, longitude, zone)


places = st.sampled_from(sorted(panchangam.gazetteer())).map(panchangam.find_place) | st.builds(
    _place_with_zone_of_its_longitude,
    latitude=st.floats(min_value=-60.0, max_value=60.0),
    longitude=st.floats(min_value=-179.0, max_value=179.0),
)
# No example database: it would leave a .hypothesis folder in the shared working tree.
few = settings(max_examples=12, deadline=None, database=None)


def _limbs(day: DayPanchangam) -> dict[str, list[AngaPeriod]]:
    return {
        "tithi": day.tithi,
        "nakshatra": day.nakshatra,
        "yoga": day.yoga,
        "karana": day.karana,
        "moon_rashi": day.moon_rashi,
    }


@few
@given(on=days, place=places)
def test_end_times_strictly_increase(on: date, place: panchangam.Place) -> None:
    day = panchangam.day(on, place)
    for name, periods in _limbs(day).items():
        ends = [p.ends_at for p in periods]
        assert ends == sorted(set(ends)), name
    for period in day.nakshatra:
        pada_ends = [p.ends_at for p in period.padas]
        assert pada_ends == sorted(set(pada_ends))
        assert pada_ends[-1] == period.ends_at


@few
@given(on=days, place=places)
def test_every_instant_of_the_day_belongs_to_exactly_one_unit(on: date, place: panchangam.Place) -> None:
    day = panchangam.day(on, place)
    for name, periods in _limbs(day).items():
        assert periods[0].starts_at <= day.sunrise, name
        assert periods[-1].ends_at >= day.next_sunrise, name
        for before, after in pairwise(periods):
            assert before.ends_at == after.starts_at, name  # no gap, no overlap
            assert before.number != after.number, name


@few
@given(on=days, place=places)
def test_kalams_lie_inside_daylight(on: date, place: panchangam.Place) -> None:
    day = panchangam.day(on, place)
    daytime = [day.rahu_kalam, day.yamagandam, day.gulika]
    daytime += [day.abhijit] if day.abhijit is not None else []
    for interval in daytime:
        assert day.sunrise <= interval.start < interval.end <= day.sunset
    for interval in day.durmuhurtham:
        assert day.sunrise <= interval.start < interval.end <= day.next_sunrise
    assert day.brahma_muhurtham.end <= day.sunrise


@few
@given(on=days, place=places)
def test_times_are_aware_local_and_whole_seconds(on: date, place: panchangam.Place) -> None:
    day = panchangam.day(on, place)
    moments: list[datetime] = [day.sunrise, day.sunset, *(p.ends_at for p in day.tithi)]
    for moment in moments:
        assert moment.microsecond == 0
        assert moment.tzinfo == place.zone
    assert day.sunrise.date() == on
