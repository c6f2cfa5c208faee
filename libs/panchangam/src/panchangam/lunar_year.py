"""Amanta months (adhika and kshaya), the samvatsara and Shaka year, and the Sun's ingresses."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

import numpy as np

from panchangam.ayanamsa import FloatArray
from panchangam.crossings import Cycle, IntArray, SampledSky, crossings

NEW_MOON = Cycle(360.0, 1.0, -1.0)
SOLAR_SIGN = Cycle(30.0, 0.0, 1.0)
_SYNODIC_MONTH_DAYS = 29.530589
_J2000 = datetime(2000, 1, 1, 12)
# A day: the Sun moves 1 degree and the elongation 12-15, both smooth on this grid.
_SAMPLE_STEP_DAYS = 1.0


@dataclass(frozen=True)
class LunarMonth:
    """An amanta month: ``masa`` 0 = Chaitra .. 11 = Phalguna; times are TT Julian dates."""

    masa: int
    adhika: bool
    kshaya: bool  # two solar ingresses fall inside it (1963 and 1983; next in 2124)
    start: float
    end: float

    @cached_property
    def shaka(self) -> int:
        """Shaka year the month belongs to; the year turns at Ugadi (nija Chaitra)."""
        months_into_year = 12 if (self.adhika and self.masa == 0) else self.masa
        chaitra_start = self.start - months_into_year * _SYNODIC_MONTH_DAYS
        return (_J2000 + timedelta(days=chaitra_start - 2451545.0)).year - 78

    @cached_property
    def samvatsara(self) -> int:
        """0-based index in the 60-year cycle (0 = Prabhava), southern (Shaka) reckoning."""
        return (self.shaka + 12 - 1) % 60


@dataclass(frozen=True)
class SolarIngresses:
    """Moments (TT) the Sun enters sidereal sign ``signs[i]`` (0 = Mesha)."""

    signs: IntArray
    times: FloatArray


@dataclass(frozen=True)
class LunarCalendar:
    """Lunar months and solar ingresses covering a span of time."""

    months: list[LunarMonth]
    ingresses: SolarIngresses

    def month_at(self, tt: float) -> LunarMonth:
        """The amanta month current at ``tt``."""
        return self.months[bisect_right([month.start for month in self.months], tt) - 1]


def lunar_calendar(first_tt: float, last_tt: float) -> LunarCalendar:
    """Find the months (and solar ingresses) current at any instant in [first_tt, last_tt]."""
    sky = SampledSky.sample(first_tt - 70.0, last_tt + 70.0, _SAMPLE_STEP_DAYS)
    _, new_moons = crossings(sky, NEW_MOON)
    ingress_signs, ingress_times = crossings(sky, SOLAR_SIGN)
    signs = np.floor(sky.sun_at(new_moons) / 30.0).astype(np.int64) % 12
    months = [
        LunarMonth(
            masa=int((signs[i] + 1) % 12),
            adhika=bool(signs[i] == signs[i + 1]),
            kshaya=bool((signs[i + 1] - signs[i]) % 12 == 2),
            start=float(new_moons[i]),
            end=float(new_moons[i + 1]),
        )
        for i in range(len(new_moons) - 1)
        if new_moons[i + 1] > first_tt - 1.0 and new_moons[i] <= last_tt + 1.0
    ]
    return LunarCalendar(months, SolarIngresses(ingress_signs, ingress_times))
