"""The errors of the library: one class per kind of bad input, each with a stable ``code``."""

from __future__ import annotations

from enum import StrEnum


class IndiaErrorCode(StrEnum):
    """Codes meant for programs; services map them to their own API error codes."""

    INVALID_PHONE = "invalid_phone"
    INVALID_GSTIN = "invalid_gstin"
    INVALID_PIN_CODE = "invalid_pin_code"
    UNKNOWN_STATE = "unknown_state"
    UNKNOWN_PLACE = "unknown_place"
    UNKNOWN_DISTRICT = "unknown_district"


class IndiaError(ValueError):
    """Bad input to a validator or a lookup: ``code`` is for programs, ``message`` for people."""

    code: IndiaErrorCode

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code.value!r}, {self.message!r})"


class InvalidPhone(IndiaError):
    """Not an Indian mobile number, nor a number with its + country code."""

    code = IndiaErrorCode.INVALID_PHONE


class GstinProblem(StrEnum):
    """What exactly is wrong with a GSTIN, for programs that say it in their own words."""

    LENGTH = "length"
    FORMAT = "format"
    STATE_CODE = "state_code"
    CHECK_CHARACTER = "check_character"


class InvalidGstin(IndiaError):
    """Wrong length, shape, state code or check character: ``problem`` says which."""

    code = IndiaErrorCode.INVALID_GSTIN

    def __init__(self, message: str, problem: GstinProblem) -> None:
        super().__init__(message)
        self.problem = problem


class InvalidPinCode(IndiaError):
    """Not six digits, or starting with 0."""

    code = IndiaErrorCode.INVALID_PIN_CODE


class UnknownState(IndiaError):
    """Not the GST code of a current state or union territory."""

    code = IndiaErrorCode.UNKNOWN_STATE


class UnknownPlace(IndiaError):
    """No place of the gazetteer has this id, name or alias."""

    code = IndiaErrorCode.UNKNOWN_PLACE


class UnknownDistrict(IndiaError):
    """No district of the gazetteer has this id, name or alias."""

    code = IndiaErrorCode.UNKNOWN_DISTRICT
