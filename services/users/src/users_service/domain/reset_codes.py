"""Password-reset codes: what one is, how long it lives, how many tries it allows.

A code is eight random digits (typed on a phone, read from an email). It is kept only as a hash, lives
fifteen minutes, is spent by the first reset that uses it, and allows five tries: each try is counted
before the code is checked, so tries made at once count too. Codes are asked for per email, known or
not (an unknown email gets a code nobody receives), so every answer is the same whether or not the
email has an account.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.lockout import RatePolicy

CODE_DIGITS = 8


@dataclass(frozen=True, slots=True)
class ResetCodePolicy:
    lifetime: timedelta = timedelta(minutes=15)
    tries: int = 5
    # Codes asked for: per email (known or not), and per client address across emails.
    per_email: RatePolicy = field(default_factory=lambda: RatePolicy(5, timedelta(hours=1)))
    per_address: RatePolicy = field(default_factory=lambda: RatePolicy(30, timedelta(hours=1)))


@dataclass(frozen=True, slots=True)
class StoredResetCode:
    """A live code as kept: its hash, when it lapses, and the tries left."""

    code_hash: str
    expires_at: datetime
    tries_left: int

    def refusal(self, now: datetime) -> UsersError | None:
        """Why no try may be made with this code now; None when one may."""
        if now >= self.expires_at:
            return reset_code_expired()
        if self.tries_left <= 0:
            return reset_code_used_up()
        return None


def new_reset_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def normalised_code(raw: str) -> str:
    """The code as typed, less spaces and dashes (people copy "4071 9386")."""
    return "".join(ch for ch in raw if ch not in " -\t")


def reset_code_invalid() -> UsersError:
    return UsersError(
        UsersErrorCode.RESET_CODE_INVALID, "The code is wrong. Check the email we sent and try again.", "code"
    )


def reset_code_expired() -> UsersError:
    return UsersError(UsersErrorCode.RESET_CODE_EXPIRED, "The code has expired. Ask for a new one.", "code")


def reset_code_used_up() -> UsersError:
    return UsersError(UsersErrorCode.RESET_CODE_USED_UP, "Too many wrong codes. Ask for a new one.", "code")
