"""The address a request comes from, as far as a service can trust it.

Today that is the TCP peer. Every request to a subgraph comes through the gateway, so the peer is the
gateway for everyone until the gateway forwards the browser's address with its secret; then
`_forwarded_by_gateway` is the one place that reads it. A forwarding header alone is never trusted:
anyone can send one.
"""

from __future__ import annotations

import ipaddress

from starlette.requests import HTTPConnection

UNKNOWN_CLIENT = "unknown"


def client_address(request: HTTPConnection | None) -> str:
    """The client's address: the one the gateway vouches for, else the connection's peer."""
    if request is None:
        return UNKNOWN_CLIENT
    forwarded = _forwarded_by_gateway(request)
    if forwarded is not None:
        return forwarded
    return request.client.host if request.client is not None else UNKNOWN_CLIENT


def _forwarded_by_gateway(request: HTTPConnection) -> str | None:
    """The browser's address as forwarded by the gateway (X-Forwarded-For), trusted only when the
    request carries the gateway's secret. None until the gateway sends both (issue 8 item 6)."""
    return None


def address_block(address: str) -> str:
    """What one client controls: an IPv4 address, or the /64 an IPv6 address is in (a home or a
    phone gets a whole /64, so counting single IPv6 addresses counts nothing)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)
