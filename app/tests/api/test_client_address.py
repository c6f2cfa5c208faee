"""Each browser session's calls name its browser's address (X-Forwarded-For) to the gateway."""

from __future__ import annotations

import httpx
from eventxperts_app.api.client import GatewayClient


def recording_client(seen: list[httpx.Headers]) -> GatewayClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"data": {"ok": True}})

    return GatewayClient(
        "http://gateway.test/graphql", http=httpx.AsyncClient(transport=httpx.MockTransport(answer))
    )


async def test_two_sessions_share_one_client_and_each_names_its_own_browser() -> None:
    seen: list[httpx.Headers] = []
    shared = recording_client(seen)
    await shared.for_client("203.0.113.7").execute("query { ok }", {})
    await shared.for_client("2001:db8::5").execute("query { ok }", {})
    await shared.execute("query { ok }", {})
    assert [h.get("x-forwarded-for") for h in seen] == ["203.0.113.7", "2001:db8::5", None]
    await shared.aclose()


async def test_anything_but_an_ip_address_is_not_forwarded() -> None:
    seen: list[httpx.Headers] = []
    shared = recording_client(seen)
    for reported in ("", None, "not-an-address", "1.2.3.4, 5.6.7.8"):
        await shared.for_client(reported).execute("query { ok }", {})
    assert [h.get("x-forwarded-for") for h in seen] == [None] * 4
    await shared.aclose()
