"""Bad input answers with typed errors and stable codes, never a 500 or a GraphQL error."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from .graphql_client import LOGIN, REGISTER, graphql_data

VALID = {
    "name": "Ravi Kumar",
    "email": "ravi@example.in",
    "phone": "9876543210",
    "password": "mangoes4sale",
    "role": "USER",
}

UPDATE_PROFILE = """
mutation Update($input: ProfileInput!) {
  updateProfile(input: $input) { user { id } errors { code field message } }
}"""


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"email": "ravi@"}, "INVALID_EMAIL", "email"),
        ({"phone": "12345"}, "INVALID_PHONE", "phone"),
        ({"name": "  "}, "INVALID_NAME", "name"),
        ({"password": "short1"}, "WEAK_PASSWORD", "password"),
        ({"password": "onlyletters"}, "WEAK_PASSWORD", "password"),
        ({"role": "SUPER_ADMIN"}, "INVALID_ROLE", "role"),
    ],
)
async def test_bad_registrations_get_their_code(
    client: httpx.AsyncClient, change: dict[str, str], code: str, field: str
) -> None:
    answer = (await graphql_data(client, REGISTER, {"input": {**VALID, **change}}))["register"]
    assert [(e["code"], e["field"]) for e in answer["errors"]] == [(code, field)]
    assert answer["errors"][0]["message"]
    assert answer["user"] is None
    assert answer["tokens"] is None


async def test_weak_password_messages_say_which_rule(client: httpx.AsyncClient) -> None:
    short = await graphql_data(client, REGISTER, {"input": {**VALID, "password": "a1"}})
    letters = await graphql_data(client, REGISTER, {"input": {**VALID, "password": "a" * 12}})
    assert "10 characters" in short["register"]["errors"][0]["message"]
    assert "letters and digits" in letters["register"]["errors"][0]["message"]


async def test_duplicate_email_gets_email_taken(client: httpx.AsyncClient) -> None:
    await graphql_data(client, REGISTER, {"input": VALID})
    again = await graphql_data(client, REGISTER, {"input": {**VALID, "email": "RAVI@example.in"}})
    assert [e["code"] for e in again["register"]["errors"]] == ["EMAIL_TAKEN"]


async def test_wrong_password_and_unknown_email_read_exactly_the_same(
    client: httpx.AsyncClient,
) -> None:
    await graphql_data(client, REGISTER, {"input": VALID})
    wrong = await graphql_data(
        client, LOGIN, {"input": {"email": VALID["email"], "password": "notmypassword9"}}
    )
    unknown = await graphql_data(
        client, LOGIN, {"input": {"email": "nobody@example.in", "password": "notmypassword9"}}
    )
    assert wrong == unknown
    assert wrong["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"


@pytest.mark.parametrize(
    ("profile", "code"),
    [
        ({"gstin": "27AAPFU0939F1ZA"}, "INVALID_GSTIN"),
        (
            {"address": {"line1": "1 MG Road", "city": "Vijayawada", "pinCode": "052001", "stateCode": "37"}},
            "INVALID_PIN_CODE",
        ),
        ({"stateCode": "40"}, "INVALID_STATE"),
        ({"defaultLocation": {"latitude": 51.5, "longitude": -0.1}}, "INVALID_LOCATION"),
    ],
)
async def test_bad_profile_fields_get_their_code(
    client: httpx.AsyncClient, profile: dict[str, Any], code: str
) -> None:
    token = (await graphql_data(client, REGISTER, {"input": VALID}))["register"]["tokens"]["accessToken"]
    answer = await graphql_data(client, UPDATE_PROFILE, {"input": profile}, token=token)
    assert [e["code"] for e in answer["updateProfile"]["errors"]] == [code]


async def test_updating_a_profile_without_signing_in_is_not_authenticated(
    client: httpx.AsyncClient,
) -> None:
    answer = await graphql_data(client, UPDATE_PROFILE, {"input": {"businessName": "Tents"}})
    assert [e["code"] for e in answer["updateProfile"]["errors"]] == ["NOT_AUTHENTICATED"]


def _escaped_body(query: str, variables: dict[str, Any]) -> str:
    """The request as JSON with every non-ASCII character escaped (how a lone surrogate travels)."""
    return json.dumps({"query": query, "variables": variables}, ensure_ascii=True)


@pytest.mark.parametrize("field", ["email", "password", "name"])
async def test_a_lone_surrogate_in_any_text_is_a_400_not_an_internal_error(
    client: httpx.AsyncClient,
    field: str,
) -> None:
    body = _escaped_body(REGISTER, {"input": {**VALID, field: "\ud800mango"}})
    assert "\\ud800" in body
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "BODY_NOT_UTF8"


async def test_a_surrogate_pair_is_text_and_goes_through(client: httpx.AsyncClient) -> None:
    body = _escaped_body(REGISTER, {"input": {**VALID, "name": "Ravi \U0001f389"}})
    assert "\\ud83c\\udf89" in body  # the emoji travels as an escaped pair
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["data"]["register"]["errors"] == []
