"""Refusing access tokens revoked before they expire (docs/decisions/0010-revoking-access-tokens.md).

servicekit gives every service what it needs: `with_revocation_consumers` adds the consumers that
keep the `token_revocations` read model from the users service's events, and `refusing_revoked_tokens`
makes the service's token verifier refuse, as 401 `TOKEN_REVOKED`, a token issued before its
subject's latest role change, deactivation or erasure, or whose session (`sid`) was revoked.
A service's migrations create the table with `migration_ops.create_revocation_tables`.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from servicekit.auth.revocations.cache import RevocationCache
from servicekit.auth.revocations.consumers import revocation_consumers, with_revocation_consumers
from servicekit.auth.tokens import TokenVerifier
from servicekit.db import session_factory
from servicekit.settings import ServiceSettings

__all__ = [
    "RevocationCache",
    "refusing_revoked_tokens",
    "revocation_consumers",
    "with_revocation_consumers",
]


def refusing_revoked_tokens(
    verifier: TokenVerifier, settings: ServiceSettings, engine: AsyncEngine
) -> TokenVerifier:
    """`verifier`, also refusing the tokens the service's revocation read model names."""
    cache = RevocationCache(
        session_factory(engine),
        horizon=timedelta(seconds=settings.token_revocation_horizon_seconds),
        refresh_every=settings.token_revocation_refresh_seconds,
    )
    return verifier.refusing(cache.check)
