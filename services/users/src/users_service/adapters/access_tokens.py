"""Issuing RS256 access tokens with the live signing key, and verifying our own tokens locally."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt
from jwt import PyJWK
from servicekit.auth import ROLES_CLAIM, TokenVerifier
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from users_service.adapters.signing_keys import KeySet, SigningKeysRepository
from users_service.domain.roles import Role


class KeyRing:
    """The live keys, loaded from the database and reloaded after rotation, on an unknown kid, and
    at least every `max_age_seconds`: a rotation by the operator's CLI (another process) reaches
    every running service within that time, so a retired key stops signing and verifying."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        secret: str,
        min_reload_seconds: float = 5.0,
        max_age_seconds: float = 60.0,
    ) -> None:
        self._sessions = sessions
        self._secret = secret
        self._keys: KeySet | None = None
        self._min_reload_seconds = min_reload_seconds
        self._max_age_seconds = max_age_seconds
        self._loaded_at = 0.0
        # One reload at a time: when the keys go stale under load, every request in flight would
        # otherwise decrypt them at once (~40 ms each, on the event loop), stalling all the others.
        self._reloading = asyncio.Lock()

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        return self._sessions

    async def ensure_key(self) -> None:
        """On first start there is no key: make one (idempotent across processes)."""
        async with self._sessions() as session, session.begin():
            await SigningKeysRepository(session, secret=self._secret).ensure_one()
        await self.reload()

    async def rotate(self) -> str:
        async with self._sessions() as session, session.begin():
            kid = await SigningKeysRepository(session, secret=self._secret).rotate()
        await self.reload()
        return kid

    async def reload(self) -> KeySet:
        async with self._sessions() as session:
            keys = await SigningKeysRepository(session, secret=self._secret).key_set()
        if keys is None:
            raise RuntimeError("no signing key; call ensure_key() at start")
        self._keys = keys
        self._loaded_at = time.monotonic()
        return keys

    async def reload_unless_recent(self) -> KeySet:
        """For an unknown kid: another process may have rotated. Throttled, so tokens with
        made-up kids cannot turn into a query each."""
        return await self._fresh(self._min_reload_seconds, wait=True)

    async def current(self) -> KeySet:
        """The live keys, reloaded when older than `max_age_seconds`. While another caller reloads
        them, the keys in hand are used rather than waited on: a caller issuing a token holds its
        transaction's connection, and ten of them waiting for a reload that needs an eleventh
        would empty the pool."""
        return await self._fresh(self._max_age_seconds, wait=False)

    async def _fresh(self, max_age: float, *, wait: bool) -> KeySet:
        in_hand = self._keys
        if in_hand is not None and (self._younger_than(max_age) or (not wait and self._reloading.locked())):
            return in_hand
        async with self._reloading:  # one reload at a time; those who waited share its result
            if self._keys is not None and self._younger_than(max_age):
                return self._keys
            return await self.reload()

    def _younger_than(self, max_age: float) -> bool:
        return time.monotonic() - self._loaded_at <= max_age

    async def public_jwks(self) -> dict[str, list[dict[str, Any]]]:
        return {"keys": (await self.current()).public_jwks}


@dataclass(frozen=True, slots=True)
class IssuedAccessToken:
    token: str
    expires_in: int


class AccessTokenIssuer:
    def __init__(self, keys: KeyRing, *, issuer: str, audience: str, lifetime: timedelta) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._lifetime = lifetime

    async def issue(
        self, user_id: uuid.UUID, roles: frozenset[Role], now: datetime, *, session_id: uuid.UUID
    ) -> IssuedAccessToken:
        """A token of the sign-in session `session_id` (its refresh-token family): every service
        refuses it once that session is revoked (claim `sid`)."""
        signing = (await self._keys.current()).signing
        # To the microsecond (JWT times may be fractional): a token issued just after a role change
        # is told apart from one issued just before it, which services refuse.
        issued_at = now.timestamp()
        claims = {
            "sub": str(user_id),
            "sid": str(session_id),
            ROLES_CLAIM: sorted(role.value for role in roles),
            "iss": self._issuer,
            "aud": self._audience,
            "iat": issued_at,
            "exp": issued_at + self._lifetime.total_seconds(),
            "jti": str(uuid.uuid4()),
        }
        token = jwt.encode(claims, signing.private_key, algorithm="RS256", headers={"kid": signing.kid})
        return IssuedAccessToken(token, int(self._lifetime.total_seconds()))


class KeyRingKeys:
    """Our own public keys as the verifier's key source, straight from the key ring (the users
    service would otherwise fetch its own JWKS over HTTP). An unknown kid triggers one throttled
    reload: another process may have rotated."""

    def __init__(self, keys: KeyRing) -> None:
        self._key_ring = keys
        self._parsed: tuple[KeySet | None, dict[str, PyJWK]] = (None, {})

    async def key(self, kid: str) -> PyJWK | None:
        for reload in (False, True):
            keys = await (self._key_ring.reload_unless_recent() if reload else self._key_ring.current())
            found = self._public_keys(keys).get(kid)
            if found is not None:
                return found
        return None

    def _public_keys(self, keys: KeySet) -> dict[str, PyJWK]:
        """The key set's public keys by kid, parsed once per key set rather than once per token."""
        parsed_from, parsed = self._parsed
        if parsed_from is not keys:
            parsed = {jwk["kid"]: PyJWK(jwk, algorithm="RS256") for jwk in keys.public_jwks}
            self._parsed = (keys, parsed)
        return parsed


class LocalTokenVerifier(TokenVerifier):
    """servicekit's verifier over the key ring's keys."""

    def __init__(self, keys: KeyRing, *, issuer: str, audience: str) -> None:
        super().__init__(keys=KeyRingKeys(keys), issuer=issuer, audience=audience)
