"""A muhurtham search costs up to seconds of engine time: one per request, and never queued."""

from __future__ import annotations

import asyncio
from datetime import date

import httpx
from calendar_service.panchangam_search import SearchMuhurtham, search_muhurtham
from servicekit.auth import Caller
from servicekit.errors import ServiceBusy
from servicekit.testing.service import Callers

ALIASED = """query($input: MuhurthamSearchInput!) {
  a: muhurthamSearch(input: $input) { kind }
  b: muhurthamSearch(input: $input) { kind }
  c: muhurthamSearch(input: $input) { kind } }"""


async def test_aliased_searches_in_one_request_run_once_and_the_rest_are_refused(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    search = {"kind": "MARRIAGE", "firstDay": "2026-12-01", "lastDay": "2026-12-03"}
    answer = (
        await client.post(
            "/graphql",
            json={"query": ALIASED, "variables": {"input": search}},
            headers=callers.headers("user"),
        )
    ).json()
    # The field is non-null, so the refusals null the whole answer; what matters is that they came.
    codes = [e["extensions"]["code"] for e in answer["errors"]]
    assert codes, answer
    assert set(codes) == {"ONE_EXPENSIVE_OPERATION_PER_REQUEST"}
    assert {tuple(e["path"]) for e in answer["errors"]} <= {("b",), ("c",)}


async def test_a_search_while_the_search_thread_is_busy_is_refused_at_once_not_queued() -> None:
    command = SearchMuhurtham(
        caller=Caller(user_id="00000000-0000-0000-0000-000000000001"),
        kind="marriage",
        first_day=date(2026, 12, 1),
        last_day=date(2026, 12, 10),
    )

    async def search() -> str:
        try:
            await search_muhurtham(command)
        except ServiceBusy as busy:
            return busy.code
        return "found"

    outcomes = await asyncio.gather(*(search() for _ in range(3)))
    assert sorted(outcomes) == ["TOO_BUSY", "TOO_BUSY", "found"]
