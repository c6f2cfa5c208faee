"""Only the gateway may call a service's /graphql: every request there must carry the gateway's secret.

The gateway applies the platform's limits (body and query size, depth, aliases, introspection), so a
subgraph that answered anyone on its port would let any local process step around them. The gateway
adds `X-Gateway-Secret` to every subgraph request; a service accepts any of its `GATEWAY_SECRETS` (the
current one and, while rotating, the previous one) and refuses anything else before reading the body.
Routes the edge sends straight to a service (`/.well-known/`, later files, uploads, feeds, webhooks)
are not behind the secret: each checks its own callers (docs/decisions/0013).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from servicekit.refusals import RequestRefused
from servicekit.request_context import VOUCHED_BY_GATEWAY, header

GATEWAY_SECRET_HEADER = b"x-gateway-secret"
GATEWAY_ONLY_PATH = "/graphql"

MISSING = RequestRefused(401, "GATEWAY_SECRET_MISSING", "Only the gateway may call this service's GraphQL.")
WRONG = RequestRefused(403, "GATEWAY_SECRET_INVALID", "Only the gateway may call this service's GraphQL.")


def _digest(value: str) -> bytes:
    # Equal lengths for compare_digest, whatever was sent.
    return hashlib.sha256(value.encode("utf-8", "surrogateescape")).digest()


class GatewayOnly:
    """Refuses a request to /graphql without a valid gateway secret (401 missing, 403 wrong), and marks
    any request with a valid one as vouched for (`request_context.client_address` then trusts the
    address the gateway forwarded)."""

    def __init__(self, app: ASGIApp, *, secrets: Sequence[str]) -> None:
        self.app = app
        self.digests = tuple(_digest(secret) for secret in secrets if secret)

    def vouched(self, given: str | None) -> bool:
        if given is None:
            return False
        digest = _digest(given)
        # Every secret is compared, so the time taken does not tell which one matched.
        return sum(hmac.compare_digest(digest, known) for known in self.digests) > 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        given = header(scope, GATEWAY_SECRET_HEADER)
        if self.vouched(given):
            scope[VOUCHED_BY_GATEWAY] = True
        elif _gateway_only(scope["path"]):
            await _refuse(MISSING if given is None else WRONG, scope, receive, send)
            return
        await self.app(scope, receive, send)


def _gateway_only(path: str) -> bool:
    return path == GATEWAY_ONLY_PATH or path.startswith(GATEWAY_ONLY_PATH + "/")


async def _refuse(refusal: RequestRefused, scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    await refusal.response()(scope, receive, send)
