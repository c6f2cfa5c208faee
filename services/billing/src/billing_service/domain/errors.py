"""Domain errors of the billing service. Codes are part of the API contract (BillingErrorCode)."""

from __future__ import annotations

from enum import StrEnum

from servicekit.errors import DomainError


class BillingErrorCode(StrEnum):
    # Who may do it.
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # What an input says.
    INVALID_INPUT = "INVALID_INPUT"
    INVALID_NAME = "INVALID_NAME"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_GSTIN = "INVALID_GSTIN"
    INVALID_STATE = "INVALID_STATE"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PIN_CODE = "INVALID_PIN_CODE"
    INVALID_UPI_ID = "INVALID_UPI_ID"
    INVALID_BANK_ACCOUNT = "INVALID_BANK_ACCOUNT"
    INVALID_SERIES_PREFIX = "INVALID_SERIES_PREFIX"
    DUPLICATE_SERIES = "DUPLICATE_SERIES"
    INVALID_TAX_CODE = "INVALID_TAX_CODE"
    INVALID_RATE = "INVALID_RATE"
    UNKNOWN_RATE = "UNKNOWN_RATE"
    INVALID_QUANTITY = "INVALID_QUANTITY"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    INVALID_DISCOUNT = "INVALID_DISCOUNT"
    INVALID_DATE = "INVALID_DATE"
    INVALID_FINANCIAL_YEAR = "INVALID_FINANCIAL_YEAR"
    INVALID_PERIOD = "INVALID_PERIOD"
    NO_LINES = "NO_LINES"
    TOO_MANY_LINES = "TOO_MANY_LINES"
    # The documents' life.
    PROFILE_INCOMPLETE = "PROFILE_INCOMPLETE"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    DOCUMENT_ISSUED = "DOCUMENT_ISSUED"
    WRONG_SERIES_KIND = "WRONG_SERIES_KIND"
    SERIES_EXHAUSTED = "SERIES_EXHAUSTED"
    FINANCIAL_YEAR_CLOSED = "FINANCIAL_YEAR_CLOSED"
    PAYMENT_EXCEEDS_BALANCE = "PAYMENT_EXCEEDS_BALANCE"
    REFUND_EXCEEDS_ADVANCE = "REFUND_EXCEEDS_ADVANCE"
    NOTE_EXCEEDS_INVOICE = "NOTE_EXCEEDS_INVOICE"
    HAS_PAYMENTS = "HAS_PAYMENTS"
    STALE_VERSION = "STALE_VERSION"
    VALUE_TO_CONFIRM = "VALUE_TO_CONFIRM"
    # The logo and signature images.
    IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE"
    IMAGE_TOO_MANY_PIXELS = "IMAGE_TOO_MANY_PIXELS"
    IMAGE_NOT_SUPPORTED = "IMAGE_NOT_SUPPORTED"
    # Paging and capacity.
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    TOO_BUSY = "TOO_BUSY"


class BillingError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: BillingErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"BillingError({self.code}, field={self.field!r})"


def not_found(what: str = "document", field: str | None = None) -> BillingError:
    # One answer for "does not exist" and "belongs to someone else": ids do not reveal documents.
    return BillingError(BillingErrorCode.NOT_FOUND, f"No such {what}.", field)
