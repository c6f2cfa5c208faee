"""Payloads from the gateway become typed results; anything off-contract is a typed error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE, GatewayError
from eventxperts_app.api.models import ApiError, PreferredLanguage, Role
from eventxperts_app.api.parsing import (
    parse_auth_payload,
    parse_ok_payload,
    parse_user,
    parse_user_payload,
)

from ..payloads import tokens_json, user_json


def test_a_successful_login_gives_the_user_and_the_token_pair() -> None:
    data = {"login": {"user": user_json(), "tokens": tokens_json(), "errors": []}}
    result = parse_auth_payload(data, "login")
    assert result.errors == ()
    assert result.user is not None
    assert result.user.roles == (Role.USER, Role.ORGANIZER)
    assert result.tokens is not None
    assert (result.tokens.refresh_token, result.tokens.expires_in) == ("r-1", 900)


def test_typed_errors_keep_code_field_and_message() -> None:
    data = {
        "register": {
            "user": None,
            "tokens": None,
            "errors": [
                {"code": "EMAIL_TAKEN", "field": "email", "message": "taken"},
                {"code": "WEAK_PASSWORD", "field": None, "message": "min 10"},
            ],
        }
    }
    result = parse_auth_payload(data, "register")
    assert (result.user, result.tokens) == (None, None)
    assert result.errors == (
        ApiError("EMAIL_TAKEN", "taken", "email"),
        ApiError("WEAK_PASSWORD", "min 10", None),
    )


def test_the_profile_is_mapped_with_address_and_location() -> None:
    profile = parse_user(user_json()).profile
    assert profile.preferred_language is PreferredLanguage.TE
    assert profile.address is not None
    assert (profile.address.pin_code, profile.address.line2) == ("500001", None)
    assert profile.default_location is not None
    assert profile.default_location.latitude == 17.385


def test_an_empty_profile_is_mapped_to_nones() -> None:
    bare = {
        "businessName": None,
        "gstin": None,
        "stateCode": None,
        "stateName": None,
        "preferredLanguage": "EN",
        "address": None,
        "defaultLocation": None,
    }
    profile = parse_user(user_json(profile=bare)).profile
    assert (profile.address, profile.default_location, profile.gstin) == (None, None, None)


@pytest.mark.parametrize(
    "broken",
    [
        user_json(roles=["WIZARD"]),
        user_json(isActive="yes"),
        user_json(id=None),
        user_json(profile=None),
        user_json(roles="ORGANIZER"),
    ],
)
def test_a_user_off_contract_is_an_unexpected_response(broken: dict[str, object]) -> None:
    with pytest.raises(GatewayError) as raised:
        parse_user(broken)
    assert raised.value.code == UNEXPECTED_RESPONSE


def test_update_profile_and_logout_payloads() -> None:
    updated = parse_user_payload({"updateProfile": {"user": user_json(), "errors": []}}, "updateProfile")
    assert updated.user is not None
    assert updated.user.email == "lakshmi@example.in"
    assert parse_ok_payload({"logout": {"ok": True, "errors": []}}, "logout").ok is True


def test_a_refused_erasure_keeps_its_typed_error_on_the_password_field() -> None:
    wrong = {"code": "WRONG_PASSWORD", "field": "password", "message": "The password is wrong."}
    result = parse_ok_payload({"eraseMyAccount": {"ok": False, "errors": [wrong]}}, "eraseMyAccount")
    assert result.ok is False
    assert result.errors == (ApiError("WRONG_PASSWORD", "The password is wrong.", "password"),)


def test_an_erased_account_carries_when_it_was_erased_as_an_instant() -> None:
    erased_json = user_json(name="", phone="", roles=[], isActive=False, erasedAt="2026-11-24T20:15:00+00:00")
    erased = parse_user(erased_json)
    assert erased.erased_at == datetime(2026, 11, 24, 20, 15, tzinfo=UTC)
    assert erased.is_erased
    assert not parse_user(user_json(erasedAt=None)).is_erased
    assert not parse_user(user_json()).is_erased  # a server that does not send the field yet


@pytest.mark.parametrize("erased_at", ["2026-11-24T20:15:00", "yesterday", 1764015300])
def test_an_erasure_time_without_offset_or_unreadable_is_an_unexpected_response(erased_at: object) -> None:
    with pytest.raises(GatewayError) as raised:
        parse_user(user_json(erasedAt=erased_at))
    assert raised.value.code == UNEXPECTED_RESPONSE


def test_a_missing_payload_is_an_unexpected_response() -> None:
    with pytest.raises(GatewayError) as raised:
        parse_auth_payload({"login": None}, "login")
    assert raised.value.code == UNEXPECTED_RESPONSE
