"""The request being served, carried through async code so logs and events can name it, and where it
comes from as far as a service can trust that."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

from starlette.requests import HTTPConnection
from starlette.types import Scope

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
# Set on the ASGI scope of a request that carried a valid gateway secret (servicekit.gateway_only).
VOUCHED_BY_GATEWAY = "servicekit.vouched_by_gateway"
UNKNOWN_CLIENT = "unknown"


def current_request_id() -> str | None:
    """The id of the request being served, if any (also the trace id of the events it causes)."""
    return _request_id.get()


def bind_request_id(value: str | None) -> str:
    """Make `value` (or a fresh id) the current request id and return it."""
    request_id = value if value and len(value) <= 128 else str(uuid.uuid4())
    _request_id.set(request_id)
    return request_id


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of the header `name` (lower-case bytes) of an ASGI request, if any."""
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def client_address(request: Scope | HTTPConnection | None) -> str:
    """The client's address: the one the gateway forwarded (X-Forwarded-For), only on a request that
    carried the gateway's secret; otherwise the TCP peer. Anyone can send X-Forwarded-For."""
    if request is None:
        return UNKNOWN_CLIENT
    scope = request.scope if isinstance(request, HTTPConnection) else request
    forwarded = header(scope, b"x-forwarded-for") if scope.get(VOUCHED_BY_GATEWAY) else None
    if forwarded and forwarded.strip():
        return forwarded.rsplit(",", 1)[-1].strip()  # the gateway sends one address
    peer = scope.get("client")
    return str(peer[0]) if peer else UNKNOWN_CLIENT
