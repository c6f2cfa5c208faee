"""The link a guest opens, and the WhatsApp message carrying it (pure)."""

from __future__ import annotations

from urllib.parse import quote

SHARED_PREFIX = "/g/"


def guest_link(origin: str, share_code: str) -> str:
    """`origin` is where the app is served (the edge in production), e.g. https://eventxperts.app."""
    return f"{origin.rstrip('/')}{SHARED_PREFIX}{share_code}"


def whatsapp_url(text: str) -> str:
    """A wa.me link without a number: WhatsApp asks whom to send it to."""
    return f"https://wa.me/?text={quote(text)}"
