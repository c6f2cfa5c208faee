"""Applying a profile update to a profile: validates each given field, keeps the others."""

from __future__ import annotations

from dataclasses import replace

from users_service.domain.accounts import Profile
from users_service.domain.address import make_address
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.gstin import normalise_gstin
from users_service.domain.language import parse_language
from users_service.domain.location import make_location
from users_service.domain.names import normalise_name
from users_service.domain.states import state_for_code
from users_service.service_layer.commands import UpdateProfile


def changed_profile(profile: Profile, command: UpdateProfile) -> Profile:
    if command.business_name is not None:
        business = command.business_name.strip()
        profile = replace(
            profile, business_name=normalise_name(business, field="businessName") if business else None
        )
    if command.state_code is not None:
        code = command.state_code.strip()
        profile = replace(profile, state_code=state_for_code(code).code if code else None)
    if command.gstin is not None:
        profile = _with_gstin(profile, command.gstin.strip())
    if command.address is not None:
        given = command.address
        profile = replace(
            profile,
            address=make_address(
                line1=given.line1,
                line2=given.line2,
                city=given.city,
                district=given.district,
                pin_code=given.pin_code,
                state_code=given.state_code,
            ),
        )
    if command.preferred_language is not None:
        profile = replace(profile, preferred_language=parse_language(command.preferred_language))
    if command.default_location is not None:
        where = command.default_location
        profile = replace(
            profile,
            default_location=make_location(
                city=where.city, latitude=where.latitude, longitude=where.longitude, timezone=where.timezone
            ),
        )
    return profile


def _with_gstin(profile: Profile, raw: str) -> Profile:
    if not raw:
        return replace(profile, gstin=None)
    gstin = normalise_gstin(raw)
    if profile.state_code is None:
        # A GSTIN names the state it is registered in; take it when the profile has none yet.
        return replace(profile, gstin=gstin, state_code=_current_state_or_none(gstin[:2]))
    if profile.state_code != gstin[:2]:
        raise UsersError(
            UsersErrorCode.INVALID_GSTIN,
            f"This GSTIN is registered in state {gstin[:2]}, not {profile.state_code}.",
            "gstin",
        )
    return replace(profile, gstin=gstin)


def _current_state_or_none(code: str) -> str | None:
    try:
        return state_for_code(code).code
    except UsersError:
        return None
