"""Applying a profile update to a profile: validates each given field, keeps the others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from servicekit.errors import InputChecks

from users_service.domain.accounts import Profile
from users_service.domain.address import Address, make_address
from users_service.domain.errors import UsersError, UsersErrorCode, UsersErrorReason
from users_service.domain.indian_inputs import normalise_gstin, state_for_code
from users_service.domain.language import parse_language
from users_service.domain.location import Location, make_location
from users_service.domain.names import normalise_name
from users_service.service_layer.commands import AddressInput, LocationInput, UpdateProfile


def changed_profile(profile: Profile, command: UpdateProfile) -> Profile:
    """Validate each given field and apply it, reporting every bad field at once; a GSTIN must
    belong to the profile's state."""
    checks = InputChecks()
    for change in _changes(command):
        profile = checks.check(partial(change, profile)) or profile
    checks.raise_failures()
    _check_gstin_matches_state(profile, gstin_given=command.gstin is not None)
    return profile


def _changes(command: UpdateProfile) -> list[Callable[[Profile], Profile]]:
    changes: list[Callable[[Profile], Profile]] = []
    if (business_name := command.business_name) is not None:
        changes.append(lambda p: replace(p, business_name=_business_name(business_name)))
    if (state_code := command.state_code) is not None:
        changes.append(lambda p: replace(p, state_code=_state_code(state_code)))
    if (gstin := command.gstin) is not None:
        changes.append(lambda p: _with_gstin(p, gstin.strip()))
    if (address := command.address) is not None:
        changes.append(lambda p: replace(p, address=_address(address)))
    if (language := command.preferred_language) is not None:
        changes.append(lambda p: replace(p, preferred_language=parse_language(language)))
    if (location := command.default_location) is not None:
        changes.append(lambda p: replace(p, default_location=_location(location)))
    return changes


def _state_code(raw: str) -> str | None:
    code = raw.strip()
    return state_for_code(code).code if code else None


def _business_name(raw: str) -> str | None:
    name = raw.strip()
    return normalise_name(name, field="businessName") if name else None


def _address(given: AddressInput) -> Address:
    return make_address(
        line1=given.line1,
        line2=given.line2,
        city=given.city,
        district=given.district,
        pin_code=given.pin_code,
        state_code=given.state_code,
    )


def _location(where: LocationInput) -> Location:
    return make_location(
        place_id=where.place_id,
        city=where.city,
        latitude=where.latitude,
        longitude=where.longitude,
        timezone=where.timezone,
    )


def _with_gstin(profile: Profile, raw: str) -> Profile:
    if not raw:
        return replace(profile, gstin=None)
    gstin = normalise_gstin(raw)
    if profile.state_code is None:
        # A GSTIN names the state it is registered in; take it when the profile has none yet.
        return replace(profile, gstin=gstin, state_code=_current_state_or_none(gstin[:2]))
    return replace(profile, gstin=gstin)


def _check_gstin_matches_state(profile: Profile, *, gstin_given: bool) -> None:
    if profile.gstin is None or profile.state_code is None:
        return
    if profile.gstin[:2] != profile.state_code:
        message = f"The GSTIN is registered in state {profile.gstin[:2]}, not {profile.state_code}."
        mismatch = UsersErrorReason.GSTIN_STATE_MISMATCH
        if gstin_given:
            raise UsersError(UsersErrorCode.INVALID_GSTIN, message, "gstin", reason=mismatch)
        raise UsersError(UsersErrorCode.INVALID_STATE, message, "stateCode", reason=mismatch)


def _current_state_or_none(code: str) -> str | None:
    try:
        return state_for_code(code).code
    except UsersError:
        return None
