"""Every access token names its sign-in session (`sid`, the refresh-token family), and every way a
session ends is announced as users.session.revoked, so the other services refuse its access tokens."""

from __future__ import annotations

import uuid

import jwt
import pytest
from servicekit.auth import Caller
from sqlalchemy import text
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError
from users_service.service_layer.accounts import change_password
from users_service.service_layer.authentication import login, logout, refresh
from users_service.service_layer.commands import ChangePassword, Login

from .scenarios import PASSWORD, registered


def session_of(access_token: str) -> str:
    return str(jwt.decode(access_token, options={"verify_signature": False})["sid"])


async def sessions_revoked(services: UsersServices, user_id: uuid.UUID) -> list[dict[str, object]]:
    """The payloads of the person's users.session.revoked events in the outbox, oldest first."""
    async with services.deps.unit_of_work() as uow:
        rows = await uow.session.execute(SESSIONS_REVOKED, {"user_id": str(user_id)})
        return [{"key": row.key, **row.envelope["payload"]} for row in rows]


SESSIONS_REVOKED = text("""
SELECT key, envelope FROM outbox
WHERE type = 'users.session.revoked' AND envelope -> 'payload' ->> 'user_id' = :user_id
ORDER BY position
""")


async def test_an_access_token_names_its_session_and_a_refresh_stays_in_it(services: UsersServices) -> None:
    first = (await registered(services)).tokens
    refreshed = (await refresh(first.refresh_token, services.deps)).tokens
    other = (await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)).tokens

    assert session_of(refreshed.access_token) == session_of(first.access_token)
    assert session_of(other.access_token) != session_of(first.access_token)


async def test_signing_out_announces_the_end_of_the_session(services: UsersServices) -> None:
    signed_in = await registered(services)
    await logout(signed_in.tokens.refresh_token, services.deps)

    [revoked] = await sessions_revoked(services, signed_in.user.id)
    session = session_of(signed_in.tokens.access_token)
    assert revoked["key"] == revoked["session_id"] == session
    assert (revoked["user_id"], revoked["reason"]) == (str(signed_in.user.id), "logout")


async def test_a_reused_refresh_token_announces_the_end_of_its_session(services: UsersServices) -> None:
    signed_in = await registered(services)
    first = signed_in.tokens
    await refresh(first.refresh_token, services.deps)
    with pytest.raises(UsersError):
        await refresh(first.refresh_token, services.deps)

    [revoked] = await sessions_revoked(services, signed_in.user.id)
    assert (revoked["session_id"], revoked["reason"]) == (
        session_of(first.access_token),
        "refresh_token_reused",
    )


async def test_a_password_change_announces_every_session_it_ends_and_none_already_ended(
    services: UsersServices,
) -> None:
    signed_in = await registered(services)
    phone = (await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)).tokens
    laptop = (await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)).tokens
    await logout(laptop.refresh_token, services.deps)

    caller = Caller(user_id=str(signed_in.user.id), roles=signed_in.user.roles)
    await change_password(ChangePassword(caller, PASSWORD, "new-mangoes-4-sale"), services.deps)

    ended = {
        (r["session_id"], r["reason"]) for r in (await sessions_revoked(services, signed_in.user.id))[1:]
    }
    assert ended == {
        (session_of(signed_in.tokens.access_token), "password_changed"),
        (session_of(phone.access_token), "password_changed"),
    }
