"""Ekargala, the marriage fault of the nine harsh yogas (Muhurta Chintamani, vivaha chapter).

Vishkambha, Atiganda, Shula, Ganda, Vyaghata, Vajra, Vyatipata, Parigha and Vaidhriti spoil a
marriage muhurtham only as *ekargala*: while the Moon's nakshatra, counted from the Sun's with
Abhijit included (28 nakshatras, inclusive count), is an odd number. With an even count the yoga
is no fault for a marriage.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from panchangam.model import AngaPeriod, DayPanchangam, Interval
from panchangam.sky import sidereal_sun_moon
from panchangam.time_windows import intersect, normalised, subtract
from panchangam.timebase import tt_from_datetime

# Abhijit: the last quarter of Uttarashadha and the first fifteenth of Shravana (in arc).
_SPAN = 360.0 / 27.0
ABHIJIT_START = 20 * _SPAN + 0.75 * _SPAN  # 276 deg 40'
ABHIJIT_END = 21 * _SPAN + _SPAN / 15.0  # 280 deg 53' 20"
_UTTARASHADHA, _SHRAVANA = 20, 21  # 0-based among the 27

# Where each of the 28 begins. Shravana's 27-scheme start (280 deg 00') lies inside Abhijit, so it
# is no edge here: the Sun and the Moon change nakshatra only at these longitudes.
STARTS_OF_28: tuple[float, ...] = (
    *(k * _SPAN for k in range(_SHRAVANA)),
    ABHIJIT_START,
    ABHIJIT_END,
    *(k * _SPAN for k in range(_SHRAVANA + 1, 27)),
)


def nakshatra_of_28(longitude: float) -> int:
    """The 0-based nakshatra (0-27, Abhijit = 21) of a sidereal longitude in degrees."""
    return bisect_right(STARTS_OF_28, longitude % 360.0) - 1


@dataclass(frozen=True)
class SunTrack:
    """The Sun's 28-nakshatra over a run of days, from its longitude at each sunrise."""

    longitudes: dict[datetime, tuple[float, float]]  # at each day's sunrise and next sunrise

    @classmethod
    def of(cls, days: list[DayPanchangam]) -> SunTrack:
        """Sample the Sun at every sunrise of ``days`` and at the last next sunrise (one call)."""
        if not days:
            return cls({})
        moments = [d.sunrise for d in days] + [days[-1].next_sunrise]
        first = tt_from_datetime(moments[0])
        tt = np.array([first + (m - moments[0]).total_seconds() / 86400.0 for m in moments])
        sun = [float(x) for x in sidereal_sun_moon(tt)[0]]
        return cls({d.sunrise: (sun[i], sun[i + 1]) for i, d in enumerate(days)})

    def spans(self, day: DayPanchangam) -> list[tuple[Interval, int]]:
        """The Sun's 28-nakshatra during ``day``, split where it changes (linear in between)."""
        start, end = self.longitudes[day.sunrise]
        first, last = nakshatra_of_28(start), nakshatra_of_28(end)
        if first == last:
            return [(Interval(day.sunrise, day.next_sunrise), first)]
        boundary = _next_boundary(start)
        motion = (end - start) % 360.0
        change = _to_second(
            day.sunrise + (day.next_sunrise - day.sunrise) * (((boundary - start) % 360.0) / motion)
        )
        return [(Interval(day.sunrise, change), first), (Interval(change, day.next_sunrise), last)]


def _next_boundary(longitude: float) -> float:
    return next((e for e in STARTS_OF_28 if e > longitude), 360.0)


def moon_spans(day: DayPanchangam) -> list[tuple[Interval, int]]:
    """The Moon's 28-nakshatra during ``day``: Abhijit cut from Uttarashadha and Shravana."""
    found: list[tuple[Interval, int]] = []
    for period in day.nakshatra:
        index = period.number - 1
        whole = Interval(period.starts_at, period.ends_at)
        if index == _UTTARASHADHA:
            abhijit_from = _pada_start(period, 4)
            found += [(Interval(whole.start, abhijit_from), 20), (Interval(abhijit_from, whole.end), 21)]
        elif index == _SHRAVANA:
            abhijit_to = _to_second(whole.start + (whole.end - whole.start) / 15)
            found += [(Interval(whole.start, abhijit_to), 21), (Interval(abhijit_to, whole.end), 22)]
        else:
            found.append((whole, index + 1 if index > _SHRAVANA else index))
    return _joined(found)


def _joined(spans: list[tuple[Interval, int]]) -> list[tuple[Interval, int]]:
    # Abhijit's two pieces (end of Uttarashadha, start of Shravana) are one nakshatra of the 28:
    # 280 deg 00' is no edge for the Moon either.
    joined: list[tuple[Interval, int]] = []
    for interval, index in spans:
        if joined and joined[-1][1] == index and joined[-1][0].end == interval.start:
            joined[-1] = (Interval(joined[-1][0].start, interval.end), index)
        else:
            joined.append((interval, index))
    return joined


def _pada_start(period: AngaPeriod, pada: int) -> datetime:
    ends = {p.pada: p.ends_at for p in period.padas}
    # A nakshatra that began the day before lists only its later quarters; the start of the
    # fourth is the end of the third, else a quarter of the span before the end.
    return ends.get(pada - 1, _to_second(period.ends_at - (period.ends_at - period.starts_at) / 4))


def _to_second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def ekargala_spans(day: DayPanchangam, sun: SunTrack) -> list[Interval]:
    """The parts of the day when the Moon is an odd count from the Sun (28 nakshatras)."""
    odd: list[Interval] = []
    for sun_span, sun_index in sun.spans(day):
        for moon_span, moon_index in moon_spans(day):
            if ((moon_index - sun_index) % 28 + 1) % 2 == 1:
                odd += intersect([sun_span], [moon_span])
    return normalised(odd)


def free_of_ekargala(day: DayPanchangam, sun: SunTrack, yogas: list[str]) -> tuple[list[Interval], list[str]]:
    """The parts of the day with no ekargala fault, and when each listed yoga was one."""
    odd = ekargala_spans(day, sun)
    free = [Interval(day.sunrise, day.next_sunrise)]
    notes: list[str] = []
    for period in (p for p in day.yoga if p.name.en in yogas):
        faulty = intersect([Interval(period.starts_at, period.ends_at)], odd)
        free = subtract(free, faulty)
        when = ", ".join(f"{w.start:%H:%M}-{w.end:%H:%M}" for w in faulty)
        notes.append(f"{period.name.en} ({f'ekargala {when}' if faulty else 'no ekargala'})")
    return free, notes or ["no harsh yoga"]
