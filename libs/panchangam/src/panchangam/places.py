"""Places: the AP and Telangana gazetteer of the ``india`` library, other Indian cities, coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from india import UnknownDistrict, UnknownPlace
from india import gazetteer as india_gazetteer

from panchangam.bundled_data import load_table
from panchangam.errors import PanchangamError

MAX_ABS_LATITUDE = 66.0


@dataclass(frozen=True)
class Place:
    """A point on Earth with the time zone its panchangam is shown in."""

    name: str
    latitude: float
    longitude: float
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        """The place's time zone."""
        return ZoneInfo(self.timezone)


def make_place(latitude: float, longitude: float, timezone: str, name: str = "") -> Place:
    """Build a place from coordinates, rejecting latitudes where sunrise can fail to happen."""
    if not -MAX_ABS_LATITUDE <= latitude <= MAX_ABS_LATITUDE:
        raise PanchangamError(
            "latitude_out_of_range",
            f"latitude {latitude} is outside +/-{MAX_ABS_LATITUDE}: the Sun may not rise or set",
        )
    if not -180.0 <= longitude <= 180.0:
        raise PanchangamError("longitude_out_of_range", f"longitude {longitude} is not in -180..180")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PanchangamError("unknown_timezone", f"unknown time zone {timezone!r}") from error
    label = name or f"{latitude:.4f},{longitude:.4f}"
    return Place(name=label, latitude=latitude, longitude=longitude, timezone=timezone)


@cache
def gazetteer() -> dict[str, Place]:
    """The built-in places keyed by id (e.g. ``hyderabad``), sorted: every place of the ``india``
    gazetteer of Andhra Pradesh and Telangana, and the cities elsewhere in ``data/places.json``."""
    places = {place.id: _from_india(place) for place in india_gazetteer.places()}
    places.update(_elsewhere())
    return dict(sorted(places.items()))


def find_place(name: str) -> Place:
    """Look a place up ignoring case, spaces, hyphens and underscores.

    ``name`` is any id, English or Telugu name or alias of the AP and Telangana gazetteer
    (``vizag``, ``విజయవాడ``), a city of ``data/places.json``, or a district of the two states
    (its headquarters stands for it).
    """
    try:
        return gazetteer()[india_gazetteer.find_place(name).id]
    except UnknownPlace:
        pass
    elsewhere = _elsewhere_by_key().get(india_gazetteer.search_key(name))
    return elsewhere if elsewhere is not None else _district_headquarters(name)


def _district_headquarters(name: str) -> Place:
    try:
        district = india_gazetteer.find_district(name)
    except UnknownDistrict:
        raise PanchangamError("unknown_place", f"unknown place {name!r}; try `panchangam places`") from None
    return gazetteer()[district.headquarters]


def _from_india(place: india_gazetteer.Place) -> Place:
    return Place(place.id, place.latitude, place.longitude, place.timezone)


@cache
def _elsewhere() -> dict[str, Place]:
    raw = load_table("places.json")
    return {
        slug: Place(slug, entry["lat"], entry["lon"], entry.get("tz", "Asia/Kolkata"))
        for slug, entry in raw.items()
    }


@cache
def _elsewhere_by_key() -> dict[str, Place]:
    return {india_gazetteer.search_key(slug): place for slug, place in _elsewhere().items()}
