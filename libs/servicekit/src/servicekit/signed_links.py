"""Secrets in URLs (the calendar's feeds and CSV exports, billing's PDFs and reports): an HMAC-SHA256
under the service's SECRET_KEY, one purpose per key derivation, so a feed's secret never opens a CSV
download and the other way round. Changing SECRET_KEY ends them all."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

MAC_BYTES = 24


def mac(secret_key: str, purpose: str, message: str) -> str:
    """The URL-safe MAC of `message` for `purpose`."""
    key = hashlib.sha256(f"{purpose}\0{secret_key}".encode()).digest()
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def mac_matches(secret_key: str, purpose: str, message: str, given: str) -> bool:
    return hmac.compare_digest(mac(secret_key, purpose, message), given)


def sign_claims(secret_key: str, purpose: str, claims: dict[str, Any]) -> str:
    """`<claims as base64url JSON>.<mac>`: what a short-lived link carries."""
    body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{body}.{mac(secret_key, purpose, body)}"


def read_claims(secret_key: str, purpose: str, token: str, now: datetime) -> dict[str, Any] | None:
    """The claims of a token signed for `purpose` whose `exp` (Unix seconds) is still ahead, else None."""
    body, _, given = token.partition(".")
    if not body or not given or not mac_matches(secret_key, purpose, body, given):
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return None
    if not isinstance(claims, dict) or not isinstance(claims.get("exp"), int | float):
        return None
    return claims if claims["exp"] > now.timestamp() else None
