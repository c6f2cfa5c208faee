"""One browser session's sign-in: tokens kept in memory only, access token refreshed when due."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from eventxperts_app.api import session_calls
from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.gateway_errors import NOT_AUTHENTICATED, GatewayError
from eventxperts_app.api.models import AuthResult, TokenPair, User

T = TypeVar("T")

# Refresh a little before expiry so a request never leaves with a token about to lapse.
REFRESH_MARGIN = timedelta(seconds=30)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SessionTokens:
    access_token: str
    refresh_token: str
    expires_at: datetime

    @classmethod
    def issued(cls, pair: TokenPair, now: datetime) -> SessionTokens:
        return cls(pair.access_token, pair.refresh_token, now + timedelta(seconds=pair.expires_in))

    def needs_refresh(self, now: datetime) -> bool:
        return now >= self.expires_at - REFRESH_MARGIN


class SignedOut(Exception):
    """There is no usable sign-in any more (never signed in, or the refresh was refused)."""

    def __init__(self, code: str = NOT_AUTHENTICATED) -> None:
        super().__init__(code)
        self.code = code


class AuthSession:
    """Who is signed in for one page session, and calls made on their behalf."""

    def __init__(self, client: GatewayClient, clock: Callable[[], datetime] = utc_now) -> None:
        self._client = client
        self._clock = clock
        self._refresh_lock = asyncio.Lock()
        self.tokens: SessionTokens | None = None
        self.user: User | None = None

    @property
    def signed_in(self) -> bool:
        return self.tokens is not None and self.user is not None

    def start(self, result: AuthResult) -> None:
        if result.tokens is None or result.user is None:
            raise SignedOut(result.errors[0].code if result.errors else NOT_AUTHENTICATED)
        self.tokens = SessionTokens.issued(result.tokens, self._clock())
        self.user = result.user

    def end(self) -> None:
        self.tokens = None
        self.user = None

    async def call(self, operation: Callable[[str], Awaitable[T]]) -> T:
        """Runs `operation(access_token)`; refreshes once and retries if the token was refused."""
        used = await self._fresh_tokens()
        try:
            return await operation(used.access_token)
        except GatewayError as error:
            if error.code != NOT_AUTHENTICATED:
                raise
        renewed = await self._refresh(used)
        return await operation(renewed.access_token)

    async def sign_out(self) -> None:
        """Revokes the refresh token at the users service (best effort) and forgets the tokens."""
        tokens = self.tokens
        self.end()
        if tokens is None:
            return
        # Signed out locally either way; an unrevoked token still expires on its own.
        with contextlib.suppress(GatewayError):
            await session_calls.logout(self._client, tokens.refresh_token, tokens.access_token)

    async def _fresh_tokens(self) -> SessionTokens:
        if self.tokens is None:
            raise SignedOut()
        if self.tokens.needs_refresh(self._clock()):
            return await self._refresh(self.tokens)
        return self.tokens

    async def _refresh(self, stale: SessionTokens) -> SessionTokens:
        # One refresh at a time: refresh tokens rotate, and presenting a rotated one twice would
        # make the users service revoke the whole family.
        async with self._refresh_lock:
            if self.tokens is not None and self.tokens != stale:
                return self.tokens  # another call refreshed while this one waited
            if self.tokens is None:
                raise SignedOut()
            try:
                result = await session_calls.refresh_token(self._client, stale.refresh_token)
            except GatewayError as error:
                if error.code == NOT_AUTHENTICATED:
                    self.end()
                    raise SignedOut() from error
                raise
            if result.tokens is None:
                self.end()
                raise SignedOut(result.errors[0].code if result.errors else NOT_AUTHENTICATED)
            self.tokens = SessionTokens.issued(result.tokens, self._clock())
            self.user = result.user or self.user
            return self.tokens
