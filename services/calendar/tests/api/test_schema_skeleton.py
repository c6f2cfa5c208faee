"""Stock items through the graph: the caller's own, with composites naming their parts."""

import httpx
from servicekit.testing.service import Callers

from .test_booking_journey import STOCK, call


async def test_stock_items_list_the_callers_items_with_their_parts(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    me = callers.headers("organizer")
    pole = (await call(client, me, STOCK, i={"name": "Pole", "unit": "pole", "quantity": 40}))["item"]
    await call(
        client,
        me,
        STOCK,
        i={"name": "Shamiana", "unit": "set", "parts": [{"itemId": pole["id"], "quantity": 8}]},
    )
    listed = await call(
        client, me, "{ stockItems { total items { name usable isComposite parts { name quantity } } } }"
    )
    assert listed["total"] == 2
    assert listed["items"][1] == {
        "name": "Shamiana",
        "usable": 0,
        "isComposite": True,
        "parts": [{"name": "Pole", "quantity": 8}],
    }
