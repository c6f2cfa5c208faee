"""Password rules. A weak password is reported with the rule it broke, so the app can say which."""

from __future__ import annotations

from enum import StrEnum

from users_service.domain.errors import UsersError, UsersErrorCode, UsersErrorReason

MIN_PASSWORD_LENGTH = 10
# Hashing cost grows with length; a cap stops a megabyte "password" from being a denial of service.
MAX_PASSWORD_LENGTH = 128


class PasswordRule(StrEnum):
    MIN_LENGTH = "MIN_LENGTH"
    MAX_LENGTH = "MAX_LENGTH"
    LETTERS_AND_DIGITS = "LETTERS_AND_DIGITS"
    NOT_EMAIL = "NOT_EMAIL"
    # The identity provider's own policy (Auth0 mode) refused a password our rules accept.
    PROVIDER_POLICY = "PROVIDER_POLICY"


_REASONS = {
    PasswordRule.MIN_LENGTH: UsersErrorReason.PASSWORD_TOO_SHORT,
    PasswordRule.MAX_LENGTH: UsersErrorReason.PASSWORD_TOO_LONG,
    PasswordRule.LETTERS_AND_DIGITS: UsersErrorReason.PASSWORD_NEEDS_LETTERS_AND_DIGITS,
    PasswordRule.NOT_EMAIL: UsersErrorReason.PASSWORD_IS_EMAIL,
    PasswordRule.PROVIDER_POLICY: UsersErrorReason.PASSWORD_PROVIDER_POLICY,
}


class WeakPassword(UsersError):
    def __init__(self, rule: PasswordRule, message: str, field: str) -> None:
        super().__init__(UsersErrorCode.WEAK_PASSWORD, message, field, reason=_REASONS[rule])
        self.rule = rule


def check_password_strength(password: str, *, email: str, field: str = "password") -> None:
    """Raise WeakPassword naming the first rule the password breaks."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(PasswordRule.MIN_LENGTH, f"Use at least {MIN_PASSWORD_LENGTH} characters.", field)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(PasswordRule.MAX_LENGTH, f"Use at most {MAX_PASSWORD_LENGTH} characters.", field)
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        raise WeakPassword(PasswordRule.LETTERS_AND_DIGITS, "Use both letters and digits.", field)
    lowered = password.strip().lower()
    local_part = email.lower().partition("@")[0]
    if lowered in {email.lower(), local_part}:
        raise WeakPassword(PasswordRule.NOT_EMAIL, "Do not use your email as the password.", field)
