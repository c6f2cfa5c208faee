"""Domain errors of the discovery service. Codes are part of the API contract (DirectoryErrorCode)."""

from __future__ import annotations

from enum import StrEnum

from servicekit.errors import DomainError


class DirectoryErrorCode(StrEnum):
    # Who may do it.
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # What an input says.
    INVALID_INPUT = "INVALID_INPUT"
    INVALID_NAME = "INVALID_NAME"
    INVALID_TEXT = "INVALID_TEXT"
    TEXT_TOO_LONG = "TEXT_TOO_LONG"
    UNKNOWN_DISTRICT = "UNKNOWN_DISTRICT"
    UNKNOWN_SERVICE = "UNKNOWN_SERVICE"
    UNKNOWN_LANGUAGE = "UNKNOWN_LANGUAGE"
    UNKNOWN_EVENT_KIND = "UNKNOWN_EVENT_KIND"
    INVALID_PRICE_RANGE = "INVALID_PRICE_RANGE"
    DATE_IN_PAST = "DATE_IN_PAST"
    DATE_TOO_FAR = "DATE_TOO_FAR"
    INVALID_DATES = "INVALID_DATES"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PIN_CODE = "INVALID_PIN_CODE"
    INVALID_GUEST_COUNT = "INVALID_GUEST_COUNT"
    INVALID_LINK = "INVALID_LINK"
    INVALID_RATING = "INVALID_RATING"
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    INVALID_REQUEST_KEY = "INVALID_REQUEST_KEY"
    # Enquiries, reviews, listings.
    NO_ORGANIZERS = "NO_ORGANIZERS"
    TOO_MANY_ORGANIZERS = "TOO_MANY_ORGANIZERS"
    ORGANIZER_UNAVAILABLE = "ORGANIZER_UNAVAILABLE"
    BLOCKED = "BLOCKED"
    ORGANIZER_BLOCKED = "ORGANIZER_BLOCKED"
    DAILY_LIMIT_REACHED = "DAILY_LIMIT_REACHED"
    HOURLY_LIMIT_REACHED = "HOURLY_LIMIT_REACHED"
    REQUEST_KEY_REUSED = "REQUEST_KEY_REUSED"
    ENQUIRY_CLOSED = "ENQUIRY_CLOSED"
    NOT_REVIEWABLE = "NOT_REVIEWABLE"
    ALREADY_REVIEWED = "ALREADY_REVIEWED"
    END_BEFORE_START = "END_BEFORE_START"
    TOO_BUSY = "TOO_BUSY"


class DirectoryError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: DirectoryErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"DirectoryError({self.code}, field={self.field!r})"


def not_found(what: str, field: str | None = None) -> DirectoryError:
    # One answer for "does not exist" and "is not yours": ids do not reveal what others keep.
    return DirectoryError(DirectoryErrorCode.NOT_FOUND, f"No such {what}.", field)
