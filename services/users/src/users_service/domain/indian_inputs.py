"""Indian inputs checked by the `india` library; its errors become the users service's own.

The library's messages are kept as they are; the code becomes the users service's API code and the
error names the input field it concerns.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import india
from india import GstinProblem, IndiaError, IndiaErrorCode, InvalidGstin

from users_service.domain.errors import UsersError, UsersErrorCode, UsersErrorReason

_USERS_CODES = {
    IndiaErrorCode.INVALID_PHONE: UsersErrorCode.INVALID_PHONE,
    IndiaErrorCode.INVALID_GSTIN: UsersErrorCode.INVALID_GSTIN,
    IndiaErrorCode.INVALID_PIN_CODE: UsersErrorCode.INVALID_PIN_CODE,
    IndiaErrorCode.UNKNOWN_STATE: UsersErrorCode.INVALID_STATE,
    IndiaErrorCode.UNKNOWN_PLACE: UsersErrorCode.INVALID_LOCATION,
    IndiaErrorCode.UNKNOWN_DISTRICT: UsersErrorCode.INVALID_LOCATION,
}

_GSTIN_REASONS = {
    GstinProblem.LENGTH: UsersErrorReason.GSTIN_LENGTH,
    GstinProblem.FORMAT: UsersErrorReason.GSTIN_FORMAT,
    GstinProblem.STATE_CODE: UsersErrorReason.GSTIN_STATE_CODE,
    GstinProblem.CHECK_CHARACTER: UsersErrorReason.GSTIN_CHECK_CHARACTER,
}


@contextmanager
def reported_as_users_error(field: str) -> Iterator[None]:
    """Re-raise an IndiaError from the block as the UsersError for ``field``."""
    try:
        yield
    except IndiaError as error:
        reason = _GSTIN_REASONS[error.problem] if isinstance(error, InvalidGstin) else None
        raise UsersError(_USERS_CODES[error.code], error.message, field, reason=reason) from None


def normalise_phone(raw: str, *, field: str = "phone") -> str:
    with reported_as_users_error(field):
        return india.normalise_phone(raw)


def normalise_gstin(raw: str, *, field: str = "gstin") -> str:
    with reported_as_users_error(field):
        return india.normalise_gstin(raw)


def normalise_pin_code(raw: str, *, field: str = "pinCode") -> str:
    with reported_as_users_error(field):
        return india.normalise_pin_code(raw)


def state_for_code(raw: str, *, field: str = "stateCode") -> india.State:
    with reported_as_users_error(field):
        return india.state_for_code(raw)
