"""Root finding for moments when a Sun/Moon longitude combination crosses multiples of a span.

Every limb of the panchangam, every new moon and every solar ingress is such a crossing. The
longitudes are sampled once on a regular grid (one vectorised ephemeris call) and crossings are
solved on a four-point cubic interpolant of the samples: the Moon's longitude is smooth enough that
a six-hour grid interpolates it to a few milliarcseconds, well under a second of time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from panchangam.ayanamsa import FloatArray
from panchangam.sky import sidereal_sun_moon

IntArray = npt.NDArray[np.int64]

_NEWTON_STEPS = 4


@dataclass(frozen=True)
class Cycle:
    """The angle ``moon_factor * moon + sun_factor * sun`` cut into ``span``-degree units."""

    span: float
    moon_factor: float
    sun_factor: float

    @property
    def units(self) -> int:
        """How many units make a full circle."""
        return round(360.0 / self.span)


@dataclass(frozen=True)
class SampledSky:
    """Unwrapped sidereal longitudes of the Sun and Moon on a regular TT grid."""

    start: float
    step: float
    sun: FloatArray
    moon: FloatArray

    @classmethod
    def sample(cls, first_tt: float, last_tt: float, step: float) -> SampledSky:
        """Sample from ``first_tt`` to at least ``last_tt`` every ``step`` days."""
        grid = np.arange(first_tt, last_tt + 2 * step, step)
        sun, moon = sidereal_sun_moon(grid)
        return cls(first_tt, step, _unwrap(sun), _unwrap(moon))

    @property
    def times(self) -> FloatArray:
        """The grid's TT Julian dates."""
        return self.start + self.step * np.arange(len(self.sun), dtype=np.float64)

    def angle(self, cycle: Cycle, tt: FloatArray) -> FloatArray:
        """The cycle's unwrapped angle at ``tt`` (inside the grid), by cubic interpolation."""
        values = cycle.moon_factor * self.moon + cycle.sun_factor * self.sun
        return _cubic(values, (np.asarray(tt) - self.start) / self.step)

    def sun_at(self, tt: FloatArray) -> FloatArray:
        """The Sun's sidereal longitude in degrees [0, 360) at ``tt``."""
        return np.asarray(_cubic(self.sun, (np.asarray(tt) - self.start) / self.step) % 360.0)


def crossings(sky: SampledSky, cycle: Cycle) -> tuple[IntArray, FloatArray]:
    """Every crossing inside the grid: the unit (0-based, wrapped) that starts, and when (TT)."""
    values = cycle.moon_factor * sky.moon + cycle.sun_factor * sky.sun
    units = np.floor(values / cycle.span).astype(np.int64)
    i = np.nonzero(np.diff(units))[0]
    target = (units[i + 1] * cycle.span).astype(np.float64)
    rate = (values[i + 1] - values[i]) / sky.step
    guess = sky.times[i] + (target - values[i]) / rate
    return units[i + 1] % cycle.units, solve(sky, cycle, target, guess)


def solve(sky: SampledSky, cycle: Cycle, target: FloatArray, guess: FloatArray) -> FloatArray:
    """Times near ``guess`` where the cycle's unwrapped angle equals ``target``."""
    t, h = guess, 1e-3
    for _ in range(_NEWTON_STEPS):
        value = sky.angle(cycle, t)
        rate = (sky.angle(cycle, t + h) - value) / h
        t = t - (value - target) / rate
    return t


def _unwrap(degrees: FloatArray) -> FloatArray:
    return np.asarray(np.degrees(np.unwrap(np.radians(degrees))), dtype=np.float64)


def _cubic(values: FloatArray, position: FloatArray) -> FloatArray:
    """Four-point Lagrange interpolation of evenly spaced ``values`` at fractional ``position``."""
    k = np.clip(np.floor(position).astype(np.int64), 1, len(values) - 3)
    s = position - k
    p0, p1, p2, p3 = values[k - 1], values[k], values[k + 1], values[k + 2]
    return (
        -s * (s - 1) * (s - 2) / 6 * p0
        + (s + 1) * (s - 1) * (s - 2) / 2 * p1
        - (s + 1) * s * (s - 2) / 2 * p2
        + (s + 1) * s * (s - 1) / 6 * p3
    )
