"""A token issuer for tests: an RSA key whose JWKS is served on loopback, signing access tokens for
any subject and roles, the way the users service (or Auth0) does for the services that trust it."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from servicekit.auth.roles import ROLES_CLAIM
from servicekit.testing.jwks import JwksDocument, serve_jwks

TEST_ISSUER = "http://issuer.test"
TEST_AUDIENCE = "eventxperts"


class SigningKey:
    """One RS256 key: its public JWK and tokens signed with it."""

    def __init__(self, kid: str, *, issuer: str = TEST_ISSUER, audience: str = TEST_AUDIENCE) -> None:
        self.kid = kid
        self.issuer = issuer
        self.audience = audience
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def jwk(self) -> dict[str, Any]:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        return {**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}

    def sign(self, **overrides: Any) -> str:
        """A valid access token for `user-1` as an organizer, with any claim overridden."""
        now = int(time.time())
        claims = {
            "sub": "user-1",
            "iss": self.issuer,
            "aud": self.audience,
            "iat": now,
            "exp": now + 900,
            "jti": uuid.uuid4().hex,
            ROLES_CLAIM: ["organizer"],
            **overrides,
        }
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": self.kid})


class TestIssuer:
    """A signing key published at `jwks_url` while `serving()` runs."""

    __test__ = False  # not a pytest test class

    def __init__(self, *, issuer: str = TEST_ISSUER, audience: str = TEST_AUDIENCE) -> None:
        self.issuer = issuer
        self.audience = audience
        self.key = SigningKey("test-key-1", issuer=issuer, audience=audience)
        self.document = JwksDocument()
        self.document.keys.append(self.key.jwk())
        self.jwks_url = ""

    @contextmanager
    def serving(self) -> Iterator[TestIssuer]:
        with serve_jwks(self.document) as url:
            self.jwks_url = url
            yield self

    def trusted_by(self) -> dict[str, Any]:
        """Settings under which a service trusts this issuer's tokens (test environment)."""
        return {
            "environment": "test",
            "auth_issuer": self.issuer,
            "auth_audience": self.audience,
            "auth_jwks_url": self.jwks_url,
        }

    def token(self, roles: Iterable[str] = ("user",), *, subject: str | None = None) -> str:
        """An access token for `subject` (a fresh id by default) holding `roles`."""
        return self.key.sign(sub=subject or str(uuid.uuid4()), **{ROLES_CLAIM: sorted(set(roles))})
