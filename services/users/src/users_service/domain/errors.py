"""Domain errors of the users service. Codes are part of the API contract (UsersErrorCode)."""

from __future__ import annotations

import math
from datetime import timedelta
from enum import StrEnum

from servicekit.errors import DomainError


class UsersErrorCode(StrEnum):
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_NAME = "INVALID_NAME"
    WEAK_PASSWORD = "WEAK_PASSWORD"  # noqa: S105 (an error code)
    INVALID_ROLE = "INVALID_ROLE"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED"
    ACCOUNT_ERASED = "ACCOUNT_ERASED"
    LAST_SUPER_ADMIN = "LAST_SUPER_ADMIN"
    INVALID_GSTIN = "INVALID_GSTIN"
    INVALID_PIN_CODE = "INVALID_PIN_CODE"
    INVALID_STATE = "INVALID_STATE"
    INVALID_LOCATION = "INVALID_LOCATION"
    INVALID_LANGUAGE = "INVALID_LANGUAGE"
    WRONG_PASSWORD = "WRONG_PASSWORD"  # noqa: S105 (an error code)
    INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN"  # noqa: S105 (an error code)
    REFRESH_TOKEN_REUSED = "REFRESH_TOKEN_REUSED"  # noqa: S105 (an error code)
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # Password reset by email (service_layer/password_reset.py).
    RESET_CODE_INVALID = "RESET_CODE_INVALID"
    RESET_CODE_EXPIRED = "RESET_CODE_EXPIRED"
    RESET_CODE_USED_UP = "RESET_CODE_USED_UP"
    RESET_REQUESTS_LIMITED = "RESET_REQUESTS_LIMITED"
    NOT_SUPPORTED_IN_AUTH0_MODE = "NOT_SUPPORTED_IN_AUTH0_MODE"
    # servicekit's: no capacity right now (retry), and one sign-in, sign-up or password check per request.
    TOO_BUSY = "TOO_BUSY"
    ONE_EXPENSIVE_OPERATION_PER_REQUEST = "ONE_EXPENSIVE_OPERATION_PER_REQUEST"


class UsersError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: UsersErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"UsersError({self.code}, field={self.field!r})"


def invalid_credentials() -> UsersError:
    # One answer for an unknown email and a wrong password: the reply must not reveal accounts.
    return UsersError(UsersErrorCode.INVALID_CREDENTIALS, "The email or password is wrong.")


class AccountLocked(UsersError):
    """Sign-ins to this account from this address (or from this address at all) must wait."""

    def __init__(self, retry_after: timedelta) -> None:
        self.retry_after_seconds = max(1, math.ceil(retry_after.total_seconds()))
        super().__init__(
            UsersErrorCode.ACCOUNT_LOCKED,
            f"Too many failed sign-ins. Try again in {_spoken(self.retry_after_seconds)}.",
        )


class ResetRequestsLimited(UsersError):
    """Too many codes asked for this email, or from this address: counted for every email, known or
    not, so the answer reveals nothing about accounts."""

    def __init__(self, retry_after: timedelta) -> None:
        self.retry_after_seconds = max(1, math.ceil(retry_after.total_seconds()))
        super().__init__(
            UsersErrorCode.RESET_REQUESTS_LIMITED,
            f"Too many codes asked for. Try again in {_spoken(self.retry_after_seconds)}.",
            "email",
        )


def _spoken(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def account_deactivated() -> UsersError:
    return UsersError(UsersErrorCode.ACCOUNT_DEACTIVATED, "This account has been deactivated.")


def account_erased(field: str | None = None) -> UsersError:
    return UsersError(UsersErrorCode.ACCOUNT_ERASED, "This account's data was erased.", field)
