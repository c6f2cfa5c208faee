"""The access token is refreshed shortly before it expires, never after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from eventxperts_app.api.auth_session import REFRESH_MARGIN, SessionTokens
from eventxperts_app.api.models import TokenPair

ISSUED_AT = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
PAIR = TokenPair(access_token="a", refresh_token="r", expires_in=900, token_type="Bearer")


def test_tokens_expire_expires_in_seconds_after_issue() -> None:
    assert SessionTokens.issued(PAIR, ISSUED_AT).expires_at == ISSUED_AT + timedelta(minutes=15)


def test_a_fresh_token_is_used_as_it_is() -> None:
    tokens = SessionTokens.issued(PAIR, ISSUED_AT)
    assert not tokens.needs_refresh(ISSUED_AT + timedelta(minutes=14))


def test_a_token_inside_the_margin_is_refreshed() -> None:
    tokens = SessionTokens.issued(PAIR, ISSUED_AT)
    assert tokens.needs_refresh(ISSUED_AT + timedelta(minutes=15) - REFRESH_MARGIN)
    assert tokens.needs_refresh(ISSUED_AT + timedelta(hours=1))
