"""Output types of the users subgraph and their mapping from domain objects."""

from __future__ import annotations

import strawberry
from india import STATES, State, state_for_code
from india.gazetteer import find_place

from users_service.api.graphql.enums import LanguageType
from users_service.api.graphql.places import PlaceType, place_type
from users_service.domain.accounts import Profile
from users_service.domain.address import Address
from users_service.domain.location import Location


@strawberry.type(name="Address")
class AddressType:
    line1: str
    line2: str | None
    city: str
    district: str | None
    pin_code: str
    state_code: str


@strawberry.type(name="Location")
class LocationType:
    city: str | None
    latitude: float | None
    longitude: float | None
    timezone: str
    place: PlaceType | None = strawberry.field(
        description="The gazetteer place, when the location is one (`city` is then its English name)."
    )


@strawberry.type(name="Profile")
class ProfileType:
    business_name: str | None
    gstin: str | None
    state_code: str | None
    state_name: str | None
    address: AddressType | None
    preferred_language: LanguageType
    default_location: LocationType | None


@strawberry.type(name="State")
class StateType:
    code: str
    name: str
    name_te: str | None


@strawberry.type(name="TokenPair")
class TokenPairType:
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str


def state_type(state: State) -> StateType:
    return StateType(code=state.code, name=state.name, name_te=state.name_te)


def all_states() -> list[StateType]:
    return [state_type(state) for state in STATES]


def address_type(address: Address | None) -> AddressType | None:
    if address is None:
        return None
    return AddressType(
        line1=address.line1,
        line2=address.line2,
        city=address.city,
        district=address.district,
        pin_code=address.pin_code,
        state_code=address.state_code,
    )


def location_type(location: Location | None) -> LocationType | None:
    if location is None:
        return None
    return LocationType(
        city=location.city,
        latitude=location.latitude,
        longitude=location.longitude,
        timezone=location.timezone,
        place=place_type(find_place(location.place_id)) if location.place_id else None,
    )


def profile_type(profile: Profile) -> ProfileType:
    state_name = state_for_code(profile.state_code).name if profile.state_code else None
    return ProfileType(
        business_name=profile.business_name,
        gstin=profile.gstin,
        state_code=profile.state_code,
        state_name=state_name,
        address=address_type(profile.address),
        preferred_language=LanguageType(profile.preferred_language.value),
        default_location=location_type(profile.default_location),
    )
