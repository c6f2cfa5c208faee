"""`/graphql` of every service: Strawberry's plain ASGI app, with the caller taken from the token.

Served as a bare route rather than through Strawberry's FastAPI router: that one resolves the
context as a FastAPI dependency (signature analysis, header parameters, a dependency cache) on every
request, which nothing here needs.
"""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from servicekit.auth.caller import ANONYMOUS, Caller
from servicekit.auth.tokens import InvalidToken, TokenVerifier
from servicekit.graphql.context import ServiceContext
from servicekit.graphql.request_body import graphql_body
from servicekit.request_context import current_request_id

log = structlog.get_logger()


async def caller_from_header(verifier: TokenVerifier, authorization: str | None) -> Caller:
    """Anonymous without a header; a verified caller with one; HTTP 401 for a bad token."""
    if not authorization:
        return ANONYMOUS
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(status_code=401, detail={"code": "MALFORMED_TOKEN"})
    try:
        claims = await verifier.verify(token.strip())
    except InvalidToken as error:
        log.info("token_rejected", reason=error.code)
        raise HTTPException(status_code=401, detail={"code": error.code}) from error
    structlog.contextvars.bind_contextvars(user_id=claims.subject)
    return claims.caller()


class ServiceGraphQL(GraphQL[ServiceContext, None]):
    """The subgraph over HTTP: each request's context names the verified caller (a bad token is a
    401 before anything is parsed) and carries the service's use cases."""

    def __init__(self, schema: Any, *, services: Any, verifier: TokenVerifier) -> None:
        super().__init__(schema, graphql_ide="graphiql")
        self._services = services
        self._verifier = verifier

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> ServiceContext:
        caller = await caller_from_header(self._verifier, request.headers.get("authorization"))
        request_id = current_request_id() or ""
        context = ServiceContext(caller=caller, request_id=request_id, services=self._services)
        context.request = request
        context.response = response if isinstance(response, Response) else None
        return context

    def decode_json(self, data: str | bytes) -> object:
        """A body that is not UTF-8 text holding one JSON object is refused with a coded 400
        (servicekit.graphql.request_body), where Strawberry would answer 500 or untyped text."""
        return graphql_body(data)


class GraphQLRoute(Route):
    """`/graphql` (GET and POST) served by `app`. It names itself in the scope as the route taken:
    Starlette's router does that for any route, FastAPI's only for its own, and the request metrics
    are labelled by it."""

    def __init__(self, app: ServiceGraphQL) -> None:
        super().__init__("/graphql", app, methods=["GET", "POST"])

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = self
        await super().handle(scope, receive, send)
