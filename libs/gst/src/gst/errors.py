"""The errors of the library: one class per kind of bad input, each with a stable ``code``."""

from __future__ import annotations

from enum import StrEnum


class GstErrorCode(StrEnum):
    """Codes meant for programs; services map them to their own API error codes."""

    INVALID_TAX_CODE = "invalid_tax_code"
    INVALID_RATE = "invalid_rate"
    UNKNOWN_RATE = "unknown_rate"
    INVALID_QUANTITY = "invalid_quantity"
    INVALID_AMOUNT = "invalid_amount"
    INVALID_DISCOUNT = "invalid_discount"
    INVALID_SERIES_PREFIX = "invalid_series_prefix"
    NUMBER_TOO_LONG = "number_too_long"
    INVALID_RATE_DATA = "invalid_rate_data"
    INVALID_FINANCIAL_YEAR = "invalid_financial_year"


class GstError(ValueError):
    """Bad input to the arithmetic: ``code`` is for programs, ``message`` for people."""

    def __init__(self, code: GstErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"GstError({self.code.value!r}, {self.message!r})"
