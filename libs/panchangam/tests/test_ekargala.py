"""Ekargala: the 28-nakshatra count from the Sun to the Moon, and the faults it marks."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import numpy as np
import panchangam
import pytest
from panchangam.ekargala import (
    ABHIJIT_END,
    ABHIJIT_START,
    SunTrack,
    ekargala_spans,
    moon_spans,
    nakshatra_of_28,
)
from panchangam.sky import sidereal_sun_moon
from panchangam.timebase import tt_from_datetime

SPAN = 360.0 / 27.0
# Where the 28 change: the 27 starts, less Shravana's (inside Abhijit), with Abhijit's two ends.
EDGES_OF_28 = np.array(
    sorted({*(k * SPAN for k in range(27) if k != 21), 20.75 * SPAN, 21 * SPAN + SPAN / 15})
)


@pytest.mark.parametrize(
    ("longitude", "index"),
    [(0.0, 0), (265.0, 19), (270.0, 20), (276.6, 20), (277.0, 21), (280.8, 21), (281.0, 22), (359.9, 27)],
)
def test_abhijit_sits_between_uttarashadha_and_shravana(longitude: float, index: int) -> None:
    assert nakshatra_of_28(longitude) == index


def test_abhijit_is_the_last_quarter_of_uttarashadha_and_a_fifteenth_of_shravana() -> None:
    assert pytest.approx(20.75 * SPAN) == ABHIJIT_START
    assert pytest.approx(21 * SPAN + SPAN / 15) == ABHIJIT_END


def test_the_sun_changes_nakshatra_where_its_longitude_crosses_a_boundary(
    hyderabad_2026: dict[date, panchangam.DayPanchangam],
) -> None:
    days = list(hyderabad_2026.values())
    track = SunTrack.of(days)
    changes = []
    for day in days:
        spans = track.spans(day)
        assert spans[0][0].start == day.sunrise
        assert spans[-1][0].end == day.next_sunrise
        changes += [interval.start for interval, _ in spans[1:]]
    assert len(changes) == 28  # 27 nakshatras and Abhijit in a year, give or take the edges
    first = tt_from_datetime(changes[0])
    tt = np.array([first + (c - changes[0]).total_seconds() / 86400.0 for c in changes])
    for longitude in sidereal_sun_moon(tt)[0]:
        assert _degrees_from_an_edge(float(longitude)) < 0.01  # degrees: about 15 s of the Sun's motion


def _degrees_from_an_edge(longitude: float) -> float:
    gaps = np.abs(EDGES_OF_28 - longitude)
    return float(np.min(np.minimum(gaps, 360.0 - gaps)))


def _sun_at(moment: datetime) -> float:
    return float(sidereal_sun_moon(np.array([tt_from_datetime(moment)]))[0][0])


def test_the_sun_leaves_abhijit_at_its_end_not_at_the_start_of_shravana(
    hyderabad_2026: dict[date, panchangam.DayPanchangam],
) -> None:
    # A day that begins before 280 deg 00' and ends past Abhijit changes once, 92% of the way on.
    day = hyderabad_2026[date(2026, 1, 24)]
    start, end = 279.95, 280.967
    (before, first), (after, second) = SunTrack({day.sunrise: (start, end)}).spans(day)
    expected = day.sunrise + (day.next_sunrise - day.sunrise) * ((ABHIJIT_END - start) / (end - start))
    assert (first, second) == (21, 22)
    assert before.end == after.start
    assert abs(after.start - expected) <= timedelta(seconds=1)


def test_the_real_sun_crossing_abhijit_in_one_day_changes_at_its_end(hyderabad: panchangam.Place) -> None:
    # 2041-01-24 at Hyderabad: the Sun rises before 280 deg 00' and sets out past 280 deg 53' 20".
    days = panchangam.days(date(2041, 1, 24), date(2041, 1, 24), hyderabad)
    track = SunTrack.of(days)
    start, end = track.longitudes[days[0].sunrise]
    assert start < 280.0 < ABHIJIT_END < end
    (_, first), (after, second) = track.spans(days[0])
    assert (first, second) == (21, 22)
    assert abs(_sun_at(after.start) - ABHIJIT_END) < 0.01


def test_the_moon_enters_abhijit_at_the_fourth_quarter_of_uttarashadha(hyderabad: panchangam.Place) -> None:
    for day in panchangam.days(date(2026, 1, 1), date(2026, 2, 28), hyderabad):
        spans = moon_spans(day)
        assert all(a[0].end == b[0].start for a, b in itertools.pairwise(spans))
        for interval, index in spans:
            if index != 21:
                continue
            (period,) = [p for p in day.nakshatra if p.starts_at <= interval.start < p.ends_at]
            if period.name.en == "Uttara Ashadha":
                third = [p.ends_at for p in period.padas if p.pada == 3]
                assert third in ([interval.start], [])
            else:
                assert period.name.en == "Shravana"
                expected = period.starts_at + (period.ends_at - period.starts_at) / 15
                assert abs(interval.end - expected) < timedelta(seconds=1)


def test_the_moon_counts_on_the_same_28_as_the_sun(
    hyderabad_2026: dict[date, panchangam.DayPanchangam],
) -> None:
    by_day = [moon_spans(day) for day in list(hyderabad_2026.values())[:60]]
    spans = [span for day_spans in by_day for span in day_spans]
    middles = [interval.start + (interval.end - interval.start) / 2 for interval, _ in spans]
    changes = [b[0].start for day_spans in by_day for a, b in itertools.pairwise(day_spans)]
    assert all(a[1] != b[1] for day_spans in by_day for a, b in itertools.pairwise(day_spans))
    _, at_middles = sidereal_sun_moon(np.array([tt_from_datetime(m) for m in middles]))
    _, at_changes = sidereal_sun_moon(np.array([tt_from_datetime(c) for c in changes]))
    assert [nakshatra_of_28(float(x)) for x in at_middles] == [index for _, index in spans]
    assert max(_degrees_from_an_edge(float(x)) for x in at_changes) < 0.02  # about 2 min of the Moon


def test_ekargala_spans_are_the_odd_counts(hyderabad_2026: dict[date, panchangam.DayPanchangam]) -> None:
    days = list(hyderabad_2026.values())
    track = SunTrack.of(days)
    for day in days[::7]:
        odd = ekargala_spans(day, track)
        for interval in odd:
            moment = interval.start + (interval.end - interval.start) / 2
            (sun,) = [i for s, i in track.spans(day) if s.start <= moment < s.end]
            (moon,) = [i for s, i in moon_spans(day) if s.start <= moment < s.end]
            assert ((moon - sun) % 28 + 1) % 2 == 1


def test_a_harsh_yoga_with_ekargala_all_day_rejects_the_day(hyderabad: panchangam.Place) -> None:
    search = panchangam.find_muhurtham("marriage", date(2026, 5, 10), date(2026, 5, 14), hyderabad)
    rejected = {r.date: r.rule for r in search.rejected}
    assert rejected[date(2026, 5, 12)] == "no_ekargala"
