"""Sunrise and sunset for a run of days, solved together in a few vectorised steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from skyfield.toposlib import wgs84

from panchangam.ayanamsa import FloatArray
from panchangam.ephemeris import ephemeris
from panchangam.errors import PanchangamError
from panchangam.places import Place
from panchangam.sky import fast_time
from panchangam.timebase import local_midnights_tt

# Upper limb with standard refraction (34' refraction + 16' semi-diameter), as almanacs and DP.
UPPER_LIMB_HORIZON_DEG = -50.0 / 60.0
# Traditional "Hindu sunrise": centre of the disc on the horizon, no refraction.
DISC_CENTRE_HORIZON_DEG = 0.0
_NEWTON_STEPS = 3
_TAU = 2.0 * np.pi


@dataclass(frozen=True)
class SunTimes:
    """Sunrise and sunset (TT Julian dates) of ``days + 1`` consecutive civil days from ``first``."""

    first: date
    sunrise: FloatArray
    sunset: FloatArray


def sun_times(place: Place, first: date, days: int, *, traditional: bool = False) -> SunTimes:
    """Return sunrises and sunsets for ``days`` civil days from ``first`` plus the following day.

    The extra day carries the next sunrise that closes the last panchangam day. Each day starts
    from the Sun's transit nearest local noon; Newton steps on the hour angle then move all
    risings and settings at once (the Sun's hour angle turns one circle a day).
    """
    observer = ephemeris().earth + wgs84.latlon(place.latitude, place.longitude)
    horizon = np.radians(DISC_CENTRE_HORIZON_DEG if traditional else UPPER_LIMB_HORIZON_DEG)
    latitude = np.radians(place.latitude)
    noons = local_midnights_tt(first, days + 1, place.zone) + 0.5
    hour_angle, declination = _sun_hadec(observer, noons)
    transit = noons - _wrapped(hour_angle) / _TAU
    half_arc = _half_arc(latitude, declination, horizon)
    t = np.concatenate([transit - half_arc / _TAU, transit + half_arc / _TAU])
    side = np.concatenate([-np.ones_like(transit), np.ones_like(transit)])
    for _ in range(_NEWTON_STEPS):
        hour_angle, declination = _sun_hadec(observer, t)
        wanted = side * _half_arc(latitude, declination, horizon)
        t = t + _wrapped(wanted - hour_angle) / _TAU
    return SunTimes(first=first, sunrise=t[: days + 1], sunset=t[days + 1 :])


def _sun_hadec(observer: Any, tt: FloatArray) -> tuple[FloatArray, FloatArray]:
    apparent = observer.at(fast_time(tt)).observe(ephemeris().sun).apparent(deflectors=())
    hour_angle, declination, _ = apparent.hadec()
    return np.asarray(hour_angle.radians), np.asarray(declination.radians)


def _half_arc(latitude: float, declination: FloatArray, horizon: float) -> FloatArray:
    """Hour angle (radians) of the Sun on the horizon; an error where it never gets there."""
    cosine = (np.sin(horizon) - np.sin(latitude) * np.sin(declination)) / (
        np.cos(latitude) * np.cos(declination)
    )
    if (np.abs(cosine) > 1.0).any():
        raise PanchangamError("no_sunrise", "the Sun does not rise or set on every day here")
    return np.asarray(np.arccos(cosine))


def _wrapped(radians: FloatArray) -> FloatArray:
    return np.asarray((radians + np.pi) % _TAU - np.pi)
