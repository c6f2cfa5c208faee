"""The users service refuses its own access tokens once they are revoked, within seconds rather than
at expiry: a demoted super admin's next read and a signed-out session's token get 401 TOKEN_REVOKED.

The app runs as the process runs it (lifespan: relay and consumers on the PostgreSQL log), so the
refusal comes from the events the use cases publish. Waits are bounded, never timed."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from servicekit.db import create_engine
from servicekit.service import create_app
from servicekit.testing.fixtures import MakeDatabase
from servicekit.testing.service import gateway_headers
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import UsersServices, build_services
from users_service.service import SERVICE
from users_service.service_layer.commands import Register
from users_service.service_layer.registration import register_super_admin

from ..conftest import cheap_settings
from ..integration.scenarios import PASSWORD, unique_email
from .graphql_client import GRANT_ROLE, LOGIN, ME, REFRESH, graphql_data, post_graphql

WAIT_LIMIT = 60.0  # a bound on waiting, not a performance assertion

USERS = "query { users(first: 5) { items { id email phone } } }"
REVOKE_ROLE = """
mutation Revoke($userId: ID!, $role: Role!) {
  revokeRole(userId: $userId, role: $role) { user { id roles } errors { code } }
}"""
LOGOUT = "mutation Logout($token: String!) { logout(refreshToken: $token) { ok errors { code } } }"


@dataclass(frozen=True)
class Running:
    client: httpx.AsyncClient
    services: UsersServices


@pytest.fixture(scope="module")
async def own_engine(make_migrated_database: MakeDatabase) -> AsyncIterator[AsyncEngine]:
    """A database of these tests' own: what they commit stays out of the other tests' listings."""
    engine = create_engine(make_migrated_database("users_revoked", SERVICE.migrations_dir))
    yield engine
    await engine.dispose()


@pytest.fixture
async def running(own_engine: AsyncEngine, pg_server_url: str) -> AsyncIterator[Running]:
    """The app with its lifespan (relay and consumers on the test server's PostgreSQL log), on
    committing use cases; a consumer group of its own, as the log is shared by the session."""
    settings = cheap_settings(
        database_url=pg_server_url,
        service_name=f"users_{uuid.uuid4().hex[:6]}",
        token_revocation_refresh_seconds=0.1,
    )
    services = build_services(settings, own_engine)
    app = create_app(SERVICE, settings, services=services)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://users.test", headers=gateway_headers(settings)
        ) as client:
            yield Running(client, services)


async def signed_in_super_admin(running: Running) -> dict[str, Any]:
    """A super admin made as the CLI makes one, signed in: their id and tokens."""
    email = unique_email("admin")
    command = Register(name="Admin", email=email, phone="9000000001", password=PASSWORD, role="user")
    account = await register_super_admin(command, running.services.deps)
    login = await graphql_data(running.client, LOGIN, {"input": {"email": email, "password": PASSWORD}})
    return {"id": str(account.id), **login["login"]["tokens"]}


async def refused(client: httpx.AsyncClient, query: str, token: str) -> httpx.Response:
    """Ask again until the token is refused (the revocation travels through the bus)."""
    async with asyncio.timeout(WAIT_LIMIT):
        while (response := await post_graphql(client, query, token=token)).status_code != 401:
            assert response.status_code == 200, response.text
            await asyncio.sleep(0.05)
    return response


async def test_a_demoted_super_admins_next_read_of_the_users_is_refused(running: Running) -> None:
    first = await signed_in_super_admin(running)
    second = await signed_in_super_admin(running)
    listed = await graphql_data(running.client, USERS, token=second["accessToken"])
    assert listed["users"]["items"], "a super admin reads everyone's email and phone"

    variables = {"userId": second["id"], "role": "SUPER_ADMIN"}
    demoted = await graphql_data(running.client, REVOKE_ROLE, variables, token=first["accessToken"])
    assert demoted["revokeRole"]["errors"] == []

    response = await refused(running.client, USERS, second["accessToken"])
    assert response.json()["detail"]["code"] == "TOKEN_REVOKED"
    assert (await post_graphql(running.client, USERS, token=first["accessToken"])).status_code == 200


async def test_a_signed_out_sessions_access_token_is_refused(running: Running) -> None:
    admin = await signed_in_super_admin(running)
    variables = {"token": admin["refreshToken"]}
    signed_out = await graphql_data(running.client, LOGOUT, variables, token=admin["accessToken"])
    assert signed_out["logout"]["errors"] == []

    response = await refused(running.client, ME, admin["accessToken"])
    assert response.json()["detail"]["code"] == "TOKEN_REVOKED"


async def test_a_token_refreshed_right_after_a_role_change_is_kept_while_the_older_one_is_refused(
    running: Running,
) -> None:
    admin = await signed_in_super_admin(running)
    person = await signed_in_super_admin(running)
    variables = {"userId": person["id"], "role": "STORE_OWNER"}
    granted = await graphql_data(running.client, GRANT_ROLE, variables, token=admin["accessToken"])
    assert granted["grantRole"]["errors"] == []
    refreshed = await graphql_data(running.client, REFRESH, {"token": person["refreshToken"]})

    await refused(running.client, ME, person["accessToken"])
    fresh = refreshed["refreshToken"]["tokens"]["accessToken"]
    me = await graphql_data(running.client, ME, token=fresh)
    assert "STORE_OWNER" in me["me"]["roles"]
