"""A GraphQL body that is not UTF-8 text holding one JSON object is the client's mistake: a 400 with a
code, never a 500 nor an untyped text answer."""

from __future__ import annotations

import pytest

from .subgraph_app import subgraph_client

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"null", "BODY_NOT_AN_OBJECT"),
        (b"[]", "BODY_NOT_AN_OBJECT"),
        (b'[{"query":"{ fine }"}]', "BODY_NOT_AN_OBJECT"),
        (b"5", "BODY_NOT_AN_OBJECT"),
        (b'"{ fine }"', "BODY_NOT_AN_OBJECT"),
        (b'{"query":"{ fine }"', "BODY_NOT_JSON"),
        (b'{"query":"\xff{ fine }"}', "BODY_NOT_UTF8"),
        (b'{"query":"{ fine }","variables":{"p":"\\ud800mango"}}', "BODY_NOT_UTF8"),
    ],
)
async def test_a_body_that_is_not_one_json_object_of_text_is_a_400_with_a_code(
    body: bytes, code: str
) -> None:
    async with subgraph_client() as client:
        response = await client.post("/graphql", content=body, headers=JSON)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


async def test_a_surrogate_pair_is_text_and_goes_through() -> None:
    body = b'{"query":"query($n: String!) { echo(text: $n) }","variables":{"n":"\\ud83c\\udf89"}}'
    async with subgraph_client() as client:
        response = await client.post("/graphql", content=body, headers=JSON)
    assert response.json() == {"data": {"echo": "\U0001f389"}}


async def test_get_variables_that_are_not_an_object_are_a_400() -> None:
    async with subgraph_client() as client:
        response = await client.get("/graphql", params={"query": "{ fine }", "variables": "null"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "BODY_NOT_AN_OBJECT"


@pytest.mark.parametrize(
    "body",
    [
        b'{"query":"query($n: String!) { echo(text: $n) }","variables":{"n":"Lakshmi\\u0000"}}',
        b'{"query":"query($n: [String!]!) { fine }","variables":{"n":["ok","\\u0000"]}}',
        b'{"query":"{ fine }","variables":{"\\u0000":"key"}}',
        b'{"query":"{ echo(text: \\"a\\\\u0000b\\") }"}',
        b'{"query":"{ echo(text: \\"a\\\\u{0}b\\") }"}',
    ],
)
async def test_a_nul_character_anywhere_in_the_request_is_a_400_with_a_code(body: bytes) -> None:
    async with subgraph_client() as client:
        response = await client.post("/graphql", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "BODY_HOLDS_NUL"


async def test_an_escaped_backslash_before_u0000_is_text_and_goes_through() -> None:
    body = b'{"query":"query($n: String!) { echo(text: $n) }","variables":{"n":"C:\\\\u0000"}}'
    async with subgraph_client() as client:
        response = await client.post("/graphql", content=body, headers=JSON)
    assert response.json() == {"data": {"echo": "C:\\u0000"}}
