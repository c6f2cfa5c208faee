"""Sign-in codes sent by SMS: what one is, how long it lives, how many tries it allows.

Six random digits (what people expect from an Indian app's OTP and what DLT templates are registered
for), kept only as an argon2id hash, five minutes, spent by the first sign-in that uses it, five tries
each counted before the code is checked. Asked for per phone, known or not: a number without an
account gets a code too (it signs up with it), so every answer is the same either way.
Six digits with five tries per code and five codes per phone an hour: a year of guessing at one
number succeeds with odds of about 20 %, so the hourly limits, not the length, carry the weight;
they are settings (docs/decisions/0041).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.lockout import RatePolicy

CODE_DIGITS = 6


@dataclass(frozen=True, slots=True)
class PhoneCodePolicy:
    lifetime: timedelta = timedelta(minutes=5)
    tries: int = 5
    # Codes asked for: per phone (known or not), and per client address across phones.
    per_phone: RatePolicy = field(default_factory=lambda: RatePolicy(5, timedelta(hours=1)))
    per_address: RatePolicy = field(default_factory=lambda: RatePolicy(20, timedelta(hours=1)))


@dataclass(frozen=True, slots=True)
class StoredPhoneCode:
    """A live code as kept: its hash, when it lapses, and the tries left."""

    code_hash: str
    expires_at: datetime
    tries_left: int

    def refusal(self, now: datetime) -> UsersError | None:
        """Why no try may be made with this code now; None when one may."""
        if now >= self.expires_at:
            return UsersError(
                UsersErrorCode.PHONE_CODE_EXPIRED, "The code has expired. Ask for a new one.", "code"
            )
        if self.tries_left <= 0:
            return UsersError(
                UsersErrorCode.PHONE_CODE_USED_UP, "Too many wrong codes. Ask for a new one.", "code"
            )
        return None


def new_phone_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def phone_code_invalid() -> UsersError:
    return UsersError(
        UsersErrorCode.PHONE_CODE_INVALID, "The code is wrong. Check the SMS we sent and try again.", "code"
    )


def name_required() -> UsersError:
    # Only someone who typed the right code learns that the number has no account yet.
    return UsersError(
        UsersErrorCode.NAME_REQUIRED, "This number has no account yet: tell us your name to make one.", "name"
    )
