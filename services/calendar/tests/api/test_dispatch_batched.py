"""A list of bookings reads its dispatch sheets and return checks together (one dataloader for both):
the same statements for one booking as for three, each answering as it does when asked alone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from servicekit.testing.service import Callers
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from .test_booking_journey import BOOK, CONFIRM, STOCK, booking_input, call

DISPATCH = """mutation($id: ID!) {
  recordDispatch(bookingId: $id, input: {loadedBy: "Raju"}) { errors { code } } }"""
RETURN = """mutation($id: ID!, $item: ID!) { recordReturn(bookingId: $id, input: {checkedBy: "Venkat",
  lines: [{stockItemId: $item, returned: 1, damaged: 1, chargePaise: 5000}]}) { errors { code } } }"""
RELATIONS = """id dispatchSheet { loadedBy lines { item { name } planned dispatched } }
  returnCheck { checkedBy damageChargesPaise lines { item { name } returned damaged } }"""
LIST = f"query($n: Int!) {{ bookings(first: $n) {{ items {{ {RELATIONS} }} }} }}"
ONE = f"query($id: ID!) {{ booking(id: $id) {{ {RELATIONS} }} }}"


@contextmanager
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """The SELECT statements sent through `engine` while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("SELECT"):  # not the test's savepoints
            seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def test_sheets_and_return_checks_of_a_list_cost_what_one_booking_costs(
    client: httpx.AsyncClient, callers: Callers, service_engine: AsyncEngine
) -> None:
    me = callers.headers("organizer")
    item = (await call(client, me, STOCK, i={"name": "Chairs", "unit": "piece", "quantity": 10}))["item"]
    ids = []
    for _ in range(3):
        booking = (await call(client, me, BOOK, i=booking_input(item["id"], 2)))["booking"]
        assert (await call(client, me, CONFIRM, id=booking["id"]))["booking"] == {"status": "CONFIRMED"}
        ids.append(booking["id"])
    for booking_id in ids[:2]:
        assert (await call(client, me, DISPATCH, id=booking_id))["errors"] == []
    assert (await call(client, me, RETURN, id=ids[0], item=item["id"]))["errors"] == []

    with statements(service_engine) as for_one:
        await call(client, me, LIST, n=1)
    with statements(service_engine) as for_three:
        listed = {b["id"]: b for b in (await call(client, me, LIST, n=3))["items"]}

    assert len(for_three) == len(for_one), (for_one, for_three)
    # The list (count, bookings, lines), then for the sheets and checks of all of them: the bookings
    # and lines again (access), sheets and lines, checks and lines, the organizer's items and parts.
    # Read per booking and per relation (before), they grew with every booking listed.
    assert len(for_three) == 11, for_three
    assert [listed[i]["dispatchSheet"]["loadedBy"] for i in ids] == ["Raju", "Raju", None]
    assert [listed[i]["returnCheck"] is not None for i in ids] == [True, False, False]
    assert listed[ids[0]]["returnCheck"]["lines"] == [
        {"item": {"name": "Chairs"}, "returned": 1, "damaged": 1}
    ]
    for booking_id, seen in listed.items():
        assert seen == await call(client, me, ONE, id=booking_id)
