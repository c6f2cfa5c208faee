"""The marketplace graph as the gateway calls it: typed errors in payloads, search, a COD purchase."""

from __future__ import annotations

import httpx
from servicekit.testing.service import Callers

SEARCH = """query($text: String!) {
  shopSearch(input: {text: $text}) { total products { titleEn } } }"""
OPEN = """mutation {
  openShopStore(input: {nameEn: "", pickupLine: "x", pickupCity: "y", pickupPinCode: "1"}) {
    store { id } errors { code field } } }"""
CART = """mutation($v: ID!) {
  setShopCartQuantity(variantId: $v, quantity: -1) { done errors { code field } } }"""


async def test_a_store_with_bad_terms_answers_typed_errors_not_a_graphql_error(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    answer = (
        await client.post("/graphql", json={"query": OPEN}, headers=callers.headers("store_owner"))
    ).json()
    payload = answer["data"]["openShopStore"]
    assert payload["store"] is None
    assert {e["code"] for e in payload["errors"]} == {"INVALID_INPUT"} or {
        e["code"] for e in payload["errors"]
    } >= {
        "INVALID_NAME",
        "INVALID_PIN_CODE",
    }


async def test_a_guest_cannot_fill_a_cart_and_a_bad_id_names_nothing(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    some_id = "0192f0c4-0000-7000-8000-000000000000"
    guest = (await client.post("/graphql", json={"query": CART, "variables": {"v": some_id}})).json()
    assert guest["data"]["setShopCartQuantity"]["errors"][0]["code"] == "NOT_AUTHENTICATED"
    signed_in = (
        await client.post(
            "/graphql", json={"query": CART, "variables": {"v": "x"}}, headers=callers.headers("user")
        )
    ).json()
    assert signed_in["data"]["setShopCartQuantity"]["errors"][0]["code"] == "NOT_FOUND"


async def test_search_answers_guests(client: httpx.AsyncClient) -> None:
    answer = (await client.post("/graphql", json={"query": SEARCH, "variables": {"text": "షామియానా"}})).json()
    assert answer["data"]["shopSearch"]["total"] >= 0


async def test_a_bad_cursor_is_a_typed_graphql_error(client: httpx.AsyncClient) -> None:
    query = '{ shopSearch(after: "###") { total } }'
    answer = (await client.post("/graphql", json={"query": query})).json()
    assert answer["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
