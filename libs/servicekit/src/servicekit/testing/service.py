"""Test fixtures for one service, made from its declaration, so its conftest.py is a few lines:

    from servicekit.testing.service import ServiceFixtures
    from calendar_service.service import SERVICE

    ServiceFixtures(SERVICE, settings=lambda issuer: CalendarSettings(**issuer.trusted_by())).install(
        globals()
    )

Each service's fixtures are its own objects (pytest caches a fixture per definition, so two services'
sessions never share a database): a migrated database for the test session, the composition root
wired to sessions rolled back after each test (`services`) or committing for tests of races
(`committing_services`), the ASGI app over httpx, called as the gateway calls it, with its secret
(`client`), and `callers`, tokens per role from a test issuer that the service's settings trust
(unless the service is its own issuer).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Generic

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from servicekit.db import create_engine
from servicekit.gateway_only import GATEWAY_SECRET_HEADER
from servicekit.service import ServiceDefinition, ServicesT, SettingsT, create_app
from servicekit.settings import ServiceSettings
from servicekit.testing.fixtures import MakeDatabase, isolated_sessions
from servicekit.testing.issuer import TestIssuer

ROLES = ("user", "organizer", "store_owner", "super_admin")


def gateway_headers(settings: ServiceSettings) -> dict[str, str]:
    """The header the gateway adds to every subgraph request, with the secret `settings` accept."""
    return {GATEWAY_SECRET_HEADER.decode(): settings.gateway_secret_list[0]}


@dataclass
class Callers:
    """Bearer headers per role, each for its own fresh subject; `as_(...)` for any other caller."""

    issuer: TestIssuer
    subjects: dict[str, str] = field(default_factory=dict)

    def headers(self, role: str) -> dict[str, str]:
        subject = self.subjects.setdefault(role, str(uuid.uuid4()))
        return self.as_(subject, {"user", role})

    def as_(self, subject: str, roles: set[str]) -> dict[str, str]:
        return {"authorization": f"Bearer {self.issuer.token(roles, subject=subject)}"}


@dataclass(frozen=True)
class ServiceFixtures(Generic[SettingsT, ServicesT]):
    definition: ServiceDefinition[SettingsT, ServicesT]
    # The service's settings for tests, given the test issuer (`issuer.trusted_by()` trusts it).
    settings: Callable[[TestIssuer], SettingsT]

    def install(self, namespace: dict[str, Any], *, exclude: frozenset[str] = frozenset()) -> None:
        """Put the fixtures into a conftest.py's namespace (`globals()`), where pytest finds them;
        a service that needs its own version of one (wired with a test clock, say) excludes it."""
        made = (
            self._issuer(),
            self._settings(),
            self._database_url(),
            self._engine(),
            self._services(),
            self._committing_services(),
            self._client(),
            self._callers(),
        )
        for fixture in made:
            if fixture.name not in exclude:
                namespace[f"_servicekit_{fixture.name}"] = fixture

    def _issuer(self) -> Any:
        @pytest.fixture(scope="session", name="test_issuer")
        def test_issuer() -> Iterator[TestIssuer]:
            with TestIssuer().serving() as issuer:
                yield issuer

        return test_issuer

    def _settings(self) -> Any:
        make = self.settings

        @pytest.fixture(scope="session", name="service_settings")
        def service_settings(test_issuer: TestIssuer) -> SettingsT:
            return make(test_issuer)

        return service_settings

    def _database_url(self) -> Any:
        definition = self.definition

        @pytest.fixture(scope="session", name="service_database_url")
        def service_database_url(make_migrated_database: MakeDatabase) -> str:
            return make_migrated_database(definition.name, definition.migrations_dir)

        return service_database_url

    def _engine(self) -> Any:
        definition = self.definition

        @pytest.fixture(scope="session", name="service_engine")
        async def service_engine(
            service_database_url: str, service_settings: Any
        ) -> AsyncIterator[AsyncEngine]:
            engine = create_engine(service_database_url)
            # What the process does once at start (a signing key, say), committed for every test.
            for hook in definition.on_start:
                await hook(definition.wire(service_settings, engine, None))
            yield engine
            await engine.dispose()

        return service_engine

    def _services(self) -> Any:
        definition = self.definition

        @pytest.fixture(name="services")
        async def services(service_engine: AsyncEngine, service_settings: Any) -> AsyncIterator[ServicesT]:
            async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
                yield definition.wire(service_settings, service_engine, sessions)

        return services

    def _committing_services(self) -> Any:
        definition = self.definition

        @pytest.fixture(name="committing_services")
        def committing_services(service_engine: AsyncEngine, service_settings: Any) -> ServicesT:
            return definition.wire(service_settings, service_engine, None)

        return committing_services

    def _client(self) -> Any:
        definition = self.definition

        @pytest.fixture(name="client")
        async def client(services: Any) -> AsyncIterator[httpx.AsyncClient]:
            app = create_app(definition, services.settings, services=services)
            transport = httpx.ASGITransport(app=app)
            # As the gateway calls it: with the gateway's secret.
            headers = gateway_headers(services.settings)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://service.test", headers=headers
            ) as http:
                yield http

        return client

    def _callers(self) -> Any:
        @pytest.fixture(name="callers")
        def callers(test_issuer: TestIssuer) -> Callers:
            return Callers(test_issuer)

        return callers
