"""The gazetteer through the graph (`places`, a location by place id) and the exact rule a refused
input broke (`errors { reason }`), so the app can say it in the person's language."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from india.gazetteer import search_places
from users_service.api.graphql.places import MAX_PLACES

from .graphql_client import REGISTER, graphql_data

VALID = {"name": "Ravi", "email": "ravi@example.in", "phone": "9876543210", "password": "mangoes4sale"}

PLACES = """
query Places($query: String!, $limit: Int!) {
  places(query: $query, limit: $limit) { id name nameTe stateCode district { id name nameTe } }
}"""

UPDATE_PROFILE = """
mutation Update($input: ProfileInput!) {
  updateProfile(input: $input) {
    user {
      profile { stateCode defaultLocation { city latitude place { id name nameTe district { name } } } }
    }
    errors { code field message reason }
  }
}"""

REGISTER_ERRORS = (
    "mutation R($input: RegisterInput!) { register(input: $input) { errors { code field reason } } }"
)


async def _token(client: httpx.AsyncClient) -> str:
    answer = await graphql_data(client, REGISTER, {"input": VALID})
    token: str = answer["register"]["tokens"]["accessToken"]
    return token


@pytest.mark.parametrize(
    ("query", "first_id"),
    [("Vija", "vijayawada"), ("విజయ", "vijayawada"), ("Vizag", "visakhapatnam"), ("warangal", "warangal")],
)
async def test_places_are_found_by_an_english_or_telugu_prefix_or_an_alias(
    client: httpx.AsyncClient, query: str, first_id: str
) -> None:
    found = (await graphql_data(client, PLACES, {"query": query, "limit": 5}))["places"]
    assert found[0]["id"] == first_id
    assert found[0]["nameTe"]
    assert found[0]["district"]["nameTe"]
    assert found[0]["stateCode"] in {"36", "37"}


async def test_places_asks_for_no_sign_in_and_answers_as_many_as_asked_for_at_least_one(
    client: httpx.AsyncClient,
) -> None:
    every = (await graphql_data(client, PLACES, {"query": "k", "limit": 1000}))["places"]
    three = (await graphql_data(client, PLACES, {"query": "k", "limit": 3}))["places"]
    one = (await graphql_data(client, PLACES, {"query": "k", "limit": -3}))["places"]
    nothing = (await graphql_data(client, PLACES, {"query": "  ", "limit": 5}))["places"]
    assert [p["id"] for p in every] == [p.id for p in search_places("k", limit=MAX_PLACES)]
    assert (every[:3], every[:1], nothing) == (three, one, [])


async def test_a_location_given_by_place_id_reads_back_with_its_names_in_both_languages(
    client: httpx.AsyncClient,
) -> None:
    token = await _token(client)
    answer = await graphql_data(
        client, UPDATE_PROFILE, {"input": {"defaultLocation": {"placeId": "hanamkonda"}}}, token=token
    )
    location = answer["updateProfile"]["user"]["profile"]["defaultLocation"]
    assert location["city"] == "Hanamkonda"
    assert location["place"] == {
        "id": "hanamkonda",
        "name": "Hanamkonda",
        "nameTe": location["place"]["nameTe"],
        "district": {"name": "Hanumakonda"},
    }
    assert location["place"]["nameTe"]


async def test_coordinates_are_a_location_without_a_place(client: httpx.AsyncClient) -> None:
    token = await _token(client)
    point = {"city": "Our godown", "latitude": 17.05, "longitude": 79.27}
    answer = await graphql_data(client, UPDATE_PROFILE, {"input": {"defaultLocation": point}}, token=token)
    location = answer["updateProfile"]["user"]["profile"]["defaultLocation"]
    assert (location["city"], location["latitude"], location["place"]) == ("Our godown", 17.05, None)


def _location(given: dict[str, Any], field: str, reason: str) -> tuple[dict[str, Any], str, str, str]:
    return {"defaultLocation": given}, "INVALID_LOCATION", field, reason


@pytest.mark.parametrize(
    ("profile", "code", "field", "reason"),
    [
        ({"gstin": "36AABCT1332L1Z"}, "INVALID_GSTIN", "gstin", "GSTIN_LENGTH"),
        ({"gstin": "36AABCT1332L1XF"}, "INVALID_GSTIN", "gstin", "GSTIN_FORMAT"),
        ({"gstin": "99AABCT1332L1ZF"}, "INVALID_GSTIN", "gstin", "GSTIN_STATE_CODE"),
        ({"gstin": "36AABCT1332L1ZA"}, "INVALID_GSTIN", "gstin", "GSTIN_CHECK_CHARACTER"),
        ({"gstin": "36AABCT1332L1ZF", "stateCode": "37"}, "INVALID_GSTIN", "gstin", "GSTIN_STATE_MISMATCH"),
        _location({"placeId": "atlantis"}, "defaultLocation.placeId", "LOCATION_UNKNOWN_PLACE"),
        _location({"city": "London"}, "defaultLocation.city", "LOCATION_UNKNOWN_PLACE"),
        _location({"latitude": 17.0}, "defaultLocation", "LOCATION_INCOMPLETE_COORDINATES"),
        _location({"latitude": 51.5, "longitude": -0.1}, "defaultLocation", "LOCATION_OUTSIDE_INDIA"),
        _location(
            {"city": "Warangal", "timezone": "Mars/Olympus"},
            "defaultLocation.timezone",
            "LOCATION_UNKNOWN_TIMEZONE",
        ),
        ({"stateCode": "40"}, "INVALID_STATE", "stateCode", None),
    ],
)
async def test_a_refused_profile_field_names_the_rule_it_broke(
    client: httpx.AsyncClient, profile: dict[str, Any], code: str, field: str, reason: str | None
) -> None:
    token = await _token(client)
    answer = await graphql_data(client, UPDATE_PROFILE, {"input": profile}, token=token)
    errors = answer["updateProfile"]["errors"]
    assert [(e["code"], e["field"], e["reason"]) for e in errors] == [(code, field, reason)]


async def test_a_state_that_is_not_the_gstin_s_names_the_mismatch_on_the_state(
    client: httpx.AsyncClient,
) -> None:
    token = await _token(client)
    await graphql_data(client, UPDATE_PROFILE, {"input": {"gstin": "36AABCT1332L1ZF"}}, token=token)
    answer = await graphql_data(client, UPDATE_PROFILE, {"input": {"stateCode": "37"}}, token=token)
    errors = answer["updateProfile"]["errors"]
    assert [(e["code"], e["field"], e["reason"]) for e in errors] == [
        ("INVALID_STATE", "stateCode", "GSTIN_STATE_MISMATCH")
    ]


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("a1", "PASSWORD_TOO_SHORT"),
        ("a1" * 70, "PASSWORD_TOO_LONG"),
        ("onlyletters", "PASSWORD_NEEDS_LETTERS_AND_DIGITS"),
        ("ravi@example.in1", None),  # letters, digits and long enough: accepted
    ],
)
async def test_a_weak_password_names_the_rule_it_broke(
    client: httpx.AsyncClient, password: str, reason: str | None
) -> None:
    answer = await graphql_data(client, REGISTER_ERRORS, {"input": {**VALID, "password": password}})
    errors = answer["register"]["errors"]
    assert [e["reason"] for e in errors] == ([reason] if reason else [])


async def test_a_password_that_is_the_email_is_named_so(client: httpx.AsyncClient) -> None:
    email = "ravi2026@example.in"
    answer = await graphql_data(
        client, REGISTER_ERRORS, {"input": {**VALID, "email": email, "password": email}}
    )
    assert [(e["code"], e["reason"]) for e in answer["register"]["errors"]] == [
        ("WEAK_PASSWORD", "PASSWORD_IS_EMAIL")
    ]


async def test_an_error_with_no_rule_to_name_has_no_reason(client: httpx.AsyncClient) -> None:
    answer = await graphql_data(client, REGISTER_ERRORS, {"input": {**VALID, "email": "ravi@"}})
    assert [(e["code"], e["reason"]) for e in answer["register"]["errors"]] == [("INVALID_EMAIL", None)]
