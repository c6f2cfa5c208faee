"""Every mutation on a booking or a stock item, as another organizer: refused with FORBIDDEN in the
payload (never a GraphQL error, never done). The policy itself is tested as a matrix in
unit/test_authorization_matrix.py; this checks each mutation goes through it."""

from __future__ import annotations

import uuid

import httpx
import pytest
from servicekit.testing.service import Callers

from .test_booking_journey import BOOK, STOCK, booking_input, call

ON_BOOKING = {
    "updateBooking": 'updateBooking(id: $id, input: {notes: "mine"})',
    "holdBooking": "holdBooking(id: $id)",
    "confirmBooking": "confirmBooking(id: $id)",
    "rescheduleBooking": 'rescheduleBooking(id: $id, schedule: {startsAt: "2027-01-01T10:00:00+05:30", '
    'endsAt: "2027-01-01T12:00:00+05:30"})',
    "cancelBooking": 'cancelBooking(id: $id, reason: "mine")',
    "completeBooking": "completeBooking(id: $id)",
    "recordDispatch": 'recordDispatch(bookingId: $id, input: {loadedBy: "me"})',
    "recordReturn": 'recordReturn(bookingId: $id, input: {checkedBy: "me", lines: []})',
}
ON_ITEM = {
    "updateStockItem": "updateStockItem(id: $id, input: {quantity: 1})",
    "repairStock": "repairStock(id: $id, quantity: 1)",
    "writeOffStock": 'writeOffStock(id: $id, quantity: 1, reason: "mine")',
}


@pytest.mark.parametrize("mutation", sorted(ON_BOOKING))
async def test_another_organizer_cannot_change_a_booking(
    client: httpx.AsyncClient, callers: Callers, mutation: str
) -> None:
    owner = callers.headers("organizer")
    item = (await call(client, owner, STOCK, i={"name": "Chairs", "unit": "chair", "quantity": 10}))["item"]
    booking = (await call(client, owner, BOOK, i=booking_input(item["id"], 5)))["booking"]
    other = callers.as_(str(uuid.uuid4()), {"user", "organizer"})
    query = f"mutation($id: ID!) {{ {ON_BOOKING[mutation]} {{ errors {{ code }} }} }}"
    assert (await call(client, other, query, id=booking["id"]))["errors"] == [{"code": "FORBIDDEN"}]


@pytest.mark.parametrize("mutation", sorted(ON_ITEM))
async def test_another_organizer_cannot_change_a_stock_item(
    client: httpx.AsyncClient, callers: Callers, mutation: str
) -> None:
    owner = callers.headers("organizer")
    item = (await call(client, owner, STOCK, i={"name": "Chairs", "unit": "chair", "quantity": 10}))["item"]
    other = callers.as_(str(uuid.uuid4()), {"user", "organizer"})
    query = f"mutation($id: ID!) {{ {ON_ITEM[mutation]} {{ errors {{ code }} }} }}"
    assert (await call(client, other, query, id=item["id"]))["errors"] == [{"code": "FORBIDDEN"}]


async def test_a_plain_user_cannot_set_a_capacity(client: httpx.AsyncClient, callers: Callers) -> None:
    query = "mutation { setDailyCapacity(input: {unit: EVENTS, perDay: 2}) { errors { code } } }"
    assert (await call(client, callers.headers("user"), query))["errors"] == [{"code": "FORBIDDEN"}]
