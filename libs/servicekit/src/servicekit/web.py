"""The FastAPI application every service is served as: GraphQL (for the gateway only), health, metrics,
request ids, logs, a body limit."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Annotated, Any

import structlog
from fastapi import FastAPI, Header, HTTPException, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from strawberry.fastapi import GraphQLRouter

from servicekit.auth.caller import ANONYMOUS, Caller
from servicekit.auth.tokens import InvalidToken, TokenVerifier
from servicekit.body_limit import BodyLimit
from servicekit.gateway_only import GatewayOnly
from servicekit.graphql.context import ServiceContext
from servicekit.graphql.request_body import graphql_body
from servicekit.health import ReadinessCheck, run_checks
from servicekit.metrics import HttpMetrics
from servicekit.refusals import RequestRefused, refusal_handler
from servicekit.request_context import current_request_id
from servicekit.request_scope import RequestScope
from servicekit.settings import ServiceSettings

log = structlog.get_logger()
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_service_app(
    settings: ServiceSettings,
    *,
    schema: Any,
    services: Any,
    verifier: TokenVerifier,
    readiness_checks: dict[str, ReadinessCheck],
    lifespan: Lifespan | None = None,
) -> FastAPI:
    """One FastAPI app per service process; routes beyond these are added by the service."""
    app = FastAPI(title=settings.service_name, lifespan=lifespan, docs_url=None, redoc_url=None)
    metrics = HttpMetrics(settings.service_name)
    app.add_exception_handler(RequestRefused, refusal_handler)
    # The last added runs first: the request's id and log line, then the gateway's secret, then the
    # body limit, all before the GraphQL router reads a byte.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(GatewayOnly, secrets=settings.gateway_secret_list)
    app.add_middleware(RequestScope, metrics=metrics)
    _add_operational_routes(app, metrics, readiness_checks)
    app.include_router(_graphql_router(schema, services, verifier), prefix="/graphql")
    return app


def _graphql_router(schema: Any, services: Any, verifier: TokenVerifier) -> GraphQLRouter[Any, Any]:
    async def context(
        authorization: Annotated[str | None, Header()] = None,
    ) -> ServiceContext:
        caller = await caller_from_header(verifier, authorization)
        return ServiceContext(caller=caller, request_id=current_request_id() or "", services=services)

    return _StrictBodyGraphQLRouter(schema, context_getter=context, graphql_ide="graphiql")


class _StrictBodyGraphQLRouter(GraphQLRouter[Any, Any]):
    """Strawberry's router, refusing with a coded 400 a body that is not UTF-8 text holding one JSON
    object (servicekit.graphql.request_body), where Strawberry would answer 500 or untyped text."""

    def decode_json(self, data: str | bytes) -> object:
        return graphql_body(data)


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


def _add_operational_routes(app: FastAPI, metrics: HttpMetrics, checks: dict[str, ReadinessCheck]) -> None:
    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        results = await run_checks(checks)
        ready = all(r.ok for r in results)
        body = {"ready": ready, "checks": {r.name: {"ok": r.ok, "detail": r.detail} for r in results}}
        return JSONResponse(body, status_code=200 if ready else 503)

    @app.get("/metrics")
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
