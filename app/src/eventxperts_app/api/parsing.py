"""Maps the gateway's JSON payloads to the typed results in api.models (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_datetime,
    optional_float,
    optional_str,
    required_bool,
    required_int,
    required_str,
)
from eventxperts_app.api.models import (
    Address,
    ApiError,
    AuthResult,
    Location,
    OkResult,
    PreferredLanguage,
    Profile,
    Role,
    TokenPair,
    User,
    UserResult,
)


def parse_errors(raw: object) -> tuple[ApiError, ...]:
    return tuple(
        ApiError(
            code=required_str(error, "code"),
            message=required_str(error, "message"),
            field=optional_str(error, "field"),
            reason=optional_str(error, "reason"),
        )
        for error in (as_object(item, "error") for item in as_list(raw, "errors"))
    )


def parse_address(raw: object) -> Address | None:
    if raw is None:
        return None
    obj = as_object(raw, "address")
    return Address(
        line1=required_str(obj, "line1"),
        line2=optional_str(obj, "line2"),
        city=required_str(obj, "city"),
        district=optional_str(obj, "district"),
        pin_code=required_str(obj, "pinCode"),
        state_code=required_str(obj, "stateCode"),
    )


def parse_location(raw: object) -> Location | None:
    if raw is None:
        return None
    obj = as_object(raw, "defaultLocation")
    place = as_object(obj["place"], "place") if obj.get("place") is not None else None
    return Location(
        timezone=required_str(obj, "timezone"),
        city=optional_str(obj, "city"),
        latitude=optional_float(obj, "latitude"),
        longitude=optional_float(obj, "longitude"),
        place_id=required_str(place, "id") if place else None,
        place_name_te=required_str(place, "nameTe") if place else None,
    )


def parse_profile(raw: object) -> Profile:
    obj = as_object(raw, "profile")
    return Profile(
        preferred_language=enum_member(PreferredLanguage, obj.get("preferredLanguage"), "preferredLanguage"),
        business_name=optional_str(obj, "businessName"),
        gstin=optional_str(obj, "gstin"),
        state_code=optional_str(obj, "stateCode"),
        state_name=optional_str(obj, "stateName"),
        address=parse_address(obj.get("address")),
        default_location=parse_location(obj.get("defaultLocation")),
    )


def parse_user(raw: object) -> User:
    obj = as_object(raw, "user")
    return User(
        id=required_str(obj, "id"),
        name=required_str(obj, "name"),
        email=required_str(obj, "email"),
        phone=required_str(obj, "phone"),
        roles=tuple(enum_member(Role, role, "roles") for role in as_list(obj.get("roles"), "roles")),
        is_active=required_bool(obj, "isActive"),
        profile=parse_profile(obj.get("profile")),
        erased_at=optional_datetime(obj, "erasedAt"),
    )


def parse_optional_user(raw: object) -> User | None:
    return None if raw is None else parse_user(raw)


def parse_tokens(raw: object) -> TokenPair | None:
    if raw is None:
        return None
    obj = as_object(raw, "tokens")
    return TokenPair(
        access_token=required_str(obj, "accessToken"),
        refresh_token=required_str(obj, "refreshToken"),
        expires_in=required_int(obj, "expiresIn"),
        token_type=required_str(obj, "tokenType"),
    )


def payload_of(data: Mapping[str, object], field: str) -> Mapping[str, object]:
    return as_object(data.get(field), field)


def parse_auth_payload(data: Mapping[str, object], field: str) -> AuthResult:
    """`field` is the mutation that answered: register, login or refreshToken."""
    payload = payload_of(data, field)
    return AuthResult(
        user=parse_optional_user(payload.get("user")),
        tokens=parse_tokens(payload.get("tokens")),
        errors=parse_errors(payload.get("errors")),
    )


def parse_user_payload(data: Mapping[str, object], field: str) -> UserResult:
    payload = payload_of(data, field)
    return UserResult(
        user=parse_optional_user(payload.get("user")),
        errors=parse_errors(payload.get("errors")),
    )


def parse_ok_payload(data: Mapping[str, object], field: str) -> OkResult:
    """`field` is the mutation that answered: logout or eraseMyAccount."""
    payload = payload_of(data, field)
    return OkResult(ok=required_bool(payload, "ok"), errors=parse_errors(payload.get("errors")))
