"""A WhatsApp share link: `https://wa.me/<country code and number>?text=...`. No WhatsApp API: the
sender's phone opens the chat with the text filled in and they press send (calendar, billing)."""

from __future__ import annotations

from urllib.parse import quote


def wa_me_link(phone: str, text: str) -> str:
    """`phone` is E.164 (+91...); wa.me takes the digits only, country code included."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"
