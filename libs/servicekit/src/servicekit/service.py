"""A service from a short declaration: servicekit gives it its process, lifespan, routes and SDL.

A service declares itself once, in `<package>/service.py`:

    SERVICE = ServiceDefinition(
        name="calendar",
        root=Path(__file__).resolve().parents[2],       # services/calendar/
        settings=CalendarSettings,
        schema=calendar_schema,
        wire=build_services,                             # the composition root
    )

and gets `create_app(SERVICE)` (the ASGI app: GraphQL, /healthz, /readyz, /metrics, its own routers),
`serve(SERVICE)` (`python -m <package>`), migrations on start when asked, the outbox relay and its
consumers (with servicekit's own, which keep the revoked tokens its verifier refuses) for the life of
the process, `printed_sdl(SERVICE)` and, in tests, `servicekit.testing`'s
fixtures. The registry of services (`services.toml`) says where each service's package is.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import uvicorn
from fastapi import APIRouter, FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from servicekit.auth import TokenVerifier
from servicekit.auth.revocations import refusing_revoked_tokens, with_revocation_consumers
from servicekit.bus.backbone import run_event_backbone
from servicekit.bus.readiness import bus_readiness_check
from servicekit.consumers.registry import HandlerRegistry
from servicekit.db import create_engine
from servicekit.graphql import print_sdl
from servicekit.health import ReadinessCheck, database_check
from servicekit.logs import configure_logging
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import service_database_url
from servicekit.registry import RegisteredService
from servicekit.settings import ServiceSettings
from servicekit.web import create_service_app


class Composition(Protocol):
    """What servicekit reads of a service's composition root; the rest is the service's own."""

    @property
    def settings(self) -> ServiceSettings: ...

    @property
    def engine(self) -> AsyncEngine: ...


SettingsT = TypeVar("SettingsT", bound=ServiceSettings)
ServicesT = TypeVar("ServicesT", bound=Composition)
Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class ServiceDefinition(Generic[SettingsT, ServicesT]):
    """Everything servicekit needs to know of a service; each field is the service's own code.

    `wire(settings, engine, sessions)` builds the composition root; `sessions` is None in the process
    (the engine's own sessions) and rolled-back ones in tests. Hooks receive that root.
    """

    name: str
    root: Path
    settings: type[SettingsT]
    schema: Callable[[], Any]
    wire: Callable[[SettingsT, AsyncEngine, Sessions | None], ServicesT]
    # The token verifier; by default the issuer's JWKS (the users service, or Auth0).
    verifier: Callable[[ServicesT], TokenVerifier] | None = None
    # Routes beyond /graphql (OIDC discovery, signed files, feeds, webhooks); None leaves one out.
    routers: Sequence[Callable[[ServicesT], APIRouter | None]] = ()
    # The handlers of the events this service consumes; servicekit adds its own (revoked tokens).
    consumers: Callable[[ServicesT], HandlerRegistry | None] | None = None
    # Run once when the process starts, before it serves (e.g. make a signing key).
    on_start: Sequence[Callable[[ServicesT], Awaitable[None]]] = ()
    # Run once when the process stops, before the database closes (e.g. send the mail still queued).
    on_stop: Sequence[Callable[[ServicesT], Awaitable[None]]] = ()
    # Path prefixes whose request bodies may be larger than MAX_BODY_BYTES (uploads), with their limit.
    body_limits: Callable[[SettingsT], Mapping[str, int]] | None = None

    @property
    def migrations_dir(self) -> Path:
        return self.root / "migrations"

    @property
    def schema_file(self) -> Path:
        return self.root / "schema.graphql"

    def token_verifier(self, services: ServicesT) -> TokenVerifier:
        if self.verifier is not None:
            return self.verifier(services)
        settings = services.settings
        return TokenVerifier(
            jwks_url=settings.jwks_url, issuer=settings.token_issuer, audience=settings.token_audience
        )


AnyDefinition = ServiceDefinition[Any, Any]
KEEP_ALIVE_SECONDS = 75


def definition_of(entry: RegisteredService) -> AnyDefinition:
    """The declaration of a registered service (`<package>.service:SERVICE`)."""
    module = importlib.import_module(f"{entry.package}.service")
    definition = module.SERVICE
    if not isinstance(definition, ServiceDefinition):
        raise TypeError(f"{entry.package}.service.SERVICE is not a ServiceDefinition")
    return definition


def create_app(
    definition: ServiceDefinition[SettingsT, ServicesT],
    settings: SettingsT | None = None,
    *,
    services: ServicesT | None = None,
) -> FastAPI:
    """The service's ASGI app; tests pass `services` wired to their own sessions."""
    settings = settings or definition.settings()
    if services is None:
        url = service_database_url(settings)
        if settings.run_migrations_on_start:
            upgrade_to_head(definition.migrations_dir, url)
        services = definition.wire(settings, create_engine(url), None)
    # The lifespan adds the bus check once the bus exists; /readyz reads this dict on each call.
    checks: dict[str, ReadinessCheck] = {"database": database_check(services.engine)}
    app = create_service_app(
        settings,
        schema=definition.schema(),
        services=services,
        verifier=refusing_revoked_tokens(
            definition.token_verifier(services), services.settings, services.engine
        ),
        readiness_checks=checks,
        lifespan=_lifespan(definition, services, checks),
        body_limits=definition.body_limits(settings) if definition.body_limits else None,
    )
    for make_router in definition.routers:
        if (router := make_router(services)) is not None:
            app.include_router(router)
    return app


def _lifespan(
    definition: ServiceDefinition[SettingsT, ServicesT],
    services: ServicesT,
    checks: dict[str, ReadinessCheck],
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            for hook in definition.on_start:
                await hook(services)
            if not services.settings.publish_events:
                yield
                return
            own = definition.consumers(services) if definition.consumers else None
            registry = with_revocation_consumers(own, services.settings)
            async with run_event_backbone(services.settings, services.engine, registry) as bus:
                checks["bus"] = bus_readiness_check(bus)
                yield
        finally:
            for hook in definition.on_stop:
                await hook(services)
            await services.engine.dispose()

    return lifespan


def serve(definition: AnyDefinition) -> None:
    """`python -m <package>`: settings from the environment, JSON logs, uvicorn on HOST:PORT."""
    settings = definition.settings()
    configure_logging(settings.service_name, settings.log_level)
    uvicorn.run(
        create_app(definition, settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        # uvicorn would take X-Forwarded-For from any peer on loopback as the client's address; only
        # a request with the gateway's secret may name it (request_context.client_address).
        proxy_headers=False,
        # Longer than the gateway keeps an idle connection to us: uvicorn's 5 s default closed
        # connections the gateway was just reusing (ECONNRESET, "socket hang up": a 500 for `me`
        # between two storms in bench/login_storm.py --gateway).
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )


def printed_sdl(definition: AnyDefinition) -> str:
    """The subgraph SDL as the code prints it (what `schema.graphql` must hold)."""
    return print_sdl(definition.schema())


def write_sdl(definition: AnyDefinition) -> Path:
    """Write the printed SDL to the service's committed `schema.graphql`; returns its path."""
    definition.schema_file.write_text(printed_sdl(definition), encoding="utf-8")
    return definition.schema_file
