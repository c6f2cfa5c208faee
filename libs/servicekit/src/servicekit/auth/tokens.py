"""Access-token verification against the issuer's JWKS: RS256 only, cached keys, strict claims."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx
import jwt
from jwt import PyJWK

from servicekit.auth.caller import Caller
from servicekit.auth.roles import ROLES_CLAIM, Role
from servicekit.auth.verified_tokens import VerifiedTokens

ALLOWED_ALGORITHMS = ["RS256"]


class InvalidToken(Exception):
    """The token is not acceptable; `code` says why (for logs and the 401 body)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Claims:
    subject: str
    roles: frozenset[Role]
    token_id: str | None
    raw: dict[str, Any]
    # `iat`, seconds since the epoch (fractional from our issuer): revocations refuse tokens issued at
    # or before them.
    issued_at: float = 0.0
    # `sid`: the sign-in session (refresh-token family) the token belongs to, when the issuer says.
    session_id: str | None = None

    def caller(self) -> Caller:
        return Caller(user_id=self.subject, roles=self.roles)


# Run on the claims of every valid token; raises InvalidToken to refuse it (e.g. a revoked one).
ClaimsCheck = Callable[[Claims], Awaitable[None]]


class SigningKeySource(Protocol):
    """Where a verifier finds the public key a token names: the issuer's JWKS over HTTP, or (in the
    issuer itself) its own key store."""

    async def key(self, kid: str) -> PyJWK | None:
        """The key with this id, or None when the issuer has no such key."""
        ...


class JwksCache:
    """Keys by `kid`, fetched lazily, refetched on an unknown kid (at most once per `min_refresh`)."""

    def __init__(self, url: str, *, max_age: float = 600.0, min_refresh: float = 5.0) -> None:
        self._url = url
        self._max_age = max_age
        self._min_refresh = min_refresh
        self._keys: dict[str, PyJWK] = {}
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> PyJWK | None:
        stale = time.monotonic() - self._fetched_at > self._max_age
        if kid not in self._keys or stale:
            await self._refresh(force=stale)
        return self._keys.get(kid)

    async def _refresh(self, *, force: bool) -> None:
        async with self._lock:
            if not force and time.monotonic() - self._fetched_at < self._min_refresh:
                return
            async with httpx.AsyncClient(timeout=5.0) as client:
                response = await client.get(self._url)
                response.raise_for_status()
            keys = {}
            for entry in _jwk_entries(response.json()):
                if entry.get("kty") == "RSA" and "kid" in entry:
                    keys[entry["kid"]] = PyJWK(entry, algorithm="RS256")
            self._keys = keys
            self._fetched_at = time.monotonic()


def _jwk_entries(document: object) -> list[dict[str, Any]]:
    keys = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(keys, list) or not all(isinstance(entry, dict) for entry in keys):
        raise ValueError("the JWKS document has no list of keys")
    return keys


class TokenVerifier:
    """Verifies access tokens for one issuer and audience."""

    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        jwks_url: str | None = None,
        keys: SigningKeySource | None = None,
        verified: VerifiedTokens | None = None,
    ) -> None:
        """Keys come from `keys`, or else from the JWKS published at `jwks_url`. Tokens verified
        once are remembered in `verified` (by default up to 4,096 until they expire)."""
        if keys is None:
            if jwks_url is None:
                raise ValueError("a TokenVerifier needs jwks_url or keys")
            keys = JwksCache(jwks_url)
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._verified = verified if verified is not None else VerifiedTokens()
        self._checks: tuple[ClaimsCheck, ...] = ()

    def refusing(self, check: ClaimsCheck) -> TokenVerifier:
        """This verifier (same keys, issuer and audience) that also runs `check` on every valid
        token's claims; the check refuses a token by raising InvalidToken."""
        checked = copy.copy(self)
        checked._checks = (*self._checks, check)
        return checked

    async def verify(self, token: str) -> Claims:
        """The token's claims, or InvalidToken for anything but a valid RS256 token of our issuer
        that every check (revocation, say) lets through.

        A token verified before is not decoded again until it expires, as long as the key that
        signed it is still one of the issuer's keys; the checks run on every call all the same."""
        claims = await self._signed_claims(token)
        for check in self._checks:
            await check(claims)
        return claims

    async def _signed_claims(self, token: str) -> Claims:
        remembered = self._verified.get(token)
        if remembered is not None:
            if await self._key(remembered.kid) is not None:
                return remembered.claims
            self._verified.forget(token)
            raise InvalidToken("UNKNOWN_KEY", "token is signed by an unknown key")
        header = _unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise InvalidToken("UNSUPPORTED_ALGORITHM", "only RS256 tokens are accepted")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise InvalidToken("UNKNOWN_KEY", "token names no key id")
        key = await self._key(kid)
        if key is None:
            raise InvalidToken("UNKNOWN_KEY", "token is signed by an unknown key")
        claims = self._decode(token, key)
        self._verified.remember(token, kid, claims)
        return claims

    async def _key(self, kid: str) -> PyJWK | None:
        try:
            return await self._keys.key(kid)
        except (httpx.HTTPError, ValueError, jwt.PyJWTError) as error:
            # Unreachable, not JSON, or keys that are not keys: the issuer's JWKS cannot be used.
            raise InvalidToken("JWKS_UNAVAILABLE", "signing keys cannot be fetched") from error

    def _decode(self, token: str, key: PyJWK) -> Claims:
        try:
            claims = jwt.decode(
                token,
                key=key.key,
                algorithms=ALLOWED_ALGORITHMS,
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as error:
            raise InvalidToken("TOKEN_EXPIRED", "token has expired") from error
        except jwt.InvalidAudienceError as error:
            raise InvalidToken("WRONG_AUDIENCE", "token is for another audience") from error
        except jwt.InvalidIssuerError as error:
            raise InvalidToken("WRONG_ISSUER", "token is from another issuer") from error
        except jwt.PyJWTError as error:
            raise InvalidToken("INVALID_TOKEN", "token is not valid") from error
        return Claims(
            subject=str(claims["sub"]),
            roles=Role.parse_many(claims.get(ROLES_CLAIM)),
            token_id=claims.get("jti"),
            raw=claims,
            issued_at=float(claims["iat"]),
            session_id=str(claims["sid"]) if claims.get("sid") is not None else None,
        )


def _unverified_header(token: str) -> dict[str, Any]:
    try:
        return dict(jwt.get_unverified_header(token))
    except jwt.PyJWTError as error:
        raise InvalidToken("MALFORMED_TOKEN", "token is malformed") from error
