"""Short-lived capabilities in URLs: claims signed with an HMAC-SHA256 under the service's SECRET_KEY,
one key derivation per purpose, so a token signed to download a file never opens an upload.
Changing SECRET_KEY ends every token. (The calendar keeps its own copy from before this module.)"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

MAC_BYTES = 24


def _mac(secret_key: str, purpose: str, message: str) -> str:
    key = hashlib.sha256(f"{purpose}\0{secret_key}".encode()).digest()
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign_claims(secret_key: str, purpose: str, claims: dict[str, Any]) -> str:
    """`<claims as base64url JSON>.<mac>`; `claims["exp"]` (Unix seconds) bounds its life."""
    body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{body}.{_mac(secret_key, purpose, body)}"


def read_claims(secret_key: str, purpose: str, token: str, now: datetime) -> dict[str, Any] | None:
    """The claims of a token signed for `purpose` whose `exp` is still ahead, else None."""
    body, _, given = token.partition(".")
    if not body or not given or not hmac.compare_digest(_mac(secret_key, purpose, body), given):
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return None
    if not isinstance(claims, dict) or not isinstance(claims.get("exp"), int | float):
        return None
    return claims if claims["exp"] > now.timestamp() else None
