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
    # Sign-in by a code sent to a phone (service_layer/phone_sign_in.py).
    PHONE_CODE_INVALID = "PHONE_CODE_INVALID"
    PHONE_CODE_EXPIRED = "PHONE_CODE_EXPIRED"
    PHONE_CODE_USED_UP = "PHONE_CODE_USED_UP"
    PHONE_CODE_REQUESTS_LIMITED = "PHONE_CODE_REQUESTS_LIMITED"
    NAME_REQUIRED = "NAME_REQUIRED"
    # servicekit's: no capacity right now (retry), and one sign-in, sign-up or password check per request.
    TOO_BUSY = "TOO_BUSY"
    ONE_EXPENSIVE_OPERATION_PER_REQUEST = "ONE_EXPENSIVE_OPERATION_PER_REQUEST"


class UsersErrorReason(StrEnum):
    """Which rule an input broke, where the code alone does not say (part of the API contract):
    clients say it in their own words and language instead of showing the English message."""

    # WEAK_PASSWORD
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT"  # noqa: S105 (a reason code)
    PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG"  # noqa: S105 (a reason code)
    PASSWORD_NEEDS_LETTERS_AND_DIGITS = "PASSWORD_NEEDS_LETTERS_AND_DIGITS"  # noqa: S105 (a reason code)
    PASSWORD_IS_EMAIL = "PASSWORD_IS_EMAIL"  # noqa: S105 (a reason code)
    PASSWORD_PROVIDER_POLICY = "PASSWORD_PROVIDER_POLICY"  # noqa: S105 (a reason code)
    # INVALID_GSTIN, and INVALID_STATE for a state that is not the GSTIN's
    GSTIN_LENGTH = "GSTIN_LENGTH"
    GSTIN_FORMAT = "GSTIN_FORMAT"
    GSTIN_STATE_CODE = "GSTIN_STATE_CODE"
    GSTIN_CHECK_CHARACTER = "GSTIN_CHECK_CHARACTER"
    GSTIN_STATE_MISMATCH = "GSTIN_STATE_MISMATCH"
    # INVALID_LOCATION
    LOCATION_UNKNOWN_PLACE = "LOCATION_UNKNOWN_PLACE"
    LOCATION_INCOMPLETE_COORDINATES = "LOCATION_INCOMPLETE_COORDINATES"
    LOCATION_OUTSIDE_INDIA = "LOCATION_OUTSIDE_INDIA"
    LOCATION_UNKNOWN_TIMEZONE = "LOCATION_UNKNOWN_TIMEZONE"


class UsersError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message, and
    for some codes the exact rule broken (`reason`)."""

    def __init__(
        self,
        code: UsersErrorCode,
        message: str,
        field: str | None = None,
        *,
        reason: UsersErrorReason | None = None,
    ) -> None:
        super().__init__(message, field=field, code=code)
        self.reason = reason

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


class PhoneCodeRequestsLimited(UsersError):
    """Too many codes asked for this phone, or from this address: counted for every number, known or
    not, so the answer reveals nothing about accounts."""

    def __init__(self, retry_after: timedelta) -> None:
        self.retry_after_seconds = max(1, math.ceil(retry_after.total_seconds()))
        super().__init__(
            UsersErrorCode.PHONE_CODE_REQUESTS_LIMITED,
            f"Too many codes asked for. Try again in {_spoken(self.retry_after_seconds)}.",
            "phone",
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
