"""The default location the calendar computes sunrise and muhurthams for."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from users_service.domain.errors import UsersError, UsersErrorCode

DEFAULT_TIMEZONE = "Asia/Kolkata"
# A box around India's territory, islands included; enough to catch swapped or mistyped coordinates.
_LATITUDE_RANGE = (6.0, 37.5)
_LONGITUDE_RANGE = (68.0, 97.5)


@dataclass(frozen=True, slots=True)
class Location:
    city: str | None
    latitude: float
    longitude: float
    timezone: str


KNOWN_CITIES: dict[str, tuple[float, float]] = {
    "Hyderabad": (17.385, 78.4867),
    "Warangal": (17.9689, 79.5941),
    "Karimnagar": (18.4386, 79.1288),
    "Khammam": (17.2473, 80.1514),
    "Nizamabad": (18.6725, 78.094),
    "Vijayawada": (16.5062, 80.648),
    "Visakhapatnam": (17.6868, 83.2185),
    "Guntur": (16.3067, 80.4365),
    "Tirupati": (13.6288, 79.4192),
    "Nellore": (14.4426, 79.9865),
    "Kurnool": (15.8281, 78.0373),
    "Kakinada": (16.9891, 82.2475),
    "Rajahmundry": (17.0005, 81.804),
    "Anantapur": (14.6819, 77.6006),
}
_CITY_BY_KEY = {name.lower(): name for name in KNOWN_CITIES}


def make_location(
    *, city: str | None, latitude: float | None, longitude: float | None, timezone: str | None
) -> Location:
    """A known city (its coordinates filled in) or coordinates within India, plus a valid timezone."""
    zone = _timezone(timezone or DEFAULT_TIMEZONE)
    if latitude is not None and longitude is not None:
        _check_within_india(latitude, longitude)
        return Location(_known_city_or_none(city), latitude, longitude, zone)
    if latitude is not None or longitude is not None:
        raise UsersError(
            UsersErrorCode.INVALID_LOCATION, "Give both latitude and longitude.", "defaultLocation"
        )
    if city is None or city.strip().lower() not in _CITY_BY_KEY:
        known = ", ".join(KNOWN_CITIES)
        raise UsersError(
            UsersErrorCode.INVALID_LOCATION,
            f"Choose one of {known}, or give coordinates.",
            "defaultLocation.city",
        )
    name = _CITY_BY_KEY[city.strip().lower()]
    latitude, longitude = KNOWN_CITIES[name]
    return Location(name, latitude, longitude, zone)


def _known_city_or_none(city: str | None) -> str | None:
    if city is None or not city.strip():
        return None
    name = " ".join(city.split())
    return _CITY_BY_KEY.get(name.lower(), name[:100])


def _check_within_india(latitude: float, longitude: float) -> None:
    inside = (
        _LATITUDE_RANGE[0] <= latitude <= _LATITUDE_RANGE[1]
        and _LONGITUDE_RANGE[0] <= longitude <= _LONGITUDE_RANGE[1]
    )
    if not inside:
        raise UsersError(
            UsersErrorCode.INVALID_LOCATION,
            "The coordinates are outside India.",
            "defaultLocation",
        )


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsersError(
            UsersErrorCode.INVALID_LOCATION,
            f"{name!r} is not a known time zone.",
            "defaultLocation.timezone",
        ) from None
    return name
