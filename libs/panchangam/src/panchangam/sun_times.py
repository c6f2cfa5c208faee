"""Sunrise and sunset for a run of days, found in one vectorised pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from skyfield import almanac
from skyfield.api import wgs84

from panchangam.ayanamsa import FloatArray
from panchangam.ephemeris import ephemeris
from panchangam.errors import PanchangamError
from panchangam.places import Place
from panchangam.timebase import local_midnights_tt

# Upper limb with standard refraction (34' refraction + 16' semi-diameter), as almanacs and DP.
UPPER_LIMB_HORIZON_DEG = -50.0 / 60.0
# Traditional "Hindu sunrise": centre of the disc on the horizon, no refraction.
DISC_CENTRE_HORIZON_DEG = 0.0


@dataclass(frozen=True)
class SunTimes:
    """Sunrise and sunset (TT Julian dates) of ``days + 1`` consecutive civil days from ``first``."""

    first: date
    sunrise: FloatArray
    sunset: FloatArray


def sun_times(place: Place, first: date, days: int, *, traditional: bool = False) -> SunTimes:
    """Return sunrises and sunsets for ``days`` civil days from ``first`` plus the following day.

    The extra day carries the next sunrise that closes the last panchangam day.
    """
    eph = ephemeris()
    observer = eph.earth + wgs84.latlon(place.latitude, place.longitude)
    horizon = DISC_CENTRE_HORIZON_DEG if traditional else UPPER_LIMB_HORIZON_DEG
    midnights = local_midnights_tt(first, days + 2, place.zone)
    start = eph.timescale.tt_jd(midnights[0])
    end = eph.timescale.tt_jd(midnights[-1])
    rises, _ = almanac.find_risings(observer, eph.sun, start, end, horizon_degrees=horizon)
    sets, _ = almanac.find_settings(observer, eph.sun, start, end, horizon_degrees=horizon)
    return SunTimes(
        first=first,
        sunrise=_one_per_day(np.asarray(rises.tt), midnights),
        sunset=_one_per_day(np.asarray(sets.tt), midnights),
    )


def _one_per_day(events: FloatArray, midnights: FloatArray) -> FloatArray:
    """Pick, for each civil day, the event that falls inside it."""
    slots = np.searchsorted(midnights, events, side="right") - 1
    per_day = np.full(len(midnights) - 1, np.nan)
    per_day[slots] = events
    if np.isnan(per_day).any():
        raise PanchangamError("no_sunrise", "the Sun does not rise or set on every day here")
    return per_day
