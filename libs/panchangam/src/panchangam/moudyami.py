"""Moudyami (combustion) of Guru and Shukra: too close to the Sun to be seen, so no marriages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from panchangam.ayanamsa import FloatArray
from panchangam.sky import elongations_from_sun
from panchangam.timebase import LocalClock, local_midnight_tt

# Elongation from the Sun below which Telugu pandits count the planet as combust, in degrees.
COMBUST_BELOW_DEG = {"jupiter": 11.0, "venus": 10.0}
_PLANETS = tuple(COMBUST_BELOW_DEG)
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
    sampled = elongations_from_sun(_PLANETS, samples)
    guesses = {p: _sign_changes(samples, sampled[p] - COMBUST_BELOW_DEG[p]) for p in _PLANETS}
    crossings = _refine(guesses)
    clock = LocalClock(zone, start_tt, end_tt)
    windows: list[MoudyamiWindow] = []
    for planet, (times, entering) in crossings.items():
        for i in range(len(times) - 1):
            # Crossings alternate; an entry followed by an exit brackets one window.
            if not entering[i] or entering[i + 1]:
                continue
            window = MoudyamiWindow(planet, clock.at(times[i]).date(), clock.at(times[i + 1]).date())
            if window.last >= first and window.first <= last:
                windows.append(window)
    return windows


def _sign_changes(t: FloatArray, value: FloatArray) -> FloatArray:
    """Interpolated times where ``value`` changes sign."""
    i = np.nonzero(np.sign(value[1:]) != np.sign(value[:-1]))[0]
    return t[i] + value[i] / (value[i] - value[i + 1]) * (t[i + 1] - t[i])


def _refine(guesses: dict[str, FloatArray]) -> dict[str, tuple[FloatArray, npt.NDArray[np.bool_]]]:
    """Secant steps for every crossing of every planet together (one ephemeris pass per step).

    Returns, per planet, the crossing times and whether each one enters combustion.
    """
    t = np.concatenate([guesses[p] for p in _PLANETS])
    owner = np.concatenate([np.full(len(guesses[p]), n) for n, p in enumerate(_PLANETS)])
    limit = np.array([COMBUST_BELOW_DEG[p] for p in _PLANETS])[owner]

    def error_at(tt: FloatArray) -> FloatArray:
        if len(tt) == 0:
            return tt
        by_planet = elongations_from_sun(_PLANETS, tt)
        chosen = np.asarray(np.choose(owner, [by_planet[p] for p in _PLANETS]), dtype=np.float64)
        return chosen - np.asarray(limit, dtype=np.float64)

    previous, error_before = t - 1.0, error_at(t - 1.0)
    for _ in range(_SECANT_STEPS):
        error = error_at(t)
        moved = t - previous
        slope = np.where(moved != 0, (error - error_before) / np.where(moved != 0, moved, 1.0), 1.0)
        previous, error_before = t, error
        t = t - error / np.where(slope == 0, 1e-9, slope)
    entering = error_at(t + 0.01) < 0  # just after the crossing the planet is inside the limit
    return {p: (t[owner == n], entering[owner == n]) for n, p in enumerate(_PLANETS)}


def combust_on(day: date, windows: list[MoudyamiWindow]) -> list[str]:
    """Planets combust at some moment of ``day`` according to ``windows``."""
    return [w.planet for w in windows if w.covers(day)]
