"""Where a request comes from: the peer, never a forwarding header nobody vouches for."""

from __future__ import annotations

import pytest
from servicekit.client_address import address_block, client_address
from starlette.requests import Request


def request_from(peer: tuple[str, int] | None, headers: dict[str, str] | None = None) -> Request:
    raw = [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    return Request({"type": "http", "client": peer, "headers": raw})


def test_the_address_is_the_peer_of_the_connection() -> None:
    assert client_address(request_from(("203.0.113.7", 50000))) == "203.0.113.7"


def test_an_x_forwarded_for_without_the_gateway_secret_is_not_trusted() -> None:
    request = request_from(("203.0.113.7", 50000), {"x-forwarded-for": "198.51.100.1"})
    assert client_address(request) == "203.0.113.7"


def test_a_request_without_a_peer_is_from_an_unknown_address() -> None:
    assert client_address(request_from(None)) == "unknown"
    assert client_address(None) == "unknown"


@pytest.mark.parametrize(
    ("address", "block"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("unknown", "unknown"),
    ],
)
def test_one_client_is_an_ipv4_address_or_an_ipv6_64(address: str, block: str) -> None:
    assert address_block(address) == block
