"""Indian specifics that more than one service needs, as plain Python (its one dependency: the PIN directory).

Validators (phone numbers, GSTIN, PIN codes, GST state codes) raise an :class:`IndiaError` subclass
with a stable ``code``; services map it to their own API errors. The Andhra Pradesh and Telangana
gazetteer lives in :mod:`india.gazetteer` (its data is read on first use).
"""

from __future__ import annotations

from india.errors import (
    GstinProblem,
    IndiaError,
    IndiaErrorCode,
    InvalidGstin,
    InvalidPhone,
    InvalidPinCode,
    UnknownDistrict,
    UnknownPlace,
    UnknownState,
)
from india.gstin import gstin_check_character, normalise_gstin
from india.phone import normalise_phone
from india.pin_code import normalise_pin_code
from india.states import ANDHRA_PRADESH, STATES, TELANGANA, State, is_gst_state_code, state_for_code

__all__ = [
    "ANDHRA_PRADESH",
    "STATES",
    "TELANGANA",
    "GstinProblem",
    "IndiaError",
    "IndiaErrorCode",
    "InvalidGstin",
    "InvalidPhone",
    "InvalidPinCode",
    "State",
    "UnknownDistrict",
    "UnknownPlace",
    "UnknownState",
    "gstin_check_character",
    "is_gst_state_code",
    "normalise_gstin",
    "normalise_phone",
    "normalise_pin_code",
    "state_for_code",
]
