"""RSA signing keys of the built-in issuer, kept in the database with the private half encrypted.

The newest live key signs; every live key is published in the JWKS, so after a rotation tokens
signed by the previous key keep verifying until they expire.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import SigningKeyRow

KEY_SIZE = 2048
LIVE_KEYS = 2
# Serialises key creation when several processes start on an empty database.
_KEY_CREATION_LOCK = 0x55534B31


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: rsa.RSAPrivateKey

    def __repr__(self) -> str:  # never print key material
        return f"SigningKey(kid={self.kid!r})"


@dataclass(frozen=True)
class KeySet:
    signing: SigningKey
    public_jwks: list[dict[str, Any]]


def _encryption(secret: str) -> serialization.KeySerializationEncryption:
    return serialization.BestAvailableEncryption(secret.encode())


def new_signing_key_row(secret: str) -> SigningKeyRow:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    public_jwk: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(private_key.public_key()))
    thumbprint = json.dumps({k: public_jwk[k] for k in ("e", "kty", "n")}, separators=(",", ":"))
    kid = base64.urlsafe_b64encode(hashlib.sha256(thumbprint.encode()).digest()).decode()[:43]
    public_jwk.update({"kid": kid, "use": "sig", "alg": "RS256"})
    pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, _encryption(secret)
    )
    return SigningKeyRow(kid=kid, private_key_pem=pem, public_jwk=public_jwk, created_at=datetime.now(UTC))


class SigningKeysRepository:
    def __init__(self, session: AsyncSession, *, secret: str) -> None:
        self._session = session
        self._secret = secret

    async def ensure_one(self) -> None:
        """Create the first key unless a live one exists (safe when processes start together)."""
        await self._session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _KEY_CREATION_LOCK})
        if not await self._live_rows():
            self._session.add(new_signing_key_row(self._secret))
            await self._session.flush()

    async def rotate(self) -> str:
        """Add a new signing key and retire all but the newest LIVE_KEYS; return the new kid."""
        await self._session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _KEY_CREATION_LOCK})
        row = new_signing_key_row(self._secret)
        self._session.add(row)
        await self._session.flush()
        retiring = [old.kid for old in (await self._live_rows())[LIVE_KEYS:]]
        if retiring:
            await self._session.execute(
                update(SigningKeyRow)
                .where(SigningKeyRow.kid.in_(retiring))
                .values(retired_at=datetime.now(UTC))
            )
        return row.kid

    async def key_set(self) -> KeySet | None:
        rows = await self._live_rows()
        if not rows:
            return None
        newest = rows[0]
        private_key = serialization.load_pem_private_key(
            newest.private_key_pem, password=self._secret.encode()
        )
        if not isinstance(private_key, rsa.RSAPrivateKey):
            raise TypeError("signing key is not an RSA key")
        return KeySet(SigningKey(newest.kid, private_key), [dict(r.public_jwk) for r in rows])

    async def _live_rows(self) -> list[SigningKeyRow]:
        query = (
            select(SigningKeyRow)
            .where(SigningKeyRow.retired_at.is_(None))
            .order_by(SigningKeyRow.created_at.desc(), SigningKeyRow.kid)
        )
        return list((await self._session.execute(query)).scalars())
