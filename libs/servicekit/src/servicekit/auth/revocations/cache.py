"""The verifier's check against revoked tokens: an in-memory copy of the service's
`token_revocations`, brought up to date at most every `refresh_every` seconds by reading what was
recorded since the last look, so a request costs a dictionary lookup and a busy process one small
query a second."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import structlog
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from servicekit.auth.revocations.store import Revocation, read_revocations
from servicekit.auth.revocations.tables import Scope
from servicekit.auth.tokens import Claims, InvalidToken

log = structlog.get_logger(__name__)

# Each read looks back this far before the previous one: a consumer's transaction that committed a
# revocation after that read but recorded it (clock_timestamp) before is still seen.
OVERLAP = timedelta(seconds=60)

# Everything is read afresh this often (seconds), which also forgets what the horizon passed.
FULL_READ_EVERY = 300.0

# After failed reads, the last copy is trusted this long (seconds); then tokens are refused.
MAX_STALENESS = 30.0


class RevocationCache:
    """`await cache.check(claims)` raises InvalidToken `TOKEN_REVOKED` for a revoked token."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        horizon: timedelta,
        refresh_every: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._horizon = horizon
        self._refresh_every = refresh_every
        self._clock = clock
        self._lock = asyncio.Lock()
        # (scope, value) -> when it was revoked (epoch seconds): tokens with iat <= it are refused.
        self._revoked: dict[tuple[Scope, str], float] = {}
        self._read_at: datetime | None = None
        self._loaded_at = -math.inf
        self._full_read_at = -math.inf
        self._next_read = -math.inf

    async def check(self, claims: Claims) -> None:
        """Refuse a token whose subject was revoked after it was issued, or whose session ended."""
        await self._up_to_date()
        if self._clock() - self._loaded_at > MAX_STALENESS:
            raise InvalidToken("REVOCATIONS_UNAVAILABLE", "revoked tokens cannot be checked")
        if self._refuses(claims):
            raise InvalidToken("TOKEN_REVOKED", "token was revoked")

    def _refuses(self, claims: Claims) -> bool:
        # An Auth0 subject is `auth0|<our user id>`; the users service's events name our id.
        subjects = {claims.subject, claims.subject.split("|", 1)[-1]}
        for subject in subjects:
            revoked_at = self._revoked.get((Scope.SUBJECT, subject))
            # Our issuer's iat has microseconds; a whole-second iat (Auth0) issued in the same second
            # as the revocation is refused even if it came just after: the error is on the safe side.
            if revoked_at is not None and claims.issued_at <= revoked_at:
                return True
        # A session never issues tokens after it ends: all of its tokens are refused.
        return claims.session_id is not None and (Scope.SESSION, claims.session_id) in self._revoked

    async def _up_to_date(self) -> None:
        if self._clock() < self._next_read:
            return
        async with self._lock:
            if self._clock() < self._next_read:
                return  # another request read while this one waited
            try:
                await self._read()
            except (SQLAlchemyError, OSError) as error:
                log.warning("token_revocations_unreadable", error=str(error))
            finally:
                self._next_read = self._clock() + self._refresh_every

    async def _read(self) -> None:
        started = self._clock()
        full = self._read_at is None or started - self._full_read_at > FULL_READ_EVERY
        since = None if full or self._read_at is None else self._read_at - OVERLAP
        async with self._sessions() as session:
            read = await read_revocations(session, horizon=self._horizon, recorded_since=since)
        if full:
            self._revoked = {}
            self._full_read_at = started
        for revocation in read.revocations:
            self._remember(revocation)
        self._read_at = read.read_at
        self._loaded_at = started

    def _remember(self, revocation: Revocation) -> None:
        key = (revocation.scope, revocation.value)
        revoked_at = revocation.revoked_at.timestamp()
        self._revoked[key] = max(revoked_at, self._revoked.get(key, revoked_at))
