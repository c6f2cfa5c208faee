"""The FastAPI application every service is served as: GraphQL (for the gateway only), health, metrics,
request ids, logs, a body limit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from servicekit.auth.tokens import TokenVerifier
from servicekit.body_limit import BodyLimit
from servicekit.gateway_only import GatewayOnly
from servicekit.graphql.endpoint import GraphQLRoute, ServiceGraphQL, caller_from_header
from servicekit.health import ReadinessCheck, run_checks
from servicekit.metrics import HttpMetrics
from servicekit.refusals import RequestRefused, refusal_handler
from servicekit.request_scope import RequestScope
from servicekit.settings import ServiceSettings

__all__ = ["Lifespan", "caller_from_header", "create_service_app"]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_service_app(
    settings: ServiceSettings,
    *,
    schema: Any,
    services: Any,
    verifier: TokenVerifier,
    readiness_checks: dict[str, ReadinessCheck],
    lifespan: Lifespan | None = None,
    body_limits: Mapping[str, int] | None = None,
) -> FastAPI:
    """One FastAPI app per service process; routes beyond these are added by the service."""
    app = FastAPI(title=settings.service_name, lifespan=lifespan, docs_url=None, redoc_url=None)
    metrics = HttpMetrics(settings.service_name)
    app.add_exception_handler(RequestRefused, refusal_handler)
    # The last added runs first: the request's id and log line, then the gateway's secret, then the
    # body limit, all before the GraphQL router reads a byte.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, larger=body_limits)
    app.add_middleware(GatewayOnly, secrets=settings.gateway_secret_list)
    app.add_middleware(RequestScope, metrics=metrics)
    _add_operational_routes(app, metrics, readiness_checks)
    app.router.routes.append(GraphQLRoute(ServiceGraphQL(schema, services=services, verifier=verifier)))
    return app


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
