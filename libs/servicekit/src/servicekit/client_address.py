"""The address a request comes from, as far as a service can trust it.

The address the gateway forwards with its secret (`servicekit.request_context.client_address`), else
the TCP peer. A forwarding header alone is never trusted: anyone can send one.
"""

from __future__ import annotations

import ipaddress

from starlette.requests import HTTPConnection

from servicekit.request_context import UNKNOWN_CLIENT
from servicekit.request_context import client_address as vouched_client_address

__all__ = ["UNKNOWN_CLIENT", "address_block", "client_address"]


def client_address(request: HTTPConnection | None) -> str:
    """The client's address: the one the gateway vouches for, else the connection's peer."""
    return vouched_client_address(request)


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
