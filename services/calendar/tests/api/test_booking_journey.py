"""Through /graphql as the gateway calls it: stock, two bookings on one day, the shortage refused with
the item named and who holds it, a cancellation freeing the stock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from servicekit.testing.service import Callers

STOCK = """mutation($i: CreateStockItemInput!) {
  createStockItem(input: $i) { item { id usable } errors { code } } }"""
BOOK = """mutation($i: CreateBookingInput!) {
  createBooking(input: $i) { booking { id status } errors { code field } } }"""
CONFIRM = """mutation($id: ID!) { confirmBooking(id: $id) {
  booking { status } errors { code } shortages { item { name } wanted available shortBy heldBy { id } } } }"""
CANCEL = """mutation($id: ID!) {
  cancelBooking(id: $id, reason: "Family postponed") { booking { status } errors { code } } }"""
DAY = (datetime.now(UTC) + timedelta(days=60)).replace(hour=4, minute=0, second=0, microsecond=0)


async def call(client: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: Any) -> Any:
    answer = (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()
    assert "errors" not in answer, answer
    return next(iter(answer["data"].values()))


def booking_input(item_id: str, quantity: int) -> dict[str, Any]:
    return {
        "eventName": "Gruhapravesam at Kukatpally",
        "kind": "GRUHAPRAVESAM",
        "schedule": {"startsAt": DAY.isoformat(), "endsAt": (DAY + timedelta(hours=5)).isoformat()},
        "venue": {
            "address": "Plot 44, KPHB Colony",
            "district": "Medchal-Malkajgiri",
            "stateCode": "36",
            "pinCode": "500072",
        },
        "client": {"name": "Ramesh Babu", "phones": ["+91 98480 22338", "9949012345"]},
        "lineItems": [
            {"kind": "STOCK", "stockItemId": item_id, "quantity": quantity, "agreedPricePaise": 60000}
        ],
        "agreedTotalPaise": 2500000,
    }


async def test_a_second_booking_is_refused_with_the_item_short_until_the_first_is_cancelled(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    item = (await call(client, me, STOCK, i={"name": "Shamiana 20x40", "unit": "set", "quantity": 2}))["item"]
    first = (await call(client, me, BOOK, i=booking_input(item["id"], 2)))["booking"]
    second = (await call(client, me, BOOK, i=booking_input(item["id"], 1)))["booking"]
    assert (await call(client, me, CONFIRM, id=first["id"]))["booking"] == {"status": "CONFIRMED"}

    refused = await call(client, me, CONFIRM, id=second["id"])
    assert refused["errors"] == [{"code": "STOCK_SHORTAGE"}]
    assert refused["shortages"] == [
        {
            "item": {"name": "Shamiana 20x40"},
            "wanted": 1,
            "available": 0,
            "shortBy": 1,
            "heldBy": [{"id": first["id"]}],
        }
    ]

    assert (await call(client, me, CANCEL, id=first["id"]))["booking"] == {"status": "CANCELLED"}
    assert (await call(client, me, CONFIRM, id=second["id"]))["booking"] == {"status": "CONFIRMED"}


async def test_another_organizer_can_neither_see_nor_confirm_the_booking(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    item = (await call(client, me, STOCK, i={"name": "Light sets", "unit": "set", "quantity": 40}))["item"]
    booking = (await call(client, me, BOOK, i=booking_input(item["id"], 4)))["booking"]
    rival = callers.as_("0195a000-0000-7000-8000-00000000beef", {"user", "organizer"})
    assert (await call(client, rival, CONFIRM, id=booking["id"]))["errors"] == [{"code": "FORBIDDEN"}]
    answer = (
        await client.post(
            "/graphql", json={"query": f'{{ booking(id: "{booking["id"]}") {{ id }} }}'}, headers=rival
        )
    ).json()
    assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = callers.headers("super_admin")
    assert (await call(client, admin, CONFIRM, id=booking["id"]))["booking"] == {"status": "CONFIRMED"}


async def test_bad_input_is_refused_field_by_field_and_nothing_is_written(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    bad = booking_input("0195a000-0000-7000-8000-000000000009", 0)
    bad["schedule"] = {"startsAt": DAY.isoformat(), "endsAt": (DAY - timedelta(hours=1)).isoformat()}
    bad["venue"]["pinCode"] = "0500"
    bad["client"]["phones"] = ["12345"]
    answer = await call(client, me, BOOK, i=bad)
    assert answer["booking"] is None
    assert {(e["code"], e["field"]) for e in answer["errors"]} == {
        ("END_BEFORE_START", "endsAt"),
        ("INVALID_PIN_CODE", "venue.pinCode"),
        ("INVALID_PHONE", "client.phones.0"),
        ("INVALID_QUANTITY", "lineItems.0.quantity"),
    }


async def test_bookings_are_found_by_client_phone_and_status(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    item = (await call(client, me, STOCK, i={"name": "Steel chairs", "unit": "chair", "quantity": 100}))[
        "item"
    ]
    booking = (await call(client, me, BOOK, i=booking_input(item["id"], 10)))["booking"]
    query = (
        """query($f: BookingFilter) { bookings(filter: $f, first: 10) { total items { id } nextCursor } }"""
    )
    found = await call(client, me, query, f={"search": "99490 12345", "statuses": ["ENQUIRY"]})
    assert found == {"total": 1, "items": [{"id": booking["id"]}], "nextCursor": None}
    assert (await call(client, me, query, f={"search": "Somebody Else"}))["total"] == 0
