"""Moudyami (combustion) of Guru and Shukra: too close to the Sun to be seen, so no marriages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from panchangam.ayanamsa import FloatArray
from panchangam.sky import elongation_from_sun
from panchangam.timebase import LocalClock, local_midnight_tt

# Elongation from the Sun below which Telugu pandits count the planet as combust, in degrees.
COMBUST_BELOW_DEG = {"jupiter": 11.0, "venus": 10.0}
# Elongations change by at most ~1.3 degrees a day, so a three-day grid brackets every crossing;
# dates are all that matter, and three secant steps pin the crossings to well under an hour.
_SAMPLE_STEP_DAYS = 3.0
_SECANT_STEPS = 3
_MARGIN_DAYS = 100  # longer than any combustion (Shukra's longest is about 80 days)


@dataclass(frozen=True)
class MoudyamiWindow:
    """``planet`` is combust from ``first`` to ``last`` (local dates of the moments it starts/ends)."""

    planet: str
    first: date
    last: date

    def covers(self, day: date) -> bool:
        """Whether the planet is combust at some moment of ``day``."""
        return self.first <= day <= self.last


def moudyami_windows(first: date, last: date, zone: ZoneInfo) -> list[MoudyamiWindow]:
    """Combustion windows of Guru and Shukra that touch the dates ``first`` to ``last``."""
    start_tt = local_midnight_tt(first, zone) - _MARGIN_DAYS
    end_tt = local_midnight_tt(last, zone) + _MARGIN_DAYS
    samples = np.arange(start_tt, end_tt, _SAMPLE_STEP_DAYS)
    clock = LocalClock(zone, start_tt, end_tt)
    windows: list[MoudyamiWindow] = []
    for planet, limit in COMBUST_BELOW_DEG.items():
        below = elongation_from_sun(planet, samples) - limit
        entries = _refine(planet, limit, _sign_changes(samples, below, entering=True))
        exits = _refine(planet, limit, _sign_changes(samples, below, entering=False))
        for entry in entries:
            later = exits[exits > entry]
            if len(later) == 0:
                continue
            window = MoudyamiWindow(planet, clock.at(entry).date(), clock.at(later[0]).date())
            if window.last >= first and window.first <= last:
                windows.append(window)
    return windows


def _sign_changes(t: FloatArray, value: FloatArray, *, entering: bool) -> FloatArray:
    negative = value < 0
    i = np.nonzero(negative[1:] & ~negative[:-1] if entering else ~negative[1:] & negative[:-1])[0]
    return t[i] + value[i] / (value[i] - value[i + 1]) * (t[i + 1] - t[i])


def _refine(planet: str, limit: float, guess: FloatArray) -> FloatArray:
    t, previous = guess, guess - 1.0
    error_before = elongation_from_sun(planet, previous) - limit
    for _ in range(_SECANT_STEPS):
        if len(t) == 0:
            break
        error = elongation_from_sun(planet, t) - limit
        slope = np.where(t != previous, (error - error_before) / np.where(t != previous, t - previous, 1), 1)
        previous, error_before = t, error
        t = t - error / np.where(slope == 0, 1e-9, slope)
    return t


def combust_on(day: date, windows: list[MoudyamiWindow]) -> list[str]:
    """Planets combust at some moment of ``day`` according to ``windows``."""
    return [w.planet for w in windows if w.covers(day)]


def days_between(first: date, last: date) -> list[date]:
    """Every date from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
