"""Refresh-token families: each login starts a family; each refresh rotates to a new member.

Presenting a member that was already rotated means someone kept an old token: the whole family is
revoked, so both the thief and the owner must sign in again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from users_service.domain.errors import UsersError, UsersErrorCode


class RefreshTokenStatus(StrEnum):
    ACTIVE = "active"
    ROTATED = "rotated"
    REVOKED = "revoked"


class RefreshDecision(StrEnum):
    ROTATE = "rotate"
    REVOKE_FAMILY = "revoke_family"


@dataclass(frozen=True, slots=True)
class RefreshTokenState:
    status: RefreshTokenStatus
    expires_at: datetime


def decide_refresh(token: RefreshTokenState, now: datetime) -> RefreshDecision:
    """ROTATE a live token; REVOKE_FAMILY on reuse; raise INVALID_REFRESH_TOKEN when it is dead."""
    if token.status is RefreshTokenStatus.ROTATED:
        return RefreshDecision.REVOKE_FAMILY
    if token.status is RefreshTokenStatus.REVOKED or now >= token.expires_at:
        raise invalid_refresh_token()
    return RefreshDecision.ROTATE


def invalid_refresh_token() -> UsersError:
    return UsersError(
        UsersErrorCode.INVALID_REFRESH_TOKEN,
        "The session has ended; sign in again.",
        "refreshToken",
    )


def refresh_token_reused() -> UsersError:
    return UsersError(
        UsersErrorCode.REFRESH_TOKEN_REUSED,
        "This refresh token was already used; every session of this sign-in was ended.",
        "refreshToken",
    )
