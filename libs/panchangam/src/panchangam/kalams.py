"""Day divisions: the eighths (rahu kalam, yamagandam, gulika), muhurtas, varjyam, amrit kalam.

All take TT Julian dates and return ``(start, end)`` pairs of TT Julian dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from panchangam.angas import AngaTimeline

Span = tuple[float, float]

# Day-eighth numbers (1-8) by weekday, Sunday first.
RAHU_KALAM_PART = (8, 2, 7, 5, 6, 4, 3)
YAMAGANDAM_PART = (5, 4, 3, 2, 1, 7, 6)
GULIKA_PART = (7, 6, 5, 4, 3, 2, 1)
# Durmuhurtham as DP gives it: day muhurtas (1-15) and night muhurtas (1-15), Sunday first.
DURMUHURTHAM_DAY = ((14,), (9, 12), (4,), (8,), (6, 12), (4, 9), (1, 2))
DURMUHURTHAM_NIGHT: tuple[tuple[int, ...], ...] = ((), (), (7,), (), (), (), ())
ABHIJIT_MUHURTA = 8
WEDNESDAY = 3
# Varjyam and amrit kalam start at these ghatis (of 60) of each nakshatra; each lasts 4 ghatis.
VARJYAM_GHATI = (
    (50,), (24,), (30,), (40,), (14,), (21,), (30,), (20,), (32,),
    (30,), (20,), (18,), (21,), (20,), (14,), (14,), (10,), (14,),
    (20, 56), (24,), (20,), (10,), (10,), (18,), (16,), (24,), (30,),
)  # fmt: skip
AMRIT_GHATI = (
    42, 48, 54, 52, 38, 35, 54, 44, 56,
    54, 44, 42, 45, 44, 38, 38, 34, 38,
    44, 48, 44, 34, 34, 42, 40, 48, 54,
)  # fmt: skip
_GHATIS_PER_SPAN = 60.0
_WINDOW_GHATIS = 4.0


@dataclass(frozen=True)
class SolarDay:
    """The sun-bounded frame of one panchangam day (TT Julian dates); ``vara`` 0 = Sunday."""

    vara: int
    previous_sunset: float
    sunrise: float
    sunset: float
    next_sunrise: float

    def eighth(self, part: int) -> Span:
        """Part ``part`` (1-8) of the daylight split in eight."""
        size = (self.sunset - self.sunrise) / 8.0
        return self.sunrise + (part - 1) * size, self.sunrise + part * size

    def day_muhurta(self, number: int) -> Span:
        """Muhurta ``number`` (1-15) of daylight."""
        size = (self.sunset - self.sunrise) / 15.0
        return self.sunrise + (number - 1) * size, self.sunrise + number * size

    def night_muhurta(self, number: int) -> Span:
        """Muhurta ``number`` (1-15) of the night from sunset to the next sunrise."""
        size = (self.next_sunrise - self.sunset) / 15.0
        return self.sunset + (number - 1) * size, self.sunset + number * size


def rahu_kalam(day: SolarDay) -> Span:
    """Rahu kalam: the weekday's day-eighth."""
    return day.eighth(RAHU_KALAM_PART[day.vara])


def yamagandam(day: SolarDay) -> Span:
    """Yamagandam: the weekday's day-eighth."""
    return day.eighth(YAMAGANDAM_PART[day.vara])


def gulika(day: SolarDay) -> Span:
    """Gulika kalam: the weekday's day-eighth."""
    return day.eighth(GULIKA_PART[day.vara])


def durmuhurtham(day: SolarDay) -> list[Span]:
    """Durmuhurthams of the day (DP's table), in time order."""
    spans = [day.day_muhurta(n) for n in DURMUHURTHAM_DAY[day.vara]]
    return spans + [day.night_muhurta(n) for n in DURMUHURTHAM_NIGHT[day.vara]]


def abhijit(day: SolarDay) -> Span | None:
    """Abhijit muhurtham (the 8th day muhurta); DP gives none on Wednesdays."""
    return None if day.vara == WEDNESDAY else day.day_muhurta(ABHIJIT_MUHURTA)


def brahma_muhurtham(day: SolarDay) -> Span:
    """Brahma muhurtham: the 14th muhurta of the night that ends at this sunrise."""
    size = (day.sunrise - day.previous_sunset) / 15.0
    return day.sunrise - 2 * size, day.sunrise - size


def varjyam(day: SolarDay, nakshatras: AngaTimeline) -> list[Span]:
    """Varjyam windows that overlap the day (sunrise to next sunrise)."""
    return _ghati_windows(day, nakshatras, lambda n: VARJYAM_GHATI[n])


def amrit_kalam(day: SolarDay, nakshatras: AngaTimeline) -> list[Span]:
    """Amrit kalam windows that overlap the day (sunrise to next sunrise)."""
    return _ghati_windows(day, nakshatras, lambda n: (AMRIT_GHATI[n],))


def _ghati_windows(
    day: SolarDay, nakshatras: AngaTimeline, ghatis_of: Callable[[int], tuple[int, ...]]
) -> list[Span]:
    windows: list[Span] = []
    # A window lies inside its nakshatra, so only nakshatras overlapping the day can contribute.
    first = int(np.searchsorted(nakshatras.ends, day.sunrise, side="right"))
    last = int(np.searchsorted(nakshatras.starts, day.next_sunrise, side="left"))
    for i in range(first, last):
        start, end = float(nakshatras.starts[i]), float(nakshatras.ends[i])
        ghati = (end - start) / _GHATIS_PER_SPAN
        for at in ghatis_of(int(nakshatras.numbers[i])):
            window = (start + at * ghati, start + (at + _WINDOW_GHATIS) * ghati)
            if window[1] > day.sunrise and window[0] < day.next_sunrise:
                windows.append(window)
    return sorted(windows)
