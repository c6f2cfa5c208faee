"""Mean Lahiri (Chitrapaksha) ayanamsa.

DP's end times behave as if the mean ayanamsa is subtracted from apparent longitudes that still carry
nutation, so no nutation term appears here. The value is the Lahiri definition at its epoch (as used
by the Indian Astronomical Ephemeris) advanced by the IAU 2006 general precession in longitude.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

_J2000_TT = 2451545.0
_LAHIRI_EPOCH_TT = 2435553.5  # 1956-03-21
_LAHIRI_AT_EPOCH_DEG = 23.245524743


def _general_precession_arcsec(julian_centuries: FloatArray) -> FloatArray:
    t = julian_centuries
    return t * (5028.796195 + t * (1.1054348 + t * (0.00007964 + t * (-0.000023857))))


def lahiri_ayanamsa(tt: FloatArray) -> FloatArray:
    """Return the mean Lahiri ayanamsa in degrees at the given TT Julian dates."""
    t = (np.asarray(tt, dtype=np.float64) - _J2000_TT) / 36525.0
    t0 = np.float64((_LAHIRI_EPOCH_TT - _J2000_TT) / 36525.0)
    drift = _general_precession_arcsec(t) - _general_precession_arcsec(np.asarray(t0))
    return _LAHIRI_AT_EPOCH_DEG + drift / 3600.0
