"""register -> login -> me -> super admin grants a role -> refresh -> reuse revokes the family,
through the service's ASGI app against real PostgreSQL."""

from __future__ import annotations

import httpx
from users_service.bootstrap import UsersServices

from ..integration.scenarios import PASSWORD, super_admin
from .graphql_client import GRANT_ROLE, LOGIN, ME, REFRESH, REGISTER, graphql_data

NEW_ORGANIZER = {
    "name": "Lakshmi Devi",
    "email": "Lakshmi@Example.in",
    "phone": "+91 98480 12345",
    "password": "jasmine4weddings",
    "role": "ORGANIZER",
}


async def test_the_whole_sign_in_journey(client: httpx.AsyncClient, services: UsersServices) -> None:
    registered = (await graphql_data(client, REGISTER, {"input": NEW_ORGANIZER}))["register"]
    assert registered["errors"] == []
    assert registered["user"]["email"] == "lakshmi@example.in"
    assert registered["user"]["phone"] == "+919848012345"
    assert sorted(registered["user"]["roles"]) == ["ORGANIZER", "USER"]
    assert registered["tokens"]["tokenType"] == "Bearer"
    user_id = registered["user"]["id"]

    login = (
        await graphql_data(
            client, LOGIN, {"input": {"email": "lakshmi@example.in", "password": "jasmine4weddings"}}
        )
    )["login"]
    assert login["errors"] == []
    token = login["tokens"]["accessToken"]

    me = (await graphql_data(client, ME, token=token))["me"]
    assert (me["id"], me["email"]) == (user_id, "lakshmi@example.in")

    await super_admin(services)
    admin_login = (
        await graphql_data(client, LOGIN, {"input": {"email": "admin@example.in", "password": PASSWORD}})
    )["login"]
    granted = (
        await graphql_data(
            client,
            GRANT_ROLE,
            {"userId": user_id, "role": "STORE_OWNER"},
            token=admin_login["tokens"]["accessToken"],
        )
    )["grantRole"]
    assert granted["errors"] == []
    assert sorted(granted["user"]["roles"]) == ["ORGANIZER", "STORE_OWNER", "USER"]

    old_refresh = login["tokens"]["refreshToken"]
    refreshed = (await graphql_data(client, REFRESH, {"token": old_refresh}))["refreshToken"]
    assert refreshed["errors"] == []
    assert sorted(refreshed["user"]["roles"]) == ["ORGANIZER", "STORE_OWNER", "USER"]
    new_refresh = refreshed["tokens"]["refreshToken"]

    reused = (await graphql_data(client, REFRESH, {"token": old_refresh}))["refreshToken"]
    assert [e["code"] for e in reused["errors"]] == ["REFRESH_TOKEN_REUSED"]
    assert reused["tokens"] is None
    after = (await graphql_data(client, REFRESH, {"token": new_refresh}))["refreshToken"]
    assert [e["code"] for e in after["errors"]] == ["INVALID_REFRESH_TOKEN"]


async def test_a_member_cannot_grant_roles(client: httpx.AsyncClient) -> None:
    registered = (await graphql_data(client, REGISTER, {"input": NEW_ORGANIZER}))["register"]
    token = registered["tokens"]["accessToken"]
    answer = (
        await graphql_data(
            client, GRANT_ROLE, {"userId": registered["user"]["id"], "role": "SUPER_ADMIN"}, token=token
        )
    )["grantRole"]
    assert [e["code"] for e in answer["errors"]] == ["FORBIDDEN"]
    assert answer["user"] is None
