"""Checked texts: names, titles and descriptions as people type them, trimmed and bounded."""

from __future__ import annotations

from servicekit.text import refuse_hidden_characters

from marketplace_service.domain.errors import MarketError, MarketErrorCode


def required_text(value: str | None, field: str, *, limit: int = 120) -> str:
    text = " ".join(refuse_hidden_characters(value or "", field).split())
    if not text or len(text) > limit:
        raise MarketError(MarketErrorCode.INVALID_NAME, f"Give 1 to {limit} characters.", field)
    return text


def optional_text(value: str | None, field: str, *, limit: int = 4000) -> str | None:
    text = refuse_hidden_characters(value or "", field).strip()
    if len(text) > limit:
        raise MarketError(MarketErrorCode.INVALID_TEXT, f"At most {limit} characters.", field)
    return text or None
