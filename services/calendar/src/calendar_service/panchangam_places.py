"""Where the calendar reckons the panchangam: the organizer's default location, Hyderabad when unset,
or a town a muhurtham search names."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

import panchangam
from india import UnknownPlace
from india import gazetteer as india_gazetteer
from panchangam import Name, PanchangamError, Place

from calendar_service.domain.errors import CalendarError, CalendarErrorCode

DEFAULT_PLACE = "hyderabad"
DEFAULT_TIMEZONE = "Asia/Kolkata"
# Event dates are local dates in Asia/Kolkata (ARCHITECTURE.md section 7).
LOCAL = ZoneInfo(DEFAULT_TIMEZONE)


@dataclass(frozen=True)
class CalendarPlace:
    """A place with its English and Telugu names; `from_profile` is False for the default."""

    place: Place
    name: Name
    from_profile: bool


def default_place() -> CalendarPlace:
    return _gazetteer_place(DEFAULT_PLACE, from_profile=False)


def place_named(name: str, *, field: str = "place") -> CalendarPlace:
    """A town of the gazetteer by English or Telugu name or alias; UNKNOWN_PLACE otherwise."""
    try:
        return _gazetteer_place(name, from_profile=True)
    except PanchangamError:
        raise CalendarError(
            CalendarErrorCode.UNKNOWN_PLACE, f"No town called {name!r} is known.", field
        ) from None


def profile_place(
    location_name: str | None, latitude: float | None, longitude: float | None
) -> CalendarPlace:
    """The organizer's default location as the profile copy keeps it: coordinates win, then the
    town's name; the default when neither is usable (a profile never blocks the calendar)."""
    if latitude is not None and longitude is not None:
        try:
            place = panchangam.make_place(latitude, longitude, DEFAULT_TIMEZONE, location_name or "")
        except PanchangamError:
            return default_place()
        label = location_name or place.name
        return CalendarPlace(place, _names_of(label), from_profile=True)
    if location_name:
        try:
            return _gazetteer_place(location_name, from_profile=True)
        except PanchangamError:
            return default_place()
    return default_place()


def _gazetteer_place(name: str, *, from_profile: bool) -> CalendarPlace:
    place = panchangam.find_place(name)
    return CalendarPlace(place, _names_of(place.name), from_profile)


def _names_of(name: str) -> Name:
    try:
        town = india_gazetteer.find_place(name)
    except UnknownPlace:
        # Cities outside AP and Telangana have no Telugu name in the gazetteer.
        return Name(name.title(), name.title())
    return Name(town.name, town.name_te)
