"""Fixtures of the users service's tests: servicekit's per-service fixtures (one migrated database per
session, the ASGI client, committing use cases), with `services` wired to a stepping clock."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import pytest
from mail.testing import LocalSmtpServer
from servicekit.testing import isolated_sessions
from servicekit.testing.service import ServiceFixtures
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.sms.testing import LocalSmsGateway
from users_service.bootstrap import UsersServices, build_services
from users_service.service import SERVICE
from users_service.settings import UsersSettings

from .stepping_clock import SteppingClock


def cheap_settings(**overrides: object) -> UsersSettings:
    values: dict[str, object] = {
        "environment": "test",
        "argon2_time_cost": 1,
        "argon2_memory_kib": 1024,
        "auth_issuer": "http://users.test",
        "auth_audience": "eventxperts",
        # Without an SMTP server, mail goes to a folder: never the repository's .data/.
        "mail_outbox_dir": tempfile.gettempdir() + "/eventxperts-users-tests-mail",
    }
    values.update(overrides)
    return UsersSettings.model_validate(values)


# The users service is its own issuer: its tests sign in for tokens rather than use a test issuer.
ServiceFixtures(SERVICE, settings=lambda _issuer: cheap_settings()).install(
    globals(), exclude=frozenset({"services"})
)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
async def services(
    service_engine: AsyncEngine, service_settings: UsersSettings, clock: SteppingClock
) -> AsyncIterator[UsersServices]:
    """The use cases wired to sessions inside one transaction that is rolled back after the test."""
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(service_settings, service_engine, sessions=sessions, clock=clock)


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[LocalSmtpServer]:
    """A real SMTP server on loopback; tests read the codes the service sends from it."""
    with LocalSmtpServer.running() as server:
        yield server


def mailing_settings(smtp_server: LocalSmtpServer, **overrides: object) -> UsersSettings:
    return cheap_settings(
        smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_security="none", **overrides
    )


@pytest.fixture
async def mailing_services(
    service_engine: AsyncEngine, smtp_server: LocalSmtpServer, clock: SteppingClock
) -> AsyncIterator[UsersServices]:
    """Like `services`, sending mail to `smtp_server`."""
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(mailing_settings(smtp_server), service_engine, sessions=sessions, clock=clock)


@pytest.fixture(scope="session")
def sms_gateway() -> Iterator[LocalSmsGateway]:
    """The SMS gateway's local stand-in on loopback; tests read the codes the service texts from it."""
    with LocalSmsGateway.running() as gateway:
        yield gateway


def texting_settings(gateway: LocalSmsGateway, **overrides: object) -> UsersSettings:
    return cheap_settings(
        sms_gateway_url=gateway.url,
        sms_auth_key=gateway.auth_key,
        sms_dlt_entity_id="1201160000000000001",
        sms_dlt_template_id="1207160000000000011",
        sms_dlt_template_id_te="1207160000000000022",
        **overrides,
    )


@pytest.fixture
async def texting_services(
    service_engine: AsyncEngine, sms_gateway: LocalSmsGateway, clock: SteppingClock
) -> AsyncIterator[UsersServices]:
    """Like `services`, texting codes to `sms_gateway`."""
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        yield build_services(texting_settings(sms_gateway), service_engine, sessions=sessions, clock=clock)
