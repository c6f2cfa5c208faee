"""The provider's signatures (HMAC-SHA256, hex): over a webhook's raw body with the webhook secret,
and over `<order id>|<payment id>` with the key secret for a checkout the buyer completed."""

from __future__ import annotations

import hashlib
import hmac


def signature(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def webhook_signed(secret: str, body: bytes, given: str | None) -> bool:
    """Whether `given` (the X-Razorpay-Signature header) signs `body`; never true without a secret."""
    if not secret or not given:
        return False
    return hmac.compare_digest(signature(secret, body), given.strip().lower())


def payment_signed(secret: str, order_id: str, payment_id: str, given: str) -> bool:
    if not secret or not given:
        return False
    return hmac.compare_digest(signature(secret, f"{order_id}|{payment_id}".encode()), given.strip().lower())
