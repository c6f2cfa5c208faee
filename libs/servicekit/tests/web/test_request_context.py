"""Where a request comes from: the address the gateway forwarded when the request carried the gateway's
secret, the TCP peer otherwise; an X-Forwarded-For alone names nobody."""

from __future__ import annotations

from servicekit.request_context import VOUCHED_BY_GATEWAY, client_address
from starlette.requests import Request
from starlette.types import Scope

from .subgraph_app import subgraph_client

WHERE_FROM = {"query": "{ whereFrom }"}


def scope_from(peer: tuple[str, int] | None, forwarded: str | None = None, *, vouched: bool = False) -> Scope:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    scope: Scope = {"type": "http", "client": peer, "headers": headers}
    if vouched:
        scope[VOUCHED_BY_GATEWAY] = True
    return scope


def test_the_address_is_the_peer_unless_the_gateway_vouches_for_a_forwarded_one() -> None:
    peer = ("127.0.0.1", 50000)
    assert client_address(scope_from(peer)) == "127.0.0.1"
    assert client_address(scope_from(peer, "198.51.100.1")) == "127.0.0.1"
    assert client_address(scope_from(peer, "198.51.100.1", vouched=True)) == "198.51.100.1"
    assert client_address(Request(scope_from(peer, "198.51.100.1", vouched=True))) == "198.51.100.1"


def test_a_vouched_request_without_a_forwarded_address_is_from_its_peer() -> None:
    assert client_address(scope_from(("127.0.0.1", 1), "", vouched=True)) == "127.0.0.1"
    assert client_address(scope_from(None)) == "unknown"
    assert client_address(None) == "unknown"


async def test_resolvers_see_the_address_the_gateway_forwarded() -> None:
    async with subgraph_client(peer="127.0.0.1") as gateway:
        answer = await gateway.post("/graphql", json=WHERE_FROM, headers={"x-forwarded-for": "198.51.100.1"})
        assert answer.json() == {"data": {"whereFrom": "198.51.100.1"}}
        unforwarded = await gateway.post("/graphql", json=WHERE_FROM)
        assert unforwarded.json() == {"data": {"whereFrom": "127.0.0.1"}}
