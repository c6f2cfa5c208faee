"""Builds ``DayPanchangam`` values for a run of days from one vectorised pass over the sky."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np

from panchangam import kalams, names
from panchangam.angas import AngaKind, AngaTimeline, anga_timelines, sample_for_angas
from panchangam.ayanamsa import FloatArray
from panchangam.errors import PanchangamError
from panchangam.festivals import place_festivals
from panchangam.kalams import SolarDay
from panchangam.lunar_year import LunarCalendar, LunarMonth, lunar_calendar
from panchangam.model import AngaPeriod, DayPanchangam, Interval, Masa, PadaEnd, Samvatsara
from panchangam.moudyami import MoudyamiWindow, combust_on, moudyami_windows
from panchangam.places import Place
from panchangam.sun_times import SunTimes, sun_times
from panchangam.timebase import LocalClock

MAX_RANGE_DAYS = 5 * 366
FIRST_SUPPORTED = date(1901, 1, 1)  # DE421 covers 1900-2050
LAST_SUPPORTED = date(2049, 12, 31)


@dataclass(frozen=True)
class _Bounds:
    """A timeline as plain lists: scalar lookups on lists are much cheaper than on arrays."""

    numbers: list[int]
    starts: list[float]
    ends: list[float]

    @classmethod
    def of(cls, timeline: AngaTimeline) -> _Bounds:
        return cls(timeline.numbers.tolist(), timeline.starts.tolist(), timeline.ends.tolist())

    def current(self, solar: SolarDay) -> range:
        """Indexes of the units current at some instant from sunrise to next sunrise."""
        return range(bisect_right(self.ends, solar.sunrise), bisect_left(self.starts, solar.next_sunrise))


@dataclass(frozen=True)
class _Sky:
    """Everything computed once for the whole range."""

    place: Place
    first: date
    sun: SunTimes  # from first - 1 day
    timelines: dict[AngaKind, AngaTimeline]
    lunar: LunarCalendar
    sun_longitude: FloatArray  # at each sunrise of sun.sunrise
    moudyami: list[MoudyamiWindow]
    clock: LocalClock
    moments: dict[AngaKind, tuple[list[datetime], list[datetime]]]  # local starts and ends
    bounds: dict[AngaKind, _Bounds]


def check_range(first: date, last: date) -> None:
    """Reject reversed ranges, ranges over five years and dates outside the ephemeris."""
    if last < first:
        raise PanchangamError("invalid_range", f"range ends ({last}) before it starts ({first})")
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise PanchangamError("range_too_long", "a range may span at most 5 years")
    if first < FIRST_SUPPORTED or last > LAST_SUPPORTED:
        raise PanchangamError(
            "date_out_of_range", f"dates must lie between {FIRST_SUPPORTED} and {LAST_SUPPORTED}"
        )


def build_days(first: date, last: date, place: Place, *, traditional: bool) -> list[DayPanchangam]:
    """Panchangam of every civil day from ``first`` to ``last`` inclusive."""
    check_range(first, last)
    # One day more on each side lets festival rules compare a day with its neighbours.
    sky = _observe(first - timedelta(days=1), last + timedelta(days=1), place, traditional)
    padded = [_day(sky, n) for n in range((last - first).days + 3)]
    ingresses = [
        (int(sign), sky.clock.at(float(tt)))
        for sign, tt in zip(sky.lunar.ingresses.signs, sky.lunar.ingresses.times, strict=True)
    ]
    for on, festivals in place_festivals(padded, ingresses).items():
        if first <= on <= last:
            # The days are still private to this function: filling their empty lists is safe.
            padded[(on - first).days + 1].festivals.extend(festivals)
    return padded[1:-1]


def _observe(first: date, last: date, place: Place, traditional: bool) -> _Sky:
    count = (last - first).days + 1
    sun = sun_times(place, first - timedelta(days=1), count + 1, traditional=traditional)
    span = (float(sun.sunrise[1]), float(sun.sunrise[count + 1]))
    sampled = sample_for_angas(*span)
    timelines = anga_timelines(sampled)
    clock = LocalClock(place.zone, span[0] - 3.0, span[1] + 3.0)
    return _Sky(
        place=place,
        first=first,
        sun=sun,
        timelines=timelines,
        lunar=lunar_calendar(*span),
        sun_longitude=sampled.sun_at(sun.sunrise),
        moudyami=moudyami_windows(first, last, place.zone),
        clock=clock,
        moments={kind: (clock.all(t.starts), clock.all(t.ends)) for kind, t in timelines.items()},
        bounds={kind: _Bounds.of(t) for kind, t in timelines.items()},
    )


def _day(sky: _Sky, n: int) -> DayPanchangam:
    civil = sky.first + timedelta(days=n)
    solar = SolarDay(
        vara=(civil.weekday() + 1) % 7,
        previous_sunset=float(sky.sun.sunset[n]),
        sunrise=float(sky.sun.sunrise[n + 1]),
        sunset=float(sky.sun.sunset[n + 1]),
        next_sunrise=float(sky.sun.sunrise[n + 2]),
    )
    month = sky.lunar.month_at(solar.sunrise)
    year_month = _year_month(sky, solar)
    sun_sign = int(sky.sun_longitude[n + 1] // 30.0) % 12
    at, interval = sky.clock.at, _interval_maker(sky.clock)
    return DayPanchangam(
        date=civil,
        place=sky.place,
        vara=names.VARAS[solar.vara],
        sunrise=at(solar.sunrise),
        sunset=at(solar.sunset),
        next_sunrise=at(solar.next_sunrise),
        tithi=_periods(sky, AngaKind.TITHI, solar, names.tithi_name),
        nakshatra=_periods(sky, AngaKind.NAKSHATRA, solar, lambda k: names.NAKSHATRAS[k]),
        yoga=_periods(sky, AngaKind.YOGA, solar, lambda k: names.YOGAS[k]),
        karana=_periods(sky, AngaKind.KARANA, solar, names.karana_name),
        moon_rashi=_periods(sky, AngaKind.RASHI, solar, lambda k: names.RASHIS[k]),
        masa=Masa(names.MASAS[month.masa], month.masa + 1, month.adhika, month.kshaya),
        samvatsara=Samvatsara(names.SAMVATSARAS[year_month.samvatsara], year_month.shaka),
        ayana=names.AYANAS[0 if sun_sign >= 9 or sun_sign < 3 else 1],
        ritu=names.RITUS[month.masa // 2],
        rahu_kalam=interval(kalams.rahu_kalam(solar)),
        yamagandam=interval(kalams.yamagandam(solar)),
        gulika=interval(kalams.gulika(solar)),
        abhijit=_maybe(interval, kalams.abhijit(solar)),
        brahma_muhurtham=interval(kalams.brahma_muhurtham(solar)),
        durmuhurtham=[interval(s) for s in kalams.durmuhurtham(solar)],
        varjyam=[interval(s) for s in kalams.varjyam(solar, sky.timelines[AngaKind.NAKSHATRA])],
        amrit_kalam=[interval(s) for s in kalams.amrit_kalam(solar, sky.timelines[AngaKind.NAKSHATRA])],
        moudyami=[names.PLANETS[p] for p in combust_on(civil, sky.moudyami)],
        sun_rashi=names.RASHIS[sun_sign],
    )


def _year_month(sky: _Sky, solar: SolarDay) -> LunarMonth:
    """The month that decides the day's samvatsara.

    It is the month at sunrise, except when the next month's Pratipada begins and ends inside
    the day (kshaya): that day is the next month's first day, so Ugadi and the new year fall on it.
    """
    month = sky.lunar.month_at(solar.sunrise)
    following = sky.lunar.month_at(solar.next_sunrise)
    if following.start <= solar.sunrise:
        return month
    tithis = sky.timelines[AngaKind.TITHI]
    at_next_sunrise = int(tithis.numbers[np.searchsorted(tithis.ends, solar.next_sunrise, side="right")])
    return following if at_next_sunrise != 0 else month


def _interval_maker(clock: LocalClock) -> Callable[[kalams.Span], Interval]:
    def make(span: kalams.Span) -> Interval:
        return Interval(clock.at(span[0]), clock.at(span[1]))

    return make


def _maybe(make: Callable[[kalams.Span], Interval], span: kalams.Span | None) -> Interval | None:
    return None if span is None else make(span)


def _periods(
    sky: _Sky, kind: AngaKind, solar: SolarDay, name_of: Callable[[int], names.Name]
) -> list[AngaPeriod]:
    bounds = sky.bounds[kind]
    starts, ends = sky.moments[kind]
    periods = []
    for i in bounds.current(solar):
        number = bounds.numbers[i]
        periods.append(
            AngaPeriod(
                name=name_of(number),
                number=number + 1,
                starts_at=starts[i],
                ends_at=ends[i],
                paksha=names.PAKSHAS[number // 15] if kind is AngaKind.TITHI else None,
                padas=_padas_of(sky, number, bounds.ends[i]) if kind is AngaKind.NAKSHATRA else (),
            )
        )
    return periods


def _padas_of(sky: _Sky, number: int, end_tt: float) -> tuple[PadaEnd, ...]:
    """The quarter ends of nakshatra ``number`` (0-based) that ends at ``end_tt``."""
    padas = sky.bounds[AngaKind.PADA]
    _, ends = sky.moments[AngaKind.PADA]
    first_pada = number * 4
    # Padas are ordered in time, so the four of this nakshatra end at or just before its end.
    at = bisect_left(padas.ends, end_tt - 1e-6)
    return tuple(
        PadaEnd(padas.numbers[i] - first_pada + 1, ends[i])
        for i in range(max(at - 3, 0), min(at + 1, len(padas.ends)))
        if first_pada <= padas.numbers[i] < first_pada + 4
    )
