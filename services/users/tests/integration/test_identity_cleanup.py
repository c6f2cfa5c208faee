"""Auth0 mode: an erasure commits first; the service's own consumer of users.user.erased then
deletes the tenant's user, retried while the tenant is down, at most once in effect."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from servicekit.db import session_factory
from servicekit.events import Envelope
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.auth0_management import Auth0Error, Auth0IdentityProvider
from users_service.bootstrap import UsersServices, build_services
from users_service.service_layer.commands import EraseOwnAccount, Register
from users_service.service_layer.erasure import erase_own_account
from users_service.service_layer.identity_cleanup import delete_erased_identity, identity_cleanup_registry
from users_service.service_layer.registration import register

from ..auth0_stand_in import Tenant, serve_tenant
from ..conftest import cheap_settings
from .scenarios import PASSWORD, caller_of, unique_email


@pytest.fixture(scope="module")
def tenant() -> Iterator[tuple[Tenant, str]]:
    state = Tenant(
        domain="eventxperts.auth0.test",
        audience="https://api.eventxperts.test",
        client_id="client-1",
        client_secret="client-secret-1",
    )
    with serve_tenant(state) as base_url:
        yield state, base_url


@pytest.fixture
async def auth0_services(
    tenant: tuple[Tenant, str],
    service_engine: AsyncEngine,
) -> AsyncIterator[tuple[UsersServices, Auth0IdentityProvider]]:
    state, base_url = tenant
    settings = cheap_settings(
        auth_provider="auth0",
        auth0_domain=state.domain,
        auth0_audience=state.audience,
        auth0_client_id=state.client_id,
        auth0_client_secret=state.client_secret,
        auth0_management_api_url=base_url,
        auth_jwks_url=f"{base_url}/.well-known/jwks.json",
    )
    provider = Auth0IdentityProvider(settings)
    yield build_services(settings, service_engine, identity_provider=provider), provider
    await provider.aclose()


async def _erased_event(engine: AsyncEngine, user_id: str) -> Envelope:
    async with engine.connect() as connection:
        row = (
            await connection.execute(
                text("SELECT envelope FROM outbox WHERE key = :k AND type = 'users.user.erased'"),
                {"k": user_id},
            )
        ).one()
    return Envelope.model_validate(row[0])


async def _cleanup(engine: AsyncEngine, envelope: Envelope, provider: Auth0IdentityProvider) -> None:
    async with session_factory(engine)() as session, session.begin():
        await delete_erased_identity(session, envelope, provider)


async def test_the_tenant_user_goes_after_the_erasure_commits_and_a_tenant_outage_is_retried(
    auth0_services: tuple[UsersServices, Auth0IdentityProvider],
    tenant: tuple[Tenant, str],
    service_engine: AsyncEngine,
) -> None:
    services, provider = auth0_services
    state, _ = tenant
    email = unique_email("ravi")
    person = (
        await register(
            Register(name="Ravi", email=email, phone="9876543210", password=PASSWORD, role="user"),
            services.deps,
        )
    ).user
    state.failing_user_deletes = True  # a tenant that is down does not block the erasure
    try:
        await erase_own_account(EraseOwnAccount(caller_of(person), PASSWORD), services.deps)
        assert state.by_email(email) is not None
        envelope = await _erased_event(service_engine, str(person.id))
        with pytest.raises(Auth0Error):  # the consumer runner retries, then parks it as a dead letter
            await _cleanup(service_engine, envelope, provider)
    finally:
        state.failing_user_deletes = False

    await _cleanup(service_engine, envelope, provider)
    assert state.by_email(email) is None
    async with service_engine.connect() as connection:
        left = (
            await connection.execute(
                text("SELECT erased_external_id FROM users WHERE id = :u"), {"u": person.id}
            )
        ).scalar_one()
    assert left is None
    await _cleanup(service_engine, envelope, provider)  # delivered again: nothing left to do


def test_the_cleanup_consumes_the_users_own_erasure_topic(
    auth0_services: tuple[UsersServices, Auth0IdentityProvider],
) -> None:
    _, provider = auth0_services
    assert identity_cleanup_registry(provider).topics == ["users.user.v1"]
