"""Telugu panchangam engine: the five limbs, kalams, masa and samvatsara, festivals, muhurthams.

Astronomy runs on skyfield with the DE421 ephemeris bundled in skyfield-data (1900-2050);
conventions follow drikpanchang.com (see README).
"""

from __future__ import annotations

from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Any

from panchangam.almanac import build_days
from panchangam.errors import PanchangamError
from panchangam.model import (
    AngaPeriod,
    DayPanchangam,
    Festival,
    Interval,
    Masa,
    PadaEnd,
    Samvatsara,
)
from panchangam.names import Name
from panchangam.places import Place, find_place, gazetteer, make_place

if TYPE_CHECKING:
    from panchangam.muhurtham import (
        BirthStars,
        MuhurthamDay,
        MuhurthamSearch,
        RejectedDay,
        find_muhurtham,
    )
    from panchangam.muhurtham_rules import EventKind, event_kinds

# The muhurtham finder and its rules load on first use: a process that only needs the daily
# panchangam (the CLI's day and month views, the calendar overlay) never imports them.
_LAZY = {
    "BirthStars": "panchangam.muhurtham",
    "MuhurthamDay": "panchangam.muhurtham",
    "MuhurthamSearch": "panchangam.muhurtham",
    "RejectedDay": "panchangam.muhurtham",
    "find_muhurtham": "panchangam.muhurtham",
    "EventKind": "panchangam.muhurtham_rules",
    "event_kinds": "panchangam.muhurtham_rules",
}

__all__ = [
    "AngaPeriod",
    "BirthStars",
    "DayPanchangam",
    "EventKind",
    "Festival",
    "Interval",
    "Masa",
    "MuhurthamDay",
    "MuhurthamSearch",
    "Name",
    "PadaEnd",
    "PanchangamError",
    "Place",
    "RejectedDay",
    "Samvatsara",
    "day",
    "days",
    "event_kinds",
    "festivals_of_year",
    "find_muhurtham",
    "find_place",
    "gazetteer",
    "make_place",
]


def day(on: date, place: Place, *, traditional_sunrise: bool = False) -> DayPanchangam:
    """Panchangam of the civil day ``on`` at ``place`` (sunrise to next sunrise).

    ``traditional_sunrise`` uses the centre of the Sun's disc without refraction instead of DP's
    upper limb with refraction; the kalams follow whichever sunrise is chosen.
    """
    return days(on, on, place, traditional_sunrise=traditional_sunrise)[0]


def festivals_of_year(year: int, place: Place) -> list[tuple[date, Festival]]:
    """The festivals of a Gregorian year at ``place``, in date order, each with its rule."""
    return [
        (each.date, festival)
        for each in days(date(year, 1, 1), date(year, 12, 31), place)
        for festival in each.festivals
    ]


def days(first: date, last: date, place: Place, *, traditional_sunrise: bool = False) -> list[DayPanchangam]:
    """Panchangam of every day from ``first`` to ``last`` inclusive, computed in one pass.

    Raises ``PanchangamError`` (``invalid_range``, ``range_too_long``, ``date_out_of_range``).
    """
    return build_days(first, last, place, traditional=traditional_sunrise)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'panchangam' has no attribute {name!r}")
