"""The gazetteer's places as the graph shows them: a profile's calendar place, and the picker's search."""

from __future__ import annotations

import strawberry
from india.gazetteer import Place, find_district, search_places

# A picker shows a handful; the cap keeps the list short whatever a client asks.
MAX_PLACES = 50


@strawberry.type(name="District", description="A district of Andhra Pradesh or Telangana.")
class DistrictType:
    id: str
    name: str
    name_te: str
    state_code: str


@strawberry.type(
    name="Place",
    description="A town of the Andhra Pradesh and Telangana gazetteer; `id` is stable (profiles store it).",
)
class PlaceType:
    id: str
    name: str
    name_te: str
    district: DistrictType
    state_code: str
    latitude: float
    longitude: float
    timezone: str


def place_type(place: Place) -> PlaceType:
    district = find_district(place.district)
    return PlaceType(
        id=place.id,
        name=place.name,
        name_te=place.name_te,
        district=DistrictType(
            id=district.id, name=district.name, name_te=district.name_te, state_code=district.state_code
        ),
        state_code=place.state_code,
        latitude=place.latitude,
        longitude=place.longitude,
        timezone=place.timezone,
    )


def places_starting_with(query: str, limit: int = 10) -> list[PlaceType]:
    """Places whose English or Telugu name, an alias or a later word of one starts with `query`,
    best first (india.gazetteer.search_places); `limit` is held between 1 and MAX_PLACES."""
    return [place_type(p) for p in search_places(query, limit=max(1, min(limit, MAX_PLACES)))]
