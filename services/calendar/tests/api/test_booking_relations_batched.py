"""A list of bookings reads each relation (shortages, exceedsStock, activity, reschedules) through the
request's dataloaders: every booking in the list answers exactly as it does when asked alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from servicekit.testing.service import Callers

from .test_booking_journey import BOOK, CONFIRM, STOCK, booking_input, call

RELATIONS = """id status exceedsStock shortages { item { name } wanted available shortBy heldBy { id } }
  activity(first: 2) { total nextCursor items { action } } scheduleHistory { reason }"""
LIST = f"query {{ bookings(first: 20) {{ items {{ {RELATIONS} }} }} }}"
ONE = f"query($id: ID!) {{ booking(id: $id) {{ {RELATIONS} }} }}"
HOLD = """mutation($id: ID!, $until: DateTime) {
  holdBooking(id: $id, holdUntil: $until) { booking { status } errors { code } } }"""


async def test_each_booking_of_a_list_reads_its_relations_as_it_would_alone(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    item = (await call(client, me, STOCK, i={"name": "Chairs", "unit": "piece", "quantity": 10}))["item"]
    confirmed = (await call(client, me, BOOK, i=booking_input(item["id"], 7)))["booking"]
    assert (await call(client, me, CONFIRM, id=confirmed["id"]))["booking"] == {"status": "CONFIRMED"}
    until = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    fits, beyond = [(await call(client, me, BOOK, i=booking_input(item["id"], n)))["booking"] for n in (3, 5)]
    for held in (fits, beyond):
        assert (await call(client, me, HOLD, id=held["id"], until=until))["errors"] == []

    listed = {b["id"]: b for b in (await call(client, me, LIST))["items"]}

    assert {i: b["exceedsStock"] for i, b in listed.items()} == {
        confirmed["id"]: False,
        fits["id"]: False,
        beyond["id"]: True,
    }
    assert listed[beyond["id"]]["shortages"] == [
        {
            "item": {"name": "Chairs"},
            "wanted": 5,
            "available": 3,
            "shortBy": 2,
            "heldBy": [{"id": confirmed["id"]}],
        }
    ]
    for booking_id, seen in listed.items():
        assert seen == await call(client, me, ONE, id=booking_id)
