"""The request being served, carried through async code so logs and events can name it."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

from starlette.types import Scope

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


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
