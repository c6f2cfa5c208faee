"""What use cases hand back to the edges."""

from __future__ import annotations

from dataclasses import dataclass

from users_service.domain.accounts import UserAccount

TOKEN_TYPE = "Bearer"  # noqa: S105 (the OAuth token type)


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = TOKEN_TYPE


@dataclass(frozen=True, slots=True)
class SignedIn:
    user: UserAccount
    tokens: TokenPair
