"""The bundled ephemeris and timescale, loaded once and shared.

DE421 comes from the skyfield-data wheel and the timescale is skyfield's built-in one, so nothing is
ever downloaded. Only the skyfield modules the engine computes with are imported: ``skyfield.api``
would also import its downloader (urllib, ssl, http, email), satellites and star catalogues, which
the engine never uses and which cost a cold process more than the year's computation. The
timescale is therefore built from skyfield's bundled ``iers.npz`` exactly as
``Loader.timescale(builtin=True)`` builds it. The skyfield-data folder is located without importing
the package, whose import checks expiry dates of files we do not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np
from skyfield.functions import load_bundled_npy
from skyfield.jpllib import SpiceKernel
from skyfield.timelib import Timescale


@dataclass(frozen=True)
class Ephemeris:
    """Skyfield objects every computation needs: the timescale and the bodies."""

    timescale: Any
    earth: Any
    sun: Any
    moon: Any
    jupiter: Any
    venus: Any


@cache
def ephemeris() -> Ephemeris:
    """Return the process-wide ephemeris (DE421, 1900-2050) and built-in timescale."""
    kernel = SpiceKernel(str(_skyfield_data_dir() / "de421.bsp"))  # memory-mapped by jplephem
    return Ephemeris(
        timescale=builtin_timescale(),
        earth=kernel["earth"],
        sun=kernel["sun"],
        moon=kernel["moon"],
        jupiter=kernel["jupiter barycenter"],
        venus=kernel["venus"],
    )


def builtin_timescale() -> Any:
    """Skyfield's built-in timescale (its bundled Delta T and leap-second tables)."""
    arrays = load_bundled_npy("iers.npz")
    daily_tt = arrays["tt_jd_minus_arange"]
    daily_tt += np.arange(len(daily_tt))
    daily_delta_t = (arrays["delta_t_1e7"] / 1e7).round(7)
    return Timescale((daily_tt, daily_delta_t), arrays["leap_dates"], arrays["leap_offsets"])


def _skyfield_data_dir() -> Path:
    spec = find_spec("skyfield_data")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the skyfield-data package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"
