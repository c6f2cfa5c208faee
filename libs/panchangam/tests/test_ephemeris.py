"""The ephemeris and timescale are built without ``skyfield.api`` but must equal what it builds."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from panchangam.ephemeris import builtin_timescale, ephemeris
from skyfield.api import load

# 1900 to 2050 every ten days, and second by second across the leap second that ended 2016
# (2017-01-01 00:00:00 UTC is 00:01:09.184 TT).
_LEAP_TT = 2457754.5 + 69.184 / 86400.0
_TT = np.concatenate([np.arange(2415020.5, 2469807.5, 10.0), _LEAP_TT + np.arange(-3, 4) / 86400.0])


def test_builtin_timescale_matches_skyfields_own() -> None:
    ours, theirs = builtin_timescale().tt_jd(_TT), load.timescale(builtin=True).tt_jd(_TT)
    for scale in ("ut1", "tdb", "delta_t", "dut1"):
        np.testing.assert_array_equal(getattr(ours, scale), getattr(theirs, scale), err_msg=scale)
    np.testing.assert_array_equal(
        np.array([m.timestamp() for m in ours.utc_datetime()]),
        np.array([m.timestamp() for m in theirs.utc_datetime()]),
    )


def test_de421_bodies_are_those_of_the_skyfield_data_kernel() -> None:
    bodies = ephemeris()
    assert (bodies.sun.target, bodies.moon.target, bodies.venus.target) == (10, 301, 299)
    assert bodies.jupiter.target == 5
    assert "de421.bsp" in repr(bodies.earth)


def test_importing_the_engine_leaves_out_modules_a_daily_panchangam_never_needs() -> None:
    probe = (
        "import sys, panchangam; "
        "print(' '.join(m for m in ('skyfield.api', 'skyfield.iokit', 'ssl', 'urllib.request', "
        "'skyfield_data', 'importlib.resources', 'panchangam.muhurtham') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert loaded.stdout.split() == []
