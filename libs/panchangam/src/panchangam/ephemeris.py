"""The bundled ephemeris and timescale, loaded once and shared.

DE421 comes from the skyfield-data wheel and the timescale is skyfield's built-in one, so nothing is
ever downloaded. Paths are resolved from the installed package rather than through
``skyfield_data.get_skyfield_data_path`` because that function warns about expiry dates of files we
do not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from skyfield.api import Loader, load_file


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
    data_dir = files("skyfield_data") / "data"
    kernel = load_file(str(data_dir / "de421.bsp"))
    timescale = Loader(str(data_dir), verbose=False).timescale(builtin=True)
    return Ephemeris(
        timescale=timescale,
        earth=kernel["earth"],
        sun=kernel["sun"],
        moon=kernel["moon"],
        jupiter=kernel["jupiter barycenter"],
        venus=kernel["venus"],
    )
