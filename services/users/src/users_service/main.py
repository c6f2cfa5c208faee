"""The users service process: `users_service.main:create_app()` and `python -m users_service`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import uvicorn
from fastapi import FastAPI
from servicekit.auth import TokenVerifier
from servicekit.bus.backbone import run_event_backbone
from servicekit.bus.readiness import bus_readiness_check
from servicekit.db import create_engine
from servicekit.health import ReadinessCheck, database_check
from servicekit.logs import configure_logging
from servicekit.postgres import service_database_url
from servicekit.web import create_service_app

from users_service.adapters.access_tokens import LocalTokenVerifier
from users_service.adapters.auth0_management import identity_provider_for
from users_service.api.graphql.schema import users_schema
from users_service.api.well_known import well_known_router
from users_service.bootstrap import UsersServices, build_services
from users_service.migrations import apply_migrations
from users_service.service_layer.identity_cleanup import identity_cleanup_registry
from users_service.settings import UsersSettings


def create_app(settings: UsersSettings | None = None, *, services: UsersServices | None = None) -> FastAPI:
    """The FastAPI app; tests pass `services` wired to their own sessions."""
    settings = settings or UsersSettings()
    if services is None:
        url = service_database_url(settings)
        if settings.run_migrations_on_start:
            apply_migrations(url)
        services = build_services(
            settings, create_engine(url), identity_provider=identity_provider_for(settings)
        )
    # The lifespan adds the bus check once the bus exists; /readyz reads this dict on each call.
    checks: dict[str, ReadinessCheck] = {"database": database_check(services.engine)}
    app = create_service_app(
        settings,
        schema=users_schema(),
        services=services,
        verifier=_verifier(services),
        readiness_checks=checks,
        lifespan=_lifespan(services, checks),
    )
    if settings.auth_provider == "builtin":
        app.include_router(well_known_router(services))
    return app


def _verifier(services: UsersServices) -> TokenVerifier:
    settings = services.settings
    if settings.auth_provider == "builtin":
        return LocalTokenVerifier(
            services.keys, issuer=settings.token_issuer, audience=settings.token_audience
        )
    return TokenVerifier(
        jwks_url=settings.jwks_url, issuer=settings.token_issuer, audience=settings.token_audience
    )


def _lifespan(
    services: UsersServices, checks: dict[str, ReadinessCheck]
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if services.settings.auth_provider == "builtin":
            await services.keys.ensure_key()
        if not services.settings.publish_events:
            yield
            await services.engine.dispose()
            return
        # The relay, and in Auth0 mode the consumer that deletes erased people at the provider.
        provider = services.deps.identity_provider
        registry = identity_cleanup_registry(provider) if provider is not None else None
        async with run_event_backbone(services.settings, services.engine, registry) as bus:
            checks["bus"] = bus_readiness_check(bus)
            yield
        await services.engine.dispose()

    return lifespan


def run() -> None:
    settings = UsersSettings()
    configure_logging(settings.service_name, settings.log_level)
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port, log_config=None, access_log=False
    )
