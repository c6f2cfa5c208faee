"""The default location the calendar computes sunrise and muhurthams for.

Either a place of the AP and Telangana gazetteer (``india.gazetteer``), given by its id or named by
its id, English or Telugu name or an alias, and stored by its id, or coordinates within India with an
optional name.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from india import UnknownPlace
from india.gazetteer import Place, find_place, places

from users_service.domain.errors import UsersError, UsersErrorCode, UsersErrorReason

DEFAULT_TIMEZONE = "Asia/Kolkata"
MAX_CITY_LENGTH = 100
# A box around India's territory, islands included; enough to catch swapped or mistyped coordinates.
_LATITUDE_RANGE = (6.0, 37.5)
_LONGITUDE_RANGE = (68.0, 97.5)


@dataclass(frozen=True, slots=True)
class Location:
    """``city`` is the place's English name, or the name given with coordinates; ``place_id`` is
    the gazetteer id when the location is a gazetteer place."""

    city: str | None
    latitude: float
    longitude: float
    timezone: str
    place_id: str | None = None

    @property
    def stored_city(self) -> str | None:
        """What the profile row keeps: the place's id, else the name given with coordinates."""
        return self.place_id or self.city


def make_location(
    *,
    city: str | None,
    latitude: float | None,
    longitude: float | None,
    timezone: str | None,
    place_id: str | None = None,
) -> Location:
    """A gazetteer place, by id (``place_id``) or by any of its names (``city``), with its
    coordinates filled in; or coordinates within India with an optional name; and a valid timezone."""
    zone = _timezone(timezone or DEFAULT_TIMEZONE)
    if latitude is not None and longitude is not None:
        _check_within_india(latitude, longitude)
        return _named_point(city, latitude, longitude, zone)
    if latitude is not None or longitude is not None:
        raise _refused("Give both latitude and longitude.", UsersErrorReason.LOCATION_INCOMPLETE_COORDINATES)
    place = _place_by_id(place_id) if place_id else _place_or_none(city)
    if place is None:
        raise _refused(
            "Choose a town of Andhra Pradesh or Telangana, or give coordinates.",
            UsersErrorReason.LOCATION_UNKNOWN_PLACE,
            "defaultLocation.placeId" if place_id else "defaultLocation.city",
        )
    return Location(place.name, place.latitude, place.longitude, zone, place.id)


def _refused(message: str, reason: UsersErrorReason, field: str = "defaultLocation") -> UsersError:
    return UsersError(UsersErrorCode.INVALID_LOCATION, message, field, reason=reason)


def _place_by_id(place_id: str) -> Place | None:
    return next((place for place in places() if place.id == place_id.strip()), None)


def stored_location(city: str | None, latitude: float, longitude: float, timezone: str) -> Location:
    """The location a profile row holds. Its city is a place id, or a name from before the
    gazetteer ("Hyderabad", "Rajahmundry"), or a name given with coordinates: the first two read
    back as their gazetteer place, the coordinates always as stored."""
    return _named_point(city, latitude, longitude, timezone)


def _named_point(city: str | None, latitude: float, longitude: float, timezone: str) -> Location:
    place = _place_or_none(city)
    if place is not None:
        return Location(place.name, latitude, longitude, timezone, place.id)
    name = " ".join(city.split())[:MAX_CITY_LENGTH] if city else ""
    return Location(name or None, latitude, longitude, timezone)


def _place_or_none(city: str | None) -> Place | None:
    if city is None or not city.strip():
        return None
    try:
        return find_place(city)
    except UnknownPlace:
        return None


def _check_within_india(latitude: float, longitude: float) -> None:
    inside = (
        _LATITUDE_RANGE[0] <= latitude <= _LATITUDE_RANGE[1]
        and _LONGITUDE_RANGE[0] <= longitude <= _LONGITUDE_RANGE[1]
    )
    if not inside:
        raise _refused("The coordinates are outside India.", UsersErrorReason.LOCATION_OUTSIDE_INDIA)


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _refused(
            f"{name!r} is not a known time zone.",
            UsersErrorReason.LOCATION_UNKNOWN_TIMEZONE,
            "defaultLocation.timezone",
        ) from None
    return name
