"""Token verification: only RS256 tokens from our issuer, for our audience, unexpired, are accepted."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt import PyJWK
from jwt.algorithms import RSAAlgorithm
from servicekit.auth import ROLES_CLAIM, Claims, InvalidToken, Role, TokenVerifier
from servicekit.auth.tokens import JwksCache
from servicekit.testing.jwks import JwksDocument, serve_jwks

ISSUER = "http://issuer.test"
AUDIENCE = "eventxperts"


class SigningKey:
    def __init__(self, kid: str) -> None:
        self.kid = kid
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def jwk(self) -> dict[str, Any]:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        return {**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}

    def public_pem(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, **overrides: Any) -> str:
        now = int(time.time())
        claims = {
            "sub": "user-1",
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": now,
            "exp": now + 900,
            "jti": "t1",
            ROLES_CLAIM: ["organizer"],
            **overrides,
        }
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": self.kid})


@pytest.fixture
def document() -> JwksDocument:
    return JwksDocument()


@pytest.fixture
def key(document: JwksDocument) -> SigningKey:
    key = SigningKey("k1")
    document.keys.append(key.jwk())
    return key


@pytest.fixture
def verifier(document: JwksDocument) -> Iterator[TokenVerifier]:
    with serve_jwks(document) as url:
        # No refetch throttle: the rotation test must not wait it out.
        yield TokenVerifier(keys=JwksCache(url, min_refresh=0), issuer=ISSUER, audience=AUDIENCE)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


async def test_a_valid_token_gives_the_caller_and_roles(verifier: TokenVerifier, key: SigningKey) -> None:
    claims = await verifier.verify(key.sign())
    assert claims.subject == "user-1"
    assert claims.roles == frozenset({Role.ORGANIZER})


async def test_the_session_and_issue_time_of_a_token_are_read(
    verifier: TokenVerifier, key: SigningKey
) -> None:
    claims = await verifier.verify(key.sign(sid="family-1", iat=1_700_000_000))
    assert (claims.session_id, claims.issued_at) == ("family-1", 1_700_000_000)
    assert (await verifier.verify(key.sign())).session_id is None


async def test_a_verifier_refusing_by_a_check_refuses_what_the_check_refuses(
    verifier: TokenVerifier, key: SigningKey
) -> None:
    async def refuse_user_2(claims: Claims) -> None:
        if claims.subject == "user-2":
            raise InvalidToken("TOKEN_REVOKED", "revoked")

    checked = verifier.refusing(refuse_user_2)
    assert await rejection(checked, key.sign(sub="user-2")) == "TOKEN_REVOKED"
    assert (await checked.verify(key.sign(sub="user-3"))).subject == "user-3"
    assert (await verifier.verify(key.sign(sub="user-2"))).subject == "user-2", "the original is unchanged"


async def rejection(verifier: TokenVerifier, token: str) -> str:
    with pytest.raises(InvalidToken) as error:
        await verifier.verify(token)
    return error.value.code


async def test_an_expired_token_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    past = int(time.time()) - 3600
    assert await rejection(verifier, key.sign(iat=past - 900, exp=past)) == "TOKEN_EXPIRED"


async def test_a_token_for_another_audience_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    assert await rejection(verifier, key.sign(aud="someone-else")) == "WRONG_AUDIENCE"


async def test_a_token_from_another_issuer_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    assert await rejection(verifier, key.sign(iss="http://evil.test")) == "WRONG_ISSUER"


async def test_a_forged_signature_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    impostor = SigningKey("k1")  # same kid, different private key
    assert await rejection(verifier, impostor.sign()) == "INVALID_TOKEN"


async def test_alg_none_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    header = b64(json.dumps({"alg": "none", "kid": "k1", "typ": "JWT"}).encode())
    body = b64(
        json.dumps(
            {
                "sub": "admin",
                "iss": ISSUER,
                "aud": AUDIENCE,
                "exp": int(time.time()) + 900,
                ROLES_CLAIM: ["super_admin"],
            }
        ).encode()
    )
    assert await rejection(verifier, f"{header}.{body}.") == "UNSUPPORTED_ALGORITHM"


async def test_hs256_signed_with_the_public_key_is_rejected(verifier: TokenVerifier, key: SigningKey) -> None:
    header = b64(json.dumps({"alg": "HS256", "kid": "k1", "typ": "JWT"}).encode())
    body = b64(
        json.dumps(
            {
                "sub": "admin",
                "iss": ISSUER,
                "aud": AUDIENCE,
                "iat": int(time.time()),
                "exp": int(time.time()) + 900,
                ROLES_CLAIM: ["super_admin"],
            }
        ).encode()
    )
    signature = hmac.new(key.public_pem(), f"{header}.{body}".encode(), hashlib.sha256).digest()
    assert await rejection(verifier, f"{header}.{body}.{b64(signature)}") == "UNSUPPORTED_ALGORITHM"


async def test_garbage_is_rejected_as_malformed(verifier: TokenVerifier) -> None:
    assert await rejection(verifier, "not-a-token") == "MALFORMED_TOKEN"


async def test_a_new_key_is_fetched_when_an_unknown_kid_appears(
    verifier: TokenVerifier, key: SigningKey, document: JwksDocument
) -> None:
    await verifier.verify(key.sign())
    rotated = SigningKey("k2")
    document.keys.append(rotated.jwk())
    claims = await verifier.verify(rotated.sign(sub="user-2"))
    assert claims.subject == "user-2"
    assert document.fetches == 2


async def test_keys_are_cached_between_tokens(
    verifier: TokenVerifier, key: SigningKey, document: JwksDocument
) -> None:
    for _ in range(3):
        await verifier.verify(key.sign())
    assert document.fetches == 1


@pytest.mark.parametrize(
    "body",
    [
        b"<html>502 Bad Gateway</html>",
        b'{"keys": "none"}',
        b'{"keys": [{"kty": "RSA", "kid": "k1", "n": "!!", "e": "AQAB"}]}',
    ],
    ids=["not-json", "keys-not-a-list", "key-not-a-key"],
)
async def test_an_issuer_serving_garbage_is_unavailable_not_a_crash(
    verifier: TokenVerifier, key: SigningKey, document: JwksDocument, body: bytes
) -> None:
    document.raw_body = body
    assert await rejection(verifier, key.sign()) == "JWKS_UNAVAILABLE"


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tokens the verifier decodes and checks in full."""
    seen: list[str] = []
    real_decode = jwt.decode

    def counting_decode(token: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(token)
        return real_decode(token, *args, **kwargs)

    monkeypatch.setattr(jwt, "decode", counting_decode)
    return seen


async def test_a_token_verified_once_is_not_decoded_again(
    verifier: TokenVerifier, key: SigningKey, decodes: list[str]
) -> None:
    token = key.sign()
    for _ in range(3):
        assert (await verifier.verify(token)).subject == "user-1"
    assert decodes == [token]


class KeysInHand:
    """A key source the test changes directly (as the issuer's own key ring retires keys)."""

    def __init__(self, *keys: SigningKey) -> None:
        self.keys = {key.kid: PyJWK(key.jwk(), algorithm="RS256") for key in keys}

    async def key(self, kid: str) -> PyJWK | None:
        return self.keys.get(kid)


async def test_a_remembered_token_is_refused_once_its_key_is_gone(key: SigningKey) -> None:
    keys = KeysInHand(key)
    verifier = TokenVerifier(keys=keys, issuer=ISSUER, audience=AUDIENCE)
    token = key.sign()
    await verifier.verify(token)
    retired = keys.keys.pop(key.kid)
    assert await rejection(verifier, token) == "UNKNOWN_KEY"
    keys.keys[key.kid] = retired  # and it is checked in full when its key comes back
    assert (await verifier.verify(token)).subject == "user-1"


async def test_a_tampered_copy_of_a_remembered_token_is_still_rejected(
    verifier: TokenVerifier, key: SigningKey
) -> None:
    token = key.sign()
    await verifier.verify(token)
    header, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    promoted = b64(json.dumps({**claims, ROLES_CLAIM: ["super_admin"]}).encode())
    assert await rejection(verifier, f"{header}.{promoted}.{signature}") == "INVALID_TOKEN"
