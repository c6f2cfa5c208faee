"""Tokens that are expired, forged, unsigned, HS256-signed with the public key or meant for
another audience get HTTP 401; a valid one is accepted."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from servicekit.auth import ROLES_CLAIM
from users_service.bootstrap import UsersServices

from .graphql_client import ME, post_graphql


async def claims(services: UsersServices, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    values: dict[str, Any] = {
        "sub": str(uuid.uuid4()),
        ROLES_CLAIM: ["user", "super_admin"],
        "iss": services.settings.token_issuer,
        "aud": services.settings.token_audience,
        "iat": now,
        "exp": now + 600,
        "jti": str(uuid.uuid4()),
    }
    values.update(overrides)
    return values


async def signed_with_our_key(services: UsersServices, **overrides: Any) -> str:
    signing = (await services.keys.current()).signing
    return jwt.encode(
        await claims(services, **overrides),
        signing.private_key,
        algorithm="RS256",
        headers={"kid": signing.kid},
    )


def unsigned(payload: dict[str, Any], kid: str) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT', 'kid': kid})}.{part(payload)}."


async def test_a_token_signed_with_our_live_key_is_accepted(
    client: httpx.AsyncClient, services: UsersServices
) -> None:
    response = await post_graphql(client, ME, token=await signed_with_our_key(services))
    assert response.status_code == 200
    assert response.json()["data"] == {"me": None}  # valid token, but no such account


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("expired", "TOKEN_EXPIRED"),
        ("wrong_audience", "WRONG_AUDIENCE"),
        ("wrong_issuer", "WRONG_ISSUER"),
        ("forged", "INVALID_TOKEN"),
        ("alg_none", "UNSUPPORTED_ALGORITHM"),
        ("hs256_public_key", "UNSUPPORTED_ALGORITHM"),
        ("unknown_kid", "UNKNOWN_KEY"),
        ("garbage", "MALFORMED_TOKEN"),
    ],
)
async def test_bad_tokens_get_401_saying_why(
    client: httpx.AsyncClient, services: UsersServices, kind: str, code: str
) -> None:
    response = await post_graphql(client, ME, token=await bad_token(services, kind))
    assert response.status_code == 401
    assert "data" not in response.json()
    assert response.json()["detail"]["code"] == code


async def bad_token(services: UsersServices, kind: str) -> str:
    signing = (await services.keys.current()).signing
    now = int(time.time())
    if kind == "expired":
        return await signed_with_our_key(services, iat=now - 1200, exp=now - 600)
    if kind == "wrong_audience":
        return await signed_with_our_key(services, aud="another-api")
    if kind == "wrong_issuer":
        return await signed_with_our_key(services, iss="https://attacker.example")
    if kind == "forged":
        other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return jwt.encode(await claims(services), other_key, algorithm="RS256", headers={"kid": signing.kid})
    if kind == "alg_none":
        return unsigned(await claims(services), signing.kid)
    if kind == "hs256_public_key":
        public_pem = signing.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return hs256(await claims(services), public_pem, signing.kid)
    if kind == "unknown_kid":
        return jwt.encode(
            await claims(services), signing.private_key, algorithm="RS256", headers={"kid": "no-such-key"}
        )
    return "not.a.token"


def hs256(payload: dict[str, Any], secret: bytes, kid: str) -> str:
    """HS256 by hand: PyJWT rightly refuses to use a PEM public key as an HMAC secret."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = part(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = part(json.dumps(payload).encode())
    signature = hmac.new(secret, f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{part(signature)}"
