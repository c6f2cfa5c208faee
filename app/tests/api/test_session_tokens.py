"""The access token is refreshed shortly before it expires, never after, and only once at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from eventxperts_app.api import operations
from eventxperts_app.api.auth_session import REFRESH_MARGIN, AuthSession, SessionTokens
from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.models import AuthResult, TokenPair
from eventxperts_app.api.parsing import parse_user

from ..payloads import user_json

ISSUED_AT = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
PAIR = TokenPair(access_token="a", refresh_token="r", expires_in=900, token_type="Bearer")


def test_tokens_expire_expires_in_seconds_after_issue() -> None:
    assert SessionTokens.issued(PAIR, ISSUED_AT).expires_at == ISSUED_AT + timedelta(minutes=15)


def test_a_fresh_token_is_used_as_it_is() -> None:
    tokens = SessionTokens.issued(PAIR, ISSUED_AT)
    assert not tokens.needs_refresh(ISSUED_AT + timedelta(minutes=14))


def test_a_token_inside_the_margin_is_refreshed() -> None:
    tokens = SessionTokens.issued(PAIR, ISSUED_AT)
    assert tokens.needs_refresh(ISSUED_AT + timedelta(minutes=15) - REFRESH_MARGIN)
    assert tokens.needs_refresh(ISSUED_AT + timedelta(hours=1))


class RotatingRefresher(GatewayClient):
    """Answers each refresh with the next token pair, after a pause in which other calls may run."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9/graphql")  # nothing listens: only refresh is answered
        self.presented: list[str] = []

    async def execute(
        self, document: str, variables: Mapping[str, object], access_token: str | None = None
    ) -> Mapping[str, object]:
        assert document == operations.REFRESH_TOKEN
        self.presented.append(str(variables["refreshToken"]))
        await asyncio.sleep(0)
        issued = len(self.presented)
        pair = {
            "accessToken": f"a{issued}",
            "refreshToken": f"r{issued}",
            "expiresIn": 900,
            "tokenType": "Bearer",
        }
        return {"refreshToken": {"user": None, "tokens": pair, "errors": []}}


async def test_calls_that_find_the_token_due_together_refresh_it_once_and_all_use_the_new_one() -> None:
    now = ISSUED_AT
    client = RotatingRefresher()
    auth = AuthSession(client, clock=lambda: now)
    auth.start(AuthResult(user=parse_user(user_json()), tokens=PAIR))
    now += timedelta(minutes=15)

    async def token_used(access_token: str) -> str:
        return access_token

    used = await asyncio.gather(*(auth.call(token_used) for _ in range(3)))

    # A rotated refresh token presented twice would make the users service revoke the family.
    assert client.presented == ["r"]
    assert used == ["a1", "a1", "a1"]
