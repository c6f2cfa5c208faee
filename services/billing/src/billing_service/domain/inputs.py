"""Checks of what enters the service, each raising a BillingError with its code and field."""

from __future__ import annotations

import re

import india
from gst import GstError, GstErrorCode
from servicekit.text import refuse_hidden_characters

from billing_service.domain.errors import BillingError, BillingErrorCode

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A VPA: a handle of letters, digits, '.', '-' or '_' (2-256), '@', a provider of letters (2-64).
_UPI_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{1,255}@[a-z][a-z0-9]{1,63}$")
_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
_ACCOUNT_NUMBER = re.compile(r"^[0-9]{9,18}$")
MAX_TEXT = 2000

_GST_CODES = {
    GstErrorCode.INVALID_TAX_CODE: BillingErrorCode.INVALID_TAX_CODE,
    GstErrorCode.INVALID_RATE: BillingErrorCode.INVALID_RATE,
    GstErrorCode.UNKNOWN_RATE: BillingErrorCode.UNKNOWN_RATE,
    GstErrorCode.INVALID_QUANTITY: BillingErrorCode.INVALID_QUANTITY,
    GstErrorCode.INVALID_AMOUNT: BillingErrorCode.INVALID_AMOUNT,
    GstErrorCode.INVALID_DISCOUNT: BillingErrorCode.INVALID_DISCOUNT,
    GstErrorCode.INVALID_SERIES_PREFIX: BillingErrorCode.INVALID_SERIES_PREFIX,
    GstErrorCode.NUMBER_TOO_LONG: BillingErrorCode.SERIES_EXHAUSTED,
}


def from_gst(error: GstError, field: str | None = None) -> BillingError:
    return BillingError(_GST_CODES.get(error.code, BillingErrorCode.INVALID_INPUT), error.message, field)


def name(raw: str, field: str = "name") -> str:
    text = " ".join(refuse_hidden_characters(raw, field).split())
    if not 1 <= len(text) <= 200:
        raise BillingError(BillingErrorCode.INVALID_NAME, "A name has 1 to 200 characters.", field)
    return text


def optional_text(raw: str | None, field: str) -> str | None:
    text = refuse_hidden_characters(raw or "", field).strip()
    if len(text) > MAX_TEXT:
        raise BillingError(BillingErrorCode.INVALID_TEXT, f"At most {MAX_TEXT} characters.", field)
    return text or None


def gstin(raw: str | None, field: str = "gstin") -> str | None:
    if not raw or not raw.strip():
        return None
    try:
        return india.normalise_gstin(raw)
    except india.InvalidGstin as error:
        raise BillingError(BillingErrorCode.INVALID_GSTIN, error.message, field) from None


def state_code(raw: str | None, field: str = "stateCode") -> str | None:
    if not raw or not raw.strip():
        return None
    try:
        return india.state_for_code(raw).code
    except india.UnknownState as error:
        raise BillingError(BillingErrorCode.INVALID_STATE, error.message, field) from None


def phone(raw: str, field: str = "phones") -> str:
    try:
        return india.normalise_phone(raw)
    except india.InvalidPhone as error:
        raise BillingError(BillingErrorCode.INVALID_PHONE, error.message, field) from None


def pin_code(raw: str, field: str = "address.pinCode") -> str:
    try:
        return india.normalise_pin_code(raw)
    except india.InvalidPinCode as error:
        raise BillingError(BillingErrorCode.INVALID_PIN_CODE, error.message, field) from None


def email(raw: str | None, field: str = "email") -> str | None:
    text = (raw or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        raise BillingError(
            BillingErrorCode.INVALID_EMAIL, "An email address is like name@example.com.", field
        )
    return text


def upi_id(raw: str | None, field: str = "upiId") -> str | None:
    """A UPI id (VPA) such as ``decorations@okaxis``, lower-cased; INVALID_UPI_ID otherwise."""
    text = (raw or "").strip().lower()
    if not text:
        return None
    if not _UPI_ID.match(text):
        raise BillingError(BillingErrorCode.INVALID_UPI_ID, "A UPI id is like name@bank.", field)
    return text


def bank_account(number: str, ifsc: str, field: str = "bankAccount") -> tuple[str, str]:
    """An account number of 9-18 digits and an IFSC (4 letters, 0, 6 letters or digits)."""
    account = number.replace(" ", "")
    code = ifsc.strip().upper()
    if not _ACCOUNT_NUMBER.match(account):
        raise BillingError(
            BillingErrorCode.INVALID_BANK_ACCOUNT, "An account number has 9 to 18 digits.", f"{field}.number"
        )
    if not _IFSC.match(code):
        raise BillingError(
            BillingErrorCode.INVALID_BANK_ACCOUNT, "An IFSC is like SBIN0001234.", f"{field}.ifsc"
        )
    return account, code
