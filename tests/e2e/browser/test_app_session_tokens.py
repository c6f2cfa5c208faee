"""The app's own gateway client and session tokens against the running platform (no browser):
an access token that is due or refused is refreshed, and a spent refresh token ends the session."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest
from eventxperts_app.api import AuthSession, GatewayClient, SignedOut, session_calls
from eventxperts_app.api.auth_session import SessionTokens
from eventxperts_app.api.models import Role
from eventxperts_app.features.account import gateway as account
from eventxperts_app.features.account.models import RegistrationForm

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, random_mobile

pytestmark = pytest.mark.slow


class AppClock:
    """The session's idea of now, moved forward instead of waiting 15 minutes."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


async def signed_in_session(platform: RunningPlatform, clock: AppClock) -> tuple[GatewayClient, AuthSession]:
    client = GatewayClient(platform.gateway_url)
    email = f"tokens-{secrets.token_hex(4)}@example.in"
    form = RegistrationForm("Token Tester", email, random_mobile(), PASSWORD, Role.ORGANIZER)
    auth = AuthSession(client, clock=clock)
    auth.start(await account.register(client, form))
    return client, auth


async def test_a_due_access_token_is_refreshed_before_the_call(platform_stack: RunningPlatform) -> None:
    clock = AppClock()
    client, auth = await signed_in_session(platform_stack, clock)
    issued = auth.tokens
    assert issued is not None
    clock.now += timedelta(minutes=15)

    me = await auth.call(lambda token: account.me(client, token))

    assert me is not None
    assert auth.user is not None
    assert me.email == auth.user.email
    assert auth.tokens is not None
    assert auth.tokens.refresh_token != issued.refresh_token
    await client.aclose()


async def test_a_refused_access_token_is_refreshed_and_the_call_retried(
    platform_stack: RunningPlatform,
) -> None:
    client, auth = await signed_in_session(platform_stack, AppClock())
    assert auth.tokens is not None
    auth.tokens = SessionTokens("not-a-jwt", auth.tokens.refresh_token, auth.tokens.expires_at)

    me = await auth.call(lambda token: account.me(client, token))

    assert me is not None
    assert auth.tokens.access_token != "not-a-jwt"
    await client.aclose()


async def test_a_replayed_refresh_token_ends_the_session(platform_stack: RunningPlatform) -> None:
    clock = AppClock()
    client, auth = await signed_in_session(platform_stack, clock)
    stolen = auth.tokens
    assert stolen is not None
    clock.now += timedelta(minutes=15)
    await auth.call(lambda token: account.me(client, token))  # rotates: `stolen` is now spent

    replay = await session_calls.refresh_token(client, stolen.refresh_token)
    assert [error.code for error in replay.errors] == ["REFRESH_TOKEN_REUSED"]

    clock.now += timedelta(minutes=15)
    with pytest.raises(SignedOut):
        await auth.call(lambda token: account.me(client, token))  # the whole family was revoked
    assert not auth.signed_in
    await client.aclose()
