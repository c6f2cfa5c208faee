"""Turning profile rows into domain profiles and back."""

from __future__ import annotations

import uuid
from typing import Any

from users_service.adapters.orm import ProfileRow
from users_service.domain.accounts import Profile
from users_service.domain.address import Address
from users_service.domain.language import Language
from users_service.domain.location import DEFAULT_TIMEZONE, Location, stored_location


def profile_from_row(row: ProfileRow | None) -> Profile:
    if row is None:
        return Profile()
    return Profile(
        preferred_language=Language(row.preferred_language),
        business_name=row.business_name,
        gstin=row.gstin,
        state_code=row.state_code,
        address=_address_from_json(row.address),
        default_location=_location_from_row(row),
    )


def profile_row(user_id: uuid.UUID, profile: Profile) -> ProfileRow:
    location = profile.default_location
    return ProfileRow(
        user_id=user_id,
        preferred_language=profile.preferred_language.value,
        business_name=profile.business_name,
        gstin=profile.gstin,
        state_code=profile.state_code,
        address=_address_to_json(profile.address),
        location_city=location.stored_city if location else None,
        location_latitude=location.latitude if location else None,
        location_longitude=location.longitude if location else None,
        location_timezone=location.timezone if location else None,
    )


def _address_to_json(address: Address | None) -> dict[str, Any] | None:
    if address is None:
        return None
    return {
        "line1": address.line1,
        "line2": address.line2,
        "city": address.city,
        "district": address.district,
        "pin_code": address.pin_code,
        "state_code": address.state_code,
    }


def _address_from_json(data: dict[str, Any] | None) -> Address | None:
    if data is None:
        return None
    return Address(
        line1=data["line1"],
        line2=data.get("line2"),
        city=data["city"],
        district=data.get("district"),
        pin_code=data["pin_code"],
        state_code=data["state_code"],
    )


def _location_from_row(row: ProfileRow) -> Location | None:
    if row.location_latitude is None or row.location_longitude is None:
        return None
    return stored_location(
        row.location_city,
        row.location_latitude,
        row.location_longitude,
        row.location_timezone or DEFAULT_TIMEZONE,
    )
